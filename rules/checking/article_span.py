"""A span of articles said where the text enumerates them with a gap (branch `r17miss`).

"第十条覆盖第五条到第九条的全部问责情形" restates an article that reads "有本规定第五、六、七、
九条规定的情形": the span 第五条到第九条 takes in 第八条, which the article leaves out. The support
test reads article references apart from the content, so the span passed. Read here, for a
verified sentence: each span it says (第A条到第B条, 第A条至第B条, 第A至B条, 第A—B条) is set against
the enumerations of articles in the articles the sentence is held to (第五、六、七、九条 or
第五条、第六条、第七条、第九条: two or more numbers joined by 、 和 及 或). An enumeration that has both
ends of the span and skips a number between them says the span is not the text's: the sentence is
unsupported. A span no enumeration starts and ends with is left to the other readings, and so is
a span said with a chapter in its clause (第二章问责情形（第五条至第九条）: the chapter's extent).
"""
from __future__ import annotations

import re

from ..references import cn_int

_N = r"[零一二两三四五六七八九十百\d]+"
_SPAN = re.compile(rf"第({_N})条?(?:到|至|—|－|-|~|～)第?({_N})条")
# 第五、六、七、九条 / 第五条、第六条和第九条 (joined by 、 和 及 或)
_LIST = re.compile(rf"第{_N}条?(?:(?:、|和|及|以及|或者|或)第?{_N}条?)+")
_NUM = re.compile(_N)


def _numbers(run: str) -> list[int]:
    out = []
    for m in _NUM.finditer(run):
        try:
            out.append(cn_int(m.group(0)))
        except ValueError:
            return []
    return out


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why a span of articles the sentence says is not the one its articles enumerate."""
    spans = []
    for m in _SPAN.finditer(sentence):
        start = max(sentence.rfind(c, 0, m.start()) for c in "，,。；;")
        if re.search(rf"第{_N}章", sentence[start + 1:m.start()]):
            continue                      # 第二章问责情形（第五条至第九条）: a chapter's extent (chapters.py)
        try:
            a, b = cn_int(m.group(1)), cn_int(m.group(2))
        except ValueError:
            continue
        if a < b:
            spans.append((m.group(0), a, b))
    if not spans:
        return []
    lists = [set(ns) for _, text in held for m in _LIST.finditer(text)
             if _SPAN.fullmatch(m.group(0)) is None and len(ns := _numbers(m.group(0))) >= 2]
    out = []
    for said, a, b in spans:
        for ns in lists:
            if a in ns and b in ns and ns <= set(range(a, b + 1)) and (gap := sorted(set(range(a, b + 1)) - ns)):
                out.append(f"“{said}”不合原文：原文列的是第{'、'.join(map(str, sorted(ns)))}条，没有第{'、'.join(map(str, gap))}条")
                break
    return out
