"""Right drafts about the Shenzhen texts that were flagged (branch szalarm5): each reading tested
both ways, in new words as well as the drafts', the true sentence passing and its wrong twin failing."""
from __future__ import annotations

from rules.checking.echoed_answer import bare
from rules.checking.restatement import neighbours
from rules.checking.support import mispaired
from bot.core.sources import with_documents
from tests.rules.checking import DATA, both_ways, verdict

GROUPS_Q = "第十条规定了哪两组问责方式？"
PAPER_Q = "论文里失职渎职类举报的数字怎么变化？"
HISTORY_Q = "论文怎么介绍行政过错责任追究办法的来历？"
FURTHER_Q = "区里对较大事故作了初步问责，事情就算完了吗？"
NETWORK = ("43家市政府直属单位全部明确了投诉电话和网址，42家单位成立了责任追究机构，32家单位制定了投诉受理和责任追究制度，"
           "构建了覆盖全市的、全方位的问责工作网络。")


# --- a count that answers "哪两组" with the question's own count (checker._counted) ------------

def test_the_question_s_own_count_answers_its_which():
    assert verdict(GROUPS_Q, "两组。").passed
    assert verdict("第十条把问责方式分成哪两组？", "两组：造成重大损失或者恶劣影响的一组，未造成的一组。").passed


def test_a_count_the_question_does_not_make_or_the_article_does_not_divide_into_fails():
    assert not verdict(GROUPS_Q, "三组。").passed
    # the question's count echoed where the article makes two: the echo is held to the article
    assert not verdict("第十条规定了哪三组问责方式？", "三组。").passed


# --- a clause between two figures, after a comma, is the earlier figure's (support.mispaired) -----

def test_a_clause_said_after_its_own_figure_is_no_swap_for_the_next():
    both_ways(HISTORY_Q,
              "论文说，2001年深圳出台行政过错责任追究办法，2005年和2008年两次修订。",
              "论文说，2005年深圳出台行政过错责任追究办法，2001年和2008年两次修订。")


def test_a_clause_joined_by_a_conjunction_is_still_held_to_its_figure():
    # 全部成立了责任追究机构 is 42家's in the passage, not 43家's: 并且 does not hide it
    assert mispaired("43家直属单位全部明确了投诉电话和网址，并且全部成立了责任追究机构，其中32家单位制定了投诉受理和责任追究制度。",
                     NETWORK)
    assert not mispaired("43家直属单位全部明确了投诉电话和网址，42家单位成立了责任追究机构，32家单位制定了投诉受理和责任追究制度。",
                         NETWORK)


def test_a_figure_inside_its_clause_keeps_its_head_reaching_back():
    # 1年 is inside "第二次暂停期限从重按1年执行": the clause before the comma stays held to it
    # (an ingested regulation: 暂停其评标资格三个月至一年 …；一年内两次受到暂停评标资格处理的，取消…)
    yunlan = with_documents([DATA / "yunlan-trading-2034.md"])
    assert not verdict("评标专家一年里被暂停了两次评标资格，会怎样？",
                       "一年内两次受到暂停评标资格处理的，第二次暂停期限从重按一年执行。", yunlan).passed


# --- 上年 for the year before the clause's own (restatement.neighbours) --------------------------

def test_last_year_is_the_year_before_the_clause_s_own():
    text = "2005年上升到233件，占19%；2006年达到445件，占21%，与2005年相比上升90.9%。"
    assert not neighbours("2006年达到445件，占21%，比上年上升90.9%。", text)
    assert neighbours("2005年上升到233件，占19%，比上年上升90.9%。", text)
    # 上年 of 2007 is 2006, not the passage's 2005
    assert neighbours("2007年达到445件，占21%，比上年上升90.9%。", text)


def test_last_year_in_a_draft():
    both_ways(PAPER_Q, "2006年失职渎职类举报445件，占21%，比上年上升90.9%。",
              "2005年失职渎职类举报233件，占19%，比上年上升90.9%。")


# --- "被第N条覆盖": the passive reach of a provision (covered_articles) ----------------------------

def test_an_article_said_to_be_covered_by_another_is_one_that_other_names():
    both_ways(FURTHER_Q, "第十四条的初步问责同样被第十五条覆盖：根据事故调查结果，还可以进一步问责。",
              "第十六条的一般事故同样被第十五条覆盖：根据事故调查结果，还可以进一步问责。")
    both_ways(FURTHER_Q, "第十三条、第十四条的初步问责都被第十五条涵盖。",
              "第十三条、第十六条的初步问责都被第十五条涵盖。")


def test_likewise_without_a_provision_s_reach_stays_a_term():
    # 同样应当受理 of 匿名投诉 is no reach of a provision: the invented duty is still found (an ingested regulation)
    qinglan = with_documents([DATA / "qinglan-medical-2035.md"])
    assert not verdict("办法允许匿名投诉吗？", "允许。第三条规定，投诉人可以以来信、来访、电话、网络等形式匿名投诉，"
                       "医疗机构对匿名投诉同样应当受理。", qinglan).passed


# --- a one-character echo of the question's last predicate (echoed_answer.bare) -------------------

def test_the_question_s_last_predicate_echoed():
    assert bare("不一定完。", FURTHER_Q) == "不一定。"
    assert bare("不一定好。", FURTHER_Q) == "不一定好。"      # not the question's predicate
    both_ways(FURTHER_Q, "不一定完。第十五条规定，按第十四条初步问责后，还可以进一步问责。",
              "不一定完。初步问责就是最终结果。")


# --- 第十三、十四、十六条: an abbreviated list of articles is the absence's scope (absence._thing) ----

def test_an_abbreviated_list_of_articles_is_a_scope_not_a_thing():
    q = "特别重大、重大、较大、一般事故的划分标准在哪？"
    both_ways(q, "第十三、十四、十六条没有给出划分标准。", "第十三、十四、十六条没有规定召开现场会。")
    both_ways(q, "第十三、十四条没有给出事故等级的划分标准。", "第十三、十四条没有写市委、市政府。")
