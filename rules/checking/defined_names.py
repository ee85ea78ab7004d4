"""A body called by the full name its short name was defined for: "向县森林防火联席会议申诉" where the
text defines "县森林防火联席会议（以下简称联席会议）" once and says 联席会议 everywhere after.

The article a sentence restates has only the short name, so the full name was a body that article
lacks. By the document's own definition the two names are one body: the full name is written
back as the short name before the sentence is judged. The full name is read off the text itself,
character by character leftward from the short name to where the draft and the words before the
definition's parenthesis part (县森林防火 + 联席会议); a name that differs from the text's in any
character (市森林防火联席会议) is not the defined one and stays as written.
"""
from __future__ import annotations

import re

from .plain import unquoted

_DEFINED = re.compile(r"[（(]以下简称“?([\u4e00-\u9fff]{2,12})”?[)）]")
MIN_PREFIX = 2          # the full name adds at least this much to the short one


def in_text_words(draft: str, text: str) -> str:
    """`draft` with each full name the text defines a short name for written as the short name,
    outside quotes: a quote keeps the text's own words (its full name, where the text has it)."""
    if "以下简称" not in text:
        return draft
    return unquoted(draft, lambda part: _shortened(part, text))


def _shortened(draft: str, text: str) -> str:
    for m in _DEFINED.finditer(text):
        short = m.group(1)
        before = text[max(0, m.start() - 30):m.start()]
        if not before.endswith(short) or short not in draft:
            continue
        head = before[:-len(short)]            # the words the full name has before the short name
        out, at = [], 0
        for k in [x.start() for x in re.finditer(re.escape(short), draft)]:
            n = 0
            while n < len(head) and k - n - 1 >= at and draft[k - n - 1] == head[-n - 1]:
                n += 1
            if n >= MIN_PREFIX and _word_start(draft, k - n, head, n):
                out.append(draft[at:k - n])
                at = k
        draft = "".join(out) + draft[at:]
    return draft


def _word_start(draft: str, start: int, head: str, n: int) -> bool:
    """The full name begins where the draft's match begins: the text's name begins there too (a
    level word: 县, 市, 区, 乡, 镇, or the whole head matched)."""
    return n == len(head) or head[-n] in "县市区省乡镇"
