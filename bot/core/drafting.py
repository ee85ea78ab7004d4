"""Model-free drafts: the rules decision in plain Chinese, the best passages quoted, a decline,
or a question for a missing fact, each built as a structured answer (bot/core/answer.py), never
as text. These are what the user gets whenever no model is configured or a model's draft fails
the checker, so each of them must pass the checker itself.

Quoted text always comes from the index (chunk text and labels), never from a model.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.retrieval import Corpus, Passage, SearchResult
from rules.checking.absence import surely_absent
from rules.checking.sentences import MIN_QUOTE
from rules.compose import compose
from rules.engine import Decision, Outcome
from rules.references import article_numbers, format_ref
from rules.schema import RuleBook

from bot.core.answer import Body, Quote, Statement
from bot.core.asked import Missing
from bot.core.crossrefs import followed
from bot.core.leading import lead
from bot.core.national import REVIEW_WORDS, law_notes, not_measure_listings
from bot.core.texts import DECLINE, NOTES, decline_text

MAX_PASSAGES = 3
# Passages scoring below this share of the best one are noise next to it.
RELATIVE_SCORE = 0.6
ARTICLE_LEAD = "条文原文如下："
PLAIN_LEAD = "相关原文如下，请以原文为准："              # when no sentence shares the question's words
PARTIAL = "我只找到能部分回答这个问题的原文，请以原文为准。"
UNMENTIONED = "知识库的资料中没有提到{words}。"          # checked as an absence claim
NOT_IN_NEAREST = "与问题最接近的{label}没有提到{words}。"   # an absence claim scoped to that article
NO_FIGURE = "知识库的资料中没有给出{asked}所问的数字。"
OUTSIDE = "{name}的正文不在知识库中。"                   # a document the sources refer to, not held
EXAMPLES = ["较大事故街道主任会受什么处理？", "问责方式有哪些？能合并使用吗？", "第十四条", "市民投诉政府部门后会怎么处理？"]


def decision_citations(kb: Corpus, decision: Decision, dated: bool = False) -> tuple[list[Quote], list[Quote]]:
    """(core, supporting) articles of a decision, as indexed passages; `dated`: the core ones'
    headings carry the regulation's year."""
    core: list[Quote] = []
    supporting: list[Quote] = []
    seen: set[int] = set()
    for wanted_core in (True, False):
        for c in decision.citations:
            if c.core != wanted_core or not c.article or c.article in seen:
                continue
            p = kb.article(c.article, c.doc_id)
            if p is None:
                continue
            seen.add(c.article)
            (core if wanted_core else supporting).append(Quote.of(p, dated=dated and wanted_core))
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
    body: Body                     # what the user is shown
    source: str                    # rules / passages / none
    grounded: bool
    choices: list[dict] = field(default_factory=list)   # the options' [{label, value}] (which law is meant)

    def citations(self) -> list[Quote]:
        return self.body.citations()


def rules_draft(kb: Corpus, book: RuleBook, outcome: Outcome, question: str = "",
                result: SearchResult | None = None) -> Draft:
    """`book` is the rule book that decided `outcome` (the snapshot's): it words the decision."""
    related = [Quote.of(p) for p in best_passages(kb, question, result)] if result else []
    if outcome.missing is not None:
        body = Body(lead=outcome.missing.question, options=[o["label"] for o in outcome.missing.options],
                    related=related)
        return Draft(body, "rules", True)
    assert outcome.decision is not None
    core, supporting = decision_citations(kb, outcome.decision, dated=True)
    # The regulation itself speaks through the decision; other documents may add context (the
    # paper's one-month explanation duty next to 第十三条), a neighbouring article only confuses.
    ruled = {c.doc_id for c in outcome.decision.citations}
    extra = [c for c in related if c.doc_id not in ruled][:1]
    body = Body.of_lines(compose(outcome, book), quotes=core, also=supporting, related=extra)
    # 撤职 is no Shenzhen measure, but a national law in the index may list it (a 政务处分)
    lines, listed = not_measure_listings(kb, outcome.facts.not_measures)
    if listed:
        body.quotes += listed
        body.related = [q for q in body.related if q.label not in {x.label for x in listed}]
        body.statements += lines
    body.statements += law_notes(kb, body.citations(), question)
    return Draft(body, "rules", True)


