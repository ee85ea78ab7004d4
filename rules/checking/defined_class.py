"""A thing said by what it is, held to the class the definitions article puts it in (branch `lfmiss`).

A regulation defines its classes of bodies by what they do: "处理设施运营单位（以下简称运营单位），
是指从事生活垃圾焚烧、填埋…处理设施运营的单位". Its articles then split a duty between the classes
in parallel clauses ("对管理责任人、收运单位的调查由区城管部门负责；对运营单位的调查由市城管局负责").
A draft that speaks of a body by what it does (焚烧厂) and restates the clause of another class
("由焚烧厂所在区的区城管部门负责调查") has all its words in the article, so the support test passes
it. Here the sentence's body is placed by the definitions: a word of the sentence that only one
class's definition has (焚烧: 运营单位's alone), where the sentence names no class itself. The
clause it restates (the one of the held article that names classes and shares most of its words)
must then name that class: when it names others and a parallel clause (sharing the words they
both share with the sentence: 调查, 负责) names that class, the sentence gives the class another's
rule. A class is a term defined as a kind of body (…的单位 / 人员 / 机构 / 企业 / 组织); no word of
any regulation is read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .one_clause import _content, clauses_of
from .sources import bare, bigrams

_DEFINED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）])?\s*(?:本(?:规定|办法|条例|细则)所称)?“?([\u4e00-\u9fff]{2,12}?)”?"
                      r"(?:[（(]以下简称“?([\u4e00-\u9fff]{2,8}?)”?[)）])?[，,]是指([^；;。\n]+)")
_KIND = re.compile(r"的(?:[\u4e00-\u9fff]{0,3})(?:单位|人员|机构|企业|组织)$")
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)")


@dataclass(frozen=True)
class Kind:
    names: tuple[str, ...]     # the term and its short name
    words: frozenset[str]      # the content pairs only its definition has


@lru_cache(maxsize=64)
def kinds(texts: tuple[str, ...]) -> tuple[Kind, ...]:
    """The classes of bodies the texts define, each with the pairs of its definition no other
    definition, no class's name and no other line of the document has."""
    found: list[tuple[tuple[str, ...], str]] = []
    rest: list[str] = []
    for t in texts:
        for line in t.splitlines():
            m = _DEFINED.match(re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", line)) if "是指" in line else None
            if m and _KIND.search(m.group(3)):
                found.append((tuple(x for x in (m.group(1), m.group(2)) if x), bare(m.group(3))))
            else:
                rest.append(line)
    if len(found) < 2:
        return ()
    # (a word the rest of the document says too, 负责 or 依法, tells no class)
    named = frozenset().union(*(bigrams(n) for names, _ in found for n in names), bigrams("".join(rest)))
    out = []
    for k, (names, definition) in enumerate(found):
        others = frozenset().union(*(bigrams(d) for j, (_, d) in enumerate(found) if j != k))
        out.append(Kind(names, frozenset(_content(bigrams(definition)) - others - named)))
    return tuple(out)


def _names(text: str, kinds_: tuple[Kind, ...]) -> set[int]:
    return {k for k, c in enumerate(kinds_) if any(n in text for n in c.names)}


def problems(sentence: str, articles: list[tuple[int | None, str]], texts: tuple[str, ...]) -> list[str]:
    """The class the sentence's body is put in by the definitions, when the clause it restates is
    another class's (empty when none is clear)."""
    kinds_ = kinds(texts)
    if not kinds_ or not articles:
        return []
    s = bare(_REF.sub("", sentence))
    if _names(s, kinds_):
        return []
    pairs = bigrams(s)
    placed = [k for k, c in enumerate(kinds_) if c.words & pairs]
    if len(placed) != 1:
        return []
    mine = kinds_[placed[0]]
    said = _content(pairs) - mine.words
    clauses = [(c, _names(c.text, kinds_)) for n, t in articles for c in clauses_of(n, t)]
    clauses = [(c, ns) for c, ns in clauses if ns]
    if len(clauses) < 2:
        return []
    best, ns = max(clauses, key=lambda x: len(said & x[0].grams))
    if placed[0] in ns or any(w in best.text for w in (x for x in mine.words)):
        return []
    for other, ons in clauses:
        if other is best or placed[0] not in ons or ons & ns:
            continue
        frame = said & best.grams & other.grams
        if len(frame) >= 2 and len(said & best.grams) > len(said & other.grams):
            return [f"依定义，所说的属于“{mine.names[-1]}”；条文对{mine.names[-1]}的规定是“{other.raw[:30]}”，"
                    f"不是“{best.raw[:30]}”"]
    return []


def may_concern(texts: tuple[str, ...]) -> bool:
    """Cheaply: does the document define two classes of bodies at all?"""
    return len(kinds(texts)) >= 2
