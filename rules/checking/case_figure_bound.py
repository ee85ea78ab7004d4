"""The asker's figure set against a bound the sentence itself states: "扣减运营补贴10万元以上的，
被追究对象可以要求听证，12万元符合", "市应急管理局只负责500个端口以上的运营单位，300个端口属于
第四条第二款说的“前款规定以外的运营单位”".

Why: the question gave the case (拟扣减12万元, 300个充电端口, 30个口的充电棚); an answer applies the
regulation's threshold to it. The case's figure is the asker's, not the text's, so the support test,
which asks every figure of a sentence to be in the passage, flagged the sentence ("300在第四条中
找不到"). `case_bounds.py` reads a figure compared with another side by side ("79%低于80%"); here
the two stand apart.

The reading:
- a bound in the sentence (B + unit + a short noun + 以上 / 以下 / 以内, or 超过 / 不足 / 不满 /
  低于 / 不少于 / 不超过 + B + unit) that the document itself puts on B in that unit (else nothing is
  read: the support test still asks for it);
- a figure X of the question in the same unit, elsewhere in the sentence, and what the sentence
  says of it in its clause: inside (符合, 属于, 达到, 满足, 够, 算) or outside (不符合, 不属于, 不够,
  未达到, …以外 / 之外 / 不在);
- X set against the bound (its end included as the document's 所称…包括本数 says, else as the
  word says). Agreeing, X and its unit are cut (leaving a break, ；, where it stood), so that what is left (the bound, the clause) is
  held to the passage as before; disagreeing, the sentence is wrong. Nothing said of X, or both,
  decides nothing.
"""
from __future__ import annotations

import re

from . import numerals as N
from .case_bounds import definitions

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:个工作日|工作日|个月|小时|分钟|万元|元|%|日|天|年|人|名|张|个|台|辆|家|间|处|座|次|起|件|项|分(?!钟))"   # (分: points of a score, g15alarm)
_INCLUDED = {"以上": True, "以下": True, "以内": True, "不少于": True, "不超过": True, "不低于": True,
             "不高于": True, "超过": False, "不足": False, "不满": False, "低于": False, "少于": False}
_UP = {"以上", "不少于", "不低于", "超过"}           # the bound holds X at or above B (else below)
_AFTER = re.compile(rf"(?<![\d.])({_NUM})({_UNIT})([\u4e00-\u9fff]{{0,8}}?)(以上|以下|以内)")
_BEFORE = re.compile(rf"(不少于|不超过|不低于|不高于|超过|不足|不满|低于|少于)({_NUM})({_UNIT})")
# (在此范围内 / 在这个区间: the case said inside the bound the sentence gave just before; g23alarm)
_IN = r"符合|属于|达到|满足|够|算|落在|在(?:此|这个|该|这一)?(?:范围|区间)"
_OUT = r"不符合|不属于|不够|够不上|未达到|没达到|达不到|不算|不在"


# what a cut figure leaves: a break, so that the figures on either side are not read as neighbours
# (a bound's words running on into the clause that followed the case's figure)
_GAP = "；"


def _unit(u: str) -> str:
    return {"天": "日", "个工作日": "工作日", "名": "人"}.get(u, u)


def _bounded(number: str, unit: str, word: str, doc: str) -> bool:
    """Whether the document puts this bound word on this number in this unit (10个以上 in
    "设置10个以上电动自行车充电端口"; 超过500个)."""
    n = re.escape(number)
    u = re.escape(unit)
    if word in ("以上", "以下", "以内"):
        return re.search(rf"(?<![\d.]){n}{u}[\u4e00-\u9fff]{{0,8}}?{word}", doc) is not None
    return re.search(rf"{word}{n}{u}", doc) is not None


def _inside(x: float, b: float, word: str, defined: dict[str, bool]) -> bool:
    included = defined.get(word, _INCLUDED[word])
    if word in _UP:
        return x > b or (included and x == b)
    return x < b or (included and x == b)


