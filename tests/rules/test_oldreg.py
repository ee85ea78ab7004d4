"""False alarms on right drafts under ingested regulations, read by construction (branch oldreg),
each tested both ways in sentences of our own:

- a case the text states only by numbered items (有本办法第11条第1款第(三)项、第(四)项情形的), said by
  naming one of those items (rules/checking/case_by_items.py); an exception of articles alone
  (但本办法第十条、第二十九条的规定除外) said by naming them as not applying;
- articles a sentence names only as not applying: the article that excepts them is what the sentence
  restates (excepted_articles.py);
- what another article attaches to an item's case by citing the item (cited_case_consequence.py);
- the matter asked said to be outside the regulation, the next sentence showing its referral
  (outside_referred.py);
- a matter handed to another text, said not to be written here (referral_details.py: the regulation
  by its kind of name, 办法本身; the other text by its kind, 那个规范; the matter in a clause before
  the referral).
"""
from __future__ import annotations

from rules.checking import case_by_items, cited_case_consequence
from tests.rules.checking import ingested, on, verdict

LANXI = on("lanxi-bridge-2036")
QINGLAN = on("qinglan-events-2037")


def test_a_case_stated_by_items_is_said_by_naming_one():
    LANXI("第18条第1款第(二)项管什么？",
          "第18条第1款第(二)项针对第11条第1款第(三)项、第(四)项的情形，每次扣减2万元。",
          "第18条第1款第(二)项针对第11条第1款第(一)项、第(二)项的情形，每次扣减2万元。")
    LANXI("养护单位偷工减料会被扣多少养护经费？",
          "属于第11条第1款第(三)项的情形。依照第18条第1款第(二)项，每次扣减2万元。",
          "属于第11条第1款第(一)项的情形。依照第18条第1款第(二)项，每次扣减2万元。")


def test_case_by_items_alone():
    case = "有本办法第11条第1款第(三)项、第(四)项情形的"
    assert case_by_items.said(case, "属于第11条第1款第(四)项")
    assert case_by_items.said(case, "第十一条第(三)项")                       # (no paragraph named: the item's)
    assert not case_by_items.said(case, "属于第11条第1款第(一)项")             # another item
    assert not case_by_items.said(case, "属于第12条第1款第(四)项")             # another article's item
    assert not case_by_items.said(case, "属于第11条第2款第(四)项")             # another paragraph
    assert not case_by_items.said(case, "第11条")                               # an article says no case
    assert not case_by_items.said("承办者有第二十条第（一）项规定情形，未发生事故的", "第二十条第（一）项")   # words of its own


def test_an_exception_of_articles_alone():
    e = "但本办法第十条、第二十九条的规定除外"
    assert case_by_items.exception_said(e, "参照本办法，不过第十条和第二十九条不适用")
    assert not case_by_items.exception_said(e, "参照本办法，不过第十条不适用")              # one of them left out
    assert not case_by_items.exception_said(e, "参照本办法，第十条和第二十九条也适用")        # not said to be excepted
    assert not case_by_items.exception_said("但是，仅提供助餐服务的站点除外", "第十条不适用")  # an exception of words


def test_articles_said_not_to_apply_name_the_excepting_article():
    QINGLAN("600人的活动怎么追责？",
            "每场次预计参加人数500人以上不满1000人的活动，参照本办法追究承办者、场所管理者的安全责任，但第十条、第二十九条不适用。",
            "每场次预计参加人数500人以上不满1000人的活动，参照本办法追究承办者、场所管理者的安全责任，但第十条、第三十条不适用。")
    QINGLAN("600人的活动怎么追责？",
            "每场次预计参加人数500人以上不满1000人的活动，参照本办法追究承办者、场所管理者的安全责任，但第十条、第二十九条不适用。",
            "每场次预计参加人数300人以上不满1000人的活动，参照本办法追究承办者、场所管理者的安全责任，但第十条、第二十九条不适用。")


def test_a_consequence_another_article_attaches_to_the_item():
    right = verdict("有人谎报事故，还能免予追究吗？", "谎报、瞒报事故或者险情的，不能免。", ingested("qinglan-events-2037"))
    assert right.passed, right.problems
    # (the item's own lead says 从重追究: denying it is still the opposite of the text)
    wrong = verdict("有人谎报事故，会从重追究吗？", "谎报、瞒报事故或者险情的，不从重追究。", ingested("qinglan-events-2037"))
    assert not wrong.passed


def test_cited_case_consequence_alone():
    from rules.checking.aligned import _negated, statements
    whole = [p for p in ingested("qinglan-events-2037").passages if p.article in (31, 33)
             and p.doc_title.startswith("青岚市大型群众性活动")]
    units = statements(whole)
    item = next(u for u in units if u.article == 31 and u.text.startswith("（二）"))
    third = next(u for u in units if u.article == 31 and u.text.startswith("（三）"))
    assert cited_case_consequence.agrees("不能免", True, item, units, _negated)
    assert not cited_case_consequence.agrees("可以免", False, item, units, _negated)      # the citing one denies it
    assert not cited_case_consequence.agrees("不从重追究", True, item, units, _negated)   # words it does not hold
    assert not cited_case_consequence.agrees("不能免", True, third, units, _negated)      # an item it does not cite


def test_a_matter_handed_to_another_text():
    QINGLAN("安全风险评估的具体程序办法里有吗？",
            "办法本身没写具体程序，第三十九条说按《青岚市大型群众性活动安全风险评估规范》执行，那个规范不在本办法里。",
            "办法本身没写具体比例，第七条说按《青岚市大型群众性活动安全风险评估规范》执行，那个规范不在本办法里。")


def test_a_matter_said_outside_the_regulation_before_its_referral():
    src = ingested("lanxi-bridge-2036")
    shown = "这个不归这份办法管。第28条规定超限运输车辆通行城市桥梁的许可和管理，依照《澜溪市超限运输车辆通行城市桥梁管理规定》执行。"
    assert verdict("超限车辆过桥要办什么手续？", shown, src).passed
    # (the question asks about what the regulation does govern: the referral is not its matter)
    assert not verdict("检测单位伪造检测数据怎么处理？", shown, src).passed
    # (nothing after it shows where the matter is)
    assert not verdict("超限车辆过桥要办什么手续？", "这个不归这份办法管。", src).passed
