"""The number of articles said in other words: "规定一共有二十条", "全文总共十八条". `claims.article_counts`
reads 共N条; this gives it the same count said with 一共 / 总共 / 合计 / 共有, so that one reading
holds them all. Only a count said of the whole: a clause that names a chapter, an article or a span
(第二章“问责情形”共五条, 从第五条到第九条共五条) counts those, and is left to their readers."""
from __future__ import annotations

import re

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
