"""A Markdown heading over a part of the answer ("### 处理措施", "## 章节结构").

A draft written in Markdown may title its parts; the heading names what the lines under it are
about and asserts nothing itself, but read as a sentence it found no passage and failed the
draft. A heading is framing only when its words can carry no claim: a short label with no figure
or numeral, no negation, no modal or copula, no reference to an article and none of the words
the checker reads as a claim (`carries`). "## 停职检查可以合并适用" or "## 共三章" stay sentences.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}\s+(?P<title>\S.*?)\s*#*\s*$")
MAX_TITLE = 12            # characters of a label: longer is more than a name of a part
# a figure, a numeral, a negation, a modal or copula, a reference, a quote, a comparison
_CLAIMING = re.compile(r"[\d零一二两三四五六七八九十百千万]|[不没无未非否勿]|可以|可|应|须|得|能|会|是|有|为|第|《|“|\"|"
                       r"只|仅|都|均|最|较|比|与|和|或")


def section_title(sentence: str, carries: bool) -> bool:
    """Whether the sentence is a Markdown heading that names a part of the answer and says nothing."""
    m = _HEADING.match(sentence.strip())
    if m is None or carries:
        return False
    title = m.group("title").strip("*_ ：:")
    return 0 < len(title) <= MAX_TITLE and not _CLAIMING.search(title)
