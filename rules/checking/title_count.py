"""A count of the documents a sentence lists by title ("对照三份点名的文件…：《A》、《B》和《C》"):
a count that matches its own list of titles is the sentence counting what it names, as a count of
enumerated items is (`support._enumerated`); each title is held to the passage on its own. The
count and its talk (点名的文件) are then no new words of a restatement. A count that does not
match the titles listed stays, and is read as any other words."""
from __future__ import annotations

import re

from ..references import cn_int

_COUNT = re.compile(r"([一二两三四五六七八九十\d]+)(?:份|部|个|件)(?:点名的?|列出的?|提到的?|引用的?|具体的?)?(?:文件|规定|办法|法规|文本)")
# a title in parentheses after another is its short name (（简称《办法》）), not one more document
_ALIAS = re.compile(r"[（(](?:以下)?简称[^）)]*[）)]")


def uncounted(sentence: str) -> str:
    """The sentence without a count of documents that equals the titles it lists."""
    listed = len(re.findall(r"《[^》]+》", _ALIAS.sub("", sentence)))
    def drop(m: re.Match) -> str:
        try:
            return "" if cn_int(m.group(1)) == listed else m.group(0)
        except ValueError:
            return m.group(0)
    return _COUNT.sub(drop, sentence)
