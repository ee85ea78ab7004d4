"""Branch `wpsz`: three wrong sentences that passed, each construction tested both ways on the
shipped sources and on an ingested regulation (tests/data/qingxi-water-2031.md).

- a list given alone as the answer to a 哪些 question, one member swapped for another of its class
  (rules/checking/listed_answer.py);
- a party the text runs in step with another, said to run in step with a third
  (rules/checking/step_partner.py);
- a paper's list restated with one member swapped for a word the same section says in another list
  (rules/checking/passage_held.py, one_clause.list_problems)."""
from __future__ import annotations

import pytest

from tests.rules.checking import ingested, verdict


def fails(question: str, draft: str, sources=None) -> None:
    r = verdict(question, draft) if sources is None else verdict(question, draft, sources)
    assert not r.passed, draft
    assert any(s.verdict == "unsupported" for s in r.sentences), r.problems


def passes(question: str, draft: str, sources=None) -> None:
    r = verdict(question, draft) if sources is None else verdict(question, draft, sources)
    assert r.passed, r.problems


# ---------------------------------------------------------------- a list answering 哪些

CITY_Q = "按第十三条，市委、市政府要对哪些级别的事故作出初步问责决定？"
DISTRICT_Q = "市委、市政府在24小时内召开现场会的是哪几级事故？"


@pytest.mark.parametrize("question,draft", [
    (CITY_Q, "特别重大和较大两个级别。"),
    (CITY_Q, "重大、一般。"),
    (CITY_Q, "是特别重大和一般两级。"),
    (DISTRICT_Q, "重大和较大。"),
])
def test_a_swapped_member_of_a_listed_answer_fails(question, draft):
    fails(question, draft)


@pytest.mark.parametrize("question,draft", [
    (CITY_Q, "特别重大和重大两个级别。"),
    (CITY_Q, "特别重大、重大。"),
    (DISTRICT_Q, "特别重大和重大。"),
])
def test_the_listed_answer_of_the_text_passes(question, draft):
    passes(question, draft)


WATER_Q = "第八条规定县委、县政府对哪几级河道污染事故召开现场会？"


def test_an_ingested_regulation_listed_answer_both_ways():
    water = ingested("qingxi-water-2031")
    passes(WATER_Q, "一级和二级。", water)
    fails(WATER_Q, "一级和三级。", water)


# ---------------------------------------------------------------- the partner in step

STEP_Q = "事故问责组和哪个组一起开展调查？"


@pytest.mark.parametrize("draft", [
    "事故问责组与纪检监察机关是并行的两个组，同步开展问责调查工作。",
    "问责组和有关部门同步开展问责调查工作。",
    "根据第十二条，事故问责组跟事故核查组同时开展调查。",
    "纪检监察机关与事故问责组同步开展问责调查工作。",
])
def test_another_partner_in_step_fails(draft):
    fails(STEP_Q, draft)


@pytest.mark.parametrize("draft", [
    "事故问责组与事故调查组是并行的两个组，同步开展问责调查工作。",
    "根据第十二条，事故问责组和事故调查组同步开展问责调查工作。",
    "事故调查组与事故问责组同步开展工作。",
])
def test_the_text_partner_in_step_passes(draft):
    passes(STEP_Q, draft)


def test_an_ingested_regulation_partner_both_ways():
    water = ingested("qingxi-water-2031")
    q = "青溪县的办法里，事故核查组跟谁同步开展核查？"
    passes(q, "事故核查组与事故调查组同步开展核查工作。", water)
    fails(q, "事故核查组与县水务局同步开展核查工作。", water)


# ---------------------------------------------------------------- a paper's list, one member swapped

PAPER_Q = "论文里说《深圳市行政过错责任追究办法》修订时引入了哪些组织手段？"


@pytest.mark.parametrize("draft", [
    "论文说，《深圳市行政过错责任追究办法》引入了训诫、停职、辞退等多种组织手段。",
    "两次修订引入了训诫、降职、通报批评等多种组织手段。",
])
def test_a_paper_list_with_a_member_from_another_list_fails(draft):
    fails(PAPER_Q, draft)


@pytest.mark.parametrize("draft", [
    "论文说，《深圳市行政过错责任追究办法》引入了训诫、降职、辞退等多种组织手段。",
    "两次修订引入了训诫、降职、辞退等多种组织手段，加大责任追究力度。",
])
def test_the_paper_list_passes(draft):
    passes(PAPER_Q, draft)
