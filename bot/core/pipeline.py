"""One path for every question, whatever the front (console, Telegram, batch):

    question -> refuse? -> about a document? a complaint? -> retrieve -> facts + decide -> draft -> check
             -> answer with citations

and then the audit record, which the Assistant (bot/core/assistant.py) writes: it owns what this
path reads and hands it one Snapshot, read from start to end, so that a reload mid-answer changes
nothing in it. The rules engine decides; retrieval supplies the quoted text; an optional model
only rephrases, and its draft is shown only when it passes the same checker as ours. Citations
are built from the index's chunk metadata, never from model text.
"""
from __future__ import annotations

import dataclasses
import logging
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from knowledge.errors import KnowledgeError
from knowledge.everyday import in_their_words, terms
from knowledge.lexical import content_words
from knowledge.retrieval import Corpus, Passage, SearchResult, normalize_query
from rules.checker import CheckResult, check
from rules.engine import Missing, Outcome, decide
from rules.facts import extract
from rules.references import format_ref
from rules.topics import subject_words, topic_sources

from bot.core.conversation import WHICH_DOCUMENT, Conversations
from bot.core import plain
from bot.core.about import about_body, alike
from bot.core.asked import Missing as Unaddressed
from bot.core.scales import below_covered
from bot.core.asked import AskedClause, asked_clauses, case_words, graded_by_measures, outside_subject, scene_words, unaddressed
from bot.core.complaint import complaint_answer
from bot.core.case_figures import grades_by
from bot.core.deferred import handed_over
from bot.core.exemption import asks_exemption, exempts, nearest_exemption
from bot.core.definitions import defined_terms
from bot.core.answer import Body, Quote
from bot.core.drafting import (quotes_draft, Draft, decline_draft, outside_draft, passages_draft, rules_draft,
                               unmentioned, unasked_draft, unmentioned_draft)
from bot.core.guard import refuse
from bot.core.referred_case import figure_by_reference
from bot.core.regulations import ingested, the_only_cover, which_document_draft, which_regulation
from bot.core.snapshot import Snapshot
from bot.core.clock import said_at, timed_passages
from bot.core.thresholds import settled_by_count, settling_passages
from bot.core.unmatched import of_an_ingested_matter
from bot.core.which_law import not_found_draft, which_law_draft

if TYPE_CHECKING:
    from rules.schema import RuleBook

    from bot.core.llm import ModelDrafter

SUBJECT_SEARCH = 3          # passages on the question's subject, when the first search found none
log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
CHECK_RESERVE = 1.0     # seconds of a question's deadline kept for checking the model's draft
SOURCES = ("rules", "passages", "model", "none")


def cited_sources(snap: Snapshot, body: Body) -> list:
    """The passages an answer quotes, as the checker knows them: a sentence is first held to these."""
    labels = {q.label for q in [*body.quotes, *body.related, *body.also]}
    return [p for p in snap.sources.passages if p.label in labels]


def checkable(body: Body) -> str:
    """What the checker is given for an answer body: for now its plain text, whose "> " lines it
    verifies verbatim. The one place to change when the checker takes claims and quotes apart."""
    return plain.render(body)


@dataclass
class Answer:
    question: str
    body: Body
    citations: list[Quote]
    decision: dict | None
    check: CheckResult
    grounded: bool
    source: str
    # for the fronts and the audit trail
    facts: dict | None = None
    options: list[dict] = field(default_factory=list)      # a missing fact's choices
    passage_ids: list[str] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)     # model drafts not shown, with why
    latency_ms: float = 0.0
    audit_id: int | None = None

    @property
    def text(self) -> str:
        """The answer as plain text: the console's, `wenze ask`'s and the audit trail's."""
        return plain.render(self.body)

    def as_json(self) -> dict:
        """The public shape of `wenze ask --json`, exactly these keys."""
        return {"question": self.question, "answer": self.text,
                "citations": [c.as_json() for c in self.citations], "decision": self.decision,
                "check": self.check.as_json(), "grounded": self.grounded, "source": self.source}


