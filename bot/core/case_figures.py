"""The figures a question sets its case by (死了1个人, 重伤3人, 损失200万), and whether a passage
grades cases by those figures.

"死了1个人的泳池事故属于什么级别" asks the grade of a case it gives by a figure. The grading article
answers it whatever the asker calls the incident (事故 where the text says 事件): it names the grades
(分为一般事件、较大事件和重大事件三级) and lists each by the same figure (造成1人死亡). Read only by
its shared words, the question found no sentence that names both a grade and the asker's words
(泳池, 个人), and was declined. The figures are read with the national table's forms
(rules/data/national_classes.yaml, `figures`), the ones the Shenzhen rules read casualties with;
what a text calls each is a closed class (死亡, 重伤, 损失).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from rules.checking.numerals import _value
from rules.facts import _NUMBER

_TABLE = Path(__file__).resolve().parents[2] / "rules" / "data" / "national_classes.yaml"
# what a regulation's grading article calls each figure (造成1人死亡, 3人以上重伤, 直接经济损失20万元)
_TERMS = {"deaths": "死亡", "serious_injuries": "重伤", "direct_loss": "损失"}
# a figure in a grading case: a count of people or a sum (1人, 3人以上, 20万元)
_COUNT = re.compile(r"[0-9０-９一二两三四五六七八九十百千万]+(?:人|名|万?元)")
# a grade named (三级, 一般事件, 等级): a class word before the incident's noun, or a level by its numeral
_GRADE = re.compile(r"[0-9一二三四五六七八九十甲乙丙丁]+级|等级|(?:特别重大|重大|较大|一般)[\u4e00-\u9fff]{1,4}")
_LINES = re.compile(r"[。；;\n]")
_PERFECTIVE = re.compile(r"(?<=[死伤失])了")


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[re.Pattern[str], ...]]:
    table = yaml.safe_load(_TABLE.read_text(encoding="utf-8")) or {}
    return {name: tuple(re.compile(f.replace("{n}", _NUMBER)) for f in forms)
            for name, forms in (table.get("figures") or {}).items() if name in _TERMS}


def case_terms(text: str) -> tuple[str, ...]:
    """The texts' words for each figure `text` sets its case by ("死了1个人": 死亡; "损失300万": 损失)."""
    text = _PERFECTIVE.sub("", text)          # 重伤了3个人 as 重伤3个人, which the table's forms read
    return tuple(_TERMS[name] for name, forms in _forms().items() if any(f.search(text) for f in forms))


def grades_by(terms: tuple[str, ...], passage: str) -> bool:
    """`passage` names grades and lists a case by one of `terms` with a figure (造成1人死亡): it
    grades cases by that figure. A passage that only says the figure's word (发生游泳者溺水、重伤或者
    死亡的) or only names a grade grades nothing by it."""
    if not _GRADE.search(passage):
        return False
    return any(lists_case(terms, line) for line in _LINES.split(passage))


def lists_case(terms: tuple[str, ...], line: str) -> bool:
    """`line` gives a case by one of `terms` with a figure (造成1人死亡; 3人以上10人以下重伤)."""
    return bool(_COUNT.search(line)) and any(t in line for t in terms)




# --- a case given by measured figures (停电影响了300户，停了30个小时), graded by a text's thresholds ---
#
# "小区停电影响了300户，停了30个小时，这算什么级别的事" gives its case by two figures with their
# units, and the grading article answers by its thresholds in the same units ("供水或者供电中断影响
# 200户以上，且持续超过24小时的" under 较大事件): each threshold of a case line held against the
# asker's figure of its unit, the line's parts joined by 且 all held, its 或者 alternatives any.
# A line is read only when it says the asker's matter (停电 as the texts' 供电中断); a grade whose
# definition excludes another's cases (未达到较大事件标准) yields to it when that one is met; of the
# grades left, one decides only when every other grade's line on the matter is decided against,
# or the grades are the closed class of severities (特别重大 > 重大 > 较大 > 一般) and no higher one
# is undecided. Otherwise the figures fall into two grades and nothing is decided.

