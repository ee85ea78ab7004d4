"""Right drafts about the Shenzhen texts that were flagged (branch szalarm6): each reading tested both
ways, in the drafts' wording and in others, the true sentence passing and its wrong twin failing."""
from __future__ import annotations

import pytest

from rules.checking.alias_answer import misanswered
from rules.checking.enumerations import whole_list
from rules.checking.places_lead import occurrence_lead, times_named
from tests.rules.checking import SOURCES, both_ways, on, verdict

PRINCIPLES_Q = "第13条里初步问责决定的原则有哪几个"
DOC_Q = "中办发[2009]25号在本规定里被提到几次？"
BODY_Q = "纪检监察机关在这个规定里扮演什么角色？"
BANFA_Q = "《办法》后来有什么变化"
CANGXI = on("cangxi-drainage-2036")


# --- a count that opens a list the article has member for member (enumerations.whole_list) -------

@pytest.mark.parametrize("right, wrong", [
    ("四个：严格要求、实事求是、权责一致、惩教结合。", "三个：严格要求、实事求是、权责一致。"),
    ("原则有四个：严格要求、实事求是、权责一致、惩教结合。", "原则有四个：严格要求、实事求是、权责一致、依法依规。"),
    ("一共四个：严格要求、实事求是、权责一致和惩教结合。", "一共五个：严格要求、实事求是、权责一致、惩教结合、公开公正。"),
])
def test_a_count_of_the_article_s_own_list_is_not_its_items(right, wrong):
    both_ways(PRINCIPLES_Q, right, wrong)


def test_whole_list_wants_every_member_of_the_passage_s_list():
    text = "根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定："
    assert whole_list("有四个：严格要求、实事求是、权责一致、惩教结合。", text)
    assert not whole_list("有三个：严格要求、实事求是、权责一致。", text)
    assert not whole_list("有四个：严格要求、实事求是、权责一致。", text)     # the count is not its list's


def test_an_ingested_article_s_principles_counted():
    CANGXI("第三条讲哪几个原则？", "四个：实事求是、权责一致、惩戒与教育相结合、尽职免责。",
           "三个：实事求是、权责一致、尽职免责。")


# --- how many places the text names a thing (places_lead.occurrence_lead) ---------------------

@pytest.mark.parametrize("question, right, wrong", [
    (BODY_Q, "在《暂行规定》里出现两处：一是第三条，纪检监察机关和组织人事部门按照管理权限履行本规定中的有关职责；"
             "二是第十二条，纪检监察机关和有关部门一起组成事故问责组。",
     "在《暂行规定》里出现三处：一是第三条，纪检监察机关和组织人事部门按照管理权限履行本规定中的有关职责；"
     "二是第十二条，纪检监察机关和有关部门一起组成事故问责组。"),
    (DOC_Q, "四次：第一条把它作为制定依据；第十五条规定进一步问责依照它。",
     "三次：第一条把它作为制定依据；第十五条规定进一步问责依照它。"),
    ("问责规定引用了哪些文件？", "中办发〔2009〕25号在规定里一共出现了四处：第一条作为制定依据；第十五条作为进一步问责的依据。",
     "中办发〔2009〕25号在规定里一共出现了五处：第一条作为制定依据；第十五条作为进一步问责的依据。"),
    ("《办法》在规定里用在哪些地方？", "三处：\n- 第十一条：训诫、通报批评的程序按《办法》。",
     "两处：\n- 第十一条：训诫、通报批评的程序按《办法》。"),
])
def test_a_count_of_places_is_the_text_s(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


def test_a_place_after_a_right_count_is_still_held():
    # the count holds, the place after the colon does not (第三条 has no 事故问责组)
    bad = verdict(BODY_Q, "在规定里出现两处：一是第三条，纪检监察机关负责组成事故问责组。")
    assert not bad.passed


def test_a_thing_named_twice_in_one_article_is_no_count_of_places():
    assert times_named("水务部门", ["甲水务部门乙水务部门", "丙水务部门"]) == -1
    assert times_named("监察机关", ["甲监察机关", "乙", "丙监察机关"]) == 2
    assert occurrence_lead("两次：第四条…", "监察机关在办法里出现几次？")[:2] == ("监察机关", 2)
    assert occurrence_lead("两处意见不同。", "监察机关在办法里出现几次？") is None


def test_an_ingested_regulation_s_places_counted():
    CANGXI("监察机关在办法里出现几次？", "两次：一是第四条，监察机关、组织人事部门依照管理权限负责处分和组织处理；"
                                   "二是第二十五条，立案的水务部门将调查报告移送监察机关或者任免机关。",
           "三次：一是第四条，监察机关、组织人事部门依照管理权限负责处分和组织处理；"
           "二是第二十五条，立案的水务部门将调查报告移送监察机关或者任免机关。")


# --- what a sentence reports the paper to say is held to the paper (speaker.reported_passage) -----

@pytest.mark.parametrize("right, wrong", [
    ("按文章的介绍，《深圳市行政过错责任追究办法》在2005年、2008年两次修订：过错情形从63种增加到108种，并引入了训诫、降职、辞退等组织手段。",
     "按文章的介绍，《深圳市行政过错责任追究办法》在2005年、2008年两次修订：过错情形从63种增加到118种，并引入了训诫、降职、辞退等组织手段。"),
    ("按那篇论文的介绍，深圳2001年出台行政过错责任追究办法，2005年和2008年两次修订，过错情形由63种增加到108种，并引入了训诫、降职、辞退等手段。",
     "按那篇论文的介绍，深圳2003年出台行政过错责任追究办法，2005年和2008年两次修订，过错情形由63种增加到108种，并引入了训诫、降职、辞退等手段。"),
])
def test_figures_the_paper_reports_are_the_paper_s(right, wrong):
    both_ways(BANFA_Q, right, wrong, unsupported=True)


def test_a_measure_the_paper_does_not_report_still_fails():
    bad = verdict(BANFA_Q, "按文章的介绍，《深圳市行政过错责任追究办法》在2005年、2008年两次修订，引入了训诫、免职、开除等组织手段。")
    assert not bad.passed


# --- a title opening a sentence as its subject is no answer to 《X》是什么 (alias_answer) ----------

def test_a_title_as_subject_is_no_answer():
    both_ways("《办法》是什么，有啥背景", "《规定》第七条把《深圳市行政过错责任追究办法》简称为《办法》。",
              "《规定》第七条把《深圳市行政决策责任追究办法》简称为《办法》。", unsupported=True)


def test_a_title_alone_is_still_an_answer():
    aliases = SOURCES.aliases
    assert misanswered("《深圳市行政决策责任追究办法》。", "《办法》是什么？", aliases)
    assert misanswered("《深圳市行政决策责任追究办法》，第七条对它作了简称。", "《办法》是什么？", aliases)
    assert not misanswered("《规定》第七条把《深圳市行政过错责任追究办法》简称为《办法》。", "《办法》是什么？", aliases)