def answer(snap: Snapshot, question: str, *, conversations: Conversations, drafter: ModelDrafter | None = None,
           conversation: str | None = None, deadline: float | None = None) -> Answer:
    """The one path, over one snapshot from start to end (its index, its rules, its sources).
    `deadline` (time.monotonic()) bounds the model's share: what is left of it, less CHECK_RESERVE."""
    started = time.perf_counter()
    kb, book = snap.kb, snap.book
    question = normalize_query(question or "")
    if (chosen := conversations.chosen(conversation, question)) is not None:
        question = chosen       # "1" after "请问您问的是下面哪一部法律？": that option's question
    facts = None
    outcome: Outcome | None = None
    result: SearchResult | None = None
    rejected: list[dict] = []
    if len(question) > MAX_QUESTION_CHARS:
        draft = decline_draft(None, "too_long", book, n=len(question), max=MAX_QUESTION_CHARS)
    elif refused := refuse(question):
        draft = decline_draft(kb, refused, book)
    elif (outside := outside_subject(question, kb)) is not None:
        draft = outside_draft(kb, outside)             # a document the index does not hold
    elif alike_docs := alike(kb, question):
        draft = which_document_draft(kb, question, alike_docs)   # 这个规定, with two 规定 held
    elif (about := about_body(kb, book, question)) is not None:
        draft = Draft(about, "passages", True)        # from the documents' front matter
    elif (steps := complaint_answer(book.complaint, question)) is not None \
            and not _another_regulation_answers(kb, book, question) and _gives_the_figure(kb, book, question, steps):
        draft = Draft(steps, "passages", True)        # the citizen's complaint path, quoted
    else:
        read = question
        try:
            result, read = _search(kb, question)       # retrieve
            result = the_only_cover(kb, book, question, result, read)
        except KnowledgeError as err:
            # fail closed: no retrieval, no answer (never one the passages cannot back)
            log.error("retrieval failed: %s", type(err).__name__)
            result = SearchResult([], "unavailable", {"error": str(err)})
        if result.reason == "empty_query":
            draft = decline_draft(kb, result.reason, book)
        else:
            said = extract(question, book)
            facts = conversations.resolve(conversation, question, said, book)
            outcome = decide(facts, book)               # decide
            draft = _draft(kb, book, read, result, outcome, follow_up=facts is not said)
    draft, verdict, fallbacks = _checked(snap, question, draft, facts, result, outcome)     # check
    rejected += fallbacks
    body, source = draft.body, draft.source
    if drafter is not None and draft.grounded and draft.source in ("rules", "passages") \
            and not (outcome and outcome.missing):
        budget = None if deadline is None else deadline - time.monotonic() - CHECK_RESERVE
        model_body, rejected = _model(snap, drafter, question, draft, facts, budget)
        if model_body is not None:
            body, source = model_body, "model"
    if facts is not None:
        asked = Missing(WHICH_DOCUMENT, draft.body.lead, list(draft.choices)) if draft.choices else None
        conversations.remember(conversation, facts, asked or (outcome.missing if outcome else None))
    return Answer(
        question=question, body=body, citations=draft.citations(),
        decision=outcome.decision.as_json() if outcome and outcome.decision and draft.source == "rules" else None,
        check=verdict, grounded=draft.grounded, source=source,
        facts=facts.as_json() if facts else None,
        options=list(outcome.missing.options) if outcome and outcome.missing and draft.source == "rules"
        else list(draft.choices),
        passage_ids=[p.id for p in result.passages] if result else [], rejected=rejected,
        latency_ms=(time.perf_counter() - started) * 1000)


def _search(kb: Corpus, question: str) -> tuple[SearchResult, str]:
    """The passages for the question, and the question they were found for: in the index's own
    words when it uses everyday words the index never says (knowledge/everyday.py: 被辞退 searched
    as 被解除聘用, 从重处理 as the text's 从重追究) and the same relevance gate lets that through; else
    the question as asked. The answer is drafted for that reading; the check reads the asker's.

    The table's words are read so only when the asker's own words close the gate: when they find
    passages, the table's term ranks worse than the asker's word (广告牌 read as the title's
    户外广告设施 ranks the definitions first and drops the duty asked; 老板 read as 主要负责人 ranks
    another document's rule; the reading of what is asked counts an everyday word as said by its
    terms anyway). A light-headed compound (从重处理) is always read with the text's verb."""
    result = kb.search(question, k=5)
    corpus = lambda: "\n".join(c.text for c in kb.chunks)
    theirs = in_their_words(question, kb.mentions, corpus, table_words=result.reason == "no_match")
    if theirs == question:
        worded = in_their_words(question, kb.mentions, corpus)
        if worded == question:
            return result, question
        again = _meaning_last(kb.search(worded, k=5), question)
        if again.reason == "no_match":
            return result, question
        # the two readings lead with different documents: the asker's words are read as another
        # document's matter (老板…负责人 led by the paper's Shenzhen officials); the table's reading
        # is searched, as before
        lead_of = lambda r: r.passages[0].doc_id if r.passages else None
        return (result, worded) if lead_of(result) == lead_of(again) else (again, worded)
    again = _meaning_last(kb.search(theirs, k=5), question)
    return (again, theirs) if again.reason != "no_match" else (result, question)


