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
from . import foreign_terms as reg6miss_foreign

# the kind words regulations' titles end with: 本办法, 该条例, 《办法》
_KINDS = "办法|规定|条例|细则|规则|决定|意见|准则"
# (a bare kind word opening a sentence names its document before a verb of saying or denying too:
# "细则未规定约谈", holes17)
_SHORT = re.compile(rf"(?:本|该|此|这个|这部|这一?|那个|(?<![\u4e00-\u9fff]))({_KINDS})(?=规定|里|中|没|未|并|也|只|第|所称|对|[，,。])|"
                    rf"(?:本|该|此|这个|这部|这一?|那个)({_KINDS})|《({_KINDS})》")
_REF_WORDS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]")
# a word no text holds (two private-use characters)
_NEVER = "\ue000\ue001"
# how many of the draft's character pairs only one other regulation has make it the draft's subject
# (and three times as many as those of the book's regulation it lacks)
MIN_OWN = 7


def passages_only(book: RuleBook) -> bool:
    """A book made by `blank_book`: it holds a document's numbers and nothing to decide with."""
    return bool(getattr(book, "passages_only", False))


def _candidates(sources: SourceSet, own: str) -> list[str]:
    """The regulations of the index other than the book's, with articles (national laws, which
    carry an entry-into-force date and are cited by their own titles, are left to the readers
    of laws)."""
    return [d for d, f in sources.documents.items()
            if d != own and f.kind == "regulation" and not f.effective and sources.articles(d)]


def _named(text: str, sources: SourceSet, own: str, others: list[str], context: str = "") -> str | None:
    """The regulation a text names: '' for the book's own, its id for another, None for none.
    `context` (the question and the draft) is where a short word's other readings are named."""
    context = context or text
    exact = {f.title: d for d, f in sources.documents.items()}
    for title in re.findall(r"《([^》]+)》", text):
        if title in sources.aliases:
            # a short name the sources define (《办法》): the document it stands for, if held
            doc = next((exact[t] for full in sources.aliases[title] if (t := full.strip("《》")) in exact), None)
        else:
            doc = exact.get(title) or (sources.doc_by_title(title) if len(title) >= 6 else None)
        if doc == own:
            return ""
        if doc in others:
            return doc
    for d in [own] + others:
        title = sources.documents[d].title if d in sources.documents else ""
        if title and title in text:
            return "" if d == own else d
    # a name one regulation's text defines for a body of its own (以下简称市食安办)
    defining = {d: set(re.findall(r"以下简称“?([^）)”《》]{2,12})”?[)）]", sources.context(d))) for d in [own] + others}
    for d, names in defining.items():
        if any(n in text for n in names) and not any(n in text for e, ns in defining.items() if e != d for n in ns):
            return "" if d == own else d
    own_title = sources.documents[own].title if own in sources.documents else ""
    for m in _SHORT.finditer(text):
        kind = m.group(1) or m.group(2) or m.group(3)
        if m.group(3) and kind in sources.aliases or _spoken(context, kind, sources):
            continue                       # 《办法》: the short name the sources define for another title
                                           # (and 这个办法 where the text names that title)
        if m.group(2) and _common_before(text[:m.start()], kind):
            continue                       # (galarm5) "…低于规定，这个规定是多少？": 这个规定 takes back the
                                           # requirement named before it, no regulation
        fits = [d for d in others if sources.documents[d].title.endswith(kind)]
        if own_title.endswith(kind):
            if fits:
                continue                   # 本规定 where another regulation is a 规定 too: the words decide
            return ""
        if len(fits) == 1:
            return fits[0]
    return None


# (galarm5) the kind word as a common noun (a requirement: 低于规定, 按规定, 违反规定), after a verb or
# preposition, not after a determiner or inside a title
_COMMON = r"(?:低于|高于|按|按照|依照|违反|符合|超过|不到|达到|未按)"


def _common_before(before: str, kind: str) -> bool:
    """Whether the words before a 这个 / 该 + kind name that word as a common noun, which it takes back."""
    return re.search(_COMMON + kind + r"(?![\u4e00-\u9fff]*》)", before) is not None


