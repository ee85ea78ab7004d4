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
