"""A term swapped between parallel parts of one article (branch `lfmiss`).

An article often says the same frame twice or three times with one term changed: a grade and its
consequence per item (情节较重的，…在全区范围内通报批评 / 情节严重的，…在全市范围内通报批评), a
subject and its figure per clause (对住宅小区每季度至少检查1次，对收运单位每月至少检查1次), a grade
per paragraph (被认定为情节严重的责任人员… / …被认定为情节较重以上的). A draft clause that restates
one of those parts with the term of a sibling part (对住宅小区每月…, 情节较重以上的责任人员…) shares
almost all its character pairs with the article, so the support test (which holds a sentence to the
article as a whole) passes it. Here the article is cut into its parts (each line cut at every
clause mark) and a draft clause is read against the part it restates:

- the part it restates is the one whose text begins and ends the draft clause best (the longest
  prefix of the clause the part has, then the longest suffix after it, covering most of it);
- what the clause says between them (X) where the part says something else (Y) is a swapped term
  when X, with the characters around it in the clause, is what a *sibling* part of the same article
  says in that frame (每月至 / 全市范 / 节较重以上的), and X is nowhere in the part restated.

Which part is restated is read three ways, narrowest first: after a condition of the sentence that
names one item of the article (情节较重的，…: that item's consequence, one_clause.py's items; or a
label before a colon naming it, 基本合格（60分以上不足75分）：…, by what tells its condition from
its siblings: g15miss), after
the one item's condition the question names when the sentence names none (被认定情节较重扣多少…:
"扣减当月服务费的10%" is held to 情节较重's 5%), else the best part of the whole article. No word of
any regulation is read here; the reading only turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .one_clause import _FUNCTION, Clause, _content, clauses_of
from .sources import bare, bigrams

COVER = 0.6        # share of the draft clause the restated part begins and ends
MAX_X = 6          # the longest term read as swapped (longer: a paraphrase, left to others)
MAX_Y = 8

# a modal or a connective said for another is a wording (应当 for 并), not a term of a sibling part
_SLIGHT = re.compile(r"(?:应当|应该|应|必须|须|需要|需|要|可以|可|并且|并|且|同时|而且|还|也|则|就)+")
_CUT = re.compile(r"[，,。；;：:！!？?\n]")
_LABEL = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]\s*")
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)")
_COND = re.compile(r"^(.{2,40}?的)[，,]")


@lru_cache(maxsize=512)
def _parts(text: str) -> tuple[str, ...]:
    """The article's parts: each line (label and item mark dropped) cut at every clause mark."""
    out = []
    for line in text.splitlines():
        line = _ITEM.sub("", _LABEL.sub("", line.strip()))
        for p in _CUT.split(line):
            b = bare(p)
            if len(b) >= 4:
                out.append(b)
    return tuple(dict.fromkeys(out))


def _gaps(seg: str, part: str) -> list[tuple[int, int]]:
    """Where the clause says what the part does not: each run of two or more of the clause's pairs
    in a row the part lacks, as the characters between them (a single pair missing is a word left
    out or put in, 应当 dropped, not a term said instead)."""
    miss = [k for k in range(len(seg) - 1) if seg[k:k + 2] not in part]
    runs: list[list[int]] = []
    for k in miss:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    last = len(seg) - 2
    # a run at either end of the clause reaches its first or last character
    return [(0 if r[0] == 0 else r[0] + 1, len(seg) if r[-1] == last else r[-1] + 1) for r in runs if len(r) >= 2]


def _instead(seg: str, i: int, j: int, part: str) -> str | None:
    """What the part says between the clause's words around seg[i:j] (two on each side, one when
    the clause ends there; at the clause's end, what the part says after its words to its end)."""
    left, right = seg[max(0, i - 2):i], seg[j:j + 2]
    if not left and not right:
        return None
    if left and right and len(left) + len(right) < 3:
        return None
    if (not left or not right) and len(left + right) < 2:
        return None
    m = re.search(("^" if not left else re.escape(left)) + "(.{1,%d}?)" % MAX_Y + (re.escape(right) if right else "$"),
                  part)
    return m.group(1) if m else None


def _swap(seg: str, restated: list[str], siblings: list[str]) -> str | None:
    """The term of a sibling part the clause says where the part it restates says another."""
    pairs = [seg[k:k + 2] for k in range(len(seg) - 1)]
    if len(pairs) < 4:
        return None
    scored = sorted(((sum(g in part for g in pairs) / len(pairs), part) for part in restated), key=lambda x: -x[0])
    # a word put in (在一年内 for 一年内, 或者 for 或) is no swap: what the clause says instead remains
    # (and the words that lead into the clause before anything of the part, a table's column
    # name 期限为…, are no term said instead: g14miss)
    scored = [(share, part, [(i, j) for i, j in _gaps(seg, part)
                             if not (i > 0 and j < len(seg) and seg[max(0, i - 2):i] + seg[j:j + 2] in part)
                             and not (i == 0 and j < len(seg) - 4 and seg[j:j + 4] in part)])
              for share, part in scored if share >= COVER]
    # a part the clause restates but for a word left out or put in: no swap
    if not scored or any(not said for _, _, said in scored):
        return None
    for share, part, said in scored:
        if len(said) != 1:
            continue
        i, j = said[0]
        x = seg[i:j]
        # (a term said at the clause's start has nothing of the part before it to place it by)
        if i < 2 or not (1 <= len(x) <= MAX_X) or not set(x) - _FUNCTION or x in part:
            continue
        y = _instead(seg, i, j, part)
        if not y or y == x or y in seg or not set(y) - _FUNCTION or _SLIGHT.fullmatch(x) or _SLIGHT.fullmatch(y):
            continue
        if len(y) > 2 * len(x) + 1 or len(x) > 2 * len(y) + 1:
            continue                 # a term for a term, not a phrase for a word
        # the term with a character of the clause on each side: a sibling part says it so
        framed = seg[max(0, i - 1):j + 1]
        for sib in siblings:
            if sib != part and framed in sib and y not in sib:
                return f"“{x}”是同条另一处（{sib[:24]}）的说法，所复述的“{part[:30]}”是“{y}”"
    return None


