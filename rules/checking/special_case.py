"""The special case a sentence names, answered with the article's general rule: 重大投诉 → 向区
（县）部门申请复核 where the article says 重大投诉的 go to 市卫生健康委员会; 打击报复投诉人的 → 批评
教育 where the article says that case 不得仅作批评教育.

An article often gives a rule and then a statement for a narrower case (投诉人对重大投诉的处理结果
不服的，向市卫生健康委员会申请复核; 有前款第（四）项情形的，…不得仅作批评教育处理). A clause that
restates the general rule is true of the general case, and `aligned` passes it. But when the
sentence, up to that clause, says the words that make the narrower case (the words of the other
statement's condition, or of the item it refers to, that the general rule lacks), the clause is
said of that case, and the narrower statement decides it: the clause may name no body other
than the one it names, and may not say what it says is not to be done (不得仅作…).
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText, bigrams

MIN_CASE = 2              # pairs that make the narrower case, at the least
_ITEM_MARK = re.compile(r"第[（(]([一二三四五六七八九十]+)[)）]项")


def _condition(u: AL.Statement, everything: list[AL.Statement]) -> str:
    """A statement's condition (its first clause, when it ends in 的) with the text of the item
    of its article it refers to (前款第（四）项: the last item so marked before it)."""
    first = AL._clauses(AL._ITEM.sub("", u.text))[:1]
    if not first or not first[0].endswith("的") or "下列" in first[0]:
        return ""
    out = [first[0]]
    at = next((k for k, x in enumerate(everything) if x is u or x.text == u.text), None)
    for mark in _ITEM_MARK.findall(first[0]):
        if at is None:
            break
        item = next((x for x in reversed(everything[:at]) if x.item and x.article == u.article and
                     re.match(rf"^\s*[（(]{mark}[)）]", x.text)), None)
        if item is not None:
            out.append(AL._ITEM.sub("", item.text.strip()))
    return "\n".join(out)


def _among_others(special: AL.Statement, before: str, everything: list[AL.Statement]) -> bool:
    """Whether the sentence names the special case among the other items of its list (推诿拖延、
    泄露…、打击报复投诉人等情形的): then it speaks of the whole list, whose rule is the general one."""
    marks = _ITEM_MARK.findall(AL._clauses(special.text)[0]) if AL._clauses(special.text) else []
    if not marks:
        return False
    said = CH.words(before)
    siblings = [x for x in everything if x.item and x.article == special.article and
                not any(re.match(rf"^\s*[（(]{m}[)）]", x.text) for m in marks)]
    return any(len(g := CH.words(AL._ITEM.sub("", x.text.strip()))) >= 2 and len(g & said) / len(g) >= 0.5
               for x in siblings)


def _negated_term(clause: str, part: str) -> str | None:
    """The longest run (three characters at least) a negated part and a clause share."""
    best = ""
    for i in range(len(part)):
        for j in range(i + 3, len(part) + 1):
            if part[i:j] in clause and j - i > len(best):
                best = part[i:j]
    return best or None


def _case(special: AL.Statement, others: list[AL.Statement], everything: list[AL.Statement]) -> set[str]:
    """The pairs of a statement's condition that the other statements lack: what makes its case."""
    cond = _condition(special, everything)
    if not cond:
        return set()
    own = set().union(*(bigrams(o.read) for o in others)) if others else set()
    return {g for g in CH.words(AL._FUNCTION.sub("|", AL._REFS.sub("|", cond))) if g not in own}


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    defined = AL.bodies_of([p.text for p in whole])
    out = []
    for i, hit in sorted(r.hits.items()):
        if hit.unit.item or hit.unit.article is None:
            continue
        article = [u for u in r.everything if u.article == hit.unit.article and not u.item]
        for special in article:
            # the clause restates another statement (the general rule), or this one itself
            others = [hit.unit] if special.text != hit.unit.text else \
                [u for u in article if u.text != special.text]
            case = _case(special, others, r.everything)
            if len(case) < MIN_CASE:
                continue
            theirs = AL._bodies(special.text, r.doc_text, defined)
            # (a clause before that restates the narrower statement itself states that rule and names
            # no case for this clause; but when none names its body, those clauses say only its
            # condition, and the one right before this clause names its case: 属于重大投诉，应当向区
            # （县）…; a clause between them, 市监管局应当…移送…, ends that case's reach)
            restating = [k for k in range(i) if k in r.hits and r.hits[k].unit.text == special.text]
            stated = any(any(t in r.clauses[k] for t in theirs) for k in restating) or not theirs
            before = "".join(c for k, c in enumerate(r.clauses[:i + 1])
                             if k == i or k not in restating or (not stated and k == i - 1))
            if not case <= CH.words(before) or _among_others(special, before, r.everything):
                continue
            mine = sorted((b for b in AL._bodies(hit.clause, r.doc_text, defined) if b not in special.read),
                          key=len, reverse=True)
            if theirs and mine and not any(t in hit.clause for t in theirs):
                out.append(f"“{mine[0]}”不是原文对这种情形所说的（原文：{special.text}）")
                continue
            if AL._negated(hit.clause) or special.text == hit.unit.text:
                continue
            for part in CH.parts(special.text)[1:]:     # (what it attaches to its condition)
                term = _negated_term(hit.clause, part) if AL._negated(part) else None
                if term and not AL._negated(term):
                    out.append(f"原文对这种情形另有规定：{part}（原文：{special.text}）")
                    break
    return list(dict.fromkeys(out))
