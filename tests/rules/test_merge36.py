"""The lead's fixes when this stop's branches met (each failed a test of another branch's).

- heldmiss2's `denied_member` read a member's words that only repeat the defined term as the
  definition naming it: "燃气经营企业负责人…，私营企业不在其内" was failed for sharing 企业 / 营企 with
  燃气经营企业 (test_holesb). A member is now shown named by its own words only.
- wmiss9's `only_written` failed "只规定了由市委、市政府召开现场会，并没有规定由谁主持": the 只 there is
  set against an absence, which is a claim of its own (test_r13a).
- wmiss9's `ordered_steps` read advice ("建议找到完整文本后再核对") as an order the text must give; an
  "A以后才B" whose acts no passage names is no claim about the text's order (test_r13b).
Each is tested both ways: the right sentence passes, a wrong one of the same shape still fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()
DATA = Path(__file__).parent.parent / "data"
WUCHUAN = with_documents([DATA / "wuchuan-gas-2035.md"])
JIZHOU = with_documents([DATA / "jizhou-muck-transport-2038.md"])


@pytest.mark.parametrize("sources, question, draft, passed", [
    (WUCHUAN, "个体户开的燃气公司负责人归第十二条管吗？",
     "第十二条只管国有或者国有控股燃气经营企业负责人，个体经营的燃气企业不在其内。", True),
    (JIZHOU, "渣土包括装修垃圾吗？",
     "按第三条，渣土是指建筑物拆除和房屋装饰装修过程中产生的弃土、弃料，不包括房屋装饰装修产生的弃料。", False),
])
def test_a_member_is_named_by_its_own_words(sources, question, draft, passed):
    r = check(question, draft, BOOK, sources=sources)
    assert r.passed is passed, r.problems


@pytest.mark.parametrize("draft, passed", [
    ("第十四条只写了由区委区政府召开现场会，并没有写现场会由谁来主持。", True),
    ("第十四条只写了区委区政府作出初步问责决定。", False),
    ("第十四条只写了区委区政府作出初步问责决定，没有写召开现场会。", False),
])
def test_an_only_set_against_an_absence(draft, passed):
    r = check("第十四条规定了谁主持现场会吗？", draft, BOOK, sources=shipped_sources())
    assert r.passed is passed, r.problems


@pytest.mark.parametrize("draft, passed", [
    ("第十八条现有文本不全，建议拿到完整文本以后再核对。", True),
    ("按第十三条，市委、市政府作出初步问责决定以后才召开现场会。", False),
])
def test_advice_is_no_order_of_the_text(draft, passed):
    r = check("第十八条写了什么？", draft, BOOK, sources=shipped_sources())
    assert r.passed is passed, r.problems
