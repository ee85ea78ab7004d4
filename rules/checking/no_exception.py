"""A statement said to hold without exception (设置人为安全责任人，没有例外) where the article it restates
makes one (branch g19miss).

"没有例外 / 无一例外 / 不存在例外" is a claim of its own about the text: that the article gives the
statement no case where it does not hold. An article commonly does give one, in the same sentence
(…的除外, 但是…) or in a paragraph after it that gives the statement's predicate another holder for a
case (设置人与设施所有人不一致的，所有人为安全责任人), or that hands the matter to an agreement (从其约定)
or another rule (另有规定的，从其规定; 不适用). The support test finds the statement itself in the
article and cannot see that the claim of no exception denies the rest.

The sentence is unsupported when it denies any exception, names none itself (除…外, 但, 不过), and an
article it is held to says an exception in one of those ways. An article with no such words is left
as it was: the claim may be true.
"""
from __future__ import annotations

import re

# a denial of any exception: 没有例外, 无一例外, 不存在任何例外 (没有 may be read as 未 by then)
_DENIED = re.compile(r"(?:没有|没|未有|未|无|并无|毫无|别无|概无|不存在|不会有|不设)(?:任何|一个|一)?例外")
# the sentence names an exception of its own besides the denial
_OWN = re.compile(r"除[^，,。；;]{0,30}外|除了|但(?!凡)|不过|除外")
# the article says an exception or another rule for a case
_EXCEPTION = re.compile(r"除外|但是|但(?!凡|书)|另有规定|不适用|从其约定|除[^，,。；;]{1,30}外")


def may_concern(text: str) -> bool:
    return "例外" in text and bool(_DENIED.search(text))


def problems(sentence: str, articles: list[str]) -> list[str]:
    """`articles` the texts of the articles the sentence is held to."""
    denial = _DENIED.search(sentence)
    if denial is None or _OWN.search(_DENIED.sub("", sentence)):
        return []
    claim = re.split(r"[，,。；;：:]", sentence[:denial.start()].rstrip("，,。；; "))[-1]
    predicate = claim[-4:] if len(claim) >= 4 else ""
    for text in articles:
        said = _EXCEPTION.search(text)
        if said is None and predicate:
            # another statement of the article giving the predicate to a case: "…不一致的，所有人为安全责任人"
            said = re.search(rf"的[，,][^。；;]*{re.escape(predicate)}", text)
        if said is not None:
            near = text[max(0, said.start() - 20):said.end() + 20].strip()
            return [f"原文有例外或另行规定的情形，不是没有例外（原文：…{near}…）"]
    return []