def passages_draft(kb: Corpus, question: str, result: SearchResult, subject: list[str] | None = None,
                   leading: tuple[str, ...] = ()) -> Draft:
    """The passages that answer, led by the sentence that answers (bot/core/leading.py) and
    joined by the articles their references lead to (bot/core/crossrefs.py). A question naming
    an article gets that article, as it reads. `subject`: the words the question uses for a subject
    the documents may lack (申诉); when none of the passages shown has any of them, they answer
    only in part, whatever their other words share with the question. `leading`: the ids of the
    passages the lead is taken from when one of them is shown (the article that exempts, for
    whether one is still held to account: bot/core/exemption.py), whatever the others share."""
    shown = best_passages(kb, question, result)
    if result.reason == "article":
        quotes = [Quote.of(p) for p in shown]
        return Draft(Body(lead=ARTICLE_LEAD, quotes=quotes, statements=law_notes(kb, quotes, question)), "passages", True)
    # the lead comes from a passage that speaks of the subject, when one does (复议 asked: the paper's
    # 行政复议 sentence, not 第十三条's 问责决定)
    on_subject = [p for p in shown if subject and any(w in p.text for w in subject)]
    chosen = [p for p in shown if p.id in leading]
    found = lead(kb, question, on_subject or chosen or shown)
    if found is not None:
        shown = [found.passage] + [p for p in shown if p is not found.passage]
    if shown:    # the articles the answering one refers to, or is referred to by, right after it
        joined = followed(kb, question, shown[0])
        ids = {p.id for p in joined}
        shown = shown[:1] + joined + [p for p in shown[1:] if p.id not in ids]
    quotes = [Quote.of(p) for p in shown]
    off_subject = bool(subject) and not on_subject
    said = [Statement(PARTIAL)] if found is not None and found.partial or off_subject else []
    body = Body(lead=found.line if found is not None else PLAIN_LEAD, statements=said + law_notes(kb, quotes, question),
                quotes=quotes)
    return Draft(body, "passages", True)


def unmentioned(kb: Corpus, words: list[str]) -> list[str]:
    """Those of `words` that no passage of the index has. When it is every word a question uses for
    its subject (申诉 in an index without an appeals article), no passage answers it: quoting the
    nearest one would answer something else as if it were the question. Absent as the checker
    reads an absence (`surely_absent`): the decline says so, and a false one falls back."""
    return [w for w in words if not kb.mentions(w) and surely_absent(w, kb.texts())]


def unmentioned_draft(kb: Corpus, words: list[str], question: str) -> Draft:
    """"No basis" that says what is missing: the subject's words, none of them in the index."""
    said = [Statement(NOTES["party_procedures"])] if any(w in question for w in REVIEW_WORDS) else []
    body = Body(lead=UNMENTIONED.format(words="“" + "”“".join(words) + "”"),
                statements=[Statement(DECLINE["no_match"])] + said + [Statement(coverage_line(kb))])
    return Draft(body, "none", False)


def unasked_draft(kb: Corpus, missing: Missing, nearest: Quote | None) -> Draft:
    """"No basis" for a question whose asked-for element (bot/core/asked.py) none of the passages
    it would rest on addresses. It names what is missing — the words no passage of the index has
    as missing from the knowledge base, the others as missing from the nearest article (so the
    nearest passage is context, named, never quoted as the answer), a quantity asked as a figure
    the sources do not give — each an absence claim the checker verifies; then that there is no
    basis, and what the knowledge base holds."""
    quoted = lambda ws: "“" + "”“".join(ws) + "”"
    # a word as long as a quotation would be held to the sources verbatim, not as an absence
    named = [w for w in missing.words if len(w) < MIN_QUOTE]
    # absent as the checker reads it (no verbatim word, nor its parts in one sentence): a word
    # neither said nor surely absent is named missing nowhere (公务人员 beside 公务员…人员)
    nowhere = [w for w in named if not kb.mentions(w) and surely_absent(w, kb.texts())]
    elsewhere = [w for w in named if kb.mentions(w) and (nearest is None or w not in nearest.text)]
    said = [UNMENTIONED.format(words=quoted(nowhere))] if nowhere else []
    if elsewhere and nearest is not None and nearest.article is not None:
        said.append(NOT_IN_NEAREST.format(label=nearest.label, words=quoted(elsewhere)))
    said += [NO_FIGURE.format(asked=quoted(missing.figures))] if missing.figures else []
    said.append(DECLINE["no_match"])
    body = Body(lead=said[0], statements=[Statement(s) for s in said[1:]] + [Statement(coverage_line(kb))])
    return Draft(body, "none", False)