def _spoken(text: str, kind: str, sources: SourceSet) -> bool:
    """The text names another document of this kind that this short word may stand for: the
    title the sources' short name stands for (in words: 行政过错责任追究办法), or a title the
    index does not hold (《深圳市行政决策责任追究办法》)."""
    fulls = [f.strip("《》") for f in sources.aliases.get(kind, ())]
    if any(t.endswith(kind) and t not in sources.titles and t not in sources.aliases
           for t in re.findall(r"《([^》]+)》", text)):
        return True
    # (the words before the kind may run on from the asker's own: 2001年的行政过错责任追究办法 ends
    # with the short name's full title's last words, 行政过错责任追究办法)
    return any(any(f.endswith(said[i:]) for f in fulls for i in range(len(said) - len(kind) - 3))
               for said in re.findall(rf"[\u4e00-\u9fff]{{2,}}?{kind}", text))


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
        named = _named(text, sources, own, others, question + "\n" + draft)
        if named is not None:
            return named or None
    mine = _content(N.arabic(question + "\n" + draft))
    grams = _grams(sources)
    said = question + "\n" + draft
    # words of the book's own vocabulary (its measures and roles) that another regulation lacks
    # keep an unnamed draft the book's: "训诫" is asked of the Shenzhen regulation
    voc = book.vocabulary
    own_words = [w for ws in list(voc.measures.values()) + list(voc.roles.values()) for w in ws if len(w) >= 2] + \
        list(voc.measures) + list(voc.roles)
    # (a regulation that alone has the bare references the book's regulation lacks, 第21条 where
    # the book's ends at 第十八条, keeps its place: a colloquial word of the book's, 调岗, does not
    # outweigh the article the draft names; the restatement test below still decides)
    # (only a whole article the book's lacks: 第十一条第二款, where its 第十一条 has one paragraph, is a
    # wrong paragraph of its own article when the draft speaks the book's words)
    refs = [r for r in find_refs(question + "\n" + draft) if r.article and not r.doc_title and not r.doc_number]
    lacking = bool(refs) and own in sources.documents and not all(_has(sources, own, r) for r in refs)
    no_article = lacking and any(sources.article(r.article, own) is None for r in refs)
    others = [d for d in others if (no_article and all(_has(sources, d, r) for r in refs))
              or not any(w in said and w not in sources.context(d) for w in own_words)]
    if not others:
        return None

    def evidence(doc: str) -> tuple[int, int]:
        """(pairs of the draft only this document has, pairs the book's regulation has and it
        has not)."""
        rest = _others(sources, doc)
        return len(mine & (grams[doc] - rest)), len(mine & (grams.get(own, set()) - grams[doc]))

    # a bare reference (第十九条, 第十一条第二款) the book's regulation does not have, which one
    # other regulation has and whose own words the draft uses more than the others'
    if lacking:
        having = [d for d in others if all(_has(sources, d, r) for r in refs)]
        if len(having) == 1 and _restated(sources, having[0], refs, mine) > _restated(sources, own, refs, mine):
            return having[0]
    restating = reg7alarm_restating(sources, own, others, refs, mine, grams)   # reg7alarm
    if restating is not None:
        return restating
    # else the regulation whose own words the question and draft use, clearly more than any
    # other document's (the report or the paper as much as the book's regulation)
    shared = _shared_kind(said, sources, own, others)
    for doc in others:
        mine_only, theirs = evidence(doc)
        if mine_only >= MIN_OWN and mine_only >= 3 * theirs:
            return doc
        if doc in shared and mine_only >= MIN_SHARED and theirs == 0:
            # 本规定 said where both regulations are a 规定: the draft named one of the two, and
            # only this one has its words
            return doc
        if mine_only >= MIN_SHARED and mine_only > theirs and reg6miss_foreign.used(question, draft, book, sources, doc):
            # a measure word the book says is not its own (诫勉), this one's (foreign_terms.py)
            return doc
    return None


# how many of the draft's pairs only one regulation has decide a short name two titles end with
MIN_SHARED = 3


