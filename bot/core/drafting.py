"""Model-free drafts: the rules decision in plain Chinese, the best passages quoted, a decline,
or a question for a missing fact. These are what the user gets whenever no model is configured
or a model's draft fails the checker, so each of them must pass the checker itself.

Quoted text always comes from the index (chunk text and labels), never from a model.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.retrieval import Corpus, Passage, SearchResult
from rules.compose import compose
from rules.engine import Decision, Outcome
from rules.references import article_numbers

from bot.core.texts import DECLINE

MAX_PASSAGES = 3
# Passages scoring below this share of the best one are noise next to it.
RELATIVE_SCORE = 0.6
EXAMPLES = ["较大事故街道主任会受什么处理？", "问责方式有哪些？能合并使用吗？", "第十四条", "市民投诉政府部门后会怎么处理？"]


@dataclass
class Cited:
    """A passage as the user sees it cited: label and verbatim text from the index."""

    doc_id: str
    doc_title: str
    article: int | None
    label: str
    text: str
    truncated: bool = False

    @classmethod
    def of(cls, p: Passage) -> "Cited":
        return cls(p.doc_id, p.doc_title, p.article, p.label, p.text, bool(p.meta.get("truncated")))

    def as_json(self) -> dict:
        return {"doc_id": self.doc_id, "doc_title": self.doc_title, "article": self.article,
                "label": self.label, "text": self.text}

    @property
    def heading(self) -> str:
        # The checker rejects assertions about 第十八条 unless they say its list is missing.
        return self.label + ("（该条在来源中不完整，所列情形缺失）" if self.truncated else "")


def quote_block(cited: list[Cited], also: list[Cited] = (), related: list[Cited] = ()) -> str:
    """The quotes under an answer: what it rests on in full, other supporting articles by name,
    and passages that bear on the question beyond the decision."""
    lines: list[str] = []
    n = 0
    for header, group in (("依据：", cited), ("相关原文：", related)):
        if not group:
            continue
        lines.append(header)
        for c in group:
            n += 1
            lines.append(f"【{n}】{c.heading}")
            lines.extend(f"> {line}" for line in c.text.splitlines() if line.strip())
    if also:
        lines.append("另见：" + "；".join(c.heading for c in also))
    return "\n".join(lines)


def decision_citations(kb: Corpus, decision: Decision) -> tuple[list[Cited], list[Cited]]:
    """(core, supporting) articles of a decision, as indexed passages."""
    core: list[Cited] = []
    supporting: list[Cited] = []
    seen: set[int] = set()
    for wanted_core in (True, False):
        for c in decision.citations:
            if c.core != wanted_core or not c.article or c.article in seen:
                continue
            p = kb.article(c.article, c.doc_id)
            if p is None:
                continue
            seen.add(c.article)
            (core if wanted_core else supporting).append(Cited.of(p))
    return core, supporting


def best_passages(kb: Corpus, question: str, result: SearchResult) -> list[Passage]:
    if result.reason == "article":
        named = set(article_numbers(question))
        direct = [p for p in result.passages if p.article in named and p.meta.get("doc_kind") == "regulation"]
        if direct:
            return direct[:MAX_PASSAGES * 2]
    if not result.passages:
        return []
    top = result.passages[0].score
    return [p for p in result.passages[:MAX_PASSAGES] if p.score >= RELATIVE_SCORE * top]


@dataclass
class Draft:
    text: str                      # the answer body, before the quotes
    cited: list[Cited]             # quoted in full: what the answer rests on
    also: list[Cited]              # supporting articles, named only
    source: str                    # rules / passages / none
    grounded: bool
    related: list[Cited] = field(default_factory=list)   # quoted: retrieved beyond the decision

    @property
    def full(self) -> str:
        block = quote_block(self.cited, self.also, self.related)
        return f"{self.text}\n\n{block}" if block else self.text

    def citations(self) -> list[Cited]:
        return self.cited + self.related + self.also


def rules_draft(kb: Corpus, outcome: Outcome, question: str = "", result: SearchResult | None = None) -> Draft:
    related = [Cited.of(p) for p in best_passages(kb, question, result)] if result else []
    if outcome.missing is not None:
        opts = "\n".join(f"{i}. {o['label']}" for i, o in enumerate(outcome.missing.options, 1))
        return Draft(f"{outcome.missing.question}\n{opts}\n（回复序号或直接说明即可）", [], [], "rules", True,
                     related=related)
    assert outcome.decision is not None
    core, supporting = decision_citations(kb, outcome.decision)
    # The regulation itself speaks through the decision; other documents may add context (the
    # paper's one-month explanation duty next to 第十三条), a neighbouring article only confuses.
    ruled = {c.doc_id for c in outcome.decision.citations}
    extra = [c for c in related if c.doc_id not in ruled][:1]
    return Draft(compose(outcome), core, supporting, "rules", True, related=extra)


def passages_draft(kb: Corpus, question: str, result: SearchResult) -> Draft:
    cited = [Cited.of(p) for p in best_passages(kb, question, result)]
    if result.reason == "article":
        lead = "条文原文如下："
    else:
        lead = "规则表没有对这个问题作出判断；以下是知识库中最相关的原文，请以原文为准："
    return Draft(lead, cited, [], "passages", True)


def coverage_line(kb: Corpus) -> str:
    docs = []
    for doc_id, title in kb.titles.items():
        lacks = next((c.meta.get("doc_lacks") for c in kb.chunks if c.meta["doc_id"] == doc_id), "")
        docs.append(f"《{title}》" + ("（不完整）" if lacks else ""))
    return "知识库收录：" + "、".join(docs) + "。"


def decline_draft(kb: Corpus | None, reason: str, **fmt: object) -> Draft:
    lines = [DECLINE.get(reason, DECLINE["no_match"]).format(**fmt)]
    if reason == "unavailable":
        return Draft(lines[0], [], [], "none", False)
    if kb is not None:
        lines.append(coverage_line(kb))
    lines.append("可以这样问：" + "　".join(EXAMPLES))
    return Draft("\n".join(lines), [], [], "none", False)