# an article of definitions (本办法下列用语的含义, or two …是指… items)
_DEFINITIONS = re.compile(r"用语的含义|用语含义")
# a question on what a word means or covers (指什么, 什么意思, 算不算, 包括哪些)
_MEANING_ASKED = re.compile(r"指什么|指的是|是指|什么意思|啥意思|含义|定义|意思是|算不算|算是|属不属于|属于|包括|包不包括|包含")


def _definitions(p: Passage) -> bool:
    return bool(_DEFINITIONS.search(p.text)) or p.text.count("是指") >= 2


def _meaning_last(result: SearchResult, question: str) -> SearchResult:
    """The passages found for the question read in the table's terms with an article of
    definitions put last, when the question asks no meaning: that article says every term the
    reading put in (the title's words, the roles) and ranks first for any question so read, above
    the duty asked ("拆广告牌的施工队有什么要注意的" read as 户外广告设施…施工单位: 第三条's definitions
    above 第九条 on 施工单位). Its order kept when a meaning is asked (招牌指什么, 店名牌算不算), and
    for the asker's own words (谁担责 in the asker's words: 第三条 joins 第六条 on who is 安全责任人)."""
    if result.reason != "hybrid" or len(result.passages) < 2 or _MEANING_ASKED.search(question) \
            or not _definitions(result.passages[0]):
        return result
    kept = [p for p in result.passages if not _definitions(p)]
    return dataclasses.replace(result, passages=kept + [p for p in result.passages if _definitions(p)]) if kept else result


def _gives_the_figure(kb: Corpus, book: RuleBook, question: str, steps: Body) -> bool:
    """The complaint path's steps answer a figure asked (多久, 几天, 多少钱) only with a figure of
    that matter, as a passage does (bot/core/asked.py): "举报奖励多久能发到手" under a regulation
    that gives the reward's amount and no time was answered with the paper's 一个月, which bounds a
    department's explanation to the government. When the steps give no such figure, the question
    goes the way of every other one (retrieval, then the reading of what is asked). Only with a
    regulation a user ingested in the index: with the seed alone the path is the one complaint
    procedure there is, its steps picked for the words people ask with (多久 → the review step)."""
    if not _ingested(kb, book):
        return True
    figures = [c for c in asked_clauses(question, scene_words(book, tuple(kb.titles.values()), question))
               if c.unit is not None]
    return not figures or not unaddressed(figures, [q.text for q in steps.quotes])


TERM_CHARS = 4         # a run this long found in one document and not another is that document's term


def _another_regulation_answers(kb: Corpus, book: RuleBook, question: str) -> bool:
    """A question about complaining (投诉, 举报) that belongs to a regulation a user ingested
    (`_of_an_ingested_regulation`), not to the paper's path for a Shenzhen citizen's complaint about
    a department. Searched only when the index holds such a regulation, so the seed's questions take
    no extra search."""
    if not _ingested(kb, book):
        return False
    try:
        found = kb.search(question, k=1).passages
    except KnowledgeError:
        return False
    return _of_an_ingested_regulation(kb, book, question, found)


_ingested = ingested


def _of_an_ingested_regulation(kb: Corpus, book: RuleBook, question: str, passages: list[Passage]) -> bool:
    """A question that belongs to a regulation a user ingested: that regulation ranks first for it,
    and the question uses a word or a term of it that none of the seed's documents has (医院 under
    a hospital complaint regulation, 婴幼儿配方 under a food safety one). Such a question is not the
    seed's to answer in its own ways (the complaint path, the rules of the Shenzhen table), even when
    it names a word those know (投诉, 一把手, 罚款); one in the seed's words (我要投诉区里一个部门)
    stays the seed's whatever else is ingested."""
    ingested = _ingested(kb, book)
    if not ingested or not passages or passages[0].doc_id not in ingested:
        return False
    theirs = "".join(c.text for c in kb.chunks if c.meta["doc_id"] == passages[0].doc_id)
    seed = "".join(c.text for c in kb.chunks if c.meta["doc_id"] not in ingested and c.meta["doc_id"] not in kb.laws)
    # its words, and its terms of more than one word (重大投诉: 重大 and 投诉 are the seed's words too)
    said = [w for w in content_words(question) if len(w) >= 2]
    said += [run[i:j] for run in re.findall(r"[\u4e00-\u9fff]{4,}", question)
             for i in range(len(run)) for j in range(i + TERM_CHARS, len(run) + 1)]
    return any(w in theirs and w not in seed for w in said)


