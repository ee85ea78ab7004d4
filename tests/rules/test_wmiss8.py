"""Branch wmiss8: wrong comparisons, ratios, definitions and paragraph labels that passed, each read
as a mechanism and tested both ways.

A ratio said without its article, one of its terms changed (1:5 for the text's 1:4)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checker import check
from rules.checking import ratio_figure
from rules.schema import RuleBook

BOOK = RuleBook()
DATA = Path(__file__).parents[1] / "data"
CHENGXI = with_documents([DATA / "chengxi-eldercare-2036.md"])


def _passes(question: str, draft: str, sources) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("draft,ok", [
    ("对失能老年人，护理人员与老年人的配备比例不得低于1:4。", True),
    ("失能老年人的护理人员与老年人的配备比例不得低于1∶4。", True),
    ("对失能老年人，护理人员与老年人的配备比例不得低于1:5。", False),
    ("失能老年人的护理人员与老年人的配备比例不得低于1比3。", False),
    ("对失能老年人，护理人员与老年人的配备比例不得低于4:1。", False),
])
def test_a_ratio_is_held_as_one_figure(draft, ok):
    assert _passes("养老机构给失能老人配多少护理人员？", draft, CHENGXI) is ok


def test_ratio_reader_on_its_own():
    text = "每名安全员负责的岗位与安全员的比例不得超过10:1；值守时间为8时30分至17时。"
    assert ratio_figure.unheld("比例不得超过10∶1", text) == []
    assert ratio_figure.unheld("比例不得超过10比1", text) == []
    assert ratio_figure.unheld("比例不得超过12:1", text) == ["12:1"]
    assert ratio_figure.unheld("比例不得超过1:10", text) == ["1:10"]
    assert ratio_figure.unheld("值守从8:30开始", text) == []         # a clock time the passage writes as 8时30分
    assert ratio_figure.unheld("值守从9:30开始", text) == ["9:30"]
