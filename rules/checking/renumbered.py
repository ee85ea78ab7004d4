"""A reference renumbered inside a clause the sentence restates word for word.

An article's own clause often points to another provision ("依照本办法第二十二条第二款的规定移送处理",
"依照本条第一款第（二）项免予追究的"). A sentence that restates that clause in the text's words
but with another number (第二十二条第一款, 第（一）项) sends the reader to another provision: the
words around the reference are the text's, so the coverage of the sentence is high, and the one
figure that differs is a reference, which the support test sets aside. Read here: each clause of
the sentence that holds a reference, its references taken out, is aligned with a clause of the
passages it restates that holds a reference too; when the two clauses say the same words and
their references differ in an article, paragraph or item number both give, the sentence's
reference is not the text's (unless the sentence also gives the text's own).

A reference the sentence makes by 该项 / 该款 / 此项 is the one it made last ("针对本条第一款第（一）项
的情形——依照该项免予追究的"). 前款 / 本条 / 本款 leave their number open: they differ from
nothing.
"""
from __future__ import annotations

import re

from ..references import article_number, cn_int
from .sources import SourceText, bare, bigrams

_N = r"[零一二两三四五六七八九十百\d]+"
# one reference: article, paragraph and item, each optional, at least one with its number
_REF = re.compile(rf"(?:本办法|本规定|本条例|本细则|本法)?(?P<art>第{_N}条(?:之[一二三四五六七八九十]+)?|本条|前条)?(?P<par>第{_N}款|前款|本款)?"
                  rf"(?P<item>第[（(]{_N}[)）]项?|[（(]{_N}[)）]项)?")
_BACK = re.compile(r"该项|此项|这一项|该款|此款|这一款")
_CLAUSE = re.compile(r"[，,；;。：:！？\n]|——|—")
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些被把将对]")


def _number(s: str | None) -> int | None:
    """第二十二条 → 22; 本条, 前款 and no reference → None."""
    m = re.search(_N, s or "")
    if m is None:
        return None
    try:
        return cn_int(m.group(0).replace("两", "二"))
    except ValueError:
        return None


def _article(s: str | None) -> int | None:
    """第十四条 → 14, 第十四条之一 → the inserted article (never 14); 本条 / 前条 → None."""
    m = re.fullmatch(rf"第({_N})条之([一二三四五六七八九十]+)", s or "")
    if m is None:
        return _number(s)
    try:
        return article_number(m.group(1).replace("两", "二"), m.group(2))
    except ValueError:
        return None


def _refs(clause: str) -> list[tuple[tuple[int | None, int | None, int | None], str]]:
    """Each reference of a clause with an explicit number: ((article, paragraph, item), its words)."""
    out = []
    for m in _REF.finditer(clause):
        if not m.group(0) or not (m.group("art") or m.group("par") or m.group("item")):
            continue
        key = (_article(m.group("art")), _number(m.group("par")), _number(m.group("item")))
        if any(k is not None for k in key):
            out.append((key, m.group(0)))
    return out


def _inherited(refs: list[tuple[tuple, str]]) -> list[tuple[tuple, str]]:
    """An item or paragraph said alone after a fuller reference is that reference's: in
    第五条第（二）项或者第（三）项 the 第（三）项 is 第五条's (the text's alternatives)."""
    out: list[tuple[tuple, str]] = []
    for key, words in refs:
        if out and key[0] is None:
            art, par, _ = out[-1][0]
            key = (art, key[1] if key[1] is not None else par, key[2])
        out.append((key, words))
    return out


def _resolved(sentence: str) -> str:
    """该项 / 该款 written as the reference the sentence made last before it."""
    out, last, at = [], "", 0
    for m in _BACK.finditer(sentence):
        before = sentence[at:m.start()]
        found = [r for _, r in _refs(sentence[:m.start()])]
        last = found[-1] if found else last
        out.append(before + (last or m.group(0)))
        at = m.end()
    out.append(sentence[at:])
    return "".join(out)