def _names_nothing_of_the_table(kb: Corpus, book: RuleBook, outcome: Outcome, passages: list[Passage]) -> bool:
    """A question a regulation a user ingested ranks first for, that names nothing the Shenzhen
    table is read by: no role, level or rank (only officials at large, 干部), no severity, accident,
    consequence or casualty figure. "对干部的诫勉由谁来决定" was asked back which Shenzhen official
    was meant (诫勉 and 干部 are the seed's words too), when the ingested regulation's own article says
    who decides; the table would ask about roles the question never named."""
    if not passages or passages[0].doc_id not in _ingested(kb, book):
        return False
    f = outcome.facts
    return not (f.roles or f.severity or f.accident or f.consequence or f.figures or f.suggested or f.denied) \
        and all(u.get("general") for u in f.unclear)


def _check(snap: Snapshot, question: str, draft: Draft, facts) -> CheckResult:
    return check(question, checkable(draft.body), snap.book, sources=snap.sources, facts=facts,
                 states_decision=draft.source == "rules", require_citations=True,
                 cited=cited_sources(snap, draft.body))


def _checked(snap: Snapshot, question: str, draft: Draft, facts, result: SearchResult | None,
             outcome: Outcome | None) -> tuple[Draft, CheckResult, list[dict]]:
    """Fail closed: a draft that fails the checker is never sent. Our own drafts fall back in
    order — the rules draft, then a draft made only of verbatim quotes, then "no basis" (a "no basis"
    that names what is missing falls back to the plain one, never to quotes) — and each
    fallback is returned (for the audit trail) with the problems that caused it."""
    verdict = _check(snap, question, draft, facts)
    fallbacks: list[dict] = []
    for make in (lambda: None if draft.source == "none" else quotes_draft(snap.kb, question, result, outcome),
                 lambda: decline_draft(snap.kb, "no_match", snap.book)):
        if verdict.passed:
            break
        log.error("a %s draft failed the checker; falling back: %s", draft.source, verdict.problems)
        fallbacks.append({"fallback_from": draft.source, "problems": verdict.problems})
        nxt = make()
        if nxt is None or nxt.source == draft.source == "passages" and nxt.body == draft.body:
            continue
        draft = nxt
        verdict = _check(snap, question, draft, facts)
    return draft, verdict, fallbacks


