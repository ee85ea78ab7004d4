"""A list with its own count after it in brackets: "责令公开道歉、停职检查、引咎辞职、责令辞职、免职
（5种）", a table cell as much as a sentence.

The count says how many members the list before it names, nothing of the text: the support test
held the 5 to the article's figures and found none. When the bracket holds only a count (共 / 计, a
number, a measure word: 种, 项, 类, 个, 条, 人) and the run of members before it (the clause it ends,
split at 、 and a last 和 / 及 / 与 / 以及) has exactly that many, the bracket is taken out and the
list is judged as any list. A count that does not match its list (four members and （三种）)
contradicts the sentence itself and fails it; a list left open (等, 等等) is not counted.
"""
from __future__ import annotations

import re

from ..references import cn_int

_BRACKET = re.compile(r"[（(](?:共|计|合计|一共)?(?P<n>[零一二两三四五六七八九十\d]+)(?:种|项|类|个|条|人|处)[)）]")
_ITEM_SEP = re.compile(r"、|(?<=[^、，,])(?:和|及|与|以及)(?=[^、，,]{2,}$)")


def mismatched(sentence: str) -> str | None:
    """Why a bracketed count is not its list's length, or None."""
    for m in _BRACKET.finditer(sentence):
        clause = re.split(r"[，,。；;：:]", sentence[:m.start()])[-1]
        items = [x for x in _ITEM_SEP.split(clause) if x.strip()]
        n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
        if len(items) >= 2 and len(items) != n and not re.search(r"等等?$", clause):
            return f"括号里说{m.group('n')}种，前面列了{len(items)}项"
    return None


def without_count(sentence: str) -> str:
    """The sentence with each bracketed count taken out where it is its list's length."""
    out, last = [], 0
    for m in _BRACKET.finditer(sentence):
        clause = re.split(r"[，,。；;：:]", sentence[:m.start()])[-1]
        items = [x for x in _ITEM_SEP.split(clause) if x.strip()]
        try:
            n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
        except ValueError:
            continue
        if len(items) >= 2 and len(items) == n:
            out.append(sentence[last:m.start()])
            last = m.end()
    return "".join(out) + sentence[last:] if out else sentence
