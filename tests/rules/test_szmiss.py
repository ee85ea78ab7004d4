"""Branch szmiss: the readings built for the Shenzhen texts' wrong drafts that passed, each tried
both ways (a sentence it must pass, a near one with a wrong detail it must flag)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

LINFENG = Path(__file__).resolve().parents[1] / "data" / "linfeng-waste-2036.md"


@pytest.fixture(scope="module")
def shipped():
    return shipped_sources()


@pytest.fixture(scope="module")
def linfeng():
    return with_documents([LINFENG])


def passed(question: str, draft: str, sources) -> bool:
    return check(question, draft, RuleBook(), sources=sources).passed


# cut_alternative.py: a restriction over a span the text continues with 或者 / 及其
@pytest.mark.parametrize("draft, ok", [
    ("第九条只针对给国家利益、人民生命财产、公共财产造成损失或者不良影响等失职行为。", True),
    ("第九条只针对给国家利益、人民生命财产、公共财产造成损失的失职行为。", False),
    ("第九条仅适用于“给国家利益、人民生命财产、公共财产造成损失”的情况。", False),
    ("第二条在区一级只列了区党委、政府及其工作部门领导班子成员。", True),
    ("第二条在区一级只列了区党委、政府领导班子成员。", False),
])
def test_restriction_cut_before_coordinator(shipped, draft, ok):
    assert passed("这一条管哪些？", draft, shipped) is ok


# and_its.py: a thing said to be outside a list the text gives with 及其
@pytest.mark.parametrize("draft, ok", [
    ("区政府工作部门的领导不在第二条的范围内。", False),
    ("区党委工作部门的领导班子成员不属于第二条所称党政领导干部。", False),
    ("市政府本身的领导不在第二条的范围内。", True),
    ("区政府工作部门的一般工作人员不在第二条的范围内。", True),
])
def test_excluded_through_and_its(shipped, draft, ok):
    assert passed("区里的局长算不算？", draft, shipped) is ok


# absence.py: a level word ending the thing said absent names the level
@pytest.mark.parametrize("draft, ok", [
    ("本规定没有涉及街道一级。", False),
    ("本规定没有涉及乡镇一级。", True),
])
def test_level_word_ending_absence(shipped, draft, ok):
    assert passed("规定管到哪一级？", draft, shipped) is ok


# covered_articles.py: the articles a provision reaches are its text's own references
@pytest.mark.parametrize("draft, ok", [
    ("第十条覆盖第五条到第九条，造成重大损失或者恶劣影响的，给予停职检查等处理。", False),
    ("第十条覆盖第二章的全部情形，即第五条到第九条。", False),
    ("第十条覆盖第五、六、七、九条，按有没有造成重大损失或者恶劣影响分两档处理。", True),
    ("第十条覆盖第五、六、七、九条规定的情形。", True),
])
def test_articles_a_provision_covers(shipped, draft, ok):
    assert passed("第十条适用于哪些情形？", draft, shipped) is ok


# modal_polarity.py: 应当 ⇒ 需要 (a no-need is false), 可以 ⇒ not 必须
ASK_NOTICE = "作出追究决定前，调查部门需要书面告知被追究单位吗？"


@pytest.mark.parametrize("draft, ok", [
    ("不需要。", False),
    ("不用，第二十五条没有这个要求。", False),
    ("需要。第二十五条规定，作出追究决定前，调查部门应当书面告知被追究单位拟作出的决定及其事实、理由和依据。", True),
])
def test_yes_no_held_to_text_duty(linfeng, draft, ok):
    assert passed(ASK_NOTICE, draft, linfeng) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第二十五条规定，调查部门无需书面告知被追究单位拟作出的决定。", False),
    ("第二十五条规定，调查部门应当书面告知被追究单位拟作出的决定。", True),
])
def test_duty_said_away(linfeng, draft, ok):
    assert passed("告知的事怎么规定？", draft, linfeng) is ok


def test_shipped_yes_no_duty(shipped):
    q = "较大事故后区委需要召开现场会吗？"
    assert not passed(q, "不需要。", shipped)
    assert passed(q, "需要。", shipped)


@pytest.mark.parametrize("draft, ok", [
    ("第十五条规定，初步问责后必须根据事故调查结果进一步问责。", False),
    ("第十五条规定，初步问责后不一定要进一步问责，可以根据事故调查结果进一步问责。", True),
])
def test_permission_made_duty(shipped, draft, ok):
    assert passed("进一步问责是必须的吗？", draft, shipped) is ok


# checker.py's leads: a modal asked (必须X吗, 应当X吗) is answered no by 不必X / 不需要X
@pytest.mark.parametrize("question, draft, ok", [
    ("区人民政府必须制定实施细则吗？", "必须。", False),
    ("区人民政府必须制定实施细则吗？", "不必。第三十二条规定，区人民政府可以根据本规定制定实施细则。", True),
    ("区人民政府应当制定实施细则吗？", "不需要，区人民政府可以根据本规定制定实施细则。", True),
    ("作出追究决定前，调查部门是否需要书面告知被追究单位？", "无需。", False),
])
def test_modal_leads(linfeng, question, draft, ok):
    assert passed(question, draft, linfeng) is ok


@pytest.mark.parametrize("draft, ok", [("应当。", True), ("不需要。", False)])
def test_shipped_modal_lead(shipped, draft, ok):
    assert passed("较大事故后区委应当召开现场会吗？", draft, shipped) is ok
