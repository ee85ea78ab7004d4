"""Facts the rules need, read from free chat text.

Matching is by the vocabulary file (longest term first), after repairing homophone typos of
vocabulary words by toneless pinyin (事古 -> 事故, 通抱 -> 通报, 引救 -> 引咎). A severity counts only
when it qualifies an accident (重大事故, 较大安全事故), because 一般 and 较大 are also everyday words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from pypinyin import lazy_pinyin

from .references import article_numbers
from .schema import RuleBook, Vocabulary

_ACCIDENT_TAIL = r"(?:的)?(?:公共)?(?:安全)?(?:生产)?(?:责任)?事故"


@dataclass
class Facts:
    severity: str | None = None
    roles: list[str] = field(default_factory=list)
    consequence: str | None = None        # major / minor / general_major
    measures: list[str] = field(default_factory=list)
    not_measures: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    accident: bool = False
    articles: list[int] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)

    def empty(self) -> bool:
        return not (self.severity or self.roles or self.consequence or self.measures or self.not_measures
                    or self.accident)


# (term, category, canonical) longest first, and toneless pinyin -> term for typo repair
Terms = tuple[list[tuple[str, str, str]], dict[tuple[str, ...], str]]


def build_terms(voc: Vocabulary) -> Terms:
    """The vocabulary's matching tables; RuleBook.terms keeps them, one set per book."""
    terms: list[tuple[str, str, str]] = []
    for canon, words in voc.roles.items():
        terms += [(w, "role", canon) for w in words]
    for canon, words in voc.measures.items():
        terms += [(w, "measure", canon) for w in words]
    terms += [(w, "not_measure", w) for w in voc.not_measures]
    for canon, words in voc.consequences.items():
        terms += [(w, "consequence", canon) for w in words]
    for canon, words in voc.asks.items():
        terms += [(w, "ask", canon) for w in words]
    terms.sort(key=lambda t: -len(t[0]))
    sounds: dict[tuple[str, ...], str] = {}
    extra = ["事故", "问责", "通报", "引咎"] + [w for ws in voc.severities.values() for w in ws]
    for w in [t[0] for t in terms] + extra:
        if len(w) >= 2:
            sounds.setdefault(tuple(lazy_pinyin(w)), w)
    return terms, sounds


def repair_typos(text: str, book: RuleBook) -> str:
    """Replace windows that sound like a vocabulary word but are spelt otherwise."""
    _, sounds = book.terms
    syllables = [lazy_pinyin(ch)[0] if "\u4e00" <= ch <= "\u9fff" else ch for ch in text]
    out = list(text)
    lengths = sorted({len(k) for k in sounds}, reverse=True)
    i = 0
    while i < len(text):
        for n in lengths:
            key = tuple(syllables[i:i + n])
            word = sounds.get(key)
            if word and "".join(out[i:i + n]) != word and all("\u4e00" <= c <= "\u9fff" for c in text[i:i + n]):
                # only where at least one character is not already part of the word
                out[i:i + n] = list(word)
                i += n - 1
                break
        i += 1
    return "".join(out)


def extract(text: str, book: RuleBook) -> Facts:
    text = unicodedata.normalize("NFKC", text)
    # articles as retrieval reads them, before typo repair rewrites any character
    facts = Facts(articles=article_numbers(text))
    text = repair_typos(text, book)
    severities = sorted(((w, canon) for canon, ws in book.vocabulary.severities.items() for w in ws),
                        key=lambda t: -len(t[0]))
    sev_re = re.compile("(" + "|".join(re.escape(w) for w, _ in severities) + ")" + _ACCIDENT_TAIL)
    canon_of = dict(severities)
    m = sev_re.search(text)
    if m:
        facts.severity = canon_of[m.group(1)]
        text = text[:m.start()] + "事故" + text[m.end():]
    facts.accident = "事故" in text
    terms, _ = book.terms
    i = 0
    while i < len(text):
        for word, cat, canon in terms:
            if text.startswith(word, i):
                if cat == "role" and canon not in facts.roles:
                    facts.roles.append(canon)
                elif cat == "measure" and canon not in facts.measures:
                    facts.measures.append(canon)
                elif cat == "not_measure" and canon not in facts.not_measures:
                    facts.not_measures.append(canon)
                elif cat == "consequence" and facts.consequence is None:
                    facts.consequence = canon
                elif cat == "ask" and canon not in facts.asks:
                    facts.asks.append(canon)
                i += len(word)
                break
        else:
            i += 1
    return facts
