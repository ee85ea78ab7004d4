"""Which regulation a draft speaks of, and the rule book it is checked with.

The rule book describes one regulation (the Shenzhen one, or a folder's). A draft about another
regulation of the index — one a user ingested — must not have its bare 第十九条 looked up in the
book's regulation, nor its sentences held to the book's rows ("诫勉谈话不是本规定的问责方式"
is the Shenzhen book's claim, not the ingested text's). For such a draft the checker is handed a
*passages-only* book: the document's id, title and article numbers, and no rows and no words, so
every sentence is held to the document's own text by the support test.

The document is the one the draft or the question names (by its title, an alias its text
defines, or a short title such as 本办法 / 《办法》 that only one regulation's title ends with);
failing a name, the one regulation whose articles a bare reference needs (the book's has no
第十九条), or whose text the question and draft restate clearly better than the book's.
"""
from __future__ import annotations

import datetime as dt
import re

from ..references import find_refs
from ..schema import (ArticleStatus, Combinable, Regulation, RuleBook, Source, Vocabulary, Wording)
from .sources import SourceSet, bigrams, bare
from . import numerals as N

# the kind words regulations' titles end with: 本办法, 该条例, 《办法》
_KINDS = "办法|规定|条例|细则|规则|决定|意见|准则"
_SHORT = re.compile(rf"(?:本|该|此|这个|这部|这一?|那个)({_KINDS})(?![\u4e00-\u9fff]{{0,2}}《)|《({_KINDS})》")
_REF_WORDS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]")
# a word no text holds (two private-use characters)
_NEVER = "\ue000\ue001"
# how much better another regulation's text must cover the draft than the book's to be its subject
MARGIN = 0.15


def passages_only(book: RuleBook) -> bool:
    """A book made by `blank_book`: it holds a document's numbers and nothing to decide with."""
    return bool(getattr(book, "passages_only", False))


def _candidates(sources: SourceSet, own: str) -> list[str]:
    """The regulations of the index other than the book's, with articles (national laws, which
    carry an entry-into-force date and are cited by their own titles, are left to the readers
    of laws)."""
    return [d for d, f in sources.documents.items()
            if d != own and f.kind == "regulation" and not f.effective and sources.articles(d)]


def _named(text: str, sources: SourceSet, own: str, others: list[str]) -> str | None:
    """The regulation a text names: '' for the book's own, its id for another, None for none."""
    for title in re.findall(r"《([^》]+)》", text):
        doc = sources.doc_by_title(title)
        if doc is None:
            for full in sources.aliases.get(title, ()):
                doc = sources.doc_by_title(full.strip("《》"))
                if doc:
                    break
        if doc == own:
            return ""
        if doc in others:
            return doc
    for d in [own] + others:
        title = sources.documents[d].title if d in sources.documents else ""
        if title and title in text:
            return "" if d == own else d
    own_title = sources.documents[own].title if own in sources.documents else ""
    for m in _SHORT.finditer(text):
        kind = m.group(1) or m.group(2)
        if m.group(2) and kind in sources.aliases:
            continue                       # 《办法》 the sources define as another title's short name
        if own_title.endswith(kind):
            return ""
        fits = [d for d in others if sources.documents[d].title.endswith(kind)]
        if len(fits) == 1:
            return fits[0]
    return None


def _content(text: str) -> set[str]:
    return bigrams(_REF_WORDS.sub("", text))


def document(question: str, draft: str, sources: SourceSet, book: RuleBook) -> str | None:
    """The regulation of the index other than the book's that the draft speaks of, else None."""
    if passages_only(book):
        return None
    own = book.regulation.document
    others = _candidates(sources, own)
    if not others:
        return None
    for text in (draft, question):
        named = _named(text, sources, own, others)
        if named is not None:
            return named or None
    # a bare reference the book's regulation does not have, which one other regulation has
    numbers = {r.article for r in find_refs(question + "\n" + draft)
               if r.article and not r.doc_title and not r.doc_number}
    if numbers and own in sources.documents and not numbers <= set(sources.articles(own)):
        having = [d for d in others if numbers <= set(sources.articles(d))]
        if len(having) == 1:
            return having[0]
    # else the regulation whose text the question and draft restate
    mine = _content(N.arabic(question + "\n" + draft))
    if not mine:
        return None

    def share(doc: str) -> float:
        have = set().union(*(bigrams(N.arabic(p.text)) for p in sources.of_document(doc)))
        return len(mine & have) / len(mine)

    scores = sorted(((share(d), d) for d in others), reverse=True)
    best, doc = scores[0]
    if best - share(own) >= MARGIN:
        return doc
    return None


def blank_book(sources: SourceSet, doc: str) -> RuleBook:
    """A rule book for a document the rule data does not describe: its id, title and articles,
    and no rows, measures, roles or severities, so that nothing is decided from rules and every
    sentence is held to the document's text."""
    facts = sources.documents[doc]
    numbers = sources.articles(doc)
    try:
        in_force = dt.date.fromisoformat(facts.date[:10])
    except ValueError:
        in_force = dt.date(1970, 1, 1)
    never = "（本文件没有规则数据）"
    reg = Regulation(
        document=doc, title=facts.title, in_force=in_force, article_count=max(numbers), example_article=min(numbers),
        articles={n: ArticleStatus(operative=True) for n in numbers},
        wording=Wording(event="事件", official="人员", consequences={}, ask_severity=never, ask_consequence=never,
                        partial_table=never, not_a_measure=never),
        scope=[], conductors=[], referrals=[], situations=[], measure_sets=[],
        combinable=Combinable(measures=[], source=Source(doc=doc, article=min(numbers), span=never)), procedures=[], convening=[],
        accident_decisions=[], further=[], circumstances=[], missing=[])
    book = RuleBook.__new__(RuleBook)
    book.regulation = reg
    book.complaint = None
    book.national = None
    # one word per table that no text contains: the readers build their patterns from these
    # tables, and an empty alternation would match everywhere
    none = [_NEVER]
    book.vocabulary = Vocabulary(severities={_NEVER: none}, roles={_NEVER: none}, measures={_NEVER: none},
                                 not_measures=none, consequences={}, asks={})
    book.passages_only = True
    return book


def with_arabic(sources: SourceSet) -> SourceSet:
    """The same passages with their counting numerals in Arabic digits (`numerals`), built once
    per source set: the draft is read the same way, so 10个工作日 meets 十个工作日."""
    cached = getattr(sources, "_arabic", None)
    if cached is not None:
        return cached
    from dataclasses import replace

    out = SourceSet([replace(p, text=N.arabic(p.text)) for p in sources.passages], dict(sources.documents),
                    list(sources.headings))
    out.titles = sources.titles
    for k, v in sources.aliases.items():
        out.aliases.setdefault(k, set()).update(v)
    sources._arabic = out
    return out
