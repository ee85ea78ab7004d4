"""The province named by its level word (省里, 省级) or bare where it acts (由省作出, 省作的) is a
body the convening claims hold to their row: it makes the decision the initial one comes before,
never the initial one. Both ways: the decision after the initial one passes, the initial one
said to be the province's fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways

Q = "特别重大事故谁作初步决定？"


@pytest.mark.parametrize("wrong", ["特别重大事故的初步决定是省里作的。",
                                   "特别重大事故的初步决定由省里作出。",
                                   "重大事故的初步问责决定由省级作出。",
                                   "特别重大事故的初步决定由市委、市政府作出，省里作的是初步决定。"])
def test_the_province_does_not_make_the_initial_decision(wrong):
    both_ways(Q, "特别重大事故的初步决定由市委、市政府作出，省里作的是之后的问责决定。", wrong, unsupported=True)


def test_the_decision_the_initial_one_comes_before_is_the_provinces():
    both_ways(Q, "初步问责决定要赶在省里作出问责决定之前作出。",
              "初步问责决定要等省里作出问责决定之后再作出。", unsupported=True)
