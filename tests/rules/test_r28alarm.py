"""Right drafts of round 28 the checker flagged, read by construction (branch r28alarm), each tested
both ways in sentences of our own, on the Shenzhen regulation and, where the shape exists there,
on an ingested one (the twenty-third, 霁州 muck transport):

- the answer to an either-or question that picks one side (chosen_alternative.py);
- a yes said with a complement of inclusion (算在内), held to agree with the sentence after it;
- the articles after a document number followed by 文件的 are that document's (references.py);
- numbered items run on after ；on one line (1）…；2）…) lose their markers (sentences.py);
- a list lead with a comma after its article (按第二条，指四类人：…) (inline_list.py);
- a run of terms denied a place in a list by the clause after its last member (claims.py);
- a count and its list answering a 哪些 question (counted_answer.py), a count of titles fewer
  than the article names failing;
- an outside document's text said not to be in the regulation (不在本规定中) (outside_text.py);
- a kind of accountability said of an article the sources cut, read only in the clause naming it;
- a short name's gloss after the claim that uses it (alias_gloss.py).
"""
from __future__ import annotations

from rules.checking import alias_gloss, chosen_alternative, counted_answer
from rules.checking.sentences import Unit, units
from rules.references import find_refs
from tests.rules.checking import both_ways, on

JIZHOU = on("jizhou-muck-transport-2038")

TITLES = "《深圳市行政过错责任追究办法》、《深圳市行政决策责任追究办法》和《深圳市人民政府部门行政首长问责暂行办法》"


def test_alternatives_of_an_either_or_question():
    assert chosen_alternative.alternatives("现场会是市里开还是区里开")[2:] == ("市", "区")
    assert chosen_alternative.alternatives("第15条是'应当'还是'可以'")[2:] == ("应当", "可以")
    assert chosen_alternative.chosen("由区里。", "现场会是市里开还是区里开") == ("区", "市")
    assert chosen_alternative.chosen("区里开会并作出决定。", "现场会是市里开还是区里开") is None
    assert chosen_alternative.alternatives("现场会在哪里开") is None


def test_an_either_or_answer_is_judged_by_the_sentence_after_it():
    both_ways("特别重大事故的现场会是市里开还是区里开",
              "市里开。第十三条：特别重大、重大公共安全责任事故发生后，市委、市政府应在24小时内召开现场会。",
              "区里开。第十三条：特别重大、重大公共安全责任事故发生后，市委、市政府应在24小时内召开现场会。")
    both_ways("第十五条的进一步问责是应当还是可以",
              "可以。第十五条说根据事故调查结果，可依照中办发[2009]25号文件进一步问责。",
              "应当。第十五条说根据事故调查结果，可依照中办发[2009]25号文件进一步问责。")


def test_an_either_or_answer_about_another_case_decides_nothing():
    both_ways("较大事故的现场会是市里开还是区里开",
              "区里开。第十四条：较大公共安全责任事故发生后，区委（党工委）、区政府（管委会）应在24小时内召开现场会。",
              "市里开。第十三条：特别重大、重大公共安全责任事故发生后，市委、市政府应在24小时内召开现场会。")


def test_an_either_or_answer_on_an_ingested_regulation():
    JIZHOU("一般运输事件是市城管局组织调查还是区城市管理部门组织调查",
           "区城市管理部门。第六条规定区城市管理部门组织调查一般、较大运输事件。",
           "市城管局。第六条规定区城市管理部门组织调查一般、较大运输事件。")
    JIZHOU("较大运输事件是市城管局组织调查还是区城市管理部门组织调查",
           "区城市管理部门。第六条规定区城市管理部门组织调查一般、较大运输事件。",
           "市城管局。第五条规定市城管局组织调查重大以上运输事件。")


def test_a_yes_with_a_complement_of_inclusion():
    both_ways("区政府工作部门的内设机构领导算不算",
              "算在内。第二条把上列工作部门内设机构领导成员也列为党政领导干部。",
              "算在内。第二条没有把区政府工作部门内设机构的领导成员列为党政领导干部。")
    JIZHOU("乡镇人民政府算不算巡查的责任主体",
           "算在内。第九条规定街道办事处、乡镇人民政府应当开展渣土偷倒乱倒巡查。",
           "算在内。第九条只规定街道办事处开展巡查，乡镇人民政府没有列入。")


def test_articles_after_a_document_number_and_its_word_for_document():
    refs = [r for r in find_refs("按中办发〔2009〕25号文件的第八条、第九条执行") if r.article]
    assert [r.article for r in refs] == [8, 9] and all(r.doc_number for r in refs)
    both_ways("从重从轻情节怎么定",
              "按照中办发〔2009〕25号文件中的第八条、第九条执行。",
              "按照中办发〔2009〕25号文件中的第七条、第九条执行。")


