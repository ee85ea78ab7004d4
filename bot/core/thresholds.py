"""A figure the asker gives, held against a threshold the text sets ("我们有600多个充电口，出了事是
市里管还是区里管" under "市…局…负责对充电端口数在500个以上的运营单位的责任追究"): the asker names the
case by its own count, and the text answers by the side its threshold's case names.

The asker's sides are places (市里, 区里, 县里: a level and the locative 里), which the text names as
the body a sentence opens with (市应急管理局…, 区民政部门…). A sentence settles the alternative when
it opens with a side's level, sets a threshold in the measure word the asker counts in (个, 张), of
what the asker counts (充电口 said as 充电端口数, 床 as 床位数), and the asker's figure is on one side
of it. A figure in another measure, of another thing, or no threshold at all settles nothing."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rules.checking.numerals import _value

_NUMERAL = r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+"
# The asker's count: a numeral (600多, 三百五十), a measure word, what is counted (up to 的 or a stop)
_GIVEN = re.compile(rf"({_NUMERAL})(多|余|来)?([个张台间座辆家户名位])([\u4e00-\u9fff]{{1,6}})")
# A threshold in a text: "在500个以上", "不足300张", "500个以下", "超过50台"
_ABOVE = re.compile(rf"(?:在|达到)?({_NUMERAL})([个张台间座辆家户名位])(?:以上|及以上)")
_BELOW = re.compile(rf"(?:不足|不满|少于|未满)({_NUMERAL})([个张台间座辆家户名位])|({_NUMERAL})([个张台间座辆家户名位])(?:以下)")
# A side said as a place: a level and its locative (市里, 区里, 县这边)
_PLACE_SIDE = re.compile(r"^([\u4e00-\u9fff])(?:里|里面|这边|那边|这里|那里)$")
_SENTENCES = re.compile(r"[。；;\n]")


@dataclass(frozen=True)
class Given:
    """A count the asker gives: its value, measure word and what it counts (600多个充电口)."""

    value: float
    measure: str
    thing: str


def given(question: str) -> tuple[Given, ...]:
    """The counts a question gives of its own case (600多个充电口, 350张床)."""
    out = []
    for m in _GIVEN.finditer(unicodedata.normalize("NFKC", question)):
        v = _value(m.group(1))
        thing = re.split(r"的|[，,。？?]", m.group(4))[0]
        if v is not None and thing:
            out.append(Given(float(v), m.group(3), thing))
    return tuple(out)


def _of(thing: str, before: str) -> bool:
    """What is counted, said in the text before the threshold: its characters in order, each
    within a few of the last (充电口 in 充电端口数, 床 in 床位数)."""
    pattern = "[\u4e00-\u9fff]{0,2}".join(re.escape(ch) for ch in thing)
    return re.search(pattern, before) is not None


def _case(g: Given, sentence: str) -> bool | None:
    """Whether the asker's count is within the threshold the sentence sets in its measure, of
    what it counts; None when the sentence sets none."""
    for m in _ABOVE.finditer(sentence):
        v = _value(m.group(1))
        if m.group(2) == g.measure and v is not None and _of(g.thing, sentence[:m.start()]):
            return g.value >= float(v)
    for m in _BELOW.finditer(sentence):
        numeral, measure = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        v = _value(numeral)
        if measure == g.measure and v is not None and _of(g.thing, sentence[:m.start()]):
            return g.value < float(v) if m.group(1) else g.value <= float(v)
    return None


def _opens_with(level: str, sentence: str) -> bool:
    """The sentence (or one of its clauses) opens with a body of that level (市应急管理局负责…)."""
    return any(part.strip().startswith(level) for part in re.split(r"[，,]", re.sub(r"^第[^\s　]+条[\s　]*", "", sentence.strip())))


def settled_by_count(sides: tuple[str, str], counts: tuple[Given, ...], texts: list[str]) -> bool:
    """Whether a sentence of `texts` answers which place side holds of the asker's case: it opens
    with a side's level and sets a threshold of what the asker counts, which the count decides."""
    levels = [m.group(1) for m in (_PLACE_SIDE.match(s) for s in sides) if m]
    if len(levels) != 2 or not counts:
        return False
    for t in texts:
        for s in _SENTENCES.split(unicodedata.normalize("NFKC", t)):
            if any(_opens_with(level, s) for level in levels) and any(_case(g, s) is not None for g in counts):
                return True
    return False


def settling_passages(kb, sides: tuple[str, str], counts: tuple[Given, ...]) -> list:
    """The articles of the regulations held (not the national laws) whose threshold the asker's
    count decides, read off every chunk: retrieval ranks by shared words, and the asker's 市里,
    管 and 充电口 share few with "市应急管理局…充电端口数在500个以上". A structural match this
    narrow (a side's level opening the sentence, the measure, what is counted) needs no ranking."""
    laws = getattr(kb, "laws", set())
    out, seen = [], set()
    for c in kb.chunks:
        key = (c.meta["doc_id"], c.meta.get("article"))
        if c.meta.get("doc_kind") != "regulation" or c.meta["doc_id"] in laws or key[1] is None or key in seen:
            continue
        if settled_by_count(sides, counts, [c.text]):
            p = kb.article(key[1], key[0])
            if p is not None:
                seen.add(key)
                out.append(p)
    return out


__all__ = ["Given", "given", "settled_by_count", "settling_passages"]
