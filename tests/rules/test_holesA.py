"""Two wrong sentences that passed, found while fixing round 9's right drafts (r9alarmA): the
initial decision in its short form (作初步决定, 初步决定由…作出) with the wrong body, and a short
name's definition stated full title first (《B》简称《办法》) with the wrong full title. Each tested
both ways."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways


@pytest.mark.parametrize("right, wrong", [
    ("按第十三条，重大事故由市委、市政府作初步决定。", "按第十三条，重大事故由国务院作初步决定。"),
    ("重大事故的初步决定由市委、市政府作出。", "重大事故的初步决定由国务院作出。"),
    ("较大事故由区委、区政府作初步决定。", "较大事故由市委、市政府作初步决定。"),
    # the decision the initial one comes before is no subject, in the short form too
    ("重大事故后，市委、市政府要在国务院、省作决定前作初步决定。", "重大事故后，国务院、省要作初步决定。"),
])
def test_the_initial_decision_in_its_short_form(right, wrong):
    both_ways("事故后谁作初步决定", right, wrong)


@pytest.mark.parametrize("right, wrong", [
    ("《深圳市行政过错责任追究办法》在本规定里简称《办法》。", "《深圳市行政决策责任追究办法》在本规定里简称《办法》。"),
    ("第七条把《深圳市行政过错责任追究办法》简称为《办法》。", "第七条把《深圳市行政决策责任追究办法》简称为《办法》。"),
])
def test_a_short_name_defined_full_title_first(right, wrong):
    both_ways("《办法》是哪个文件", right, wrong)
