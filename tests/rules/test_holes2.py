"""Four kinds of wrong sentence the checker passed, each tested both ways: the wrong form and three
more wrong variants fail naming the sentence and why; a right twin passes.

- the agent of a relation verb (由X牵头) held to the passage's for the same object
  (rules/checking/agents.py): a participant (参加的) is not the leader;
- a whole (全部/都 完成) said in a clause that does not count it, where the passage gives part of
  the counted whole done (rules/checking/alldone.py);
- groups named by a plain adjective (重的/轻的 一组) are the measure sets by weight
  (rules/checking/tiers.py);
- list items under a lead naming a paragraph (第十条第二款) are held to that paragraph, not the
  whole article (rules/checker.py `_list_lead`)."""
from __future__ import annotations

import pytest

from tests.rules.checking import BOOK, verdict


def fails_with(question: str, draft: str, why: str, sentence: str | None = None) -> None:
    r = verdict(question, draft)
    assert not r.passed, draft
    bad = [s for s in r.sentences if s.verdict == "unsupported"]
    assert bad, r.problems
    assert any(why in p for p in r.problems), r.problems
    if sentence is not None:
        assert any(s.text.startswith(sentence) for s in bad), [s.text for s in bad]


def passes(question: str, draft: str) -> None:
    r = verdict(question, draft)
    assert r.passed, r.problems
    assert all(s.verdict != "unsupported" for s in r.sentences)


# ---------------------------------------------------------------- who leads

LEAD_Q = "行政监督联席会议由谁牵头"


@pytest.mark.parametrize("draft", [
    "行政监督联席会议由市政府法制办牵头。",
    "行政监督联席会议由审计部门牵头。",
    "行政监督联席会议的牵头单位是法制部门。",
    "行政监督联席会议是政务督查部门牵头的。",
])
def test_another_agent_for_the_same_verb_and_object_fails(draft):
    fails_with(LEAD_Q, draft, "原文：由市监察局牵头", draft)


@pytest.mark.parametrize("draft", [
    "行政监督联席会议由市监察局牵头。",
    "由市监察局牵头，人事、财政、审计、法制及政务督查部门参加。",
    "行政监督联席会议是市监察局牵头的，法制部门参加。",
    "行政监督联席会议的牵头单位是监察部门。",
])
def test_the_passage_agent_passes(draft):
    passes(LEAD_Q, draft)


# ---------------------------------------------------------------- a whole said of a part

DONE_Q = "民生实事完成了吗"


@pytest.mark.parametrize("draft", [
    "全部完成了：118项民生实事完成了116项。",
    "民生实事已经全都完成，118项里完成了116项。",
    "都完成了，共118项，完成116项。",
    "已经全部完成，118项民生实事完成116项。",
])
def test_a_whole_said_of_a_counted_part_fails(draft):
    fails_with(DONE_Q, draft, "原文：118项民生实事完成116项", draft)


@pytest.mark.parametrize("draft", [
    "没有全部完成：118项民生实事完成了116项。",
    "118项民生实事完成了116项，其余2项正在抓紧推进。",
    "6700件民生微实事全部完成，118项民生实事完成116项。",
])
def test_a_part_said_as_a_part_passes(draft):
    passes(DONE_Q, draft)


# ---------------------------------------------------------------- groups named 重的 / 轻的

TIER_Q = "第十条有几种问责方式"


@pytest.mark.parametrize("draft", [
    "第十条共列九种：重的一组4种，轻的一组5种。",
    "九种，较轻的一档有五种，较重的一档有四种。",
    "第十条规定了九种问责方式，其中严重的一类有四种。",
    "第十条的方式分两组：不那么严重的一组五种，严重的一组四种。",
])
def test_a_group_by_weight_miscounted_fails(draft):
    fails_with(TIER_Q, draft, "一组问责方式有", draft)


@pytest.mark.parametrize("draft", [
    "第十条共列九种：重的一组5种，轻的一组4种。",
    "九种，较重的一档有五种，较轻的一档有四种。",
    "第十条分两档，重的那档五种、轻的那档四种。",
])
def test_a_group_by_weight_counted_right_passes(draft):
    passes(TIER_Q, draft)


def test_the_heavier_set_is_read_from_the_rule_data():
    """Heavier is composed from the data (the lighter set's condition is the other's denied), not
    named in the code: the set read as heavy is the one with the more severe measures' condition."""
    from rules.checking.tiers import _by_weight
    heavy, light = _by_weight(BOOK)
    assert BOOK.regulation.wording.consequences[light.consequence].text.endswith(
        BOOK.regulation.wording.consequences[heavy.consequence].text)
    assert heavy is not light


# ---------------------------------------------------------------- items of a named paragraph

COMBINE_Q = "哪些方式可以合并适用"


@pytest.mark.parametrize("draft,measure", [
    ("第十条第二款列了四种：\n- 训诫、通报批评、免职、责令公开道歉。", "免职"),
    ("根据第十条第二款，可以合并适用的有：\n1. 训诫\n2. 停职检查\n3. 通报批评\n4. 责令公开道歉", "停职检查"),
    ("第十条第二款规定以下方式可以合并适用：\n- 训诫、调离现工作岗位、通报批评、责令公开道歉", "调离现工作岗位"),
    ("第十条第二款列了四种：\n- 引咎辞职\n- 训诫\n- 通报批评\n- 责令公开道歉", "引咎辞职"),
])
def test_an_item_outside_the_named_paragraph_fails(draft, measure):
    r = verdict(COMBINE_Q, draft)
    assert not r.passed
    bad = [s for s in r.sentences if s.verdict == "unsupported"]
    assert bad and all(measure in s.text for s in bad), [s.text for s in bad]
    assert any("第十条第二款" in p and measure in p for p in r.problems), r.problems


@pytest.mark.parametrize("draft", [
    "第十条第二款列了四种：\n- 训诫、责令作出书面检查、通报批评、责令公开道歉。",
    "根据第十条第二款，可以合并适用的有：\n1. 训诫\n2. 责令作出书面检查\n3. 通报批评\n4. 责令公开道歉",
    "第十条第二款列了这几种：\n- 训诫\n- 责令作出书面检查\n- 通报批评\n- 责令公开道歉",
])
def test_the_paragraph_items_pass(draft):
    passes(COMBINE_Q, draft)