def could_mean(question: str, draft: str, sources: SourceSet, book: RuleBook) -> list[str]:
    """The other regulations a 本规定 the draft kept with the book's may still mean: both titles
    end with that short name, and the draft uses more words only the other has than words the
    book's has and it lacks. An absence said of 本规定 must hold in these too: it may not pass
    merely because the book's regulation lacks the words."""
    if passages_only(book) or document(question, draft, sources, book) is not None:
        return []
    own = book.regulation.document
    others = _candidates(sources, own)
    said = question + "\n" + draft
    shared = _shared_kind(said, sources, own, others)
    if not shared:
        return []
    mine, grams = _content(N.arabic(said)), _grams(sources)
    out = []
    for doc in shared:
        only = len(mine & (grams[doc] - _others(sources, doc)))
        theirs = len(mine & (grams.get(own, set()) - grams[doc]))
        if only >= MIN_SHARED and only > theirs:
            out.append(doc)
    return out


def _shared_kind(text: str, sources: SourceSet, own: str, others: list[str]) -> list[str]:
    """The other regulations whose title ends with a short name the text says (本规定) that the
    book's regulation's title ends with too."""
    own_title = sources.documents[own].title if own in sources.documents else ""
    out: list[str] = []
    for m in _SHORT.finditer(text):
        kind = m.group(1) or m.group(2) or m.group(3)
        if own_title.endswith(kind):
            out += [d for d in others if sources.documents[d].title.endswith(kind) and d not in out]
    return out


def _restated(sources: SourceSet, doc: str, refs: list, mine: set[str]) -> float:
    """Share of the draft's pairs in the articles of `doc` the references name."""
    texts = [p.text for r in refs if (p := sources.article(r.article, doc)) is not None]
    return len(mine & set().union(*(bigrams(N.arabic(t)) for t in texts))) / len(mine) if texts and mine else 0.0


def _has(sources: SourceSet, doc: str, ref) -> bool:
    """The document has the article, and the paragraph (款) and item (项) the reference names."""
    p = sources.article(ref.article, doc)
    if p is None:
        return False
    lines = [x for x in p.text.splitlines() if x.strip()]
    items = [x for x in lines if re.match(r"^\s*[（(][一二三四五六七八九十]+[)）]", x)]
    return (not ref.paragraph or ref.paragraph <= len(lines) - len(items)) and (not ref.item or ref.item <= len(items))


def _others(sources: SourceSet, doc: str) -> set[str]:
    """The character pairs of every document but one, built once per source set and document."""
    cache = getattr(sources, "_focus_rest", None)
    if cache is None:
        cache = sources._focus_rest = {}
    if doc not in cache:
        cache[doc] = set().union(*(g for d, g in _grams(sources).items() if d != doc))
    return cache[doc]


def _grams(sources: SourceSet) -> dict[str, set[str]]:
    """Each document's character pairs (numerals in Arabic), built once per source set."""
    cached = getattr(sources, "_focus_grams", None)
    if cached is None:
        cached = {}
        for p in sources.passages:
            cached.setdefault(p.doc_id, set()).update(bigrams(N.arabic(p.text)))
        sources._focus_grams = cached
    return cached


def blank_book(sources: SourceSet, doc: str) -> RuleBook:
    """A rule book for a document the rule data does not describe: its id, title and articles,
    and no rows, measures, roles or severities, so that nothing is decided from rules and every
    sentence is held to the document's text. Built once per source set and document (the
    readers cache what they build from a book by the book)."""
    books = getattr(sources, "_blank_books", None)
    if books is None:
        books = sources._blank_books = {}
    if doc not in books:
        books[doc] = _blank(sources, doc)
    return books[doc]


def _blank(sources: SourceSet, doc: str) -> RuleBook:
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


def reg7alarm_restating(sources: SourceSet, own: str, others: list[str], refs: list, mine: set[str],
                        grams: dict[str, set[str]]) -> str | None:
    """A bare reference (第六条) every candidate regulation has, in a draft too short to reach
    MIN_OWN: the one other regulation whose named articles the draft restates, when the book's
    named articles share none of its words and the draft uses no pair the book's regulation has
    and that one lacks. "第六条把“投标保证金的收取和退还”列为……" speaks of the ingested 第六条."""
    if not refs or _restated(sources, own, refs, mine) > 0:
        return None
    fits = [d for d in others if all(_has(sources, d, r) for r in refs)
            and _restated(sources, d, refs, mine) >= 0.3
            and len(mine & (grams[d] - _others(sources, d))) >= MIN_SHARED
            and not mine & (grams.get(own, set()) - grams[d])]
    return fits[0] if len(fits) == 1 else None