_FIG = r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+"
# the units a case is measured in: durations and counts (天 and 日 one unit)
# volumes and areas too (500立方米, 1000平方米), which people say as 方 and 平米 after a figure in digits
_UNITS = r"小时|分钟|工作日|日|天|周|个月|月|年|户|人|名|次|台|部|辆|间|张|家|栋|处|立方米|平方米|平米|(?<=[0-9多余])方"
_ASKER_FIGURE = re.compile(rf"({_FIG})(多|余)?个?({_UNITS})(以内|之内|内|里)?")
# a bound: a relation word before or after the figure (超过24小时, 200户以上, 30日内); a figure with
# none (同一部电梯, 造成1人或者2人) bounds nothing
_BOUND = re.compile(rf"(超过|多于|高于|大于|不满|不足|少于|低于|小于|未满|达到|满)?({_FIG})个?({_UNITS})(以上|以下|以内|内)?")
_SAME_UNIT = {"天": "日", "个月": "月", "方": "立方米", "平米": "平方米"}
_SEVERITY = ("特别重大", "重大", "较大", "一般")
# a grade's item: （三）较大事件，是指… or 三、较大事件…; its name ends before the first comma or 是指
_GRADE_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]\s*([\u4e00-\u9fff]{2,10}?)(?:，|,|：|:|是指|为)")
_BELOW_ANOTHER = re.compile(r"未达到([\u4e00-\u9fff]{2,10}?)(?:的)?标准")
_OR = re.compile(r"[，,；;]?或者")
_CIRCLED = re.compile(r"^[\u2460-\u2473\u2776-\u277f]")


@dataclass(frozen=True)
class Measured:
    """A figure the asker gives of the case, in its unit (300户, 30小时); `approx` for 300多户."""

    value: float
    unit: str
    approx: bool = False
    within: bool = False          # a window the case happened in (一年内困人4次), not its length


def _unit(u: str) -> str:
    return _SAME_UNIT.get(u, u)


def measured(text: str) -> tuple[Measured, ...]:
    """The figures `text` gives with their units (停了30个小时: 30 小时; 影响了300户: 300 户); a
    year's number (2038年) is a date, not a length."""
    out = []
    for m in _ASKER_FIGURE.finditer(unicodedata.normalize("NFKC", text)):
        v = _value(m.group(1))
        if v is None or m.group(3) == "年" and float(v) >= 1000:
            continue
        out.append(Measured(float(v), _unit(m.group(3)), bool(m.group(2)), bool(m.group(4))))
    return tuple(out)


def _holds(g: Measured, relation: str, bound: float) -> bool | None:
    """Whether the asker's figure is on the bound's side; None when 300多 leaves it open."""
    if g.approx and g.value < bound < 2 * g.value:
        return None                    # 300多 against 超过350: not known
    if relation in (">", ">="):
        return g.value > bound or relation == ">=" and g.value == bound or g.approx and g.value == bound
    if g.approx and g.value >= bound:
        return False if g.value > bound or relation == "<" else None
    return g.value < bound if relation == "<" else g.value <= bound


# minutes in each time unit, so that 3天 is held against 超过24小时
_MINUTES = {"分钟": 1, "小时": 60, "日": 1440, "周": 10080, "月": 43200, "年": 525600}


def _in(g: Measured, unit: str) -> Measured | None:
    """The asker's figure in the bound's unit: the same unit, or another length of time."""
    if g.unit == unit:
        return g
    if g.unit in _MINUTES and unit in _MINUTES:
        return Measured(g.value * _MINUTES[g.unit] / _MINUTES[unit], unit, g.approx, g.within)
    return None


def _part_met(part: str, given: tuple[Measured, ...]) -> bool | None:
    """A part of a case line joined by 且 (影响200户以上，且持续超过24小时): True when each bound is
    met by the asker's figure of its unit, False when one is not, None when a bound's unit is not
    given (or the part sets none)."""
    verdicts = []
    for m in _BOUND.finditer(part):
        v = _value(m.group(2))
        if v is None:
            continue
        pre, post = m.group(1) or "", m.group(4) or ""
        if not pre and not post:
            continue
        relation = (">" if pre in ("超过", "多于", "高于", "大于") else "<" if pre in ("不满", "不足", "少于", "低于", "小于", "未满")
                    else ">=" if pre in ("达到", "满") or post == "以上" else "<=")
        # a window (30日内) is held against the asker's window (一年内), a length against a length
        window = post == "内"
        mine = [x for x in (_in(g, _unit(m.group(3))) for g in given if g.within == window) if x is not None]
        verdicts.append(None if not mine else _holds(mine[0], relation, float(v)))
    if not verdicts or any(v is False for v in verdicts):
        return False if verdicts else None
    return None if any(v is None for v in verdicts) else True


