"""The sentence that answers: of the passages retrieved for a question, the one sentence (or list
item) that shares most of the question's specific words and figures, quoted verbatim with its
label as the first line of a passage answer.

Why a sentence and not the passage: "深圳2015年GDP是多少" retrieves paragraphs of twenty figures;
the user should read 生产总值1.75万亿元 first, not find it in the third line of a quote. Why the
words are weighted by how rare they are in the index: 深圳, 政府, 问责 are in most passages and
say nothing about which sentence answers.

A lead is *partial* when the question's figures, or most of its specific words, are not in the
passage the lead comes from: the answer then says plainly that the text answers only in part.
"""
from __future__ import annotations

import math
import re
import unicodedata
import weakref
from dataclasses import dataclass

from knowledge.everyday import ways_asked
from knowledge.lexical import EQUIVALENTS, tokens, with_equivalents
from knowledge.retrieval import Corpus, Passage
from bot.core.asked import _GRADE_ASKED, asked_clauses, bounds, duration_owner, graded_by_measures, unaddressed
from bot.core.case_figures import case_terms, grades_by, lists_case
from rules.checking.paragraph_lines import paragraphs
from rules.references import NUMERAL, cn_int, format_ref, without_refs

# Characters of grammar: a pair with one of them spans two words ("问责有哪几种" -> 责有), not a term.
# 以 as in 可以/予以/以及: "可以申诉" must not make 以申 a rare, heavy term.
FUNCTION_CHARS = set("的了是有在和与及或被把对给将会要能可以吗呢么什哪几怎谁这那个些啊吧呀就都也还又很该想请我你他她它们之其")
RANK_PRIOR = 1.0           # retrieval's order breaks near-ties (the best passage, scaled to 1)
COMMON_SHARE = 0.3         # words in more than this share of passages say nothing (as the gate)
CONTEXT = 0.3              # the passage around a sentence counts this much (the year in its heading)
FIGURE_BONUS = 1.0         # a question asking 多少 wants a sentence with a figure
COVERED = 0.5              # below this share of the question's weight in the passage: partial
MAX_LIST_LEAD = 150        # a list's head and items, as one lead, up to about this length
OWNED_FIRST = 100.0        # above any sum of term weights
MIN_QUOTE_INNER = 8        # the checker verifies inline quotes of this length or more
# A count of kinds (几种方式) is answered by a list, not a figure.
# A time asked (多久, 多长时间, 多快) is a figure too: "…要在多长时间内上报" is answered by the
# sentence with its hours, not by the one sharing the most words.
_ASKS_FIGURE = re.compile(r"多少|几[个年次天家倍位]|比例|比重|金额|规模|增长了?多|多久|多长|多快")
_FREQUENCY_ASKED = re.compile(r"(?:多久|多长时间|隔多长时间|多少天)[^，,。？?]{0,10}一次")
_UNIT_AFTER_FIGURE = re.compile(r"(\d)[年月日号]")
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")
_FIGURE = re.compile(r"\d")
# an item of a list under its head, numbered either way the texts number them: （一） or 一、
_LISTED = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")
_WEIGHTS: "weakref.WeakKeyDictionary[Corpus, tuple[int, dict[str, int]]]" = weakref.WeakKeyDictionary()


@dataclass
class Lead:
    passage: Passage
    sentence: str              # verbatim, as in the passage
    label: str                 # the passage's label, with the item when the sentence is one
    partial: bool

    @property
    def line(self) -> str:
        return quoted_line(self.label, self.sentence)


def quoted_line(label: str, sentence: str) -> str:
    """《…》第四条第（四）项：“泄露申请人商业秘密的；” — in quotation marks when the checker can hold
    it verbatim (long enough, and no quotation marks of its own inside)."""
    if len(sentence) >= MIN_QUOTE_INNER and not re.search(r"[“”\"「」]", sentence):
        return f"{label}：“{sentence}”"
    return f"{label}：{sentence}"


def _document_frequencies(kb: Corpus) -> tuple[int, dict[str, int]]:
    """(number of passages, passages per token), computed once per corpus."""
    if kb not in _WEIGHTS:
        df: dict[str, int] = {}
        for c in kb.chunks:
            for t in set(tokens(c.text)):
                df[t] = df.get(t, 0) + 1
        _WEIGHTS[kb] = (len(kb.chunks), df)
    return _WEIGHTS[kb]


def _is_figure(t: str) -> bool:
    return bool(_FIGURE.search(t))


