"""A sentence that says the text requires what was just answered, pointing at it with 这么 / 这样:
"可以，而且规定本身就是这么要求的。" to "市里能不能在上级问责之前先处理？".

It names nothing of its own (the support test found none of its words anywhere and flagged it);
what it asserts is that the text makes the question's act a duty. So it is decided as a verdict
lead is, by the sentence after it: true when that sentence is verified, states the act with a
modal of duty (应当, 应, 必须, 须), and is about what the question asks (shares a pair of its
words); otherwise it stays unsupported. A sentence after it that only permits (可以) or that is not
verified leaves it flagged."""
from __future__ import annotations

import re

from .sources import bare

_NUM = r"[零一二两三四五六七八九十百\d]+"
_SO_REQUIRED = re.compile(rf"^(?:而且|并且|况且|并|且)?(?:本规定|规定|条文|原文|该条|这一?条|第{_NUM}条)?(?:本身)?"
                          r"(?:就|也|正|恰恰)?(?:是)?(?:这么|这样|如此)(?:要求|规定)的?[。！!]?$")
# a duty in the sentence after it (not 应用, 对应, 不应)
_DUTY = re.compile(r"应当|必须|(?<![不无])须(?!知)|(?<![不对反适响供答])应(?![用对急当该])")
_ASKED_WORDS = re.compile(r"[是的了吗呢么能不可以会要哪个什么怎么如何多少]")


def says_required(text: str) -> bool:
    return bool(_SO_REQUIRED.match(text.strip()))


def judged(text: str, question: str, after: str, after_verdict: str) -> tuple[bool, str] | None:
    """(ok, why) for such a sentence given the one after it; None when it is no such sentence."""
    if not says_required(text):
        return None
    if after_verdict != "verified" or not _DUTY.search(after):
        return False, "后一句没有把所问的做法写成义务"
    q, t = bare(_ASKED_WORDS.sub("", question)), bare(after)
    if not any(q[i:i + 2] in t for i in range(len(q) - 1)):
        return False, "后一句说的不是所问的做法"
    return True, "后一句写明了这项义务"