def _draft(kb: Corpus, book: RuleBook, question: str, result: SearchResult, outcome: Outcome,
           follow_up: bool) -> Draft:
    """Which answer: the rules' when they answer the question, else the passages, else a decline."""
    # a question that belongs to a regulation a user ingested is not the Shenzhen table's to answer
    # or to ask back about, whatever Shenzhen words it uses (一把手, 罚款)
    theirs = _of_an_ingested_regulation(kb, book, question, result.passages) \
        or _names_nothing_of_the_table(kb, book, outcome, result.passages)
    # the gate closed on a question in an ingested regulation's words: not the table's either
    unmatched = result.reason == "no_match" and not result.passages and of_an_ingested_matter(kb, book, question)
    theirs = theirs or unmatched
    ruled = (outcome.missing is not None or _answers_the_question(outcome)) and not theirs
    if result.reason == "unavailable":
        # no search: the rules still decide and quote their articles; nothing else is said
        return rules_draft(kb, book, outcome) if ruled else decline_draft(kb, "unavailable", book)
    asked = [] if follow_up or result.reason == "article" else \
        asked_clauses(question, scene_words(book, tuple(kb.titles.values()), question))
    result = _count_settles_first(kb, result, asked)
    result = _timed_first(kb, result, asked)
    if outcome.missing is not None and not theirs and not follow_up and _nothing_to_decide(outcome, result, asked):
        # the table would ask who is meant, then still not say what is asked (提前几天通知)
        return decline_draft(kb, result.reason, book)
    if outcome.missing is not None and not theirs or (ruled and (follow_up or result.reason != "article")):
        # A follow-up's own words ("那重大事故呢？") retrieve nothing worth quoting.
        draft = rules_draft(kb, book, outcome, question, None if follow_up else result)
        f = outcome.facts
        if (outcome.decision.kind in ("accident", "consequence") if outcome.decision is not None
                else bool(f.accident or f.severity or f.consequence or f.figures)):
            # the tables (第十、十三、十四条) answer what they give however that is asked ("怎么处理",
            # "会调岗吗"), and ask back what they need to ("火灾死了9个人，区应急管理局副局长怎么处理");
            # only a figure they do not give (死几个人算重大事故) is beyond them
            asked = [c for c in asked if c.unit is not None]
        basis = result.passages if outcome.missing is not None else \
            draft.body.quotes + draft.body.also + draft.body.related     # all the answer shows
        return _unasked(kb, book, asked, basis) or draft
    subject = subject_words(question, book)
    if subject and len(unmentioned(kb, subject)) == len(subject):
        return unmentioned_draft(kb, subject, question)
    if result.passages:
        result = _exemption_first(kb, question, result)
        result = _case_figure_referred(kb, book, question, result, asked)
        result = _figure_further_down(kb, question, result, asked)
        # whether one is still held to account: the exempting article leads (bot/core/exemption.py)
        exempting = tuple(p.id for p in result.passages[:1] if asks_exemption(question) and exempts(p.text))
        draft = passages_draft(kb, question, grounded(kb, on_subject(kb, result, subject), outcome), subject, exempting)
        # led by the seed's documents: a regulation a user ingested may be the one that answers
        other = which_regulation(kb, book, question, result, draft.body.quotes,
                                 lambda basis: _unasked(kb, book, asked, basis) is None)
        # what is asked is handed to a document not held (按照《…预案》执行): only that can be said
        elsewhere = None if other else handed_over(asked, [q.text for q in draft.body.quotes], kb,
                                                   case_words(question, scene_words(book, tuple(kb.titles.values()), question)))
        return other or (outside_draft(kb, elsewhere) if elsewhere else None) \
            or _below_covered(kb, question, draft.body.quotes) or _unasked(kb, book, asked, draft.body.quotes) or draft
    if outcome.decision is not None and not unmatched:
        draft = rules_draft(kb, book, outcome)
        return _unasked(kb, book, asked, draft.body.quotes + draft.body.also) or draft
    if result.reason == "article_elsewhere":
        return which_law_draft(kb, book, result)      # which law's article is meant: asked back
    if result.reason == "article_not_found":
        return not_found_draft(kb, book, result)
    return decline_draft(kb, result.reason, book)


def _below_covered(kb: Corpus, question: str, quotes: list[Quote]) -> Draft | None:
    """"No basis" for a level the quoted passages rule on only from a higher one up (蓝色预警 beside
    橙色以上预警, bot/core/scales.py): their duty is not the asked level's."""
    level = below_covered(question, [q.text for q in quotes]) if quotes else None
    return unasked_draft(kb, Unaddressed((level,)), quotes[0]) if level else None


def _count_settles_first(kb: Corpus, result: SearchResult, asked: list[AskedClause]) -> SearchResult:
    """The passages led by the one article whose threshold the asker's own count decides, when an
    alternative of places is asked with a count ("600多个充电口…市里管还是区里管") and the passages
    retrieved do not settle it (bot/core/thresholds.py); one article alone, else as it was."""
    for c in asked:
        if c.alternative is None or not c.counts or result.reason not in ("hybrid", "no_match") \
                or settled_by_count(c.alternative.sides, c.counts, [p.text for p in result.passages]):
            continue
        found = settling_passages(kb, c.alternative.sides, c.counts)
        if len(found) == 1:
            return dataclasses.replace(result, passages=found + [p for p in result.passages if p.id != found[0].id][:2],
                                       reason="hybrid")
    return result