def _core(c: str, d: str) -> str:
    """What tells condition c from its sibling d: c without the start and end they share, at least
    two characters (基本合 of 考核结果为基本合格的 beside 考核结果为不合格的; 不合 of the other)."""
    p = next((k for k in range(min(len(c), len(d))) if c[k] != d[k]), min(len(c), len(d)))
    q = next((k for k in range(min(len(c), len(d)) - p) if c[-1 - k] != d[-1 - k]), 0)
    return c[p:max(len(c) - q, p + 2)]


def _labelled(label: str, conds: list[Clause]) -> Clause | None:
    """The one condition a case's label (基本合格（60分以上不足75分）：…) names: its core beside each
    sibling (a condition sharing a pair with it) is in the label, and no other condition's is."""
    named = []
    for c in conds:
        sibs = [d for d in conds if d is not c and bigrams(c.condition) & bigrams(d.condition)]
        if sibs and all(_core(c.condition, d.condition) in label for d in sibs):
            named.append(c)
    return named[0] if len(named) == 1 else None


def _own_item(segs: list[str], question: str, items: list[Clause], label: str = "") -> tuple[Clause | None, bool]:
    """The item whose condition the sentence names (a clause ending in 的 that says it, or a label
    before a colon that names it: g15miss), else the one item whose condition the question says
    whole while the sentence names none; (item, from the question)."""
    conds = [c for c in items if c.condition]
    if len(conds) < 2:
        return None, False
    if label and (c := _labelled(label, conds)) is not None:
        return c, False
    # the pairs that tell a condition from its siblings (较重 of 情节较重的, not the 情节 they share;
    # a condition that shares nothing with it, the lead 签订服务合同的, is no sibling)
    pairs = {c: set(_content(bigrams(c.condition))) for c in conds}
    sibs = {c: [d for d in conds if d is not c and pairs[c] & pairs[d]] for c in conds}
    own = {c: pairs[c] - set.intersection(pairs[c], *(pairs[d] for d in sibs[c])) for c in conds}
    named = [c for c in conds if sibs[c] and own[c] and any(own[c] <= bigrams(s) for s in segs if s.endswith("的"))]
    if len(named) == 1:
        return named[0], False
    if named:
        return None, False
    if any(len(s) >= 3 and s.endswith("的") for s in segs):
        return None, False       # the sentence says a condition of its own (涉嫌犯罪的，移送…): not the question's
    q = bigrams(question)
    asked = [c for c in conds if sibs[c] and own[c] and own[c] <= q]
    if len(asked) != 1:
        return None, False
    # the sentence names none of the asked condition's siblings (nor it)
    sentence = bigrams("".join(segs))
    if any(own[d] & sentence for d in [asked[0], *sibs[asked[0]]]):
        return None, False
    return asked[0], True


def problems(sentence: str, question: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """A term of a sibling part said where the part the sentence restates says another (empty when
    none is clear)."""
    if not articles:
        return []
    segs = [bare(_REF.sub("", x)) for x in _CUT.split(sentence)]
    segs = [x for x in segs if x]
    if not any(len(x) >= 6 for x in segs):
        return []
    # a case said as a label before a colon, its consequences after it (基本合格（…）：对…予以诫勉)
    head = re.match(r"^[^，,。；;：:]{2,30}[：:]", sentence.strip())
    label = bare(head.group(0)) if head and not _REF.search(head.group(0)) else ""
    for n, text in articles:
        parts = list(_parts(text))
        if len(parts) < 2:
            continue
        items = [c for c in clauses_of(n, text) if c.condition]
        own, asked = _own_item(segs, bare(question or ""), items, label)
        for seg in segs:
            if len(seg) < 4 or seg.endswith("的") and own is not None:
                continue
            if own is not None:
                m = _COND.match(own.raw)
                rest = own.raw[m.end():] if m else own.raw
                mine = [b for b in (bare(x) for x in _CUT.split(rest)) if len(b) >= 2]
                others = [b for c in items if c is not own and c.article == own.article
                          for b in (bare(x) for x in _CUT.split(c.raw)) if len(b) >= 2]
                why = _swap(seg, mine, others) or (_whole(seg, own, mine, items) if asked else None)
            else:
                why = _swap(seg, parts, parts)
            if why:
                return [why]
    return []


def _whole(seg: str, own: Clause, mine: list[str], items: list[Clause]) -> str | None:
    """A bare consequence (no condition of its own) under the question's condition that is wholly
    a sibling item's and not its own (给予责令辞职或者免职 asked of 情节较重的)."""
    pairs = _content(bigrams(seg))
    if len(pairs) < 3 or any(seg in m for m in mine):
        return None
    if len(pairs & bigrams("".join(mine))) * 2 >= len(pairs):
        return None
    for c in items:
        if c is not own and c.article == own.article and c.condition and seg in c.consequence:
            return f"“{seg}”是“{c.condition}”的后果，所问的“{own.condition}”是“{''.join(mine)[:30]}”"
    return None


def may_concern(sentence: str) -> bool:
    """Cheaply: a clause long enough to restate a part of an article."""
    return len(sentence) >= 6
