"""Wrong sentences the checker passed in round 15, read by construction (branch r15miss), each
tested both ways in sentences of our own:

- an absence with 专门 / 单独 between the negation and the verb (rules/checking/absence.py);
- a quote given under an article's label, held to that article or paragraph (quote_under_label.py);
- a document number paired with a title (document_numbers.py);
- the article's own gloss (区（包括管理区）) copied inside a restated list (inclusions.py);
- a list said to be all there is (只…：A，B) that leaves out a member (exclusive_list.py)."""
from __future__ import annotations

from rules.checking import document_numbers, exclusive_list, quote_under_label
from rules.checking.sources import SourceText
from tests.rules.checking import SOURCES, both_ways, ingested

SECOND = ("市委、市政府工作部门领导班子成员，区（包括管理区）党委（党工委）、政府（管委会）及其工作部门领导班子成员，"
          "上列工作部门内设机构领导成员，街道党政领导成员")
COMBINED = "训诫、责令作出书面检查、通报批评、责令公开道歉的问责方式可以单独适用也可以和其他问责方式合并适用。"


def test_absence_with_specially_between_negation_and_verb():
    both_ways("干部培训方面有规定吗？",
              "本规定没有专门提到干部培训。",
              "本规定没有专门提到干部选拔任用。", unsupported=True)
    both_ways("干部培训方面有规定吗？",
              "本规定没有提到干部培训。",
              "本规定并未单独规定用人失察。", unsupported=True)


def test_quote_under_an_articles_label():
    both_ways("合并适用写在哪一条？",
              f"是第十条第二款：“{COMBINED}”",
              f"是第十二条：“{COMBINED}”", unsupported=True)
    both_ways("合并适用写在哪一条？",
              f"第十条规定：“{COMBINED}”",
              f"第十一条规定：“{COMBINED}”", unsupported=True)


def test_quote_under_label_reading_alone():
    p = SourceText("x", "d", "T", "regulation", "第九条", "检查人员应当出示证件。\n检查记录应当存档。", 9)
    assert quote_under_label.misplaced(["检查记录应当存档"], [p], lambda q: q.text, []) is None
    assert quote_under_label.misplaced(["检查记录应当销毁"], [p], lambda q: q.text, [])
    assert quote_under_label.misplaced(["检查记录应当存档"], [p], lambda q: q.text, ["第九条只有2款，没有第三款。"])
    assert quote_under_label.misplaced(["检查记录应当存档"], [], lambda q: q.text, []) is None


def test_document_number_paired_with_a_title():
    both_ways("中办发[2009]25号是什么文件？",
              "中办发[2009]25号就是《关于实行党政领导干部问责的暂行规定》。",
              "中办发[2009]25号就是《深圳市行政过错责任追究办法》。", unsupported=True)
    both_ways("第八条援引了什么文件？",
              "第八条援引的是《关于实行党风廉政建设责任制的规定》。",
              "第八条援引的是《关于实行党风廉政建设责任制的规定》（中办发[2009]25号）。", unsupported=True)
    # an ingested regulation's own pairing (its repeal article: 《…暂行办法》（沧政发〔2031〕12号）)
    cangxi = ingested("cangxi-drainage-2036")
    assert document_numbers.contradicted("沧政发〔2031〕12号就是《沧溪市城市排水与防涝管理责任追究办法》。", cangxi)
    assert document_numbers.contradicted("沧政发[2031]12号就是《沧溪市城市排水设施管理责任追究暂行办法》。", cangxi) is None


def test_document_numbers_reading_alone():
    said = document_numbers.contradicted
    assert said("中办发[2009]25号是《深圳市党政领导干部问责暂行规定》的制定依据。", SOURCES) is None
    assert said("中办发〔2009〕25号即《关于实行党政领导干部问责的暂行规定》。", SOURCES) is None
    assert said("《关于实行党政领导干部问责的暂行规定》的文号是中办发[2010]25号。", SOURCES)
    assert said("《关于实行党政领导干部问责的暂行规定》的文号是中办发[2009]25号。", SOURCES) is None


def test_gloss_copied_inside_a_restated_list_binds_nothing():
    both_ways("社区干部适用吗？",
              f"第二条所称党政领导干部包括{SECOND}。",
              f"第二条所称党政领导干部包括{SECOND}以及社区居委会主任。", unsupported=True)


def test_exclusive_list_leaving_out_a_member():
    both_ways("这个规定管哪些干部？",
              f"第二条规定的党政领导干部只有这几类：{SECOND}。",
              "第二条规定的党政领导干部只有这几类：市委、市政府工作部门领导班子成员，"
              "区（包括管理区）党委（党工委）、政府（管委会）及其工作部门领导班子成员，街道党政领导成员。",
              unsupported=True)


def test_exclusive_list_reading_alone():
    p = SourceText("x", "d", "T", "regulation", "第九条",
                   "本办法所称检查人员，是指市监管局执法人员，区县监管局执法人员，街道市场监管所工作人员。", 9)
    assert exclusive_list.problems("第九条的检查人员只有：市监管局执法人员，区县监管局执法人员。", [p])
    assert not exclusive_list.problems("第九条的检查人员只有：市监管局执法人员，区县监管局执法人员，街道市场监管所工作人员。", [p])
    assert not exclusive_list.problems("第九条的检查人员包括：市监管局执法人员，区县监管局执法人员。", [p])
    assert not exclusive_list.problems("第九条的检查人员不只是：市监管局执法人员，区县监管局执法人员。", [p])