def _timed_first(kb: Corpus, result: SearchResult, asked: list[AskedClause]) -> SearchResult:
    """The passages led by the one article that says the act asked at a clock range within the
    time of day asked ("半夜也得有人去巡查吗": 22时至次日6时), when the passages retrieved do not
    (the gate closes on the asker's everyday words: bot/core/clock.py); at most three articles, of
    one document.""" 
    for c in asked:
        if c.clock is None or not c.words or result.reason not in ("hybrid", "no_match") \
                or any(said_at(c.clock, c.words, p.text) for p in result.passages):
            continue
        found = timed_passages(kb, c.clock, c.words)
        if found and len(found) <= 3 and len({p.doc_id for p in found}) == 1:
            # the articles of one document, in its order (the duty, then the case that cites it)
            ids = {p.id for p in found}
            return dataclasses.replace(result, passages=found + [p for p in result.passages if p.id not in ids][:3 - len(found)],
                                       reason="hybrid")
    return result


DEEPER = 10         # how far down the ranking a figure asked is looked for when the top passages lack it


def _figure_further_down(kb: Corpus, question: str, result: SearchResult, asked: list[AskedClause]) -> SearchResult:
    """The passages with the one that gives the figure asked first, when none of the top passages
    gives it and one further down the ranking does: a figure bound to what it is of (its words, its
    act, its unit: bot/core/asked.py) picks the passage that answers where shared words ranked the
    scene first ("举报以后最晚几天到现场" ranked the reward article on 举报 above the one on 现场核查's
    days). Only figures: a word alone further down is as likely a neighbour as the answer."""
    # a length, sum or count of something the clause names itself (现场 in 最晚几天到现场): not which
    # one (哪一年, 哪项: an instance), nor a figure of what only the clause before names (制定实施细则，
    # 规定了几个月内要完成吗: 区政府 there is in an article on another matter's 三个月)
    result = _grade_assigned_first(kb, question, result, [c for c in asked if c.graded])
    result = _case_graded_first(result, [c for c in asked if c.cases or c.measures])
    # (a sum asked of a one-character act, 会被罚多少: the act is what the sum is of, 罚…元)
    figures = [c for c in asked if c.unit is not None and not c.which and (c.words or c.unit == "元" and c.anchors)]
    if not figures or result.reason != "hybrid" or not result.passages:
        return result
    if not unaddressed(figures, [p.text for p in result.passages]):
        if not unaddressed(figures, [result.passages[0].text]) or any(c.unit == "number" for c in figures):
            # (any number at all, 多少奖金, is too weak a sign to lead with the passage that has one)
            return result
        # the figure is in a passage shown further down (会被罚多少: 第二十八条's 万元 under the duties'
        # 第九条): that one leads, as the answer quotes its first passages and would drop it
        for p in result.passages[1:]:
            if not unaddressed(figures, [p.text]) and any(_says(w, p.text) for c in figures for w in c.words or c.anchors):
                return dataclasses.replace(result, passages=[p] + [q for q in result.passages if q.id != p.id])
        return result
    try:
        deeper = kb.search(question, k=DEEPER).passages
    except KnowledgeError:
        return result
    shown = {p.id for p in result.passages}
    for p in deeper:
        if p.id not in shown and not unaddressed(figures, [p.text]) \
                and any(_says(w, p.text) for c in figures for w in c.words or c.anchors):
            return dataclasses.replace(result, passages=[p] + result.passages[:-1])
    return result


def _case_figure_referred(kb: Corpus, book: RuleBook, question: str, result: SearchResult,
                          asked: list[AskedClause]) -> SearchResult:
    """The article that gives the figure asked first, when it gives it by referring to the article
    retrieved that names the question's case (瞒报…罚多少钱: bot/core/referred_case.py)."""
    figures = [c for c in asked if c.unit is not None and not c.which and (c.words or c.unit == "元" and c.anchors)]
    if not figures:
        return result
    case = case_words(question, scene_words(book, tuple(kb.titles.values()), question))
    return figure_by_reference(kb, result, case, lambda text: not unaddressed(figures, [text]), _says)


def _exemption_first(kb: Corpus, question: str, result: SearchResult) -> SearchResult:
    """The passages led by the leading document's article that exempts, when the question asks
    whether one is still held to account on a ground that could spare it (该做的都做了…还要追责吗:
    bot/core/exemption.py) and the lead does not exempt: of that document's exempting articles, the
    one sharing most of the question's words. The others follow, one fewer."""
    if result.reason != "hybrid" or not result.passages or not asks_exemption(question):
        return result
    doc = result.passages[0].doc_id
    own = [i for i, c in enumerate(kb.chunks) if c.meta["doc_id"] == doc]
    best = nearest_exemption(question, [kb.chunks[i].text for i in own])
    if best is None or own[best] == next((i for i in own if kb.chunks[i].id == result.passages[0].id), None):
        return result
    found = kb.passage(own[best], result.passages[0].score)
    rest = [p for p in result.passages if p.id != found.id]
    return dataclasses.replace(result, passages=[found] + rest[:len(result.passages) - 1])


