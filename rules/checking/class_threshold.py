"""The asker's figure said to reach a class the text defines by a threshold: "8人食物中毒已经达到较大
服务安全事件的标准" where the text says "较大服务安全事件，是指…或者10人以上食物中毒的服务安全事件".

Why: the question gives the case (8位老人食物中毒) and the answer classes it. The class's name is
the text's, so the sentence's words are found; only the asker's figure is not the text's, and a
figure on the wrong side of the class's threshold classed into it was caught only by accident (a
number pairing with an item number of the article).

The reading: a figure X of the question, with its unit and the words after it (人食物中毒), said to
reach a class (达到 / 属于 / 算 / 构成 / 够 + the class), where the document defines that class
(<class>，是指…) with thresholds on that unit; the threshold whose words after it the sentence's
words after X share is the one X is held to (its alternatives, 或者, each on their own words). X
outside it, the sentence is wrong. This reading only fails a sentence; it never passes one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import listed_classes as g18miss_LC
from . import table_classes as g21miss_TC
from . import numerals as N

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:人|名|起|次|处|个|公顷|立方米|平方米|万元|元|日|天|小时)"
_REACH = re.compile(r"(?<![不未没])(?:已经)?(?:达到|属于|算是?|构成|够)了?(?:了)?")
_DEFINED = re.compile(r"([\u4e00-\u9fff]{2,14})，是指([^。；\n]+)")
# (heldmiss2) a grade an item of a grading article names before a colon, its cases after it:
# "（二）重大运输事件：造成1人以上不满3人死亡，或者…" (a definition with at least one figure)
_ITEM_DEFINED = re.compile(r"^\s*(?:[-*+]\s+)?(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、)\s*"
                           r"([\u4e00-\u9fff\u2160-\u216b]{2,14})[：:]([^。；\n]*\d[^。；\n]*)", re.M)
_BOUND = re.compile(rf"(不足|不满|少于|低于|超过)?({_NUM})({_UNIT})(以上|以下)?")


def _meets(x: float, b: float, before: str | None, after: str | None, exact: bool = False) -> bool | None:
    """Whether x meets one bound; a bare figure (no 以上 / 不满 …) is met only by itself when
    `exact` (a case of a listed definition, 造成2人死亡), else says nothing (None)."""
    if after == "以上":
        return x >= b
    if after == "以下":
        return x <= b
    if before in ("不足", "不满", "少于", "低于"):
        return x < b
    if before == "超过":
        return x > b
    return x == b if exact else None


@lru_cache(maxsize=8)
def _classes(text: str) -> dict[str, str]:
    """The classes the document defines (<class>，是指…) and their definitions, figures in digits;
    a definition by a list of cases (是指有下列情形之一的：) is its cases (listed_classes.py)."""
    plain = N.arabic(text)
    out = {m.group(1).split("（")[-1].lstrip("0123456789.、）)"): m.group(2) for m in _DEFINED.finditer(plain)}
    for m in _ITEM_DEFINED.finditer(plain):
        out.setdefault(m.group(1), m.group(2))
    out.update(g18miss_LC.classes(plain))
    for name, cell in g21miss_TC.classes(plain).items():     # a grading table's cells (table_classes.py)
        out.setdefault(name, cell)
    return out


# (g18miss) the figure's act said before it: 死2个人, 死了2个人, 伤了3个人 (the text's 2人死亡)
_VERB_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,2}?)(?:了|掉)?$")
_FILLERS = re.compile(r"^(?:就|也|都|已经|已|又|共|一共|总共|有|了|的|是)+|(?:就|也|都|已经|已)+$")


def _parts(alt: str) -> list[tuple[str, list[re.Match]]]:
    """The parts of one alternative that 或者 joins (1人或者2人重伤), each with its bounds; a part
    whose figure ends it (造成1人) takes the words of the part after it."""
    parts = [p for p in alt.split("或者") if p]
    out = []
    for k, p in enumerate(parts):
        bounds = list(_BOUND.finditer(p))
        words = p
        if bounds and not re.search(r"[\u4e00-\u9fff]", p[bounds[-1].end():]) and k + 1 < len(parts):
            words = p + parts[k + 1]
        out.append((words, bounds))
    return out


def problem(sentence: str, question: str, texts: list[str]) -> str | None:
    """Why the sentence classes a figure (the asker's, or its own example) into a class whose threshold it misses; else None."""
    if not _REACH.search(sentence) or not re.search(r"\d", sentence):
        return None
    # (wing2) any figure the sentence classes, the asker's or its own example (死亡2人属于重大事件)
    for f, name, said, held in _judged(N.arabic(sentence), None, texts, loose=True):
        if held and not any(held):
            return f"{said}不合{name}的标准（原文：{name}，是指{_classes(chr(10).join(texts))[name][:60]}）"
    return None


def met(sentence: str, texts: list[str]) -> str:
    """(wing2) The sentence with each figure it classes into a class whose threshold the figure
    meets taken out ("重伤11人属于重大事件" where 重大事件 is 造成超过10人重伤): arithmetic on the
    text's own bound, so the figure is no statement the passage must hold. Only a sentence in
    digits (as the checker reads it) and a figure every bound of its act and unit holds; the
    sentence as it was otherwise. A figure that misses is `problem`'s (the asker's) or the support
    test's."""
    if not _REACH.search(sentence) or not re.search(r"\d", sentence) or sentence != N.arabic(sentence):
        return sentence
    cut = [f.span() for f, _n, _s, held in _judged(sentence, None, texts) if held and all(held)]
    for a, z in sorted(cut, reverse=True):
        sentence = sentence[:a] + "某" + sentence[z:]
    return sentence


_BOUND_WORD = re.compile(r"以上|以下|以内|不满|不足|超过|少于|低于|高于|多于|不超过|不少于|至|到|[-~～－]")


def _case_figure(plain: str, f: re.Match) -> bool:
    """(wing2) Whether the figure is a case (重伤11人), the only figure of its clause up to the verb
    that classes it and with no bound word there (3人以上不满10人重伤的 is a threshold)."""
    start = max(plain.rfind(c, 0, f.start()) for c in "，,。；;：:") + 1
    reach = _REACH.search(plain, f.end())
    clause = plain[start:reach.start() if reach else len(plain)]
    return len(re.findall(r"\d+(?:\.\d+)?", clause)) == 1 and not _BOUND_WORD.search(clause)


# (g21miss) a place word between the verb and the class: 算在Ⅳ级里, 归入, 落在
_INTO = re.compile(r"^(?:在|入|进|为|作)")


def _judged(plain: str, asked: set[str] | None, texts: list[str], loose: bool = False):
    """(the figure, the class it is said to reach, what is said of it, whether each of the class's
    bounds on its act and unit holds it) for each figure classed (of `asked` when given).
    `loose` (only to find a figure that misses, never to pass one): a figure said with no act of
    its own (50人也算在Ⅳ级里) is held to the class's bounds on its unit when they all bound one
    measure (the words after each bound's figure the same), and a grade named alone takes the one
    kind of a grading table the sentence names (table_classes.py)."""
    text = "\n".join(texts)
    classes = _classes(text)
    for f in re.finditer(rf"(?<![\d.])({_NUM})(?:个|名|位)?({_UNIT})", plain):
        if asked is not None and f.group(1) not in asked:
            continue
        if asked is None and not _case_figure(plain, f):
            continue             # (a bound, 不满10人, is a threshold said, not a case classed: wing2)
        rest = plain[f.end():]
        reach = _REACH.search(rest[:14])
        if reach is None:
            continue
        after_verb = rest[reach.end():reach.end() + 20]
        name = next((c for c in sorted(classes, key=len, reverse=True) if after_verb.startswith(c)), None)
        if name is None and loose:
            into = _INTO.sub("", after_verb)
            name = next((c for c in sorted(classes, key=len, reverse=True) if into.startswith(c)), None)
            if name is None and (k := g21miss_TC.kinded(into, plain, N.arabic(text), classes)):
                name = k[0]
        if name is None:
            continue
        x, unit = float(f.group(1)), f.group(2)
        words = _FILLERS.sub("", re.split(r"已经|达到|属于|算|构成|够|的|就|，", rest[:reach.start()])[0])
        before = ""
        if not words:
            v = _VERB_BEFORE.search(re.sub(r"[^\u4e00-\u9fff]", "|", plain[:f.start()]))
            before = v.group(1) if v else ""
        measures = {re.sub(r"^(?:以上|以下)", "", p[b.end():])[:4] for alt in re.split(r"，或|；|，且", classes[name])
                    for p in alt.split("或者") for b in _BOUND.finditer(p) if b.group(3) == f.group(2)}
        lone = loose and not words and not before and len(measures) == 1
        if not words and not before and not lone:
            continue
        held = []
        for alt in re.split(r"，或|；", classes[name]):
            for part, bounds in _parts(alt):
                if lone:
                    own = [b for b in bounds if b.group(3) == unit]
                elif words:
                    own = [b for b in bounds if b.group(3) == unit and words[:2] in part[b.end():][:12]]
                else:
                    own = [b for b in bounds if b.group(3) == unit and before in part]
                met = [_meets(x, float(b.group(2)), b.group(1), b.group(4), exact=len(own) == 1)
                       for b in own]
                met = [m for m in met if m is not None]
                if met:
                    held.append(all(met))
        said = f"{f.group(1)}{unit}{words}" if words else f"{before}{f.group(1)}{unit}"
        yield f, name, said, held