def _content(clause: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", _REF.sub("", clause)))


def _differ(a: tuple, b: tuple) -> bool:
    """Two references differ when a number both give differs (前款 / 本条 give none)."""
    return any(x is not None and y is not None and x != y for x, y in zip(a, b))


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or not (re.search(r"[款项]|[（(][一二三四五六七八九十\d]+[)）]", sentence) or _SPAN.search(sentence)):
        return []
    plain = _resolved(sentence)
    mine = [(c, _refs(c)) for c in _CLAUSE.split(plain)]
    mine = [(c, r) for c, r in mine if r]
    if not mine:
        return []
    given = {k for _, rs in mine for k, _ in rs}
    for p in passages:
        for theirs in _CLAUSE.split(p.text):
            if _SPAN.search(theirs):
                theirs = _ART_LABEL.sub("", theirs)     # (the article's own label is no reference of its clause)
            trefs = _inherited(_refs(theirs))
            if not trefs:
                continue
            tpairs = _content(theirs)
            if len(tpairs) < 3:
                continue
            for clause, refs in mine:
                pairs = _content(clause)
                if len(pairs) < 3:
                    continue
                shared = len(pairs & tpairs)
                # (g21miss) a span of articles the text's clause gives too, in a sentence clause that
                # holds all of that clause's words ("适用于有本办法第十六条至第十九条规定情形之一的直接
                # 责任人员" for "有本办法第十六条至第十八条规定情形之一的"): its ends are the text's or not
                spans = _SPAN.search(clause) and _SPAN.search(theirs) and shared / len(tpairs) >= 0.9
                if not spans and (shared / len(pairs) < 0.8 or shared / len(tpairs) < 0.6):
                    continue          # not the same words around the reference
                # the text's references the sentence never gives (it may give the text's own elsewhere)
                unsaid = [(tkey, tw) for tkey, tw in trefs if all(_differ(k, tkey) for k in given)]
                for key, words in refs:
                    if unsaid and all(_differ(key, tkey) for tkey, _ in trefs):
                        return [f"“{bare(words)}”：原文此处引的是“{bare(unsaid[0][1])}”（{p.label}：{theirs.strip()}）"]
    return widened(plain, passages)


_GLOSS = re.compile(r"[（(][^）)]{0,20}[）)]")
# a span of articles: 第十六条至第十八条, 第五条到第九条
_SPAN = re.compile(rf"第{_N}条(?:至|到|—|－|-|~|～)第{_N}条")
_ART_LABEL = re.compile(rf"^\s*第{_N}条(?:之[一二三四五六七八九十]+)?\s+")


def widened(sentence: str, passages: list[SourceText]) -> list[str]:
    """A list of references widened (第十七条第二款、第三款 where the text cites 第十七条第三款 alone
    in the same words): a member joined to one of the text's own that the text does not cite in
    the clause the sentence restates (its glosses in brackets aside). g14miss."""
    for clause in _CLAUSE.split(_GLOSS.sub("", sentence)):
        if not _LISTED.search(clause):
            continue
        listed = _inherited(_refs(clause))
        pairs = _content(clause)
        if len(listed) < 2 or len(pairs) < 3:
            continue
        for p in passages:
            for theirs in _CLAUSE.split(p.text):
                theirs = _ART_LABEL.sub("", theirs)
                trefs = _inherited(_refs(theirs))
                tpairs = _content(theirs)
                if not trefs or len(tpairs) < 3:
                    continue
                shared = len(pairs & tpairs)
                if shared / len(pairs) < 0.8 or shared / len(tpairs) < 0.8:
                    continue
                own = [k for k, _ in listed if any(k == t for t, _ in trefs)]
                added = [w for k, w in listed if all(_differ(k, t) for t, _ in trefs)]
                if own and added:
                    return [f"“{bare(added[0])}”：原文此处只引“{'、'.join(bare(w) for _, w in trefs)}”（{p.label}：{theirs.strip()}）"]
    return []


# references joined in one list: 第十七条第二款、第三款 / 第十一条和第十二条
_LISTED = re.compile(rf"(?:条|款|项|[)）])(?:、|和|及|以及|或者|或)(?:本办法|本规定|本条例|本细则)?第")
