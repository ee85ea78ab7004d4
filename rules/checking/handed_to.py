"""Whom the passage hands a matter to, not any body it names: "存在行政过错的，移送法制部门处理"
where the paper says "移送监察机关或主管行政机关处理" and names 法制部门 only as the body told of
the case ("有关部门应及时向法制部门报告").

`recipients.recipients` asks that each recipient of a handing-over verb be among the passage's
words. A body the passage names for another role then passes as the recipient. Here a recipient
must be in the passage after the same verb, within the sentence of the passage the verb is in
(up to 。；), so a body moved from one role of the passage to another is caught. Only verbs the
passage itself uses are read; a passage without the verb is left to coverage.
"""
from __future__ import annotations

import re

from .recipients import _PARTS, _RECIPIENT
from .sources import bare


def moved_recipients(sentence: str, text: str) -> list[str]:
    """The sentence's recipients that the passage names, but never after the same verb."""
    plain = bare(text)
    out = []
    for m in _RECIPIENT.finditer(re.sub(r"\s", "", sentence)):   # (a colon after the verb ends it)
        verb = m.group(1)
        if verb not in plain:
            continue
        after = [re.split(r"[。；;]", text[v.end():])[0] for v in re.finditer(verb, text)]
        for who in _PARTS.split(m.group("who")):
            if len(who) >= 2 and who in plain and not any(who in bare(a) for a in after):
                out.append(verb + who)
    return out


_TITLE = re.compile(r"《[^》]*》")


def regalarm_moved_between(sentence: str, text: str) -> list[str]:
    """"公务员被追究责任的情况要抄送同级监察机关" where the passage says "…监督报告和处理决定…应抄送
    同级监察机关；…公务员被追究责任的情况要抄送人事部门": a passage that hands over two matters with
    the same verb gives each its recipient. The matter the sentence hands over (its words before
    the verb) picks the passage's statement that shares most of them; a recipient the passage
    names only after the verb of another statement is moved from one matter to another (branch
    regalarm). A sentence whose matter fits no statement better than another is left alone."""
    from .sources import bigrams

    said = re.sub(r"\s", "", sentence)
    statements = [s for s in re.split(r"[。；;]", text) if s.strip()]
    out = []
    for m in _RECIPIENT.finditer(said):
        verb = m.group(1)
        having = [s for s in statements if verb in s]
        if len(having) < 2:
            continue
        # (titles name documents, not the matter handed over)
        matter = bigrams(_TITLE.sub("", reg7alarm_own_matter(said, m.start())))
        if not matter:
            continue
        scored = sorted(((len(matter & bigrams(_TITLE.sub("", s[:s.find(verb)]))) / len(matter), s) for s in having),
                        reverse=True)
        if scored[0][0] < 0.5 or scored[0][0] - scored[1][0] < 0.2:
            continue
        best = bare(scored[0][1][scored[0][1].find(verb):])
        for who in _PARTS.split(m.group("who")):
            if len(who) >= 2 and who not in best and any(who in bare(s[s.find(verb):]) for _, s in scored[1:]):
                out.append(verb + who)
    return out


def reg7alarm_own_matter(said: str, start: int) -> str:
    """The words a handing-over verb at `start` hands over: back to the sentence's start (。；),
    or to the end of the recipient of a handing-over verb before it in the same sentence. "…把问题
    线索移送市纪委监委派驻机构，涉嫌犯罪的移送有管辖权的机关": the second 移送's matter is 涉嫌犯罪的,
    not the first's words as well (branch reg7alarm)."""
    head = re.split(r"[。；;]", said[:start])[-1]
    base = start - len(head)
    ends = [m.end() for m in _RECIPIENT.finditer(said[base:start]) if base + m.end() <= start]
    return head[ends[-1]:] if ends else head
