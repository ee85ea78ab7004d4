"""Branch r23miss: round 23's wrong drafts that passed, and two wrong sentences noticed at earlier
stops, each read by its construction; every reading tested both ways (a right sentence it must
pass, a near one with a wrong detail it must flag)."""
from pathlib import Path

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.checking import inline_items as II
from rules.schema import RuleBook

BOOK = RuleBook()
SZ = shipped_sources()
DATA = Path(__file__).parent.parent / "data"
LANJIANG = with_documents([DATA / "lanjiang-housing-2034.md"])
QINGFENG = with_documents([DATA / "qingfeng-statistics-2034.md"])


def passes(question: str, draft: str, sources=SZ) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


# --- inline_items.py: an article's items counted and numbered inline after its lead
def test_inline_items_as_many_as_the_article_has_pass():
    assert passes("第十三条有几项？", "第十三条下分两项：（一）特别重大公共安全责任事故；（二）重大公共安全责任事故。")


def test_inline_items_count_other_than_the_article_is_flagged():
    assert not passes("第十三条有几项？", "第十三条分三项：（一）特别重大公共安全责任事故；（二）重大公共安全责任事故。")


def test_inline_item_numbered_past_the_article_is_flagged():
    # the count is right, but a third item is brought in from the next article
    assert not passes("第十三条有几项？", "第十三条下分两项：（一）特别重大公共安全责任事故；（二）重大公共安全责任事故；"
                                     "（三）较大公共安全责任事故。")
    assert not passes("第十三条有几项？", "第十三条列有以下各项：（一）特别重大公共安全责任事故；（二）重大公共安全责任事故；"
                                     "（三）较大公共安全责任事故。")


def test_inline_items_lead_read_only_with_one_article_and_its_items():
    assert II.lead("第十三条分三项：（一）特别重大…；") is not None
    assert II.lead("第十条第二款分三项：（一）训诫；") is None          # a paragraph: not read here
    assert II.lead("第十三条规定：（一）特别重大…；") is None           # no 项: the draft's own numbering
    assert II.problems(["第十三条分两项：（一）甲；", "（二）乙。"], "第十三条", 2) == {}
    assert set(II.problems(["第十三条分两项：（一）甲；", "（二）乙；", "（三）丙。"], "第十三条", 2)) == {2}


# --- universal._unspoken: a universal beside a mention the sentence itself restates
def test_universal_over_a_listed_subject_is_flagged_though_the_sentence_says_its_other():
    assert not passes("问责方式可以合并用吗？", "按第十条第二款，一切问责方式都既可以单独适用，也可以和其他问责方式合并适用。")
    assert not passes("问责方式可以合并用吗？", "任何问责方式都能和其他问责方式合并适用（第十条）。")


def test_listed_subject_with_its_other_passes():
    assert passes("问责方式可以合并用吗？", "按第十条第二款，训诫、责令作出书面检查、通报批评、责令公开道歉这四种问责方式既可以单独适用，"
                                        "也可以和其他问责方式合并适用。")
    assert passes("第九条说什么？", "第九条讲其他失职行为：凡是给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，"
                                 "按照有关规定对党政领导干部问责。")


# --- listed_answer: a 哪些 answer that restates the question around its list
Q13 = "第十三条规定市委、市政府对哪些级别的事故作出初步问责决定？"


def test_list_restating_the_question_with_a_swapped_member_is_flagged():
    assert not passes(Q13, "对特别重大和较大事故作出初步问责决定。")
    assert not passes(Q13, "负责对特别重大和较大事故作出初步问责决定。")


def test_list_restating_the_question_with_its_members_passes():
    assert passes(Q13, "对特别重大和重大事故作出初步问责决定。")
    assert passes(Q13, "负责对特别重大和重大事故作出初步问责决定。")


# --- defined_members: a bare 属于 before the text's own 所称 places the member in the definition
def test_bare_belongs_to_the_defined_term_with_a_member_outside_is_flagged():
    assert not passes("社区的站长算不算党政领导干部？", "社区工作站站长属于本规定所称党政领导干部。")
    assert not passes("居委会的人算吗？", "社区党政领导成员算本规定所说的党政领导干部。")
    assert not passes("人民团体里的统计员算吗？", "人民团体从事统计工作的人员属于本办法所称统计人员。", QINGFENG)
    assert not passes("律所的人算审核人员吗？", "受委托从事信息核查的律师事务所工作人员属于本规定所称审核人员。", LANJIANG)


def test_bare_belongs_to_the_defined_term_with_a_listed_member_passes():
    assert passes("街道领导算不算党政领导干部？", "街道党政领导成员属于本规定所称党政领导干部。")
    assert passes("区里部门内设机构的领导算吗？", "区政府工作部门内设机构领导成员属于本规定所称党政领导干部。")
    assert passes("街道办的统计员算吗？", "街道办事处从事统计工作的人员属于本办法所称统计人员。", QINGFENG)
    assert passes("第三方核查的人算审核人员吗？", "受委托从事信息核查的第三方机构工作人员属于本规定所称审核人员。", LANJIANG)


def test_inline_items_of_an_ingested_regulation_both_ways():
    water = with_documents([DATA / "qingxi-water-2031.md"])
    q = "青溪县的办法第八条分几项？"
    assert passes(q, "第八条分两项：（一）一级河道污染事故；（二）二级河道污染事故。", water)
    assert not passes(q, "第八条分三项：（一）一级河道污染事故；（二）二级河道污染事故。", water)
    assert not passes(q, "第八条分两项：（一）一级河道污染事故；（二）二级河道污染事故；（三）三级河道污染事故。", water)
