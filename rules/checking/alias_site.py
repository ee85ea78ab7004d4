"""A short name glossed by the article that defines it, closing the sentence: "按《办法》，也就是第七条
里简称为《办法》的《深圳市行政过错责任追究办法》" (asked 调离现工作岗位按哪个程序). 第七条 there says
where the short name comes from (《…》（以下简称《办法》）), not what the procedure of the measure
asked is; the sentence, read whole, held the asked measure to 第七条 and was flagged.

The gloss (也就是 / 即 / 就是 + 第N条 + 简称为 / 称为 / 起的简称 + 《short》的《full》) is read on its
own when the short name is used before it in the sentence: the pair must be the one that article's
text defines (《full》（以下简称《short》）), else the sentence is wrong; when it is, the rest of the
sentence is judged without the gloss, as any sentence (what the short name is said of there).
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, int_cn

_NUM = r"[零一二两三四五六七八九十百\d]+"
_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
# the gloss after a short name the sentence uses: "，也就是第七条里简称为《办法》的《…》"
_GLOSS = re.compile(rf"[，,](?:也就是|也即|即|就是)(?:说)?(?P<site>第{_NUM}条(?:里|中|所|的)?(?:给[^，,。；;]{{0,24}}?)?"
                    r"(?:简称为?|称为|起的简称(?:是|为)?)《(?P<short>[^》]+)》的?《(?P<full>[^》]+)》)(?=[。；;！!]?$)")


def glossed(sentence: str, article_text: Callable[[int], str | None]) -> tuple[bool | None, str, str]:
    """(verdict, why, the sentence without its gloss) for a short name glossed by the article that
    defines it; None when there is no such gloss or its short name is not used before it."""
    m = _GLOSS.search(sentence.strip())
    if not m or f"《{m.group('short')}》" not in sentence[:m.start()]:
        return None, "", sentence
    n = cn_int(re.match(rf"第({_NUM})条", m.group("site")).group(1))
    text = article_text(n) or ""
    if (m.group("full"), m.group("short")) not in set(_DEFINES.findall(text)):
        return False, f"第{int_cn(n)}条没有把《{m.group('full')}》简称为《{m.group('short')}》。", ""
    return True, f"简称由第{int_cn(n)}条定义", sentence.strip()[:m.start()] + sentence.strip()[m.end():]

