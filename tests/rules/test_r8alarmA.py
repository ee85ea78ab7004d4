"""Round 8's right drafts flagged for how they were said (branch r8alarmA): each reading tested
both ways, the right form passes and a wrong twin of the same construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

# --- who convenes, clause by clause (rules/checking/convened.py) ---------------------------

Q_WHO = "不同级别事故的现场会分别由谁召开？"


@pytest.mark.parametrize("wrong", [
    # bodies swapped between the clauses
    "特别重大和重大事故由区委、区政府召开，较大事故由市委、市政府召开，两种情况的时限都是事故发生后24小时内。",
    # the deadline said of both clauses, wrong for both
    "特别重大和重大事故由市委、市政府召开，较大事故由区委（党工委）、区政府（管委会）召开，两种情况的时限都是事故发生后12小时内。",
    # a later clause with a wrong body of its own
    "特别重大和重大事故由市委、市政府召开，较大事故由市委召开。",
    # a clause naming a severity and no body is read with the sentence whole
    "特别重大事故由市委、市政府召开，较大事故也是这样。",
])
def test_severities_each_with_their_clause(wrong: str) -> None:
    both_ways(Q_WHO, "特别重大和重大事故由市委、市政府召开，较大事故由区委（党工委）、区政府（管委会）召开，"
                     "两种情况的时限都是事故发生后24小时内。", wrong)


@pytest.mark.parametrize("right, wrong", [
    ("不是市委、市政府，而是区一级：第十四条规定较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会。",
     "不是区委、区政府，而是区一级：第十四条规定较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会。"),
    ("较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会，不是市委。",
     "较大事故由区委（党工委）在24小时内召开现场会，不是区政府。"),
    ("重大事故由市委、市政府在24小时内召开现场会，不是区委。",
     "重大事故由市委在24小时内召开现场会，而不是市政府。"),
])
def test_a_body_denied_in_a_correction(right: str, wrong: str) -> None:
    both_ways("较大事故是市委开现场会吗？", right, wrong)


@pytest.mark.parametrize("wrong", [
    "是市委、市政府，不是区委（党工委）和区政府（管委会）。",
    "是区委（党工委），不是区政府（管委会）。",
])
def test_a_correction_after_the_claim(wrong: str) -> None:
    both_ways("较大事故的初步决定是哪个机关作的？", "是区委（党工委）和区政府（管委会），不是市委市政府。", wrong)
