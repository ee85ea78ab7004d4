"""Branch r13a's readings, each tested both ways in sentences of our own (round 13's false alarms):
a predicate distributed over several articles (each_article.py), a count of an article's own
items said right after it, a topic's generic head noun in an announcing lead (announced.py), and
turns of the conversation that say nothing of the sources (turns.py)."""
from __future__ import annotations

from rules.checking.each_article import parts
from rules.checking.turns import addressed, looks_elsewhere
from tests.rules.checking import both_ways, verdict

MEETING = "哪些事故要开现场会？"


# --- 都 over several articles: each article on its own -----------------------------------------

def test_a_figure_said_of_two_articles_with_dou_must_be_in_each():
    """Judged whole, the two articles' texts were pooled: 第十六条 (no meeting, no time limit)
    borrowed 第十三条's 24小时."""
    both_ways(MEETING, "第十三条和第十四条召开现场会的时限都是24小时。",
              "第十三条和第十六条召开现场会的时限都是24小时。", unsupported=True)


def test_a_counted_subject_refers_back_to_the_articles_named_before():
    both_ways(MEETING, "第13条讲特别重大和重大事故，第14条讲较大事故。\n两条召开现场会的时限都是24小时。",
              "第13条讲特别重大和重大事故，第14条讲较大事故。\n两条召开现场会的时限都是12小时。", unsupported=True)


def test_a_counted_subject_takes_the_last_articles_named():
    both_ways(MEETING, "第十三条由市委、市政府召开现场会。\n第十四条由区委（党工委）、区政府（管委会）召开现场会。\n"
                       "这两条都要求24小时内召开现场会。",
              "第十三条由市委、市政府召开现场会。\n第十四条由区委（党工委）、区政府（管委会）召开现场会。\n"
              "这两条都由市委、市政府召开现场会。", unsupported=True)


def test_what_is_no_distribution_is_left_as_it_was():
    assert parts("第十三条的时限是24小时。", "", "") is None                    # one article
    assert parts("第十三条和第十四条讲的是初步问责。", "", "") is None          # no 都
    assert parts("两条的时限都是24小时。", "第十三条讲市里。", "") is None        # one article named before
    assert parts("两条的时限都是24小时。", "第十三条讲市里，第十四条讲区里。", "") == [
        "第十三条的时限是24小时。", "第十四条的时限是24小时。"]


# --- a count of an article's items, right after it ----------------------------------------------

def test_a_count_right_after_an_article_counts_its_items():
    q = "特别重大事故和重大事故的初步问责有什么不同？"
    both_ways(q, "可以对照第十三条的两项来看：", "可以对照第十三条的三项来看：", unsupported=True)


# --- an announcing lead whose topic has a generic head noun --------------------------------------

SCOPE_LIST = ("\n1. 市委、市政府工作部门领导班子成员；\n2. 区党委、政府及其工作部门领导班子成员；"
              "\n3. 上列工作部门内设机构领导成员；\n4. 街道党政领导成员。")


def test_a_generic_topic_of_a_counted_lead_is_the_members_listed():
    q = "问责规定适用于哪些人？"
    both_ways(q, "依据第二条，适用的人员分四类：" + SCOPE_LIST, "依据第二条，适用的人员分五类：" + SCOPE_LIST,
              unsupported=True)


def test_a_topic_that_says_more_than_the_members_still_needs_its_words():
    q = "问责规定适用于哪些人？"
    bad = verdict(q, "依据第二条，免职的人员分四类：" + SCOPE_LIST)
    assert not bad.passed


# --- turns of the conversation -------------------------------------------------------------------

def test_a_request_to_the_user_and_the_next_step_say_nothing_of_the_sources():
    q = "初步问责决定是谁作的？"
    both_ways(q, "特别重大或重大事故，按第十三条由市委、市政府作出初步问责决定。\n你说明一下事故的级别，我再帮你查对应的条文。",
              "特别重大或重大事故，按第十三条由市委、市政府作出初步问责决定。\n你说明一下事故的级别，市委会作出决定。", unsupported=True)
    assert addressed("麻烦您补充一下时间，我来帮您核对")
    assert not addressed("我再帮您对照具体岗位")              # no request: an offer alone is not read here
    assert not addressed("您补充一下，规定写了三种情形")       # a clause that is neither


def test_advice_to_look_elsewhere_stands_only_on_an_absence_before_it():
    q = "现场会由谁主持？"
    both_ways(q, "第十三条只规定了由市委、市政府召开现场会，并没有规定由谁主持。\n如需这些内容，只能查阅其他文件。",
              "第十三条只规定了由市委、市政府召开现场会。\n如需这些内容，只能查阅其他文件。", unsupported=True)
    bad = verdict(q, "如需这些内容，只能查阅其他文件。")
    assert not bad.passed
    assert looks_elsewhere("如需这些细节，只能另查其他文件。")
    assert not looks_elsewhere("如需了解免职的条件，只能另查其他文件。")   # a topic of its own


# --- a lead that takes out what the question asks about; a summary of the lines above -----------

def test_a_lead_that_takes_out_the_post_asked_about():
    q = "街道党政领导正职在各级事故中怎么问责？"
    both_ways(q, "把街道党政领导正职单独挑出来对比一下：\n- 较大事故（第十四条）：责令公开道歉。",
              "把街道党政领导正职单独挑出来对比一下：\n- 较大事故（第十四条）：免职。", unsupported=True)
    bad = verdict(q, "把区党政领导分管副职单独挑出来对比一下：\n- 较大事故（第十四条）：责令公开道歉。")
    assert not bad.passed                 # a post the question does not name is a claim to hold


CASE = "假设李某是某街道的党政领导分管副职。\n- 特别重大事故，按第十三条第（一）项，是免职；\n"


def test_the_post_a_draft_sets_up_carries_over_the_cases_below_it():
    q = "街道分管安全的副职在不同事故中分别怎样？"
    both_ways(q, CASE + "- 重大事故，按第十三条第（二）项，也是免职。",
              CASE + "- 重大事故，按第十三条第（二）项，是停职检查。", unsupported=True)


def test_a_summary_names_the_post_the_lines_above_are_about():
    q = "街道分管安全的副职在不同事故中分别怎样？"
    both_ways(q, CASE + "以上是条文对“街道党政领导分管副职”这一岗位的规定。",
              CASE + "以上是条文对“街道党政领导正职”这一岗位的规定。", unsupported=True)
