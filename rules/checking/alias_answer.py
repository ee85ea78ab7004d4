"""The full title given in answer to what a short name stands for: "是《深圳市行政决策责任追究办法》，
第七条中对其作了简称" answering "第十一条说的《办法》是哪部？", where the source defines
《深圳市行政过错责任追究办法》（以下简称《办法》）.

`misnamed_alias` holds a short name and a title said together in one sentence to the source's
definition. An answer leaves the short name to the question and gives only the title; the sentence
alone then restates words of the article that lists both titles and passes. Here the short name the
question asks about (《X》是哪部 / 指什么 / 是什么) and the title the answer opens with (是《B》,
就是《B》, 指《B》, 《X》是《B》) are read as one pair, held to the definition like any other.
A short name the sources never define is not read (nothing to hold it to).
"""
from __future__ import annotations

import re

_ASKED = re.compile(r"《([^》]+)》[^《》。？?]{0,8}?(?:是|指)(?:的是)?(?:哪|什么|啥)")
_OPENS = re.compile(r"^(?:它|这|该简称)?(?:《(?P<short>[^》]+)》)?(?P<verb>指的?是|就是|是指|即|是|指)?《(?P<full>[^》]+)》")
# (szalarm6) a bare title that opens the sentence is its answer only when it stands alone (《B》。,
# 《B》，…, 《B》（…）); before an article or a verb ("《规定》第七条把《…》简称为《办法》") it is the
# sentence's subject, and the pair the sentence itself states is `misnamed_alias`'s to read
_ALONE = re.compile(r"^\s*(?:$|[。，,；;（(！!])")


def misanswered(sentence: str, question: str, aliases: dict) -> list[str]:
    """["《X》即《B》"] when the answer opens with a title B that the short name X the question asks
    about does not stand for; [] otherwise."""
    if "《" not in sentence:
        return []
    q = _ASKED.search(question)
    m = _OPENS.match(sentence.strip()) if q else None
    if m is None or (m.group("short") and m.group("short") != q.group(1)):
        return []
    if not m.group("short") and not m.group("verb") and not _ALONE.match(sentence.strip()[m.end():]):
        return []
    short, full = q.group(1), m.group("full")
    names = {n.strip("《》") for n in aliases.get(short, ())}
    if not names or full == short or full in names:
        return []
    return [f"《{short}》即《{full}》"]
