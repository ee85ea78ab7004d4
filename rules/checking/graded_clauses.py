"""A figure of one graded clause said of a case another clause of the same sentence names (branch
`g17miss`).

"调查组应当自事故发生之日起30日内提交事故调查报告；较大事故、重大事故的调查组，应当自事故发生
之日起60日内提交" and "承办者发生一般事故的，…1年内…不予受理；发生较大事故、重大事故的，…2年内
不予受理": a text often grades one rule in one sentence, its clauses (cut at ；) each opening with
the cases it covers, named as a list of members that share a head (较大事故、重大事故: 较大 / 重大 +
事故; members with no head in common, 围挡设置、监测设备安装, by their last four characters), or with no case at all (the default, for every case no later clause names). A draft that says
"较大事故的调查组…30日内提交" or, asked about 较大事故, answers "自处理决定作出之日起1年内不予受理"
keeps the words of one clause and gives its figure to a member of another clause; the support test
finds every word and figure, and `case_figure_sibling` reads a case named alone, not a member of a
list nor the default.

Read here: the sentences of the document with two clauses or more that give figures of one unit
(the same rule at different values), at least one clause opening with its cases (the words before
its first 的, split at 、 / 和 / 或者 / 及, cut to a two-character modifier before the head all of
them share). For each figure of the sentence, the clause of the document that holds it and that
the sentence restates best (its words, the figures aside, shared at least half; no other holder
restated as well); the case the sentence gives it (the last member named before the figure, a
list 较大、重大事故 read member by member; else, when the sentence names no member nor any word of
one, the last the draft named before it, else the question's).
When that case is a member of another clause of the same sentence, which gives a figure of the same
unit, and not of the figure's own clause, the figure was moved. A sentence naming no member, a
question naming none, or a figure held as well outside a graded sentence decides nothing.
"""
from __future__ import annotations

import re

from .aligned import _pairs
from .numerals import arabic
from .sources import SourceText

_FIGURE_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|小时|分钟|日|天|年|万元|元|%|名|人|次)")
_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))\s*")
_LABEL = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
_JOIN = re.compile(r"、|和|或者|或|及")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
SHARE = 0.5            # the sentence's words (figures aside) in the clause it restates
SAME = 0.5             # a case clause's words (its case aside) in the clause it grades anew


class _Clause:
    def __init__(self, text: str, members: tuple[str, ...] | None, figures: set[tuple[str, str]]):
        self.text, self.members, self.figures = text, members, figures
        self.pairs = _pairs(_FIGURE_UNIT.sub("|", text))


def _opening_parts(clause: str) -> list[str] | None:
    """The cases a clause opens with: its first comma part up to the first 的, split at 、 / 和 / 或者."""
    opening = re.split(r"[，,：:]", _ITEM.sub("", clause), maxsplit=1)[0]
    if "的" not in opening:
        return None
    parts = [p for p in _JOIN.split(opening.split("的", 1)[0]) if p]
    return parts if parts and all(_HAN.match(p) for p in parts) else None


def _common_tail(words: list[str]) -> str:
    tail = words[0]
    for w in words[1:]:
        while tail and not w.endswith(tail):
            tail = tail[1:]
    return tail