def test_numbered_items_run_on_after_a_semicolon():
    said = [u.text for u in units("1）甲事项；2）乙事项；3）丙事项。")]
    assert said == ["甲事项；", "乙事项；", "丙事项。"]
    assert [u.text for u in units("1）甲事项；5）乙事项。")][1].startswith("5）")   # not the next number
    both_ways("第五条列了哪些情形",
              "1）工作失职导致本地区、本部门、本系统或本单位发生公共安全责任事故；2）瞒报、谎报、迟报、漏报事故信息。",
              "1）工作失职导致本地区、本部门、本系统或本单位发生公共安全责任事故；2）瞒报事故信息的不予问责。")
    JIZHOU("第十条规定企业哪些义务",
           "1）运输车辆实行全密闭运输，密闭装置完好；2）运输车辆安装卫星定位装置并保持在线，车辆行驶轨迹数据保存不少于90日。",
           "1）运输车辆实行全密闭运输，密闭装置完好；2）运输车辆安装卫星定位装置并保持在线，车辆行驶轨迹数据保存不少于30日。")


def test_a_list_lead_with_a_comma_after_its_article():
    items = ("市委、市政府工作部门领导班子成员；区（包括管理区）党委（党工委）、政府（管委会）及其工作部门领导班子成员；"
             "上列工作部门内设机构领导成员；街道党政领导成员。")
    both_ways("问责对象有哪些", "依照第二条，共四类：" + items, "依照第二条，共五类：" + items)


def test_a_run_of_terms_denied_a_place_in_a_list():
    lead = "第十条第二款只列了训诫、责令作出书面检查、通报批评、责令公开道歉；"
    both_ways("哪些方式不在合并适用的名单里",
              lead + "免职、调离现工作岗位、停职检查、责令辞职、引咎辞职均没有列入这一款。",
              lead + "免职、调离现工作岗位、停职检查、责令辞职、通报批评均没有列入这一款。")


def test_a_count_and_its_list_answering_which():
    assert counted_answer.composed("三部：《A》、《B》。", "第七条引了哪些外部文件") == "第七条引了三部外部文件：《A》、《B》。"
    assert counted_answer.composed("三部：《A》、《B》。", "第七条引了什么，谁执行") is None
    both_ways("第七条提到了哪些文件", "共三部：" + TITLES + "。", "共四部：" + TITLES + "。")
    both_ways("第七条提到了哪些文件", "三部：" + TITLES + "。",
              "两部：《深圳市行政过错责任追究办法》、《深圳市行政决策责任追究办法》。")


def test_an_outside_documents_text_not_in_the_regulation():
    both_ways("第七条提到的那几部办法的原文在哪", "第七条提到了三部文件：" + TITLES + "。这些文件的正文都不在本规定中。",
              "第七条提到了三部文件：" + TITLES + "。这些文件的正文都在本规定中。")


def test_a_short_names_gloss_after_its_claim():
    got = alias_gloss.parts(Unit("甲按《办法》办，这里的《办法》指《某某办法》。", "sentence", 0))
    assert [u.text for u in got] == ["甲按《办法》办。", "这里的《办法》指《某某办法》。"]
    assert alias_gloss.parts(Unit("甲按《规定》办，这里的《办法》指《某某办法》。", "sentence", 0)) is None
    both_ways("通报批评的程序按什么",
              "通报批评的程序按照《办法》执行，此处的《办法》即《深圳市行政过错责任追究办法》（第七条的简称）。",
              "通报批评的程序按照《办法》执行，此处的《办法》即《深圳市行政决策责任追究办法》（第七条的简称）。")
    both_ways("通报批评的程序按什么",
              "通报批评的程序按照《办法》执行，此处的《办法》即《深圳市行政过错责任追究办法》（第七条的简称）。",
              "免职的程序按照《办法》执行，此处的《办法》即《深圳市行政过错责任追究办法》（第七条的简称）。")


def test_a_kind_said_of_a_cut_article_is_in_the_clause_naming_it():
    both_ways("规定里有没有事故等级的划分标准",
              "没有。各条按事故等级分别规定了问责方式，但现有文本（到第十八条开头为止）没有写等级的划分标准。",
              "没有。各条按事故等级分别规定了问责方式，但现有文本（到第十八条开头为止）写的是第十八条可以从轻问责。")


def test_an_either_or_answer_weighs_both_then_concludes():
    lanxi = on("lanxi-bridge-2036")
    weighed = ("一般事故的损失标准是50万元以上“不足”500万元，不含500万；较大事故是500万元以上不足5000万元，"
               "“以上”含本数。所以正好500万元落在较大事故。")
    lanxi("损失刚好500万元，没有伤亡，是一般事故还是较大事故？", "较大事故。" + weighed, "一般事故。" + weighed)


def test_an_either_or_answer_whose_sentence_rests_on_the_other_sides_passage():
    lanzhou = on("lanzhou-monitoring-2035")
    lanzhou("遮挡采样口算篡改还是伪造？",
            "算篡改。按规定，人为遮挡、喷淋、拆除采样口属于篡改监测数据的情形。",
            "算伪造。按规定，人为遮挡、喷淋、拆除采样口属于伪造监测数据的情形。")