def _clause(sentence: str, at: int, end: int) -> str:
    """The words after the figure up to its clause's end."""
    m = re.search(r"[，,。；;！!？?]", sentence[end:])
    return sentence[end:end + m.start()] if m else sentence[end:]


def read(sentence: str, question: str, texts: list[str], written: str = "") -> tuple[str, str]:
    """(why the sentence is wrong, "") or ("", the sentence without the asker's figures read here).
    What the sentence says of a figure is read in its clause as written (with the quotes an
    earlier reading took out of `sentence`)."""
    if not question or not re.search(r"\d", sentence):
        return "", sentence
    plain = N.arabic(sentence)
    asked = set(re.findall(_NUM, N.arabic(question)))
    if not asked or not any(x in plain for x in asked):
        return "", sentence
    full = N.arabic(written or sentence)
    doc = N.arabic("\n".join(texts))
    defined = definitions(texts)
    cut: list[tuple[int, int]] = []
    bounds = [(m.group(1), _unit(m.group(2)), m.group(4), m.span()) for m in _AFTER.finditer(plain)] + \
             [(m.group(2), _unit(m.group(3)), m.group(1), m.span()) for m in _BEFORE.finditer(plain)]
    if full != plain:
        # a bound the sentence quotes ("74分落在“60分以上不足75分”"), which an earlier reading took
        # out of `sentence`, is read where it was written (g15alarm)
        bounds += [(m.group(1), _unit(m.group(2)), m.group(4), (-1, -1)) for m in _AFTER.finditer(full)] + \
                  [(m.group(2), _unit(m.group(3)), m.group(1), (-1, -1)) for m in _BEFORE.finditer(full)]
    bounds = [(b, u, w, s) for b, u, w, s in dict.fromkeys(bounds)
              if _bounded(b, u if u not in ("日", "人") else u, w, doc) or _bounded(b, "天" if u == "日" else u, w, doc)]
    for b, unit, word, span in bounds:
        for f in re.finditer(rf"(?<![\d.])({_NUM})({_UNIT})", plain):
            x = f.group(1)
            # (a figure already read against one bound is still held to every other: 82分 is inside
            # 60分以上 and outside 不足75分; g15alarm)
            if x not in asked or _unit(f.group(2)) != unit or span[0] <= f.start() < span[1]:
                continue
            # (the figure's own place where the sentence is read as written: the bound may hold the
            # same number before it, 不满3人 … 3人死亡在此范围内; g23alarm)
            at = f.start() if full == plain else full.find(f.group(0))
            tail = _clause(full, at, at + len(f.group(0))) if at >= 0 else _clause(plain, f.start(), f.end())
            said_out = re.search(_OUT, tail) is not None or re.search(r"以外|之外", tail) is not None
            said_in = re.search(_IN, tail) is not None and not said_out
            if not said_in and not said_out:
                continue
            inside = _inside(float(x), float(b), word, defined)
            if said_in != inside:
                return (f"{x}{f.group(2)}{'在' if inside else '不在'}“{b}{f.group(2)}{word}”之内，"
                        f"不是{'不' if inside else ''}符合。"), ""
            cut.append(f.span())
    if not cut:
        return "", sentence
    out = plain
    for a, z in sorted(set(cut), reverse=True):
        out = out[:a] + _GAP + out[z:]
    if plain != sentence:
        # the pieces cut, found in the sentence as written (12万元 for 120000元)
        pieces = {plain[a:z] for a, z in cut}
        mine = sentence
        for t in reversed(list(re.finditer(rf"[\d.零一二两三四五六七八九十百千万亿]+{_UNIT}", sentence))):
            if N.arabic(t.group(0)) in pieces:
                mine = mine[:t.start()] + _GAP + mine[t.end():]
                pieces.discard(N.arabic(t.group(0)))
        if not pieces:
            return "", mine
    return "", out