def _graded(sentence: str) -> list[_Clause] | None:
    """The clauses of a document sentence that grades one rule by its cases, or None."""
    raw = [c for c in re.split(r"[；;]", sentence) if c.strip()]
    if len(raw) < 2:
        return None
    parts = [_opening_parts(c) for c in raw]
    named = [p for p in parts if p]
    if not named:
        return None
    words = [w for p in named for w in p]
    head = _common_tail(words)
    head = head[len(head) - max(0, min(len(w) for w in words) - 2):] if len(head) > min(len(w) for w in words) - 2 else head
    if len(head) < 2:
        # members with no head in common (涉及围挡设置、监测设备安装): each its last four characters
        if len(words) < 2 or any(len(w) < 4 for w in words):
            return None
        size = 4
    else:
        size = len(head) + 2
    clauses = [_Clause(c, tuple(w[-size:] for w in p) if p else None,
                       {(m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(c)})
               for c, p in zip(raw, parts)]
    units = [{u for _, u in c.figures} for c in clauses]
    if not any(len({frozenset(f for f in c.figures if f[1] == u) for c, us in zip(clauses, units) if u in us}) >= 2
               for u in set().union(*units)):
        return None                     # no unit given two values by two clauses: not one rule graded
    return clauses


def _same_rule(case_clause: _Clause, other: _Clause) -> bool:
    """Two clauses state one rule: the words of the case's clause after its opening (the party,
    the act, 自…之日起…内提交) are mostly the other's (区人民政府…向市人民政府报告 is another duty)."""
    rest = _pairs(_FIGURE_UNIT.sub("|", case_clause.text.split("的", 1)[1] if "的" in case_clause.text else case_clause.text))
    return bool(rest) and len(rest & other.pairs) / len(rest) >= SAME


_INDEX: dict[tuple, tuple[list[list[_Clause]], list[tuple[set, frozenset]]]] = {}


def _index(passages: list[SourceText]) -> tuple[list[list[_Clause]], list[tuple[set, frozenset]]]:
    """The graded sentences of the document, and every clause's figures and words (to tell
    whether a figure is held as well outside them)."""
    key = tuple((p.id, p.text) for p in passages)
    kept = _INDEX.get(key)
    if kept is None:
        graded: list[list[_Clause]] = []
        plain: list[tuple[set, frozenset]] = []
        for p in passages:
            for line in arabic(p.text).splitlines():
                line = _LABEL.sub("", line)
                for s in re.split(r"[。]", line):
                    g = _graded(s)
                    if g:
                        graded.append(g)
                        continue
                    for c in re.split(r"[；;]", s):
                        figs = {(m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(c)}
                        if figs:
                            plain.append((figs, frozenset(_pairs(_FIGURE_UNIT.sub("|", c)))))
        if len(_INDEX) > 32:
            _INDEX.clear()
        kept = _INDEX[key] = (graded, plain)
    return kept


def _mentions(member: str, text: str) -> list[int]:
    """Where a member is named in a text: 较大事故, or in a list 较大、重大事故 (its end)."""
    mod, head = member[:2], member[2:]
    pat = rf"{re.escape(mod)}(?:(?:[、和及与]|或者?)[\u4e00-\u9fff]{{2}})*{re.escape(head)}"
    return [m.end() for m in re.finditer(pat, text)]


def may_concern(text: str) -> bool:
    return bool(_FIGURE_UNIT.search(arabic(text)))


def problems(sentence: str, question: str, passages: list[SourceText], draft: str = "") -> list[str]:
    text = arabic(sentence)
    figures = list(_FIGURE_UNIT.finditer(text))
    if not figures or not passages:
        return []
    graded, plain = _index(passages)
    if not graded:
        return []
    mine = _pairs(_FIGURE_UNIT.sub("|", text))
    if not mine:
        return []
    out: list[str] = []
    for fig in figures:
        f = (fig.group(1), fig.group(2))
        best = max((len(mine & pairs) / len(mine) for figs, pairs in plain if f in figs), default=0.0)
        for clauses in graded:
            own = next((c for c in clauses if f in c.figures), None)
            if own is None:
                continue
            share = len(mine & own.pairs) / len(mine)
            if share < SHARE or share <= best:
                continue
            members = {m: c for c in clauses if c.members for m in c.members}
            said = sorted(((p, m) for m in members for p in _mentions(m, text) if p <= fig.start()), reverse=True)
            if said:
                case = said[0][1]
            elif any(_mentions(m, text) for m in members):
                continue                  # the sentence names its cases after the figure
            elif any(m[:2] in text for m in members):
                continue                  # a word of a case's own (复核决定) said: not the case left out
            else:
                # the case the draft named last before the sentence, else the question's
                whole = arabic(draft)
                at = whole.find(text)
                before = sorted((p, m) for m in members for p in _mentions(m, whole[:at if at >= 0 else 0]))
                asked = [before[-1][1]] if before else [m for m in members if _mentions(m, arabic(question))]
                if len(asked) != 1:
                    continue
                case = asked[0]
            if own.members and case in own.members:
                continue
            other = members[case]
            theirs = [g for g in other.figures if g[1] == f[1] and g != f]
            if other is own or not theirs or f in other.figures or not _same_rule(other, own):
                continue
            out.append(f"原文“{fig.group(0)}”不是给“{case}”的（原文：{other.text.strip()[:40]}）")
    return list(dict.fromkeys(out))
