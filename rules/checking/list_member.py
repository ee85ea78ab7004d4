"""A list restated from the text with one member exchanged: "市城管局负责……工作的组织、指导和考核"
where the article says 组织、指导和监督.

A run of short terms joined by 、 and a last 和 / 及 / 与 / 或 ("A、B和C") is a list, and a list
restated from a passage keeps that passage's members. The coverage of the sentence's words cannot
see one member exchanged (two of three kept, and the words around the list are the passage's), and
a sentence whose list is read as a whole may even be held to another passage that shares its
surrounding words. So each list is read against the candidate passages: the one holding most of
its members is where it is restated from, and when it holds at least two of them and lacks another
that no candidate has, that member is the text's word exchanged for one it does not use. A list
none of whose members, or only one, a passage holds is not restated from the text, and is left to
the other readings.
"""
from __future__ import annotations

import re

from .sources import bare

# a run of at least two 、 or one 、 and a joining word: the members between the separators
_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,8})+(?:(?:和|及|以及|与|或者|或)[\u4e00-\u9fff]{2,8})?")
_JOIN = re.compile(r"以及|或者|[和及与或]")
# a verb that opens a list of what it governs (涉及A、B, 包括A、B): the first member follows it
_OPENING = re.compile(r"^(?:涉及|包括|包含|含有|属于)")
# words that open or close a member but are not the member (的 before the first one, 等 after the last)
_TAIL = re.compile(r"(?:等|等等|工作|方面|内容|职责|事项|活动)$")


def _members(run: str, end_of_clause: bool) -> list[str]:
    """The members of a run whose ends are clear: the middle ones, the first after its last 的,
    and the last when the run ends the clause."""
    parts = run.split("、")
    first = re.sub(r"^(?:是|为|有|包括|即)", "", parts[0].rsplit("的", 1)[1]) if "的" in parts[0] else \
        _OPENING.sub("", parts[0]) if _OPENING.match(parts[0]) else ""
    closed = "的" in parts[-1] and len(parts) > 1
    if closed:
        # (a 的 after the last member closes the list: 商业秘密、工作秘密的内容不公开, branch wmiss9)
        parts[-1] = parts[-1].split("的", 1)[0]
        end_of_clause = True
    last_parts = _JOIN.split(parts[-1])
    middle = parts[1:-1] + last_parts[:-1] if len(last_parts) > 1 else parts[1:-1]
    last = last_parts[-1] if len(last_parts) > 1 or len(parts) > 1 else ""
    out = [first] if 2 <= len(first) <= 4 else []
    out += [m for m in middle if 2 <= len(m) <= 4]
    if last and end_of_clause and 2 <= len(_TAIL.sub("", last) or last) <= 4 and (not closed or any(
            len(x) == len(last) or x[-2:] == last[-2:] for x in middle)):
        # (a member closed by 的 is one when it is made like the members before it: 工作秘密 after
        # 商业秘密, not 一般等级 after 重大、较大, where the list's class noun follows its last member)
        out.append(_TAIL.sub("", last) or last)
    return [m for m in out if len(m) >= 2]


def _held(member: str, text: str) -> bool:
    """The member in the text as written, or shortened (环保 of 环境保护, 调离岗位 of 调离现工作岗位):
    its characters in order within one term of the text."""
    return member in text or bool(re.search("[^，,。；;、]{0,4}".join(map(re.escape, member)), text))


def exchanged(sentence: str, texts: list[str]) -> str | None:
    """The member of a list in the sentence that the passage it is restated from lacks (and no
    candidate has), or None."""
    if "、" not in sentence or not texts:
        return None
    plain = [bare(t) for t in texts]
    for m in _RUN.finditer(sentence):
        after = sentence[m.end():m.end() + 1]
        members = _members(m.group(0), after == "" or bool(re.match(r"[，,。；;！？!?）)”]", after)))
        if len(members) < 3:
            continue
        best = max(plain, key=lambda t: sum(_held(x, t) for x in members))
        held = [x for x in members if _held(x, best)]
        if len(held) < 2:
            continue
        # (a last member no joining word sets apart may run into the predicate after it: 免职同档
        # is 免职 and 同档, so a held opening of it is the member)
        open_last = not _JOIN.search(m.group(0).split("、")[-1]) and "的" not in m.group(0).split("、")[-1]
        for x in members:
            if open_last and x == members[-1] and any(_held(x[:k], t) for k in range(2, len(x)) for t in plain):
                continue
            if not any(_held(x, t) for t in plain):
                return x
    return None
