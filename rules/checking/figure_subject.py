"""A figure held to the subject the text binds it to, and to the direction of its bound (branch
`r22miss`).

An article often gives several figures of one unit to several subjects in one sentence ("特大桥梁
和城市隧道每座不少于2名；其他桥梁隧道按照每10座不少于1名配备"). A draft that gives one subject
another's figure ("其他桥梁配2名就够") has every word and the figure somewhere in the article, so
the support test passed it; one that keeps the figure and turns its bound round ("每10座最多1名"
where the text says 不少于) did too. Read here, for each figure with its unit (1名, 2次, 10年) of a
verified sentence, against the statements of the held articles (numerals in one script):
- *its subject*: the noun phrase the figure's clause opens with (up to 每 / 按照 / 应当 / a bound),
  as character pairs. When
  none of the pairs that only the clauses holding this very figure have is among them, while a
  run of three characters or more that only a clause holding another figure of the unit has is
  (其他桥 of 其他桥梁隧道…1名, said with 2名), and a pair both clauses have is too (their common
  head, 桥梁: siblings told apart by their modifiers), the sentence gives that clause's subject
  this figure: it fails.
- *its bound*: a bound said right before the figure (不超过 / 最多 / 至多 …, 不少于 / 至少 / 最少 …,
  with up to three characters of verb between, 最多配1名, or a noun phrase ending in 的, 不超过
  养护经费的10%) or right after it (以上, 以下, 以内). When
  the text has the figure and says it only with the other direction (every place it has it,
  each with a bound), the sentence reverses the bound: it fails.
A figure the held articles do not have is left to the other readings.
"""
from __future__ import annotations

import re

from .numerals import arabic
from .sources import bigrams

# (a number after 第 or before 条 / 款 / 项 / 号 is a reference, no figure)
_FIG = re.compile(r"(?<![\d.第])(\d+(?:\.\d+)?)\s*(%|(?![条款项章节号])[\u4e00-\u9fff])")
_UPPER = r"不[得应能]?超过|不[得应能]?多于|不[得应能]?高于|最多|至多|最高|顶多"
_LOWER = r"不[得应能]?少于|不[得应能]?低于|至少|最少|最低|起码"
_BEFORE = re.compile(rf"(?P<w>{_UPPER}|{_LOWER})(?:[\u4e00-\u9fff]{{0,3}}|[^，,。；;\d]{{1,16}}的)$")
_AFTER = re.compile(r"^[\u4e00-\u9fff]?(?P<w>以上|以下|以内|之内)")
_OPPOSITE = {"upper": "lower", "lower": "upper"}
# words of a bound or of sufficiency, no subject's
_TALK = re.compile(rf"{_UPPER}|{_LOWER}|按照|按|配备|配|就够|就行|即可|足够|只要|只需|需要|要")
_SUBJECT_END = re.compile(r"每|按照|按|依照|应当|应|必须|须|需要|需|要|可以|不得|" + _UPPER + "|" + _LOWER)
_CLAUSE = re.compile(r"[，,。；;：:\n]")


def may_concern(text: str) -> bool:
    return bool(re.search(r"\d|[一二两三四五六七八九十百]", text))


def _bound(clause: str, start: int, end: int) -> str | None:
    m = _BEFORE.search(clause[:start])
    if m is None:
        m = _AFTER.search(clause[end:])
    if m is None:
        return None
    w = m.group("w")
    return "upper" if re.fullmatch(_UPPER, w) or w in ("以下", "以内", "之内") else "lower"


def _places(text: str) -> list[tuple[str, str, str, str | None]]:
    """(number, unit, the clause's words before it, its bound) for every figure of the text."""
    out = []
    for clause in _CLAUSE.split(text):
        for m in _FIG.finditer(clause):
            out.append((m.group(1), m.group(2), clause[:m.start()], _bound(clause, m.start(), m.end())))
    return out


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence gives a figure of the held articles another subject or another bound."""
    texts = [arabic(t) for _, t in held if t]
    if not texts:
        return []
    theirs = [p for t in texts for p in _places(t)]
    if not theirs:
        return []
    for number, unit, before, bound in _places(arabic(sentence)):
        own = [p for p in theirs if p[0] == number and p[1] == unit]
        if not own:
            continue
        if bound and {p[3] for p in own} == {_OPPOSITE[bound]}:
            word = "不少于" if bound == "upper" else "不超过"
            return [f"原文对{number}{unit}说的是{word}一类的界限（原文：…{own[0][2][-12:]}{number}{unit}）"]
        others = [p for p in theirs if p[1] == unit and p[0] != number]
        # (the subject is the noun phrase the clause opens with: a rate or a duty after it, 每座 /
        # 按照 / 应当, says how, not of what)
        said = bigrams(_TALK.sub("", _SUBJECT_END.split(before)[0]))
        if not others or not said:
            continue
        own_pairs = frozenset().union(*(bigrams(p[2]) for p in own))
        for p in others:
            # the pairs each side has and the other lacks: none of the figure's own, and a run of
            # three characters or more of the other's (其他桥 of 其他桥梁隧道)
            mine, other = said & (own_pairs - bigrams(p[2])), said & (bigrams(p[2]) - own_pairs)
            # (and a pair both clauses have, their common head, 桥梁: two siblings told apart by
            # their modifiers, not a figure said with a clause's generic words, 期限为)
            if not mine and said & own_pairs & bigrams(p[2]) and any(a[1] == b[0] for a in other for b in other):
                subject = _TALK.sub("", _SUBJECT_END.split(before)[0])
                return [f"原文的{number}{unit}不是说“{subject}”的（原文：…{p[2][-12:]}{p[0]}{p[1]}）"]
    return []
