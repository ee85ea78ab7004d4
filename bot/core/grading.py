"""Grading a trainee's free answer to a question, sentence by sentence, with the checker.

The checker (rules/checker.py) already judges any draft, whoever wrote it, one unit at a time:
*verified* or *quote* (supported, naming the rule row or passage), *framing* (asserts nothing) or
*unsupported* (with why). A grade turns those verdicts into a trainee's marks:

- **right** — the checker verified the sentence (a rule claim the rule data supports, a sentence
  the support test finds in a passage, a yes/no lead the rules confirm) or found the quote
  verbatim. `support` names the article or passage, `reference` quotes it.
- **wrong** — the rules or the sources say otherwise: a rule claim contradicted, an article
  misattributed or that does not exist, a count, a negation or a stronger modality against the
  passage, a term the named article does not use. `support` is the checker's statement of what
  the rules say, `reference` quotes the article that says it.
- **no_basis** — nothing in the sources supports it: too little of it is in any passage, a figure,
  body or title appears nowhere it should, a quote is not verbatim, or it asserts the content of
  an article whose text the source lacks. `reference` is empty: there is nothing to quote.

**Framing is not scored.** A sentence the checker calls framing (a question back, a heading
ending in a colon, a fixed disclaimer, and only when it names no article, figure, role, measure,
severity or body) asserts nothing; it is listed under `unscored` and counts neither for nor
against. The score is right / scored sentences; an answer with no scored sentence scores 0 (it
says nothing that could be right).

A trainee's text is judged as written: the checker gets no citation requirement and no passages
of ours to prefer, exactly as `wenze check` judges a colleague's draft. The reference answer is
the pipeline's model-free answer to the question on its own (no conversation, no model), added
by the Assistant. Nothing here stores anything.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from rules.checker import SentenceVerdict, check
from rules.checking import claims as C
from rules.checking.sources import SourceSet, SourceText, bigrams, squash
from rules.errors import WenzeError
from rules.references import find_refs
from rules.schema import AccidentRow, ConveningRow, RuleBook, Source

from bot.core.answer import Body

MARKS = ("right", "wrong", "no_basis")
SYMBOLS = {"right": "✅", "wrong": "❌", "no_basis": "⚠️"}
WORDS = {"right": "依据", "wrong": "规定是", "no_basis": "无依据"}
MAX_QUOTE = 160              # a reference is the span that says it, not the whole article

# The checker's reasons that say nothing supports a sentence (the support test's "not found",
# "does not support", a quote not verbatim, an article the source lacks, a lead whose next
# sentence has no basis). Every other reason states what the rules or sources say instead.
_NO_BASIS = re.compile(r"不支持这句话|找不到|缺失|不完整|没有依据")


class GradingError(WenzeError):
    """A question or answer that cannot be graded (empty, too long); str(err) is for the user."""


@dataclass
class Reference:
    """A quoted span: the label of its article or passage and the verbatim text."""

    label: str
    text: str
    article: int | None = None        # the article of the rule book's regulation, when it is one

    def as_json(self) -> dict:
        return {"label": self.label, "text": self.text}


@dataclass
class GradedSentence:
    text: str
    mark: str                     # right / wrong / no_basis
    support: str                  # the article or passage (right), what the rules say (wrong), why (no_basis)
    reference: Reference | None = None

    def as_json(self) -> dict:
        return {"text": self.text, "mark": self.mark, "support": self.support,
                "reference": self.reference.as_json() if self.reference else None}


@dataclass
class Grade:
    question: str
    sentences: list[GradedSentence]
    unscored: list[str] = field(default_factory=list)      # framing: asserts nothing, not scored
    reference_answer: str = ""                              # the model-free answer to the question
    reference_articles: list[int] = field(default_factory=list)
    reference_body: Body | None = None                      # the same answer, structured (for the bot)

    @property
    def right(self) -> int:
        return sum(s.mark == "right" for s in self.sentences)

    @property
    def score(self) -> float:
        return round(self.right / len(self.sentences), 3) if self.sentences else 0.0

    @property
    def passed(self) -> bool:
        """Every scored sentence right, and at least one of them."""
        return bool(self.sentences) and self.right == len(self.sentences)

    @property
    def articles(self) -> list[int]:
        """The articles the marks rest on (the references' own), then the reference answer's."""
        out = [s.reference.article for s in self.sentences if s.reference and s.reference.article]
        return list(dict.fromkeys(out + self.reference_articles))

    def as_json(self) -> dict:
        return {"question": self.question, "score": self.score,
                "sentences": [s.as_json() for s in self.sentences], "unscored": self.unscored,
                "reference_answer": self.reference_answer}


MAX_ANSWER_CHARS = 2000
MAX_QUESTION_CHARS = 1000


def grade(book: RuleBook, sources: SourceSet, question: str, answer: str) -> Grade:
    """Each sentence of `answer` marked right / wrong / no_basis with its support and reference."""
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question or not answer:
        raise GradingError("需要题目和回答两部分。")
    if len(answer) > MAX_ANSWER_CHARS:
        raise GradingError(f"回答太长了（{len(answer)} 字），最多 {MAX_ANSWER_CHARS} 字。")
    if len(question) > MAX_QUESTION_CHARS:
        raise GradingError(f"题目太长了（{len(question)} 字），最多 {MAX_QUESTION_CHARS} 字。")
    result = check(question, answer, book, sources=sources)
    refs = _References(book, sources)
    out: list[GradedSentence] = []
    unscored: list[str] = []
    for v, reasons in _merged(result.sentences):
        if v.verdict == "framing":
            unscored.append(v.text)
            continue
        out.append(_mark(v, reasons, refs))
    return Grade(question, out, unscored)


def _merged(verdicts: list[SentenceVerdict]) -> list[tuple[SentenceVerdict, list[str]]]:
    """One verdict per sentence, with its reasons: the checker reports each problem of a sentence
    as a verdict of its own (其他的按《办法》 is wrong for five measures); to a trainee they are
    one sentence."""
    out: list[tuple[SentenceVerdict, list[str]]] = []
    for v in verdicts:
        if out and out[-1][0].text == v.text and out[-1][0].verdict == v.verdict == "unsupported":
            if v.support not in out[-1][1]:
                out[-1][1].append(v.support)
            continue
        out.append((v, [v.support] if v.support else []))
    return out


def _mark(v: SentenceVerdict, reasons: list[str], refs: "_References") -> GradedSentence:
    if v.verdict in ("verified", "quote"):
        ref = refs.supporting(v.text, v.support, quote=v.verdict == "quote")
        return GradedSentence(v.text, "right", ref.label if ref else v.support, ref)
    contradictions = [r for r in reasons if not _NO_BASIS.search(r)]
    if not contradictions:
        return GradedSentence(v.text, "no_basis", "；".join(reasons) or "知识库中找不到支持这句话的原文。")
    why = "；".join(contradictions)
    return GradedSentence(v.text, "wrong", why, refs.instead(v.text, contradictions[0]))


class _References:
    """Finding the span to quote: the rule rows (each with its article, paragraph, item and
    verbatim span) and the sentences of the passages, scored by how much of the span the query
    (the sentence and the checker's reason) covers."""

    def __init__(self, book: RuleBook, sources: SourceSet) -> None:
        self.book, self.sources = book, sources
        reg = book.regulation
        self.doc, self.title = reg.document, reg.title
        self._seen: dict[str, set[str]] = {}

    # ------------------------------------------------------------------ candidates
    def _rows(self, articles: set[int] | None) -> list[tuple[str, Source]]:
        """(text to score, source) of every rule row, the severities it covers written in front
        (a row of 第十三条（一） names its roles, not its severity)."""
        out = []
        rows = {r.id: r for r in self.book.regulation.rows()}
        for rid, src in self.book.regulation.sources():
            if src.article is None or (articles and src.article not in articles):
                continue
            row = rows.get(rid)
            sev = (row.severity if isinstance(row, AccidentRow) else
                   "、".join(row.severities) if isinstance(row, ConveningRow) else "")
            out.append((f"{sev}事故{src.span}" if sev else src.span, src))
        return out

    def _passage_spans(self, passages: list[SourceText]) -> list[tuple[str, Reference]]:
        out = []
        for p in passages:
            body = re.sub(r"^第[^条\s]{1,6}条\s*", "", p.text.strip())
            for s in re.findall(r"[^。；;\n]+[。；;]?", body):
                s = s.strip()
                if len(s) >= 4:
                    out.append((s, Reference(p.label, _clip(s), p.article if p.doc_id == self.doc else None)))
        return out

    def _named(self, text: str) -> tuple[set[int], list[SourceText]]:
        """Articles and passages a message names: 《…》第十四条 labels, bare 第N条, section labels."""
        passages = [p for p in self.sources.passages if p.label and p.label in text]
        numbers = {r.article for r in find_refs(text) if r.article and r.internal and not r.doc_number}
        numbers |= {p.article for p in passages if p.article and p.doc_id == self.doc}
        arts = [p for n in sorted(numbers) if (p := self.sources.article(n, self.doc))]
        return numbers, list({p.id: p for p in passages + arts}.values())

    # ------------------------------------------------------------------ choosing
    def _terms(self, text: str) -> set[str]:
        """The regulation's terms in a text, canonical (街道书记 -> 街道党政领导正职): roles,
        measures, severities, consequences, and the bodies it names."""
        got = self._seen.get(text)
        if got is None:
            got = {c for *_, cat, c in C.marks(text, self.book) if cat != "other"} | set(C.bodies(text))
            self._seen[text] = got
        return got

    def _best(self, query: str, rows: list[tuple[str, Source]], spans: list[tuple[str, Reference]]) -> Reference | None:
        """The span sharing most of the query's terms (role, measure, severity, body), then most
        of its character pairs; a rule row wins a tie over a passage sentence (it is the claim's own)."""
        have, terms = bigrams(query), self._terms(query)
        scored = [((len(self._terms(t) & terms), _score(have, t), 1), Reference(f"《{self.title}》{src.label}", _clip(src.span), src.article))
                  for t, src in rows]
        scored += [((len(self._terms(t) & terms), _score(have, t), 0), ref) for t, ref in spans]
        if not scored:
            return None
        (shared, pairs, _), best = max(scored, key=lambda x: x[0])
        return best if shared or pairs >= 1.0 else None

    def supporting(self, sentence: str, support: str, quote: bool) -> Reference | None:
        """What supports a right sentence: the passage holding a quote, the passage the support
        test named, else the rule row or passage sentence closest to the sentence."""
        if quote:
            text = re.sub(r"^[“「\"]|[”」\"]$", "", sentence)
            held = next((p for p in self.sources.passages if squash(text) in squash(p.text)), None)
            if held is not None:
                return Reference(held.label, _clip(text), held.article if held.doc_id == self.doc else None)
        numbers, passages = self._named(support)
        if not passages:
            numbers, passages = self._named(sentence)
        query = f"{sentence}{support}"
        if passages:
            rows = self._rows(numbers) if numbers else []
            spans = self._passage_spans(passages)
            got = self._best(query, rows, spans)
            return got or (spans[0][1] if spans else None)
        if len(bigrams(sentence)) < 4:
            return None                   # a yes/no lead: the sentence after it carries the support
        near = [p for _, p in self.sources.closest(sentence, k=3)]
        return self._best(query, self._rows(None), self._passage_spans(near))

    def instead(self, sentence: str, why: str) -> Reference | None:
        """What the rules say instead of a wrong sentence: the article the checker's reason names
        (与第十条第二款不符, 这句话说的是第十四条的内容), else the row or passage sentence closest to
        the reason, which states the rule (较大事故对…的初步问责是停职检查，不是免职)."""
        said = [c for *_, cat, c in C.marks(sentence, self.book) if cat == "not_measure"]
        reg = self.book.regulation
        if said and reg.measure_sets and any(w in why for w in said):
            # a word that is no measure of the regulation: what it has instead are the measure sets
            return Reference(f"《{self.title}》{reg.measure_sets_label()}",
                             "；".join(s.source.span for s in reg.measure_sets), reg.measure_sets[0].source.article)
        first = re.search(r"说的是(.+?)的内容", why)
        numbers, passages = self._named(first.group(1) if first else why)
        if first and passages:
            return self._best(sentence, self._rows(numbers), self._passage_spans(passages))
        if passages:
            spans = self._passage_spans(passages)
            got = self._best(why, self._rows(numbers), spans)
            if got is not None or spans:
                return got or spans[0][1]     # the article the reason names, from its opening words
        got = self._best(why, self._rows(None), [])
        if got is not None:
            return got
        near = [p for _, p in self.sources.closest(why, k=2)]
        return self._best(why, [], self._passage_spans(near))


def _score(have: set[str], text: str) -> float:
    """Pairs of the span found in the query, weighted by the share found: a span mostly said wins
    over a long span partly said, and over a short one wholly said."""
    mine = bigrams(text)
    if not mine:
        return 0.0
    hit = len(mine & have)
    return hit * hit / len(mine) / math.sqrt(max(1, len(mine)) / 8) if hit >= 2 else 0.0


def _clip(text: str) -> str:
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1] + "…"


def render_plain(g: Grade) -> str:
    """A grade as plain text (the console and `wenze grade`): the score, each sentence with its
    mark and what it rests on, the unscored sentences, then the reference answer."""
    lines = [f"得分：{g.right}/{len(g.sentences)}" + (f"（{g.score:.0%}）" if g.sentences else "（没有可评分的陈述）")]
    for s in g.sentences:
        lines.append(f"{SYMBOLS[s.mark]} {s.text}")
        lines.append(f"    {WORDS[s.mark]}：{s.support}")
        if s.reference:
            lines.append(f"    {s.reference.label}：“{s.reference.text}”" if s.mark == "wrong" else f"    “{s.reference.text}”")
    if g.unscored:
        lines.append("不评分（没有陈述内容）：" + " ".join(g.unscored))
    if g.reference_answer:
        lines += ["", "参考答案：", g.reference_answer]
    return "\n".join(lines)


__all__ = ["Grade", "GradedSentence", "GradingError", "MARKS", "Reference", "SYMBOLS", "grade", "render_plain"]
