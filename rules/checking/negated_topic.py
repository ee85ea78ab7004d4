"""A case the article does not rule, named by the negation of the condition it does rule:
"对没有造成较大损失或不良影响的一般事故，第十六条没有作出规定".

The 没有 that opens the topic (对没有造成X的事故) negates a modifier of the noun, not the article's
content; read by the absence reader, "造成X的事故" was taken for the thing said absent, found in the
article, and the right sentence failed as "见于第十六条，不是没有". Read as a whole, the sentence says
the article's own condition is X, so the case without X is left unruled there: true when the article
states X as a condition (X followed by 的 in its text, 或 and 或者 alike), undecided otherwise. The
same topic without the negation (对造成X的事故，第十六条没有规定), where the article states X as its
condition, is false: that is exactly the case it rules. An article that also states the negated
condition (未造成X的，…), or any other case of its own (发生一般事故的，…), may rule that case too, and
is left undecided here. Any clause before the topic is left to be
judged as a sentence of its own.
"""
from __future__ import annotations

import re

from ..references import cn_int, format_ref
from .sources import bare

_ART = r"第[零一二两三四五六七八九十百\d]+条"
_TOPIC = re.compile(rf"(?:^|(?<=[，,；;]))(?:对|对于|至于)(?P<neg>没有|没|未)?(?P<cond>[^，,；;的]{{2,30}})的(?P<head>[^，,；;的]{{2,16}})"
                    rf"[，,](?P<ref>{_ART})(?:对此|对这种情况|对这类事故)?(?:并|都|也)?(?:没有|未)(?:作出|做出|作|做)?"
                    r"(?:任何|具体|明确)?(?:的)?(?:规定|提到|涉及)[。；;]?$")


def _plain(text: str) -> str:
    return bare(text).replace("或者", "或")


def split(sentence: str) -> tuple[int, bool, str, str] | None:
    """(the article, whether the topic's condition is negated, the condition, the sentence before
    the topic) when the sentence ends in such a topic and absence; else None."""
    if "对" not in sentence and "至于" not in sentence:
        return None
    m = _TOPIC.search(sentence)
    if m is None:
        return None
    return cn_int(m.group("ref")[1:-1]), bool(m.group("neg")), m.group("cond"), sentence[:m.start()].rstrip("，,；; ")


def judged(article: int, negated: bool, cond: str, text: str | None) -> tuple[bool, str] | None:
    """(verdict, why) of the topic's absence held to the article's `text`; None when undecided."""
    if text is None:
        return None
    have = _plain(text)
    cond = _plain(cond)
    if len(cond) < 2 or f"{cond}的" not in have:
        return None
    if negated and re.search(rf"(?:没有|没|未|不|尚未){re.escape(cond)}", have):
        return None                      # 造成X的，…；未造成X的，…: the article rules that case too
    raw = re.sub(r"\s", "", text).replace("或者", "或")
    if negated and any(not raw[:m.start()].endswith(cond) for m in re.finditer(r"的[，,]", raw)):
        return None                      # another case the article rules (发生一般事故的，…): it may hold the case without X
    if negated:
        return True, f"{format_ref(article)}只规定“{cond}”的情形，没有“{cond}”的情形它没有规定"
    return False, f"{format_ref(article)}规定的正是“{cond}”的情形，不是没有规定。"
