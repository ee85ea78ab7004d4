"""A figure the text gives to one case, said of the sibling case beside it (branch `g16miss`).

"一般事故的调查组由市城管局牵头…，调查期限是自立案之日起60日" where the text says "调查应当自立案
之日起30日内完成；较大事故的调查，应当自立案之日起60日内完成": a text that grades a matter by a
modifier (一般 / 较大 / 重大事故, 较大 / 其他服务安全事件) often gives the graver case its own figure in a
statement that opens with that case (较大事故的调查，…; 受到免职处理的，…). A draft that gives the
figure to another grade keeps every word of the statement but the case, so the support test finds
the figure and the words, and `figure_home` finds two statements alike but for the case.

Read here: for each figure of the sentence (a number with its unit), the statements of the document
that hold it; when every one of them opens with a case (its first clause, up to the first 的: 较大
事故), the sentence does not name that case, and it names a sibling of it instead (the case's head,
a tail of it of two characters or more, after another two-character modifier: 一般事故 for 较大事故) that
the document itself opens a clause with in the case's own frame (the words before the modifier:
一般事故由…调查; 发生其他服务安全事件的 for 发生较大服务安全事件), while the clause with the figure restates the holder's words, the figure
was moved from the case the text gives it to the sibling. A figure the text also says without a
case, a case the sentence names, or a phrase that only shares the case's tail (发现严重事故隐患 for
检验中发现特种设备存在严重事故隐患: no clause opens with it in that frame) decides nothing.
"""
from __future__ import annotations

import re

from . import aligned as AL
from .numerals import arabic
from .sources import SourceText

_FIGURE_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|小时|分钟|日|天|年|万元|元|%|名|人|次)")
_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
SHARE = 0.5            # the clause with the figure shares this much of its words with the holder


def _case(statement: str) -> str | None:
    """The case a statement opens with: its first clause up to the first 的 (较大事故的调查，… → 较大事故)."""
    opening = re.split(r"[，,：:；;。]", _ITEM.sub("", statement), maxsplit=1)[0]
    if "的" not in opening:
        return None
    case = opening.split("的", 1)[0]
    return case if len(case) >= 4 and _HAN.match(case) else None


def _clause_starts(document: str) -> list[str]:
    """The document's clauses, item numbers taken off: where a case of it opens."""
    return [_ITEM.sub("", c) for c in re.split(r"[。；;，,：:\n]", document) if c.strip()]


def _sibling(case: str, sentence: str, starts: list[str]) -> str | None:
    """A case of the sentence with the head of `case` (a tail of two characters or more) after
    another two-character modifier, that the document itself opens a clause with in the case's own
    frame (the words before the modifier): 一般事故 for 较大事故 (一般事故由…调查), 其他服务安全事件
    for 发生较大服务安全事件 (发生其他服务安全事件的). A phrase that only shares the case's tail
    (发现严重事故隐患 for 检验中发现特种设备存在严重事故隐患) is in no clause of that frame."""
    for k in range(len(case) - 2, 1, -1):
        head, mod, frame = case[-k:], case[-k - 2:-k], case[:-k - 2]
        for m in re.finditer(rf"(?=([\u4e00-\u9fff]{{2}}){re.escape(head)})", sentence):
            other = m.group(1)
            if other != mod and other not in case and any(c.startswith(frame + other + head) for c in starts):
                return other + head
    return None


_INDEX: dict[int, tuple[list, dict[tuple[str, str], list]]] = {}


def _holders(units: list) -> dict[tuple[str, str], list]:
    """The statements holding each figure (number, unit), once for a list of statements."""
    kept = _INDEX.get(id(units))
    if kept is None or kept[0] is not units:
        index: dict[tuple[str, str], list] = {}
        for u in units:
            for f in {(m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(arabic(u.text))}:
                index.setdefault(f, []).append(u)
        if len(_INDEX) > 64:
            _INDEX.clear()
        kept = _INDEX[id(units)] = (units, index)
    return kept[1]


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    text = arabic(sentence)
    if not _FIGURE_UNIT.search(text) or not whole:
        return []
    units = AL.statements(whole, referred)
    out: list[str] = []
    starts: list[str] | None = None
    for clause in AL._clauses(AL._REFS.sub("", text)):
        mine = AL._pairs(AL._stripped(_FIGURE_UNIT.sub("|", clause), []))
        if len(mine) < 3:
            continue
        for fig in _FIGURE_UNIT.finditer(clause):
            holders = _holders(units).get((fig.group(1), fig.group(2)), [])
            if not holders:
                continue
            cases = [_case(u.text) for u in holders]
            if any(c is None or c in text for c in cases):
                continue                  # the figure said without a case, or of the case named
            if max(len(mine & u.grams) / len(mine) for u in holders) < SHARE:
                continue                  # the clause restates none of the holders
            starts = starts if starts is not None else _clause_starts("\n".join(p.text for p in whole))
            siblings = {c: _sibling(c, text, starts) for c in cases}
            if all(siblings.values()):
                c = cases[0]
                out.append(f"“{fig.group(0)}”是原文给“{c}”的数字，这里说成了“{siblings[c]}”的")
    return list(dict.fromkeys(out))
