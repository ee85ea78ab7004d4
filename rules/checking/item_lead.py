"""An item's words said with its lead's: "串供属于第二十条第（二）项“干扰、阻碍调查或者串供、伪造证据
的”情形，应当从重处理" and "第三条第二款第（三）项把“…”投诉列为重大投诉". An item (项) says nothing
alone: what it is a case of (应当从重处理, 重大投诉) is in its article's lead (有下列情形之一的，应当从重
处理；本办法所称重大投诉，是指有下列情形之一的投诉). The support test read the figures and bodies of
such a sentence in the item and its lead, but measured its content in the item's line only, and a
right sentence that names the item and says its lead's consequence fell under the content bar.

The content is measured in the item and its lead together, and only when the sentence says
something of the item itself (a content pair of the item that its lead does not have) or nothing
but its lead's words (第（三）项把…列为重大投诉, its case quoted and verified apart), and has no
character that neither has. A sentence
that takes the lead's consequence and puts another item's case under it (串供 under the item about
repeat offences) has none of that item's own words and is still measured by the item alone.
"""
from __future__ import annotations

import re
from typing import Callable

from .sources import bigrams

# what says an item is one of its article's list: 属于…情形, 把…列为, 作为 (talk of membership)
_TALK = re.compile(r"属于|列为|列入|作为|情形|这一项|这项|该项")


def coverage(sentence: str, item: str, lead: str, measure: Callable[[str, str], float]) -> float:
    """The sentence's coverage by the item and its lead, when every content character of it is
    theirs and what it says beyond the lead's words has a pair of the item's own; else 0 (the
    caller keeps its coverage by the item alone)."""
    from .support import _FUNCTION, _REF_WHOLE as _REF, _content_pairs    # (第（三）项 whole, its 第 too: g23alarm)

    # (the lead the caller hands down ends with the item's own line: the rest is its article's)
    lead = "\n".join(x for x in lead.splitlines() if x.strip() and x.strip() not in item)
    own = bigrams(item) - bigrams(lead)
    said = re.findall(r"[\u4e00-\u9fff]", _FUNCTION.sub("", _REF.sub("", _TALK.sub("", sentence))))
    # read with the lead, the sentence earns the lead's words and no others: a character neither
    # has (从轻 where the lead says 从重) is a term of its own, and the item alone measures it
    if any(c not in item and c not in lead for c in said):
        return 0.0
    if any(c not in lead for c in said) and not _content_pairs(sentence) & own:
        return 0.0          # words beyond the lead, and none of them the item's own pairs
    return measure(sentence, item + "\n" + lead)
