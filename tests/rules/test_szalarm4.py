"""Right drafts about the Shenzhen texts that were flagged (branch szalarm4): each reading tested
both ways, in the drafts' wording and in others, the true sentence passing and its wrong twin
failing."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

REFERRAL_Q = "被问责之后还会受党纪处分吗？"


# --- accountability said not to replace what the referrals give (relations.not_replaced) -----------

@pytest.mark.parametrize("right, wrong", [
    ("所以问责并不取代党纪政纪处分和刑事责任。", "所以问责可以取代党纪政纪处分和刑事责任。"),
    ("换句话说，问责不代替纪律处分。", "换句话说，问责就代替了纪律处分。"),
    ("可见问责不能替代刑事追究。", "可见问责之后就不再追究刑事责任。"),
])
def test_accountability_not_replacing_the_referrals(right, wrong):
    both_ways(REFERRAL_Q, right, wrong)


@pytest.mark.parametrize("wrong", [
    "问责不替代行政处罚和纪律处分。",     # one thing named is none
    "纪律处分不替代问责。",              # the other way round is no restatement of the row
])
def test_replacement_denied_of_what_the_text_does_not_refer(wrong):
    assert not verdict(REFERRAL_Q, wrong).passed, wrong


# --- an article's wording with one basis verb for another, or its condition's 的 as 由 (_near_quote) --

def test_article_wording_with_another_basis_verb():
    q = "本规定根据什么制定？"
    both_ways(q, "第一条：依照《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）等有关规定，结合我市实际，制定本规定。",
              "第一条：根据《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）等有关规定，结合我市实际，修订本规定。")


def test_article_wording_with_its_condition_heading_the_body():
    q = "第十六条讲什么？"
    both_ways(q, "第十六条：一般公共安全责任事故，造成较大损失或者不良影响，由区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职训诫。",
              "第十六条：一般公共安全责任事故，造成较大损失或者不良影响，由区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职免职。")
    both_ways(q, "第十六条：一般公共安全责任事故，造成较大损失或者不良影响，由区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职训诫。",
              "第十六条：一般公共安全责任事故，造成较大损失或者不良影响，由市委、市政府按《办法》对区有关职能部门领导分管副职训诫。")


# --- the text's no said with the asked proposition as a noun (echoed_answer: 没有这个要求) ----------

def test_text_has_no_such_requirement():
    q = "一般事故也要在24小时内开现场会吗？"
    both_ways(q, "规定里没有这种要求。第十六条对一般公共安全责任事故只写了区委（党工委）、区政府（管委会）按《办法》训诫、责令作出书面检查，没有提现场会。",
              "规定里没有这种要求。第十六条要求区委（党工委）、区政府（管委会）在24小时内召开现场会。")
    q = "重大事故要在24小时内开现场会吗？"
    assert not verdict(q, "条文没有这个要求。第十三条只规定作出初步问责决定。").passed


# --- a permission said as a predicate (是允许的 / 不允许) is the modal it answers ---------------------

def test_permission_as_the_answer_word():
    q = "责令公开道歉能和停职检查一起用吗？"
    both_ways(q, "按条文是允许的。第十条第二款规定，责令公开道歉可以单独适用，也可以和其他问责方式合并适用。",
              "按条文是不允许的。第十条第二款规定，责令公开道歉可以单独适用，也可以和其他问责方式合并适用。")
    q = "调离现工作岗位可以和其他方式合并适用吗？"
    assert not verdict(q, "从条文看是允许的。第十条第二款规定，调离现工作岗位可以单独适用，也可以和其他问责方式合并适用。").passed


# --- a measure said to be one of the text's measures is the partner of "其他问责方式" (claims._partner)

def test_measure_said_one_of_the_measures_is_a_partner():
    q = "能不能既让人通报批评又免职？"
    both_ways(q, "第十条第二款规定，通报批评可以单独适用，也可以和其他问责方式合并适用，而免职同样是第十条规定的问责方式之一。",
              "第十条第二款规定，免职可以单独适用，也可以和其他问责方式合并适用，而通报批评同样是第十条规定的问责方式之一。")
    assert not verdict(q, "第十条第二款规定，通报批评可以单独适用，也可以和其他问责方式合并适用，而免职也是可以合并适用的问责方式之一。").passed


# --- counted measures said to belong to a group count members, not the group (claims._counted_part,
# --- item_counts: 四种里有三种) ------------------------------------------------------------------

def test_counted_members_of_a_group():
    q = "训诫和通报批评属于哪一组？"
    both_ways(q, "这两种——训诫、通报批评——都属于第十条第一款未造成重大损失或者恶劣影响的那一组。",
              "这两种——训诫、免职——都属于第十条第一款未造成重大损失或者恶劣影响的那一组。")


# --- a chapter's title, then after a dash the article it begins with or its span (chapters.py) ---

@pytest.mark.parametrize("right, wrong", [
    ("第三章 问责方式、适用、程序——从第十条开始。", "第三章 问责方式、适用、程序——从第十一条开始。"),
    ("第二章 问责情形——第五条至第九条。", "第二章 问责情形——第五条至第十条。"),
    ("第二章 问责情形——第五条至第九条。", "第二章 问责方式——第五条至第九条。"),
])
def test_chapter_title_then_its_articles_after_a_dash(right, wrong):
    both_ways("规定分几章？", right, wrong)


# --- a document named by its title without marks is the scope of an absence (absence._titled) ----

def test_document_named_by_its_title_is_the_scope():
    q = "2016年政府工作报告提到这部问责规定了吗？"
    both_ways(q, "2016年政府工作报告没有提到《深圳市党政领导干部问责暂行规定》。", "2016年政府工作报告没有提到明察暗访。")
    assert not verdict(q, "2016年政府工作报告没有提到严格监督问责。").passed


# --- a split by weight (轻重) where the groups are the two measure sets (partitions.split_lead) ---

@pytest.mark.parametrize("right, wrong", [
    ("第十一条按轻重分成两套：", "第十一条按事故等级分成两套："),
    ("第十一条按轻重分成两套：", "第十一条按轻重分成三套："),
    ("第十条按问责轻重分两档：", "第十条按事故等级分两档："),
])
def test_split_by_weight(right, wrong):
    both_ways("各种问责方式的程序依据分别是什么？", right, wrong)


# --- a word the article has, with the text named as such (word_present: 条文后面还有个“等”字) -----

def test_word_the_article_has_after_its_list():
    q = "第八条说的是哪些情形？"
    listed = ("第八条列了三类情形：对直接管辖范围内明令禁止的不正之风不制止、不查处；对上级领导机关交办的党风廉政责任范围内的事项"
              "拒不办理；对严重违法违纪问题隐瞒不报、压制不查。")
    both_ways(q, listed + "原文末尾还有一个“等”字。", listed + "原文末尾还有一个“及”字。")
