"""A sentence that says the text does not say something (rules/checking/said_not.py): its claim
is the denial, so the true denial passes and the false one fails, where the readers of the denied
claim used to judge it as asserted (the true one flagged, the false one passed)."""
from __future__ import annotations

import pytest

from rules.checking import said_not
from tests.rules.checking import both_ways


@pytest.mark.parametrize("right, wrong", [
    ("条文并没有说国务院作初步决定。", "条文并没有说市委、市政府作初步决定。"),
    ("第十三条没有规定由国务院作初步问责决定。", "第十三条没有规定由市委、市政府作初步问责决定。"),
    ("第十六条没有规定开现场会。", "第十三条没有规定开现场会。"),
])
def test_a_denial_of_what_the_text_says(right, wrong):
    both_ways("重大事故谁作初步决定？", right, wrong, unsupported=True)


def test_what_is_no_such_denial():
    assert said_not.framed("第十四条没有规定对有关党政领导正职怎么处理。") is None     # an indirect question
    assert said_not.framed("条文没有提到第十六条。") is None                          # a mention, not a claim
    assert said_not.framed("第十六条没有规定开现场会。") == ("第十六条规定开现场会", "开现场会")
