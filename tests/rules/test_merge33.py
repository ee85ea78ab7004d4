"""The lead's merge fixes of stop 33, each tested both ways.

`universal` (branch r23miss, g19miss) reads 所有X as every X; a document that itself uses 所有人 as
a noun (the owner: 设置人与所有人不一致的，所有人为安全责任人) is quoted, not widened.
"""
from __future__ import annotations

from tests.rules import checking

from rules.checking import universal
from rules.checking.sources import SourceText


def test_the_documents_own_noun_is_no_universal() -> None:
    sources = checking.ingested("qichuan-signage-2037")
    ok = checking.verdict("安全责任人是谁？", "设置人与所有人不一致的，所有人为安全责任人。", sources)
    assert ok.passed, ok.problems


def test_a_universal_over_a_qualified_subject_still_fails() -> None:
    p = SourceText("demo#5", "demo", "演示办法", "regulation", "第五条",
                   "第五条　二级以上医疗机构应当设立投诉管理部门。", article=5)
    assert universal.problems("所有医疗机构都应当设立投诉管理部门。", [p], [p])
    assert not universal.problems("二级以上医疗机构应当设立投诉管理部门。", [p], [p])
