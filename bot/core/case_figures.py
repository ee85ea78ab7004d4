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
from functools import lru_cache
from pathlib import Path

import yaml

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


__all__ = ["case_terms", "grades_by", "lists_case"]
