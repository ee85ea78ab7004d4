"""他 / 她 standing for the one person the question asks about, where an answer says a list leaves
that person out: "较大事故里，分管的副区长会不会被初步问责？" -> "第十四条的初步问责名单里没有他。"
Read with the pronoun, the absence has no thing the sources could hold or lack, and it was flagged.

The pronoun is read as the question's role only when nothing else can be meant: the question
names exactly one role (as the rule book's facts read it), and the draft names no other role
before the sentence; and only where the pronoun is the thing of an absence (没有他, 不包括她,
他不在…里). The absence is then judged as if the role were written out, so a role the list does
name (the question about a 街道党政领导正职, and 第十四条 names one) makes it false.
"""
from __future__ import annotations

import re

_ABSENT_OBJECT = re.compile(r"(?P<verb>没有|不包括|没包括|未包括|没提到|未提到|没点到|没列|未列|没提)(?:他|她)(?![们])(?=[。，,；;！!]|$)"
                            r"|(?<![\u4e00-\u9fff])(?:他|她)(?![们])(?=(?:并)?(?:不在|没在|未在|没有在))")


def resolved(text: str, asked_roles: list[str], roles_before: set[str]) -> str:
    """The sentence with 他/她 read as the question's one role; else unchanged."""
    if "他" not in text and "她" not in text:
        return text
    if len(set(asked_roles)) != 1 or roles_before - set(asked_roles):
        return text
    return _ABSENT_OBJECT.sub(lambda m: (m.group("verb") or "") + asked_roles[0], text)
