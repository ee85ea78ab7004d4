"""Turns of the conversation that say nothing of the sources (branch r13a).

Two constructions, read only of a sentence that carries no claim (no article, figure, role,
measure, severity or named body; the caller asks `carries_claim` first):

- *a request to the user and the assistant's next step*: "您补充一下事故等级，我再帮您对照具体岗位
  对应的措施。" Every clause is either addressed to the user with a verb of telling
  (您补充一下…, 你告诉我…, 麻烦您说明…) or says what the assistant will do next (我再帮您…,
  我来…, 我可以帮你…). Like 请补充 (a framing phrase), such a sentence is about the exchange, not
  about what any source says. A clause that is neither keeps the whole sentence to be judged.
- *advice to look in other documents*: "如需这些细节，只能另查其他文件。" It says the sources
  at hand do not hold what is wanted, so it stands only on an absence: the caller accepts it
  only right after a sentence that was verified and denies something (没有规定…), and only when
  what it is about is that sentence's (这些细节, 这些内容) or nothing. Said on its own, or after a
  sentence that failed, it stays unsupported.
"""
from __future__ import annotations

import re
from typing import Callable

_YOU = r"(?:麻烦|烦请|请)?(?:您|你)(?:再|可以|能|方便的话)?"
_TELL = r"(?:补充|告诉我|说明|说一下|提供|确认|明确)"
# a clause addressed to the user with a verb of telling
_REQUEST = re.compile(rf"^{_YOU}{_TELL}(?:一下)?[\u4e00-\u9fff（）()]{{0,16}}$")
# the assistant's next step
_NEXT = re.compile(r"^(?:然后|之后|这样)?我(?:再|来|就|可以|会|好)?(?:帮|为|给)?(?:您|你)?(?:再|进一步)?"
                   r"[\u4e00-\u9fff（）()]{1,20}$")
# advice to look elsewhere: a condition on what is wanted (this, or nothing), then a verb of
# consulting other documents
_WANTED = re.compile(r"^(?:如需|如果需要|若需|需要|要了解|想了解|如想了解)(?P<what>[^，,]{0,8})[，,]")
_ELSEWHERE = re.compile(r"(?:只能|需要|需|可能需要|得|要|建议|可以)?(?:另行|另|再)?(?:查|查阅|参照|参考|查找|查询|翻阅)"
                        r"(?:其他|别的|其它|相关|另外的)(?:的)?(?:文件|规定|资料|制度|材料)[。！!]?$")
_BACK = re.compile(r"^(?:这些|这类|上述|这方面的?|相关的?)?(?:细节|内容|信息|规定|要求|问题)?$")
# the sentence before denies something (an absence the advice rests on)
DENIES = re.compile(r"没有|并未|未(?:作|规定|写|提)|不涉及|没写|未载明")


def addressed(sentence: str) -> bool:
    """True when every clause asks the user for something or says what the assistant does next."""
    clauses = [c.strip() for c in re.split(r"[，,；;。！!]", sentence) if c.strip()]
    return bool(clauses) and any(_REQUEST.match(c) for c in clauses) and \
        all(_REQUEST.match(c) or _NEXT.match(c) for c in clauses)


def looks_elsewhere(sentence: str) -> bool:
    """True for advice to consult other documents about what the sentence before denied."""
    s = sentence.strip()
    m = _WANTED.match(s)
    rest = s[m.end():] if m else s
    if m and not _BACK.match(m.group("what")):
        return False
    return bool(_ELSEWHERE.fullmatch(rest))


# "把街道党政领导正职单独拎出来比较一下：": a lead that takes what the question asks about out for a
# closer look; the lines after it say what there is to say, each judged on its own
_PRESENTED = re.compile(r"^(?:我们|下面|这里|可以|不妨|先|我)?(?:把|将)(?P<what>[^，,：:。]{2,20}?)(?:单独|分别|逐一|一一)?"
                        r"(?:拎|挑|拿|抽|摘|单列|列)出来(?:[，,]?(?:做个?|作个?|进行)?(?:比较|对比|对照|看|梳理|列)(?:一下|一遍|看)?)?[：:]$")


def presented(sentence: str, question: str) -> bool:
    """True for a lead that only takes out what the question names word for word."""
    m = _PRESENTED.match(sentence.strip())
    return bool(m) and re.sub(r"\s", "", m.group("what")) in re.sub(r"\s", "", question)


# "以上是条文对“街道党政领导分管副职”这一岗位的规定，建议以原文为准。": the lines above summed up as
# what the text provides for the post they were about; it adds nothing they did not say
_SUMMED = re.compile(r"^(?:以上|上面|上述)(?:就|便)?(?:是|为|即)(?:条文|规定|本规定|原文)?(?:对|关于)[“\"]?(?P<what>[^”\"，,。]{2,20}?)[”\"]?"
                     r"(?:这一?(?:岗位|职务|类人员|类人|种情形))?的(?:规定|内容|要求)(?:[，,](?:建议|请)以原文为准)?[。！!]?$")


def summed_up(sentence: str, earlier: str, same: Callable[[str, str], bool]) -> bool:
    """True for a summary of the lines above whose subject those lines name: word for word, or
    as the same post (`same(subject, earlier)`, the caller's reading of roles)."""
    m = _SUMMED.match(sentence.strip())
    return bool(m) and (m.group("what") in re.sub(r"\s", "", earlier) or same(m.group("what"), earlier))
