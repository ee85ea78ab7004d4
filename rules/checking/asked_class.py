"""A bare class given as the answer to a question that states the case by a figure: "算Ⅱ级险情。"
answering "乘客在江上困了整整2个小时，算几级险情？", where the text's Ⅱ级险情 is 滞留水上30分钟以上
不满2小时 and its Ⅰ级险情 2小时以上.

`class_threshold` holds a figure a sentence classes (8人食物中毒已经达到较大…) to the class's
thresholds; an answer that names only the class leaves the figure to the question and has none to
hold, so it passed on the class's name alone. Here the asker's one figure (with its unit, not itself
a bound: 不到10万元 is a range) is held to every bound on that unit in the class's definition (its
alternatives, its listed cases): when the class has such bounds and none of its alternatives holds
the figure, the class is wrong for the case whatever the words around the figure. A graded class with
no bound on the unit where another class has some is not graded by the asker's measure at all
(直接经济损失 said to make a 险情 graded by hours and persons). A class with no bounds at all, a
question with more than one figure, or a bound that cannot be decided leaves the sentence to the
other readings. This reading only fails a sentence; it never passes one.
"""
from __future__ import annotations

import re

from . import class_threshold as CT
from . import numerals as N

_OPENS = re.compile(r"^(?:按照?附件|依照附件|根据附件)?(?:应当|应|就|可)?(?:算是?|属于|构成|达到|认定为|定为|是)?(?:作|为)?")
_CLOSES = re.compile(r"^(?:了)?[。！!]?$")
_CASE = re.compile(rf"(?<![\d.])({CT._NUM})(?:个|名|位)?({CT._UNIT}|方(?![面案向式法针]))")
# (heldmiss2) the asker's colloquial unit for the text's: 2000方渣土 is 2000立方米
_SAID_AS = {"方": "立方米"}
_BOUNDED = re.compile(r"(?:不到|不足|不满|少于|低于|超过|多于|高于|以内|以上|以下|不超过|不少于)$")


def problem(sentence: str, question: str, texts: list[str]) -> str | None:
    """Why the class the sentence names alone misses the asker's figure; else None."""
    if re.search(r"\d", sentence) or not re.search(r"\d|[一二两三四五六七八九十]", question):
        return None
    rest = sentence.strip()[_OPENS.match(sentence.strip()).end():]
    classes = CT._classes("\n".join(texts))
    name = next((c for c in sorted(classes, key=len, reverse=True)
                 if rest.startswith(c) and _CLOSES.match(rest[len(c):])), None)
    if name is None:
        # (g21miss) a grade named alone, of the one kind of a grading table the question names
        kinded = CT.g21miss_TC.kinded(rest, sentence + question, N.arabic("\n".join(texts)), classes)
        if kinded is None or not _CLOSES.match(rest[len(kinded[1]):]):
            return None
        name = kinded[0]
    q = N.arabic(question)
    cases = [f for f in _CASE.finditer(q)]
    if len(cases) != 1:
        return None
    f = cases[0]
    x, unit = float(f.group(1)), _SAID_AS.get(f.group(2), f.group(2))
    graded = [b.group(3) for b in CT._BOUND.finditer(classes[name])]
    if graded and unit not in graded:
        # the class is not graded on the asker's measure at all, while another class is: the
        # asker's figure cannot put the case into it (直接经济损失不到10万元 "算Ⅱ级险情", where
        # the 险情 grades go by hours and persons only)
        others = [c for c in classes if c != name and any(b.group(3) == unit for b in CT._BOUND.finditer(classes[c]))]
        return f"{name}不按{unit}计的数额划分（原文：{name}，是指{classes[name][:60]}）" if others else None
    if _BOUNDED.search(q[:f.start()]) or re.match(rf"(?:个|名|位)?{CT._UNIT}?(?:以上|以下|以内)", q[f.end():]):
        return None               # (a range the asker gives, not a case)
    held: list[bool] = []
    # (heldmiss2) the asker's act beside the figure (5个人重伤, 死了2个人): the parts that name it are
    # the ones the figure is held to, when some do (2人重伤 is not met by 1人以上不满3人死亡)
    near = q[max(0, f.start() - 4):f.start()] + "|" + q[f.end():f.end() + 4]
    acts = {near[i:i + 2] for i in range(len(near) - 1)
            if re.fullmatch(r"[\u4e00-\u9fff]{2}", near[i:i + 2]) and not set(near[i:i + 2]) & set("个名位人了的是在有")}
    named = [part for alt in re.split(r"，或|；", classes[name]) for part, bounds in CT._parts(alt)
             if any(b.group(3) == unit for b in bounds) and any(a in part for a in acts)]
    for alt in re.split(r"，或|；", classes[name]):
        for part, bounds in CT._parts(alt):
            if named and part not in named:
                continue
            own = [b for b in bounds if b.group(3) == unit]
            met = [CT._meets(x, float(b.group(2)), b.group(1), b.group(4), exact=len(own) == 1) for b in own]
            if any(m is None for m in met):
                return None
            if met:
                held.append(all(met))
    if held and not any(held):
        return f"{f.group(1)}{unit}不合{name}的标准（原文：{name}，是指{classes[name][:60]}）"
    return None