def _says(word: str, text: str) -> bool:
    """`word` in `text`, or one of the texts' terms for it when it is an everyday word (老板 asked,
    安全责任人 said: knowledge/everyday_words.yaml), as the reading of what is asked counts it."""
    return word in text or any(t in text for t in terms(word))


def _case_graded_first(result: SearchResult, graded: list[AskedClause]) -> SearchResult:
    """The passages with the one that grades cases by the figure the asker gives first ("死了1个人的…
    事故属于什么级别": the article listing 造成1人死亡 under its grades), when it is shown but not first:
    an article on reporting 溺水、重伤或者死亡 shares more of the words and names grades too, yet
    grades nothing by a figure (bot/core/case_figures.py)."""
    if not graded or result.reason != "hybrid" or not result.passages \
            or any(_grades(c, result.passages[0].text) for c in graded):
        return result
    for p in result.passages[1:]:
        if any(_grades(c, p.text) for c in graded):
            return dataclasses.replace(result, passages=[p] + [q for q in result.passages if q.id != p.id])
    return result


def _grades(c: AskedClause, text: str) -> bool:
    """`text` grades the clause's case: by a casualty figure it lists, or by the thresholds its
    measured figures fall within (停电影响了300户: bot/core/case_figures.py)."""
    return bool(c.cases and grades_by(c.cases, text) or c.measures and graded_by_measures(c, text))


def _grade_assigned_first(kb: Corpus, question: str, result: SearchResult, graded: list[AskedClause]) -> SearchResult:
    """The passages with the one that assigns a grade asked by its name first ("啥情况会被定成较重":
    第十四条's …的，为较重), from the ranking or further down it, when the top passage does not: the
    articles on what a 较重 grade entails share the name and rank above the one that defines it."""
    if not graded or result.reason != "hybrid" or not result.passages \
            or not unaddressed(graded, [result.passages[0].text]):
        return result
    try:
        deeper = kb.search(question, k=DEEPER).passages
    except KnowledgeError:
        return result
    for p in [*result.passages, *deeper]:
        if not unaddressed(graded, [p.text]):
            return dataclasses.replace(result, passages=[p] + [q for q in result.passages if q.id != p.id][:len(result.passages) - 1])
    return result


def _nothing_to_decide(outcome: Outcome, result: SearchResult, asked: list[AskedClause]) -> bool:
    """A question back about an official (区领导: which one?) that would lead nowhere: the official
    is all the question gives the tables (no severity, consequence, measure, accident, topic), no
    passage is relevant to it (the gate closed), and it asks something of its own (a figure, a
    word: 约谈会提前几天通知). Once told which official, the tables would answer what that official
    faces, not what was asked; asking back would promise an answer there is no basis for."""
    f = outcome.facts
    if result.reason != "no_match" or outcome.missing is None or outcome.missing.field != "role":
        return False
    if f.severity or f.consequence or f.measures or f.not_measures or f.accident or f.denied or f.suggested \
            or f.figures or f.topic or f.asks or f.articles:
        return False
    return any(c.words or c.kinds or c.unit for c in asked)


def _unasked(kb: Corpus, book: RuleBook, asked: list[AskedClause], basis: list) -> Draft | None:
    """"No basis" when none of the passages the answer would rest on (`basis`) addresses what the
    question asks for (bot/core/asked.py), else None. A word the vocabulary reads as a topic whose
    rule rows those passages hold (纪委: 第三条) counts as addressed: the regulation words it so."""
    if not asked or not basis:
        return None
    shown = {(p.doc_id, p.article) for p in basis}
    known = {w for t, ws in book.topics.items() for w in ws
             if any((s.doc or book.regulation.document, s.article) in shown for s in topic_sources(t, book))}
    # the kinds a question word names that the documents of the basis never name (打哪个电话: 电话,
    # in no article of the drainage regulation whose 第二十一条 speaks of 举报)
    # (a kind the vocabulary names as what cases differ by, 什么后果, is a category the text says by
    # its cases, 不予受理的…给予处分, never a thing it must name)
    docs = {p.doc_id for p in basis}
    categories = set(book.vocabulary.dimensions)
    nowhere = {k for c in asked for k in c.kinds if k not in categories
               and not any(k in ch.text for ch in kb.chunks if ch.meta["doc_id"] in docs)}
    # the asker's word a document of the basis defines a term by (项目经理: 项目负责人)
    absent = any(not any(w in p.text for p in basis) for c in asked for w in c.words)
    terms = defined_terms("".join(c.text for c in asked), ["\n".join(ch.text for ch in kb.chunks if ch.meta["doc_id"] == d)
                                                           for d in sorted(docs)]) if absent else {}
    missing = unaddressed(asked, [p.text for p in basis], known, nowhere, terms)
    if not missing:
        return None
    return unasked_draft(kb, missing, Quote.of(basis[0]) if isinstance(basis[0], Passage) else basis[0])