def question_terms(kb: Corpus, question: str) -> dict[str, float]:
    """The question's specific words and figures with their weights (IDF; figures count double).
    References (第十四条) are left out: the article lookup has used them."""
    n, df = _document_frequencies(kb)
    out: dict[str, float] = {}
    # 2015年深圳: the year is the figure 2015, and 年深 is no word
    for t in tokens(with_equivalents(_UNIT_AFTER_FIGURE.sub(r"\1 ", without_refs(question)))):
        if len(t) < 2 and t.isalpha() or FUNCTION_CHARS & set(t):
            continue                  # single characters match everything; 责有 is no word
        k = df.get(t, 0)
        if _is_figure(t):
            # a figure no passage has (2012 when the report gives 2015) makes the answer partial
            out[t] = 2 * math.log(n / k if k else n + 1)
        elif 0 < k <= COMMON_SHARE * n:
            out[t] = math.log(n / k)
    return out


def score(terms: dict[str, float], text: str) -> float:
    have = set(tokens(text))
    return sum(w for t, w in terms.items() if t in have)


def sentences(text: str) -> list[tuple[str, str]]:
    """The sentences and list items of a passage, verbatim, each with what a lead shows of it:
    itself, or for a sentence that opens a list ("追究方式包括："), itself with its items, which
    are what it says. Sentences are chosen on their own words (an item, not its whole list)."""
    out: list[tuple[str, str]] = []
    head: int | None = None          # the open list's head in `out`
    for line in text.splitlines():
        parts = [s.strip() for s in _SENTENCE.findall(line) if s.strip(" 　，,：:")]
        for i, part in enumerate(parts):
            if head is not None and i == 0 and _LISTED.match(part):
                sentence, shown = out[head]
                if len(shown) + len(part) <= MAX_LIST_LEAD:
                    out[head] = (sentence, shown + part)
            elif i > 0 or not _LISTED.match(part):
                head = None
            out.append((part, part))
            if part.endswith(("：", ":")):
                head = len(out) - 1
    return out


def _label(p: Passage, sentence: str) -> tuple[str, str]:
    """The label of a sentence and the sentence as it is quoted: an item of an article is cited
    as 第四条第（四）项 and quoted without its marker."""
    m = _ITEM.match(sentence)
    if m and p.article is not None and p.meta.get("doc_kind") == "regulation":
        try:
            item = cn_int(m.group(1))
        except ValueError:
            return p.label, sentence
        return format_ref(p.article, paragraph=_list_paragraph(p.text, sentence), item=item, title=p.doc_title), \
            sentence[m.end():].strip()
    # the label names the article: "第六条 追究方式包括" is quoted from 追究方式
    own = re.match(rf"^第{NUMERAL}条(?:之[一二三四五六七八九十]+)?[\s\u3000]*", sentence) if p.article is not None else None
    quoted = sentence[own.end():] if own and sentence[own.end():] else sentence
    k = _opening_paragraph(p.text, quoted) if p.article is not None and p.meta.get("doc_kind") == "regulation" else None
    return (format_ref(p.article, paragraph=k, title=p.doc_title) if k else p.label), quoted


_ARTICLE_OPENING = re.compile(rf"^\s*第{NUMERAL}条(?:之[一二三四五六七八九十]+)?[\s\u3000]*")


def _opening_paragraph(text: str, sentence: str) -> int | None:
    """The paragraph (款) a sentence opens, when its first clause opens another paragraph of the
    article too (第十九条's two paragraphs each open 工程建设单位有下列情形之一的，…): the article alone
    names the first, and a quote of the second's would be held to the wrong paragraph. None when
    the opening is the article's only one, or the passage does not open with the article."""
    head = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
    if len(head) < 4 or not _ARTICLE_OPENING.match(text):
        return None
    openings = [_ARTICLE_OPENING.sub("", lines[0]).strip() if lines else "" for lines in paragraphs(text)]
    if sum(o.startswith(head) for o in openings) < 2:
        return None
    first = _ITEM_START.split(sentence, maxsplit=1)[0]
    return next((k for k, o in enumerate(openings, start=1) if o.startswith(first)), None)


def _list_paragraph(text: str, sentence: str) -> int | None:
    """The paragraph (款) whose list holds the item `sentence`, when the article has two lists that
    both number an item so (第二十七条's 从轻 list and 免予 list each have a （二）): 第（二）项 alone
    names the first, and a quote of the second's would be held to the wrong line. None when the
    mark is the article's only one, or when the passage does not open with the article (a piece of
    a long article: its paragraphs cannot be counted)."""
    m = _ITEM.match(sentence)
    if m is None or text.count(m.group(0)) < 2 or not re.match(rf"^\s*第{NUMERAL}条(?:之[一二三四五六七八九十]+)?", text):
        return None
    for k, lines in enumerate(paragraphs(text), start=1):
        if any(line.strip().startswith(sentence) for line in lines[1:]):
            return k
    return None


