"""Bodies said to act together that the text never names together (branch `wsz3`).

"区委和市政府负责。" answering who holds the heads of the 街道 to account: the text gives that duty
to 市委、市政府 in one case (第十三条) and to 区委（党工委）、区政府（管委会） in another (第十四条),
never to 区委 with 市政府. Every body of the sentence is somewhere in the text (第二条 names them
all, as the officials it covers), so the support test finds the sentence; and a list joined by
和 / 与 / 及 is not read as a list by the list readings, which take 、.

A list of bodies that is the subject of a verb ("A和B负责", "由A、B作出", "A与B共同组织") says the
bodies act jointly: the text must name them together, in one clause of one passage (a joint
subject, "市委、市政府应在24小时内…", or any one list that holds them all). Read here: the members
(two or more runs joined by 和 / 与 / 及 / 以及 / 同 / 、, each ending in a body's head word: 委,
政府, 部门, 机关, 局 …) at the opening of a clause and followed by a verb, not by a noun they
modify (市委、市政府工作部门) or a word that distributes the act (都, 分别, 各自, 或): each member
is matched in a clause of the text, its characters in order within a short span (区委 in 区委（党工委）,
区政府 in 区党委、政府), the text's parentheses taken out first. When no clause of any passage holds
every member, the sentence is unsupported. Only ever turns a verified sentence into an unsupported
one; a member the text has nowhere is left to the support test, which already reads it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .sources import SourceText

_HEAD = r"(?:人民政府|政府|党工委|管委会|党委|委员会|纪委|监委|委|部门|机关|机构|局|办公室|办事处|组|单位)"
_MEMBER = rf"[\u4e00-\u9fff]{{1,10}}?{_HEAD}"
_JOIN = r"(?:以及|、|和|与|及|同)"
# what may follow the list as its verb: a modal, a preposition of the act, or the act itself
_VERB = (r"(?:共同|联合|一起|一同|一并)?(?:应当|应|须|必须|可以|可|要|会|将|在|于|对|按照?|依照|依据|根据|"
         r"负责|作出|做出|召开|组织|牵头|主持|实施|决定|问责|追究|处理|给予|开展|进行|审批|批准|拍板|出面|来|管)")
_LIST = re.compile(rf"(?:^|[，,；;：:。])\s*(?:而|但|则)?(?:应当由|应由|由|是)?(?P<list>{_MEMBER}(?:{_JOIN}{_MEMBER})+)(?={_VERB})")
_PAREN = re.compile(r"[（(][^）)]{0,30}[）)]")
_CLAUSE = re.compile(r"[，,。；;：:\n]")


def _members(listed: str) -> list[str]:
    return [m for m in re.split(_JOIN, listed) if m]


def _held(member: str, clause: str) -> bool:
    """The member's characters in order in the clause, within a short span."""
    if member in clause:
        return True
    pattern = "".join(re.escape(c) + r"[^、，,。；;]{0,6}?" for c in member[:-1]) + re.escape(member[-1])
    return any(len(m.group(0)) <= 3 * len(member) for m in re.finditer(pattern, clause))


@lru_cache(maxsize=8)
def _clauses(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for t in texts for c in _CLAUSE.split(_PAREN.sub("", t)) if c.strip())


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    clauses = None
    for m in _LIST.finditer(sentence):
        members = _members(m.group("list"))
        if len(members) < 2 or len(set(members)) < len(members):
            continue
        if clauses is None:
            clauses = _clauses(tuple(p.text for p in passages))
        if not any(all(_held(x, c) for x in members) for c in clauses):
            # a member the text has nowhere is the support test's to read
            if all(any(_held(x, c) for c in clauses) for x in members):
                return [f"原文没有把{'、'.join(members)}放在一起规定，句子却说它们一起承担"]
    return []


def may_concern(sentence: str) -> bool:
    return bool(re.search(_JOIN, sentence)) and bool(_LIST.search(sentence))
