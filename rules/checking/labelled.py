"""A label before a colon that heads a statement, not a list (branch reg6miss).

A sentence verified in one article that ends with ； after a colon ("…有三项：A；") leads a list:
the parts after it are held to that article's items. "处理决定：由县人民政府作出；" is a label (the
topic of a bulleted answer) and the statement it heads; the next part (需要给处分的，移送有管理权
限的机关依法处理) is a statement of its own, not an item, and was held to a list it is not in. A
head is a list's lead when it says so: a count of items or a word that announces members
(有, 包括, 如下, 下列, 分为, 情形, 方式…); a head without one, whose part after the colon gives a
holder (由X…), is a label.
"""
from __future__ import annotations

import re

_ANNOUNCES = re.compile(r"[零一二两三四五六七八九十\d]+\s*(?:项|种|类|个|条|款|点|方面)|几|有|包括|如下|下列|以下|分为|分成|"
                        r"情形|情况|方式|措施|职责|要求|内容|事项|标准|列")


def is_label(text: str) -> bool:
    """Whether the text is a label and its statement ("处理决定：由县人民政府作出；")."""
    head, colon, tail = text.strip().partition("：")
    if not colon:
        head, colon, tail = text.strip().partition(":")
    return bool(colon) and not _ANNOUNCES.search(head) and "由" in tail
