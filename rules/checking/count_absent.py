"""A count said not to be given where the text gives it: "这个办法没有规定调查组的人数" where the text
says "应当组成3人以上的调查组" (branch `wsz4`).

The absence reader looks for the thing denied as written (调查组的人数) and finds no such words, so
the denial stands; but a text gives a number of people by a figure in 人 or 名 beside the noun,
not by the word 人数. `limit_absent` reads the same for time limits. Read here: a sentence that is
only a denial (没有 / 未 + 规定 / 写明 / 给出 … + a noun + 的 + the kind of count: 人数, 名额, 数额,
金额, 次数, 比例), and the document's clauses that name the noun: one of them with a figure in the
kind's unit within a few characters of the noun gives the count, and the denial is false. A text
that never names the noun decides nothing.
"""
from __future__ import annotations

import re

from .sources import bare

_KINDS = {"人数": r"人|名", "人员数": r"人|名", "名额": r"人|名", "金额": r"元", "数额": r"元",
          "次数": r"次", "比例": r"%|％|百分之", "频次": r"次"}
_DENIAL = re.compile(r"(?:没有|没|未|并未|不曾)(?:具体)?(?:规定|给出|写明|写|设定|明确|提到|说明|载明|限定)(?:过)?(?:具体|明确)?的?"
                     rf"(?P<what>[\u4e00-\u9fff]{{2,12}}?)的?(?:具体|总)?(?P<kind>{'|'.join(_KINDS)})(?:是多少|多少|有多少)?[。；;]?$")
NEAR = 12


def may_concern(text: str) -> bool:
    return bool(_DENIAL.search(text.strip()))


def problems(sentence: str, texts: list[str]) -> list[str]:
    m = _DENIAL.search(sentence.strip())
    if m is None or re.search(r"但|不过|只|仅", sentence):
        return []
    what = re.sub(r"^(?:任何|具体|有关|相关)", "", m.group("what"))
    figure = re.compile(rf"(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:{_KINDS[m.group('kind')]})")
    for t in texts:
        for clause in re.split(r"[，,。；;\n]", t):
            c = bare(clause)
            at = c.find(what)
            if at < 0:
                continue
            for f in figure.finditer(c):
                if abs(f.start() - at) <= NEAR:
                    return [f"原文规定了{what}的{m.group('kind')}（{clause.strip()}）"]
    return []