def lead(kb: Corpus, question: str, passages: list[Passage]) -> Lead | None:
    """The sentence that best answers `question` among `passages` (in their ranked order), or None
    when no sentence shares a specific word or figure with it."""
    terms = question_terms(kb, question)
    if not terms:
        return None
    # (a frequency asked, 多久…一次, is said as often in words, 每月…一次, as in digits: the party and
    # act asked choose its sentence, not a digit; merge fix, test_qs5)
    wants_figure = bool(_ASKS_FIGURE.search(question)) and not _FREQUENCY_ASKED.search(question)
    bound = duration_owner(question)
    # a figure asked (多少天, 多久) of what it is of: a sentence that gives it, bound to its words and
    # act (bot/core/asked.py), answers where one sharing more words gives none
    figures = [c for c in asked_clauses(question, []) if c.unit is not None] if wants_figure else []
    # a grade asked by its name (啥情况会被定成较重): the sentence that assigns it, not one that uses it
    graded = [c for c in asked_clauses(question, []) if c.graded]
    # a grade asked of a case by its figures (死了1个人的…属于什么级别): the grading article's case
    # with that figure (造成1人死亡), not a sentence on reporting that shares 属于 and a grade's name
    cases = tuple(t for c in asked_clauses(question, []) for t in c.cases) or case_terms(question) \
        if _GRADE_ASKED.search(question) else ()
    # a grade asked of a case by measured figures (停电影响了300户，停了30个小时): the item that names
    # the grade the thresholds give (bot/core/asked.py `graded_by_measures`)
    measured = [c for c in asked_clauses(question, []) if c.measures]
    # the kinds of a measure asked (能给哪些处理): a list's head, shown with its items, answers; a
    # sentence sharing more of the words (提出处理建议…移送有关机关处理) names no kind
    ways = ways_asked(question)
    best: tuple[float, int, Passage, str] | None = None
    top = max((p.score for p in passages), default=0.0) or 1.0
    for rank, p in enumerate(passages):
        around = CONTEXT * score(terms, _context(p)) + RANK_PRIOR * p.score / top
        for s, shown in sentences(p.text):
            own = score(terms, s)
            names = bool(measured) and _names_grade(measured, p.text, s)
            if own <= 0 and not names:
                continue
            # a list's head is shown with its items, and what it says is said of each of them
            # (按照下列时限…报告：（一）…1小时内): a figure asked is in the items it heads
            listed = _as_lines(s, shown)
            total = own + around + (FIGURE_BONUS if wants_figure and _FIGURE.search(shown) else 0.0)
            # a duration asked of an act (申请复核的期限) is said beside that act: such a sentence
            # ranks above any that only shares the duration noun (调查期限，三十日)
            total += OWNED_FIRST if bound and bounds(bound, s) else 0.0
            total += OWNED_FIRST / 4 if ways and shown != s else 0.0
            total += OWNED_FIRST / 2 if figures and not unaddressed(figures, [listed]) else 0.0
            total += OWNED_FIRST if graded and not unaddressed(graded, [s]) else 0.0
            total += OWNED_FIRST if cases and grades_by(cases, p.text) and lists_case(cases, s) else 0.0
            total += OWNED_FIRST if names else 0.0
            if best is None or total > best[0] + 1e-9:
                best = (total, rank, p, shown)
    if best is None:
        return None
    _, _, p, s = best
    label, quoted = _label(p, s)
    return Lead(p, quoted, label, partial=_partial(terms, p))


def _names_grade(measured: list, text: str, sentence: str) -> bool:
    """`sentence` is the item of `text` that heads the grade the asker's measured figures fall in."""
    found = [g for c in measured if (g := graded_by_measures(c, text))]
    return any(unicodedata.normalize("NFKC", sentence).strip() == item for _, item in found)


def _as_lines(sentence: str, shown: str) -> str:
    """A list's head and the items a lead shows with it, one a line, as the text sets them."""
    if shown == sentence:
        return sentence
    return "\n".join([sentence] + [x for x in _ITEM_START.split(shown[len(sentence):]) if x.strip()])


_ITEM_START = re.compile(r"(?=[（(][一二三四五六七八九十]+[）)])")


def _context(p: Passage) -> str:
    """A passage with what places it: its document's title and its headings (2015年工作回顾)."""
    return "\n".join([p.doc_title, p.meta.get("heading") or "", p.text])


def _partial(terms: dict[str, float], p: Passage) -> bool:
    """The passage lacks a figure of the question, or most of its specific words."""
    have = set(tokens(_context(p)))
    for word, eqs in EQUIVALENTS.items():       # GDP is there when 生产总值 is
        if any(set(tokens(e)) <= have for e in eqs):
            have.add(word)
    if any(_is_figure(t) and t not in have for t in terms):
        return True
    total = sum(terms.values())
    return sum(w for t, w in terms.items() if t in have) < COVERED * total


__all__ = ["Lead", "lead", "quoted_line", "question_terms", "score", "sentences"]
