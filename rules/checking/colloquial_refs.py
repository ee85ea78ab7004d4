"""References said the way people say them: "17条只是转个引用（从重从轻按25号文第八、九条）",
"18条的不予问责清单断掉了".

Why: the reference reader takes an article with 第 (第十七条) and a document number in full
(中办发[2009]25号). Said short, 17条 was read as a bare figure the article does not hold, and
25号文第八、九条 as the regulation's own 第八条 and 第九条, whose words the sentence does not
restate. Both are written out before the sentence is judged:
- a short document number (25号文, 25号文件, 中办发25号) right before the articles it names
  (25号文第八、九条) becomes the full number the sources cite with that serial, when exactly one
  number of the sources has it (elsewhere it is left: the readings of documents outside the
  knowledge base read 25号文 as it is);
- an article number with 条 and no 第 (17条), at the head of a sentence or clause and followed by
  what is said of it (的, 只, 是, 说, 讲, 规定, 里, 中, 没有, a colon or comma), becomes 第十七条. A count
  (共18条, 有18条) is not at a clause head and stays.
"""
from __future__ import annotations

import re

from ..references import _DOC_NUMBER, format_ref
from .sources import SourceSet

_FULL = re.compile(_DOC_NUMBER)
_SHORT = re.compile(r"(?<![\]〕］】\d])(?:[\u4e00-\u9fff]{1,3}发)?(?P<n>\d{1,4})号(?P<tail>文件|文)?")
_BARE_ARTICLE = re.compile(r"(?:^|(?<=[，,；;。：:]))(?P<n>\d{1,3})条(?=的|只|是|说|讲|规定|里|中|没有|[：:，,])")


def _numbers(sources: SourceSet) -> list[str]:
    """The document numbers the sources cite, kept on the source set."""
    got = sources.__dict__.get("_r18alarm_numbers")
    if got is None:
        got = sorted({m.group(0) for p in sources.passages for m in _FULL.finditer(p.text)})
        sources.__dict__["_r18alarm_numbers"] = got
    return got


def spelled(text: str, sources: SourceSet) -> str:
    """The sentence with short references written out (see the module docstring)."""
    if "号" in text and re.search(r"\d号", text):
        numbers = _numbers(sources)
        for m in reversed(list(_SHORT.finditer(text))):
            if _FULL.match(text, m.start()) or not text.startswith("第", m.end()):
                continue                  # (only before the articles it names: 25号文第八条)
            full = [x for x in numbers if re.search(r"[\]〕］】]" + m.group("n") + "号$", x)]
            if len(full) == 1:
                text = text[:m.start()] + full[0] + ("文件" if m.group("tail") else "") + text[m.end():]
    if "条" in text:
        text = _BARE_ARTICLE.sub(lambda m: format_ref(int(m.group("n"))), text)
    return text