def outside_draft(kb: Corpus, name: str) -> Draft:
    """"No basis" for a question about a document the index does not hold (bot/core/asked.py
    `outside_subject`): that its text is not in the knowledge base, an absence the checker verifies,
    and what the knowledge base holds."""
    body = Body(lead=OUTSIDE.format(name=name),
                statements=[Statement(DECLINE["no_match"]), Statement(coverage_line(kb))])
    return Draft(body, "none", False)


def quotes_draft(kb: Corpus, question: str, result: SearchResult | None, outcome: Outcome | None) -> Draft | None:
    """The fallback when a draft failed the checker: nothing said, only verbatim quotes — the
    passages retrieved, or else the articles the rules rest on."""
    quotes = [Quote.of(p) for p in best_passages(kb, question, result)] if result and result.passages else []
    if not quotes and outcome is not None and outcome.decision is not None:
        quotes, _ = decision_citations(kb, outcome.decision)
    if not quotes:
        return None
    return Draft(Body(lead="原文如下，请以原文为准：", quotes=quotes, statements=law_notes(kb, quotes, question)), "passages", True)


def coverage_line(kb: Corpus) -> str:
    """What the knowledge base holds: its documents by title, and the national laws by their count.
    With every law (352) a list of titles is no answer to read, and some titles name articles of
    others (关于《中华人民共和国刑事诉讼法》第七十九条第三款的解释), which the checker then reads
    as claims about those articles: measured at full size, every "no basis" failed its check."""
    laws = getattr(kb, "laws", set())
    docs = [f"《{d.title}》" + ("（不完整）" if d.lacks else "") for d in kb.documents() if d.id not in laws]
    return "知识库收录：" + "、".join(docs) + (f"，以及国家法律{len(laws)}部" if laws else "") + "。"


def decline_draft(kb: Corpus | None, reason: str, book: RuleBook, **fmt: object) -> Draft:
    """`book` is the snapshot's rule book: a decline that names the regulation names that one."""
    lead = decline_text(reason, book, **fmt)
    if reason == "unavailable":
        return Draft(Body(lead=lead), "none", False)
    said = [coverage_line(kb)] if kb is not None else []
    said.append("可以这样问：" + "　".join(examples(kb, book)))
    return Draft(Body(lead=lead, statements=[Statement(s) for s in said]), "none", False)


def examples(kb: Corpus | None, book: RuleBook) -> list[str]:
    """The questions a decline suggests, the article looked up by number one the rule book's
    regulation has: the checker reads a bare 第十四条 as that regulation's, and a regulation a user
    ingested with twelve articles made the example a false reference, so every decline fell back.
    Its last article when it has fewer; none when the index holds none of it."""
    at = next((i for i, e in enumerate(EXAMPLES) if article_numbers(e) and format_ref(article_numbers(e)[0]) == e), None)
    if kb is None or at is None:
        return EXAMPLES
    wanted = article_numbers(EXAMPLES[at])[0]
    have = [n for n in kb.articles(book.regulation.document) if n <= wanted]
    if not have:
        return EXAMPLES[:at] + EXAMPLES[at + 1:]
    return EXAMPLES[:at] + [format_ref(have[-1])] + EXAMPLES[at + 1:]
