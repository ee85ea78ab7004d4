"""A role said of an article that the article does not name: "第十六条规定区委、区政府按《办法》对
街道党政领导正职问责" where 第十六条 speaks of 街道党政领导分管副职.

A sentence that names an article and says what it provides restates that article. The people it
names there (the regulation's roles: 正职, 分管副职 of a level) are the article's own, and a role
exchanged for a neighbouring one keeps nearly every word of the article, so coverage does not see
it. Each role the sentence names in a clause that is not negated must be in the text of the
articles it names (as written, or as the role's canonical name); a role they lack is a role
swapped into the restatement, and the sentence is unsupported.
"""
from __future__ import annotations

import re

from .sources import bare

# the sentence opens with the article as the subject of a verb of providing: 第十六条规定… / 依照
# 第十四条第一款的规定，… (a sentence about several articles at once, or one that infers a member
# of a group the article names, 街道书记当然在内, is no restatement and is left to the other readings)
_RESTATES = re.compile(r"^(?:根据|按照|依照|依据)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?"
                       r"(?:的规定|中|里)?(?:规定|明确|写明|要求|提出|说)(?:了)?[，,：:]?")
_NEGATED = re.compile(r"不|没|未|无|非|除")
_CLAUSE = re.compile(r"[^，,；;。：:]+")


def missing(sentence: str, roles: list[tuple[int, int, str]], texts: list[str]) -> str | None:
    """The first role (start, end, canonical) of the sentence, in a clause without negation, that
    none of the named articles' `texts` has; else None."""
    if not roles or len(texts) != 1 or not _RESTATES.match(sentence.strip()):
        return None
    plain = bare("".join(texts))
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    for start, end, canon in roles:
        clause = next((sentence[a:b] for a, b in clauses if a <= start < b), "")
        if _NEGATED.search(clause):
            continue
        if bare(sentence[start:end]) in plain or bare(canon) in plain:
            continue
        return sentence[start:end]
    return None
