"""Wrong sentences about the Shenzhen sources that passed (branch wmiss11), each shape read as a
mechanism and tested both ways: the wrong sentence fails, the right sentence of the same shape
passes, on 深圳 and on an ingested regulation where the shape exists."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.checking import year_pairs
from rules.schema import RuleBook

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=None)
def _sources(reg: str | None):
    return shipped_sources() if reg is None else with_documents([DATA / reg])


@lru_cache(maxsize=1)
def _book() -> RuleBook:
    return RuleBook()


def _check(reg: str | None, question: str, draft: str):
    return check(question, draft, _book(), sources=_sources(reg))


CASES = [
    # a body said to do (负责) an act no sentence naming it gives it (agent_act.py)
    (None, "组织人事部门干什么？", "根据第三条，组织人事部门负责按照干部管理权限作出问责决定。", False),
    (None, "组织人事部门干什么？", "按第三条，组织人事部门负责决定给予哪种问责方式。", False),
    (None, "组织人事部门干什么？", "根据第三条，组织人事部门负责按照管理权限履行本规定中的有关职责。", True),
    (None, "组织人事部门干什么？", "依第三条，纪检监察机关和组织人事部门负责按照管理权限履行有关职责。", True),
    ("hechuan-dust-2036.md", "街道办事处负责什么？", "根据第四条，街道办事处负责作出责任追究决定。", False),
    ("hechuan-dust-2036.md", "街道办事处负责什么？", "根据第四条，街道办事处负责本辖区建筑工地周边扬尘情况的日常巡查。", True),
    # the order the question asks denied with 此 where the text dates one by the other (order_asked.py)
    (None, "初步问责和国务院、省的决定有时间先后要求吗", "规定没有对此作要求，只说市委市政府要在24小时内开现场会并作初步问责决定。", False),
    (None, "初步问责和国务院、省的决定有时间先后要求吗", "规定对两者的先后没有明确规定。", False),
    (None, "初步问责和国务院、省的决定有时间先后要求吗", "有要求：初步问责决定要在国务院、省作出问责决定前作出。", True),
    ("cangxi-drainage-2036.md", "书面告知和作出追究决定有先后顺序吗？", "细则对此没有作要求。", False),
    ("cangxi-drainage-2036.md", "书面告知和作出追究决定有先后顺序吗？", "有，作出追究决定前，应当书面告知被追究单位或者人员。", True),
    # a pair of years, one of them another event's (year_pairs.py)
    (None, "该办法修订过吗？", "论文说，该办法2005年和2006年两次修订。", False),
    (None, "该办法修订过吗？", "那部追究办法修订过两次，分别在2005年与2006年。", False),
    (None, "该办法修订过吗？", "论文说，该办法2005年和2008年两次修订。", True),
    (None, "该办法修订过吗？", "修订过两次，分别在2005年和2008年。", True),
    # one clause of a colon's list said to be all the passage says (only_member.py)
    (None, "第十四条说了什么？", "第十四条只说了对街道党政领导正职责令公开道歉。", False),
    (None, "第十四条说了什么？", "第十四条仅规定对街道党政领导分管副职停职检查。", False),
    (None, "第十四条说了什么？", "第十四条规定对街道党政领导正职责令公开道歉。", True),
    (None, "第十四条说了什么？", "第十四条不只说了对街道党政领导正职责令公开道歉。", True),
    ("linfeng-waste-2036.md", "第二十八条怎么申诉？", "第二十八条只说了向市人民政府申诉。", False),
    ("linfeng-waste-2036.md", "第二十八条怎么申诉？", "第二十八条规定，被追究单位对复核决定不服的，可以自收到复核决定之日起15日内提出申诉。", True),
]


@pytest.mark.parametrize("reg,question,draft,right", CASES)
def test_both_ways(reg, question, draft, right):
    result = _check(reg, question, draft)
    assert result.passed is right, (draft, result.problems)


def test_years_stand_with_what_they_date():
    """Two years found in one passage, but dating other things there, do not hold a pair said of a
    revision; the sentence that dates the revision with both does."""
    texts = ["2005年失职渎职类举报上升到233件；2006年达到445件。", "2001年出台该办法。2005年和2008年，两次对该办法进行修订。"]
    assert year_pairs.unmatched("该办法2005年和2006年两次修订。", texts) == "2006"
    assert year_pairs.unmatched("该办法2005年和2008年两次修订。", texts) is None
    assert year_pairs.unmatched("2005年和2006年失职渎职类举报分别为233件和445件。", texts) is None
    # two years compared frame figures: no one event dated by both
    assert year_pairs.unmatched("拿2008年和2001年比，追究情形多了。", texts) is None


def test_page_count_flagged_for_its_paragraphs():
    """w20-procedure-006 stays flagged, and for the paragraph count it gives 第十一条 (one paragraph)."""
    draft = ("第十一条分两款依据：\n（一）责令公开道歉、停职检查、引咎辞职、责令辞职、免职——程序依中办发[2009]25号文件；\n"
             "（二）训诫、责令作出书面检查、通报批评、调离现工作岗位——程序依《办法》，即《深圳市行政过错责任追究办法》。")
    result = _check(None, "问责处理程序按什么依据？", draft)
    assert not result.passed
    assert any("共1款" in p for p in result.problems), result.problems