def _alternatives(line: str) -> list[str]:
    """A case line's 或者 alternatives: a 或者 after a comma, or after a bound (电梯困人超过2小时，或者
    …3次以上), parts a case; one between two nouns (供水或者供电中断) joins what the bound is of."""
    parts, start = [], 0
    for m in _OR.finditer(line):
        if m.group().startswith(("，", ",", "；", ";")) or _BOUND.search(line[start:m.start()]):
            parts.append(line[start:m.start()])
            start = m.end()
    return parts + [line[start:]]


def _line_met(line: str, given: tuple[Measured, ...], says: Callable[[str], bool] = lambda _: True) -> bool | None:
    """A case line met by the asker's figures: any of its 或者 alternatives met. Of alternatives on
    several matters in one line (造成3人以上死亡，或者偷倒乱倒渣土10000立方米以上), only those that say
    the asker's matter (`says`) are held: a death count the asker does not give leaves no grade open."""
    alternatives = _alternatives(line)
    # (and of those, the ones that set a bound: 渣土倾倒污染饮用水水源 is a case no figure decides,
    # which the asker, giving only a volume, does not describe)
    # (the grade's own name, 重大采砂事件:, says no matter of the case)
    alternatives = [p for p in alternatives if says(_GRADE_ITEM.sub("", p)) and _BOUND.search(p)] or alternatives
    parts = [_part_met(p, given) for p in alternatives]
    if any(v is True for v in parts):
        return True
    return None if any(v is None for v in parts) else False


# a supply cut as people say it (停电, 停水): the texts write the supply and its 中断 (供水或者供电中断)
_CUT = re.compile(r"^停([水电气热暖])$")


def said_as_a_cut(word: str, line: str) -> bool:
    """`line` says the supply cut `word` names (停电: 供电中断, 停止供电). Read only of a grading
    line, where a cut is the case's matter; as an act (给他家停水停电) it is no 中断 of a supply."""
    m = _CUT.match(word)
    return bool(m) and re.search(rf"供{m.group(1)}[^，,；;。]*?中断|停止供{m.group(1)}", line) is not None


def grade_by_measures(given: tuple[Measured, ...], says: Callable[[str], bool], passage: str) -> tuple[str, str] | None:
    """The grade `passage` gives the asker's case (its name, and the item line that heads it), read
    off its thresholds by the asker's figures (`given`), over the case lines that say the asker's
    matter (`says`: whether a line says one of the asker's words, or the texts' term for it). None
    when the passage grades nothing so, no line on the matter is met, or the figures fall into two
    grades."""
    if not given:
        return None
    grades: list[tuple[str, str, list[str]]] = []      # (name, item line, its case lines)
    for line in (unicodedata.normalize("NFKC", _CIRCLED.sub("", x.strip())) for x in passage.splitlines()):
        m = _GRADE_ITEM.match(line)
        if m:
            grades.append((m.group(2), line, [line]))
        elif grades and line and not line.startswith(("注", "第")):
            grades[-1][2].append(line)
    if len(grades) < 2:
        return None
    met: dict[str, bool | None] = {}
    for name, _, lines in grades:
        verdicts = [_line_met(x, given, says) for x in lines if says(x) and _BOUND.search(x)]
        if verdicts:
            met[name] = True if True in verdicts else None if None in verdicts else False
    held = [n for n, v in met.items() if v]
    # a grade defined as below another's standard (未达到较大事件标准) yields to that one when met
    below = {n: b.group(1) for n, item, _ in grades if (b := _BELOW_ANOTHER.search(item))}
    held = [n for n in held if not any(below.get(n) in (h, h + "标准") or (below.get(n) or "").startswith(h) for h in held if h != n)]
    if not held:
        return None
    open_ = [n for n, v in met.items() if v is None]
    if len(held) == 1 and not open_:
        name = held[0]
    else:
        rank = {n: next((i for i, s in enumerate(_SEVERITY) if n.startswith(s)), None) for n in met}
        if any(r is None for r in rank.values()):
            return None
        name = min(held, key=lambda n: rank[n])
        if any(rank[n] < rank[name] for n in open_):
            return None                # a higher grade the figures leave open: two grades
    return name, next(item for n, item, _ in grades if n == name)


__all__ = ["Measured", "case_terms", "said_as_a_cut", "grade_by_measures", "grades_by", "lists_case", "measured"]
