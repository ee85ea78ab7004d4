"""A figure held to the word it is bound to: "延长30日" where the text only ever says 延长15日,
"2小时内电话报告" where it says 1小时内电话报告 (branch reg6miss).

`figure_home` and `aligned` choose the statement a clause restates by its words, with a margin;
a short clause shares words with several statements ("先在2小时内电话报告县教育局": the one on
telephoning the bureau within an hour, and the one where the bureau reports a death to the county
within two hours), no statement wins clearly, and the support test finds 2小时 in the document.
The construction binds the figure tighter than the statement does: the verb right before it (延长
30日) or the act right after its 内 (2小时内电话报告). Where the document binds that same word to
figures of the same unit, and never to the clause's figure, the clause moved a figure. A word the
document never binds to a figure of that unit decides nothing.
"""
from __future__ import annotations

import re

from .numerals import arabic
from .sources import SourceText

_UNIT = r"个工作日|工作日|个月|小时|学时|日|天|年|万元|元|%|名|人|次"
_FIGURE = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNIT})")
# characters that end no governing verb: a figure after them is located, bounded or counted, not
# governed (在2小时, 不少于2名, 第2次, 每2年)
_NOT_VERB = set("在于为的之起后内前共有是等达满第每至到和或及与约近逾计合")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# what joins a range's two ends: 1人以上3人以下, 10万元以上不满100万元, 1至2人
_RANGE_JOIN = re.compile(r"(?=\S)\s*(?:以上|起)?\s*(?:至|到|-|－|—|～|~)?\s*(?:不满|不足|未满|不超过)?\s*")
_SAME = {"天": "日", "名": "人", "工作日": "个工作日"}
# (branch g19miss) a limit word between a noun and its figure: "延长期限不超过30日", "延长期限最多
# 60日". The figure is bound to the four characters before the limit word ('limit' anchors, held only against
# the document's own 'limit' anchors, so they bind nothing the older anchors read)
_LIMIT = re.compile(r"(?:最多|最长|最短|最少|至多|至少|最高|最低|(?:不得|不能|不应|不)?(?:超过|多于|少于|低于|高于|长于|短于))$")


def _anchors(text: str) -> list[tuple[str, str, str, str]]:
    """(figure, unit, side, word) of each figure of the text bound to a word: ('30', '日',
    'before', '延长'), ('1', '小时', 'after', '电话报告')."""
    out = []
    last: tuple[int, str, str] | None = None        # (end, unit, word) of the figure before
    previous: tuple[int, str] | None = None         # (end, unit) of the figure before, bound or not
    for m in _FIGURE.finditer(text):
        value, unit = m.group(1), _SAME.get(m.group(2), m.group(2))
        before = text[max(0, m.start() - 2):m.start()]
        if previous is not None and previous[1] == unit and text[previous[0]:m.start()].strip() \
                and _RANGE_JOIN.fullmatch(text[previous[0]:m.start()]):
            # "死亡1人以上3人以下": a range's upper end is bound to its lower end's word (wcalarm);
            # when the lower end is bound to none ("，处5000元以上2万元以下"), the 以上 before the upper
            # end is the range's join, no word of it (g21alarm)
            if last is not None:
                out.append((value, unit, "before", last[2]))
            last = previous = None
            continue
        last = None
        previous = (m.end(), unit)
        if len(before) == 2 and all(_CJK.match(c) for c in before) and before[-1] not in _NOT_VERB:
            out.append((value, unit, "before", before))
            last = (m.end(), unit, before)
        limit = _LIMIT.search(text[max(0, m.start() - 6):m.start()])
        if limit:
            # (four characters: 延长期限, not the 期限 or 比例 of any period or share)
            lead = text[:m.start() - len(limit.group(0))][-4:]
            if len(lead) == 4 and all(_CJK.match(c) for c in lead):
                out.append((value, unit, "limit", lead))
        if text[m.end():m.end() + 1] == "内":
            after = re.match(r"[\u4e00-\u9fff]{4}", text[m.end() + 1:])
            if after:
                out.append((value, unit, "after", after.group(0)))
    return out


def _governed_across(text: str, value: str, unit: str, word: str, theirs: list) -> bool:
    """Whether the figure's two characters before it are the object of a verb just before them
    that the document binds to this very figure: "扣减养护经费2万元" where the text says 每次扣减2万元
    (扣减 governs 2万元 across its object 养护经费, which the text binds to 5万元 elsewhere)."""
    verbs = {w for v, u, s, w in theirs if v == value and u == unit and s == "before"}
    if not verbs:
        return False
    for m in re.finditer(rf"{re.escape(word)}(?={re.escape(value)}\s*{re.escape(unit)})", text):
        clause = re.split(r"[，,。；;：:、（）()]", text[:m.start()])[-1][-6:]
        if any(v in clause for v in verbs):
            return True
    return False


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    mine = _anchors(arabic(sentence))
    if not mine:
        return []
    theirs = [a for p in whole for a in _anchors(arabic(p.text))]
    out = []
    said_text = arabic(sentence)
    for value, unit, side, word in mine:
        bound = {v for v, u, s, w in theirs if u == unit and s == side and w == word}
        if bound and value not in bound and side == "before" and _governed_across(said_text, value, unit, word, theirs):
            continue
        if bound and value not in bound:
            said = f"{word}{'、'.join(sorted(bound, key=float))}{unit}" if side == "before" else \
                f"{word}……{'、'.join(sorted(bound, key=float))}{unit}" if side == "limit" else \
                f"{'、'.join(sorted(bound, key=float))}{unit}内{word}"
            out.append(f"“{value}{unit}”不是原文的数字（原文：{said}）")
    return out
