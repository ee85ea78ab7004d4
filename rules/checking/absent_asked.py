"""Two ways an absence claim names a thing the text does have (branch `r17miss`), read for
absence.py before it looks the thing up word for word.

(a) *The kind asked for*: "没有规定作决定时遵循什么原则" says the text names no 原则; the words
    around the question word (作决定时遵循) are how the draft frames it, not the thing. When the
    part after the absence verb asks 什么 / 哪些 / 哪种 / 何种 / 哪类 / 怎样的 of a noun, the noun is
    what is said to be missing: an article of the scope that has the noun after words of its own
    (根据严格要求、实事求是……原则) names one, and the absence is false. A generic noun (情况, 问题,
    内容, 方面, 时候: what any sentence is about) decides nothing and is left to absence.py.
(b) *A body's leaders named otherwise*: "至于部门内设机构的负责人，第二条没有列入" where the article
    lists 工作部门内设机构领导成员. A topic marker (至于, 对于) opens the clause and is no part of
    the thing; of "A的B" where B is a noun for the people who lead a body (负责人, 领导, 领导成员,
    主要负责人, 正职……), the scope names A's leaders when it has A followed by such a noun.
    Other people of A (工作人员, 职工) are not its leaders and stay absent.

(c) *The basis an act follows, asked* (branch `absent5`): "没有说明它按什么程序执行" says the text
    does not say which 程序 the act follows. A sentence of the scope that has the noun with a
    basis word right after it (程序按照《办法》执行, 程序依照…) or before it (按照…程序) gives it; the
    words before 按 (the act, when not a pronoun) must be in that sentence too, so a procedure the
    text sets for another act does not answer for this one.

(d) *A relation asked* (branch `heldmiss`): "没有说它和事故调查组是什么关系" says the text does not
    relate the two. A sentence of the scope that joins the second to something with 与 / 和 / 同 /
    跟 (事故问责组，与事故调查组同步开展) relates them; the first, when it is not a pronoun, must
    stand in that sentence too. A thing the text never joins so stays absent.

The reading only ever says "present" (the claim fails) or nothing; it never makes an absence true.
"""
from __future__ import annotations

import re

from .sources import bare

# a question word before the noun whose kind the text is said not to give
_ASKED = re.compile(r"(?:什么样的?|什么|哪些|哪种|哪类|哪一类|何种|何类|怎样的|怎么样的)([\u4e00-\u9fff]{2,4})$")
# nouns any sentence may be about: naming one says nothing the text could have
_GENERIC = re.compile(r"^(?:情况|情形|问题|内容|方面|时候|时间|事情|事项|东西|要求|规定|条件|程度|方式|方法|办法|做法|人|人员|地方|范围)$")
_TOPIC = re.compile(r"^(?:至于|对于|关于|说到|讲到|谈到)")
# nouns for the people who lead a body (not its staff)
_LEADERS = r"(?:主要负责人|负责人|负责同志|领导班子成员|领导成员|领导干部|主要领导|领导|正职|副职|班子成员)"
_LEADER = re.compile(rf"^(?:主要|有关|相关)?{_LEADERS}$")


def unframed(thing: str) -> str:
    """The thing without a topic marker before it (至于X: X)."""
    rest = _TOPIC.sub("", thing)
    return rest if len(rest) >= 2 else thing


# "按什么程序执行": a basis word, a question word, the noun asked, the act
_BASIS_ASKED = re.compile(r"^(?P<who>.*?)(?:按|按照|依|依照|根据|遵照|适用)(?:什么样的?|什么|哪个|哪种|哪一种|哪些|何种)"
                          r"(?P<noun>[\u4e00-\u9fff]{2})(?:来|去)?[\u4e00-\u9fff]{0,4}$")
_BASIS = r"(?:按照|依照|依据|根据|遵照|参照|适用)"
_PRONOUN = re.compile(r"^(?:它们?|其|这|该|此|这些|这种|这项)?(?:方式|处理|措施)?$")


def _basis_given(asked: str, texts: list[str]) -> bool:
    """(c): the text names the basis of the act the thing asks about."""
    m = _BASIS_ASKED.match(asked)
    if m is None:
        return False
    noun, who = m.group("noun"), m.group("who")
    cue = re.compile(rf"{noun}{_BASIS}|{_BASIS}[^。；;]{{0,20}}{noun}")
    return any(cue.search(c) and (_PRONOUN.match(who) or who in c)
               for t in texts for c in re.split(r"[。；;\n]", t))


# "它和事故调查组是什么关系", "问责组与调查组之间的关系": two things and the relation asked
_RELATION = re.compile(r"^(?P<a>[\u4e00-\u9fff]{1,16}?)(?:和|与|同|跟)(?P<b>[\u4e00-\u9fff]{2,16}?)(?:之间)?"
                       r"(?:是|有)?(?:什么样?的?|怎样的?|何种|哪种|的)?(?:关系|联系|衔接|分工)$")
_JOINED = r"(?:与|和|同|跟)"


def _related(thing: str, texts: list[str]) -> bool:
    """(d): a sentence of the scope joins the second thing to the first (or to what 它 stands for)."""
    m = _RELATION.match(re.sub(r"^(?:说明?|写明?|规定|提到|交代|明确)?(?:了)?", "", thing))
    if m is None:
        return False
    a, b = m.group("a"), m.group("b")
    own = None if _PRONOUN.match(a) else a
    return any(re.search(rf"{_JOINED}[\u4e00-\u9fff]{{0,4}}{re.escape(b)}", c) and (own is None or own in c or own[-3:] in c)
               for t in texts for c in re.split(r"[。；;\n]", t))


def present(thing: str, asked_part: str, texts: list[str]) -> bool:
    """Whether the scope has the thing in one of the ways read here."""
    plain = [bare(t) for t in texts]
    if _related(bare(thing), plain) or _related(bare(re.split(r"[，,。；;：:]", asked_part)[0]), plain):
        return True
    if _basis_given(bare(re.split(r"[，,。；;：:]", asked_part)[0]), plain):
        return True
    m = _ASKED.search(bare(re.split(r"[，,。；;：:]", asked_part)[0]))
    if m and not _GENERIC.match(m.group(1)):
        noun = m.group(1)
        # the noun with words of the text's own before it (…结合原则), not the bare word alone
        if any(re.search(rf"[\u4e00-\u9fff]{{2}}{re.escape(noun)}", t) for t in plain):
            return True
    head, _, tail = thing.rpartition("的")
    if len(head) >= 2 and _LEADER.match(tail):
        if any(re.search(rf"{re.escape(head)}(?:的)?{_LEADERS}", t) for t in plain):
            return True
    return False
