"""The number of articles said in other words: "规定一共有二十条", "全文总共十八条". `claims.article_counts`
reads 共N条; this gives it the same count said with 一共 / 总共 / 合计 / 共有, so that one reading
holds them all. Only a count said of the whole: a clause that names a chapter, an article or a span
(第二章“问责情形”共五条, 从第五条到第九条共五条) counts those, and is left to their readers."""
from __future__ import annotations

import re

from ..references import cn_int

_TOTAL = re.compile(r"(?:一共|总共|合计|共计|共)有?([零一二两三四五六七八九十百\d]+)条(?![款项])")


def counted_articles(sentence: str) -> str:
    """The sentence with each total of articles written as 共N条 (the form `article_counts` reads);
    the rest of the sentence is dropped, so nothing else is counted twice."""
    out = []
    for clause in re.split(r"[，,。；;：:\n]", sentence):
        if re.search(r"章|节|第[零一二两三四五六七八九十百\d]+条|从|到|至|“", clause):
            continue                # a chapter's or a span's count (第二章共五条), read by their readers
        out += [f"共{m.group(1)}条" for m in _TOTAL.finditer(clause)]
    return "；".join(out)


# (r19alarm) "能确定的只是至少有十八条": a lower bound on the articles, said of a text that is cut. It
# holds when the sources reach that article (the last held is N or later); a bound past the last
# article held is more than the sources show. Said of the whole text only, as 共N条 is.
_AT_LEAST = re.compile(r"(?:至少|起码|最少|不少于)(?:有|是|也有)?([零一二两三四五六七八九十百\d]+)条(?![款项])")
# what may stand around it and says only how sure the bound is, or of which text
_SURE = re.compile(r"能确定的?|可以确定的?|能肯定的?|可以肯定的?|能看出的?|只是|只能说|仅能说|就是|的|是|"
                   r"(?:这份|这个|现有的?|手头的?|转载的?)?(?:文本|规定|来源|资料|条文)(?:里|中)?|本规定|一共|总共|"
                   r"[，,。；;！!]")


def lower_bounds(sentence: str, last: int) -> list[tuple[bool, str, bool]]:
    """(holds, why, says nothing else) for each 至少N条 said of the whole text."""
    out = []
    for clause in re.split(r"[，,。；;：:\n]", sentence):
        if re.search(r"章|节|第[零一二两三四五六七八九十百\d]+条|从|到|至(?!少)|“", clause):
            continue
        for m in _AT_LEAST.finditer(clause):
            n = cn_int(m.group(1))
            ok = n is not None and 0 < n <= last
            rest = _SURE.sub("", _AT_LEAST.sub("", sentence))
            out.append((ok, f"来源中的条文到第{last}条" if ok else f"来源中的条文只到第{last}条，说不出至少有{m.group(1)}条。",
                        not rest))
    return out
