"""The lead's own readings of this stop, each tested both ways against the shipped sources."""
from __future__ import annotations

import pytest

from bot.core.sources import shipped_sources
from rules.checker import answered_claims, check
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()


def passed(question: str, draft: str) -> bool:
    return check(question, draft, BOOK, sources=SOURCES).passed


# ------------------------------------------------------------------ 要 asked: a need, or what will happen
@pytest.mark.parametrize("answer", ["不用。", "不需要。", "没有。", "不要。", "第十四条没这么写。"])
def test_a_no_to_a_duty_asked_with_yao_is_a_waiver_held_to_the_text(answer):
    """第十四条: 由区委、区政府…应在24小时内召开现场会. "要开现场会吗" asks a need; its no is 不需要开,
    which the text's 应 contradicts (the no had been composed as 不要开, read as no waiver)."""
    assert not passed("较大事故要开现场会吗？", answer)
    assert passed("较大事故要开现场会吗？", "要。第十四条规定由区委、区政府在24小时内召开现场会。")


def test_the_no_of_yao_is_composed_by_what_follows_it():
    assert answered_claims("较大事故要开现场会吗？")[1] == "较大事故不需要开现场会"
    assert answered_claims("较大事故街道主任要被免职吗？")[1] == "较大事故街道主任不会被免职"


def test_a_waiver_is_held_to_the_duty_of_its_own_case():
    """The topic before 不需要 is the waiver's case: 较大事故 is 第十四条's (a duty to convene), 一般
    公共安全责任事故 names the same thing with another grade, which 第十六条 gives no meeting."""
    assert not passed("", "较大事故不需要召开现场会。")
    assert passed("一般公共安全责任事故也要在24小时内开现场会吗？",
                  "不需要。第十六条只规定区委（党工委）、区政府（管委会）按《办法》处理，没有提到召开现场会。")
    assert not passed("一般公共安全责任事故也要在24小时内开现场会吗？",
                      "需要。第十六条只规定区委（党工委）、区政府（管委会）按《办法》处理，没有提到召开现场会。")