def on_subject(kb: Corpus, result: SearchResult, subject: list[str]) -> SearchResult:
    """When none of the passages retrieved has a word the question uses for its subject (申诉)
    while the index does, the passages that have it, found by searching those words alone, put
    first: with all the national laws, "被问责的干部可以申诉吗" retrieves Shenzhen articles on 干部
    and 问责, none of which speaks of appeals, while 公务员法第九十五条 does."""
    if not subject or result.reason == "article" or \
            any(w in p.text for p in result.passages for w in subject):
        return result
    try:
        found = kb.search(" ".join(subject), k=SUBJECT_SEARCH).passages
    except KnowledgeError:
        return result
    found = [p for p in found if any(w in p.text for w in subject)]
    if not found:
        return result
    top = result.passages[0].score if result.passages else 1.0
    ids = {p.id for p in found}
    return dataclasses.replace(result, passages=[dataclasses.replace(p, score=top) for p in found]
                               + [p for p in result.passages if p.id not in ids])


def grounded(kb: Corpus, result: SearchResult, outcome: Outcome) -> SearchResult:
    """The retrieved passages with the articles of the topic's rows (第二条 for "管哪些干部") put
    first, when retrieval placed that regulation first too: search ranks by shared words, and
    第三条 shares more of "这个问责规定管哪些干部" than 第二条 does. A question retrieval answers
    from another document (a national law) keeps its order."""
    if not outcome.grounds or result.reason == "article" or not result.passages:
        return result
    top = result.passages[0]
    own = [kb.article(c.article, c.doc_id) for c in outcome.grounds if c.doc_id == top.doc_id]
    first = [p for p in own if p is not None]
    if not first:
        return result
    ids = {p.id for p in first}
    first = [dataclasses.replace(p, score=top.score) for p in first]
    return dataclasses.replace(result, passages=first + [p for p in result.passages if p.id not in ids])


def _model(snap: Snapshot, drafter: ModelDrafter, question: str, draft: Draft, facts,
           budget: float | None = None) -> tuple[Body | None, list[dict]]:
    """The model's rewording with our quotes under it, when it survives every check; and the
    rejected drafts."""
    decision_text = plain.before_quotes(draft.body) if draft.source == "rules" else ""
    got = drafter.draft(question, decision_text, draft.citations(), budget=budget)
    if got.draft is None:
        return None, [{"model": drafter.name, "draft": None, "problems": [got.error]}]
    problems = drafter.guard(got.draft, draft.body)
    problems += check(question, checkable(Body(prose=got.draft)), snap.book, sources=snap.sources, facts=facts,
                      states_decision=draft.source == "rules", require_citations=True,
                      cited=cited_sources(snap, draft.body)).problems
    if draft.source == "rules":
        for c in draft.body.quotes:
            if c.article and format_ref(c.article) not in got.draft:
                problems.append(f"没有引用{c.label}。")
    if problems:
        return None, [{"model": drafter.name, "draft": got.draft, "problems": list(dict.fromkeys(problems))}]
    b = draft.body
    return Body(prose=got.draft, quotes=b.quotes, also=b.also, related=b.related), []


def _answers_the_question(outcome: Outcome) -> bool:
    """A decision about a measure alone (its procedure, whether it combines) answers only a question
    about that; "要不要向老百姓道歉" mentions 道歉 but asks something the passages answer better."""
    d = outcome.decision
    if d is None or d.kind != "measures":
        return d is not None
    return bool(d.notes) or bool({"procedure", "combine"} & set(outcome.facts.asks))


__all__ = ["Answer", "MAX_QUESTION_CHARS", "SOURCES", "answer", "checkable"]
