"""One article said to lie outside another's reach: "第八条不在第十一条的适用范围里", "第七条不属于
第十条所说的情形", "第十条管不到第八条".

Whether article B reaches article A is something the text says only when B names the articles it
applies to (第十条: 有本规定第五、六、七、九条规定的情形). Then the claim is read against that list:
true when A is not among them, false when it is. An article B that names no articles of its own
regulation (第十一条: 对党政领导干部问责……的程序按照……执行) speaks of every case its words cover,
and whether A's case is one of them is not a matter of the words; the claim is then left
unsupported (fail closed), since a reach the text never limits cannot be said to stop short of A.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

_ART = r"第[零一二两三四五六七八九十百\d]+条"
# A 不在 B 的(适用)范围/之列/其中 / A 不属于 B (所说|规定)的(情形|范围) / A 不适用 B
_OUT = re.compile(rf"^(?P<a>{_ART})(?:的(?:情形|规定|内容))?(?:并|也|就|都)?(?:不在|不属于|不归|不受)(?P<b>{_ART})"
                  r"(?:的|所说的|规定的|所列的|列举的)?(?:适用)?(?:范围|之列|其列|此列|其中|名单|情形|管辖)(?:里|内|之内|以内|中|之中)?"
                  r"(?P<tail>[，,；;。]?.*)$")


def judged(sentence: str, article_text: Callable[[int], str | None]) -> tuple[bool, str, str] | None:
    """(verdict, why, the rest of the sentence) when it opens with such a claim, else None.
    `article_text(n)`: the text of article n of the regulation talked of, or None."""
    m = _OUT.match(sentence.strip())
    if m is None:
        return None
    (a,), (b,) = [r.article for r in find_refs(m.group("a"))], [r.article for r in find_refs(m.group("b"))]
    text = article_text(b)
    if text is None:
        return None
    reached = {r.article for r in find_refs(text) if r.internal and r.article} - {b}
    rest = m.group("tail").lstrip("，,；;。")
    la, lb = m.group("a"), m.group("b")
    if not reached:
        return False, f"{lb}没有列出它适用于哪些条文，条文本身不能说明{la}在不在它的范围内。", rest
    if a in reached:
        return False, f"{lb}所指的条文包括{la}。", rest
    return True, f"{lb}所指的条文不包括{la}。", rest
