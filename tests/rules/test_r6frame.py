"""Readings of a draft's form added for the sixth blind round (rules/checking/tables.py and the
readers beside it): tables read row by row with their header, short verdict sentences tied to
what decides them, lead-ins that announce a split or a count held to the list they announce.
Each is tested both ways: the right form passes, a wrong twin of the same shape fails and the
problem names the sentence. Sentences are free wording, not the round's drafts."""
from __future__ import annotations

import pytest

from bot.core.sources import shipped_sources
from rules.checker import check
from rules.checking.tables import row_sentence, table_units
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()


def verdict(question: str, draft: str):
    return check(question, draft, BOOK, sources=SOURCES)


CONVENING = "| 事故等级 | 召开现场会的主体 | 时限 |\n|---|:---:|---|\n"


def test_a_row_is_read_with_its_header():
    units = table_units(CONVENING + "| 较大 | 区委、区政府 | — |\n\n以上。")
    assert [u.kind for u in units] == ["table", "table", "sentence", "sentence"]
    assert units[2].text == "事故等级为较大，召开现场会的主体为区委、区政府。"
    assert row_sentence(["", "措施"], ["街道党政领导正职", "免职"]) == "街道党政领导正职，措施为免职。"


@pytest.mark.parametrize("row, wrong", [
    ("| 特别重大、重大 | 市委、市政府 | 24小时内 |", None),
    ("| 较大 | 区委（党工委）、区政府（管委会） | 24小时内 |", None),
    # a cell moved to the wrong row: alone "| 较大 | 市委、市政府 | 24小时内 |" passed
    ("| 较大 | 市委、市政府 | 24小时内 |", "不是市委"),
    ("| 特别重大、重大 | 区委（党工委）、区政府（管委会） | 24小时内 |", "不是区委"),
    ("| 较大 | 区委（党工委）、区政府（管委会） | 12小时内 |", "12"),
])
def test_convening_table_rows(row, wrong):
    r = verdict("按事故等级列一下现场会由谁召开。", CONVENING + row)
    heads = [s for s in r.sentences if s.text.startswith("|")]
    assert [s.verdict for s in heads] == ["framing", "framing"]
    if wrong is None:
        assert r.passed, r.problems
    else:
        assert not r.passed and wrong in " ".join(r.problems), r.problems
        assert r.sentences[-1].verdict == "unsupported"


@pytest.mark.parametrize("row, wrong", [
    ("| 地方一般公共预算收入 | 2727.1亿元 | 30.9% |", False),
    ("| 地方一般公共预算收入 | 2727.1亿元 | 30.4% |", True),     # the other figure of 分别
    ("| 生产总值 | 1.75万亿元 | 7.7% |", True),
])
def test_report_table_rows(row, wrong):
    r = verdict("2015年深圳主要经济指标是多少？", "| 指标 | 2015年 | 增长 |\n|---|---|---|\n" + row)
    assert r.passed != wrong, r.problems


def test_a_header_without_rows_is_no_framing():
    r = verdict("按事故等级列一下现场会由谁召开。", "| 事故等级 | 召开现场会的主体 |\n|---|---|")
    assert not r.passed
