"""The readings' caches are keyed by what they read, so a verdict never depends on what the same
process checked before (a test once passed alone and failed after other files in one worker).

Two source sets may hold one passage id with another text (a regulation ingested again after an
edit), and a freed set's id may be reused by a new one; neither may hand a reading stale text.
"""
from __future__ import annotations

from rules.checking import clause_hits, crossed_heading
from rules.checking.sources import SourceSet, SourceText


def _article(text: str, heading: str = "第三章　巡查与报告 第十条") -> SourceText:
    return SourceText("demo-2040#第十条", "demo-2040", "演示市桥梁巡查办法", "regulation", "第十条",
                      text, article=10, heading=heading)


def test_clause_reading_follows_the_passage_text_not_its_id() -> None:
    sentence = "街道办事处发现险情未在30分钟内报告区城市管理部门的，追究责任。"
    first = _article("第十条　街道办事处发现险情未在30分钟内报告区城市管理部门的，追究责任。")
    second = _article("第十条　街道办事处发现险情未在2小时内报告区城市管理部门的，追究责任。")
    one = clause_hits.read(sentence, [first], [first])
    two = clause_hits.read(sentence, [second], [second])
    assert "30分钟" in one.doc_text and "2小时" in two.doc_text
    assert all("2小时" in h.unit.text for h in two.hits.values()) and two.hits


def test_headings_are_never_taken_from_a_freed_set_with_the_same_id() -> None:
    live = SourceSet([_article("第十条　正文。", "第三章　巡查与报告安全管理职责 第十条")])
    # a stale entry under the live list's id, left by a set that was freed (its list is another)
    crossed_heading._cache.clear()
    crossed_heading._cache[id(live.passages)] = ([], {"demo-2040": ["另一部法规的章节标题很长"]})
    heads = crossed_heading._headings(live)
    assert "另一部法规的章节标题很长" not in heads.get("demo-2040", [])


def test_statements_follow_what_references_read_not_the_passages_alone() -> None:
    """One passage read under two source sets whose reference to 第八条 gives different texts (an
    index's chunk and the parsed file): each reading holds its own set's text. Keyed by the
    passages alone, the second set was handed the first's reading (a verdict of test_g19miss then
    depended on whether the worker had answered 栖川's questions from an index before)."""
    from rules.checking import aligned

    citing = _article("第十条　违反第八条规定的，由区城市管理部门责令改正。")
    def monthly(ref):
        return "第八条　设置人应当每月巡查一次。"

    first = aligned.statements([citing], monthly)
    second = aligned.statements([citing], lambda ref: "第八条　设置人应当每季度检测一次。")
    assert any("每月巡查" in s.read for s in first)
    assert any("每季度检测" in s.read for s in second)
    assert not any("每月巡查" in s.read for s in second)
    # the reading is kept (one object) for the same reader
    assert aligned.statements([citing], monthly) is first
    assert clause_hits.read("违反第八条规定的，责令改正。", [citing], [citing], lambda ref: "第八条　甲。").units \
        is not clause_hits.read("违反第八条规定的，责令改正。", [citing], [citing], lambda ref: "第八条　乙。").units
