"""Merge fixes of this stop's branches, each tested both ways.

- A quote's measures stand for a counted pronoun after it (这四种: szalarm, tested both ways in
  test_szalarm.py), not for a bare 它,
  which after a quote is as often the quoted text: our own note after a paper's words ("…，它不是现行
  法规条文") was read as a measure's and failed (test_complaint_chat).
- A member joined to the passage's words (added_member.py: g20miss) is the draft's own only when
  no tail of it is the passages': "覆盖领导班子成员、…" carries the draft's verb before a listed member
  (test_restatement).
"""
from __future__ import annotations

from tests.rules.checking import both_ways, verdict

PAPER = "《深圳市实施行政问责制的实践与思考》二（一）3：“应当向公众或权益受害人道歉”\n\n"


def test_a_bare_pronoun_after_a_quote_is_not_its_measure() -> None:
    ok = verdict("投诉了会道歉吗", PAPER + "我只能给出这篇论文对当时深圳实践的描述，它不是现行法规条文。")
    assert ok.passed, ok.problems


def test_a_listed_member_after_the_drafts_own_verb_is_the_texts() -> None:
    both_ways("这个规定管哪些人？", "第二条覆盖领导班子成员、内设机构领导成员和街道党政领导成员。",
              "第二条覆盖领导班子成员、内设机构领导成员和社区居委会成员。")
