"""Sentences that leave out what they speak of. The official: "特别重大事故时，街道党政领导正职会被免职；
如果是重大事故，就不是免职，而是停职检查。" The second sentence states a measure for a severity and
names no role; it is said of the role the sentence before named (or, first, the one the question
asks about). Written out, it is judged as the role-measure claim it is (a correction 不是X而是Y
denies X and claims Y for that role), not as loose words any passage could cover, where its
negation of 免职 read as a denial of the article."""
from __future__ import annotations

import re

from ..references import find_refs
from ..schema import RuleBook
from . import claims as C


def _roles(text: str, book: RuleBook) -> list[str]:
    spelled = C.roles_spelled_out(text, book)
    return list(dict.fromkeys(c for *_, cat, c in C.marks(spelled, book) if cat == "role"))


def with_role(sentence: str, previous: str, question: str, book: RuleBook, earlier: str = "") -> str:
    """The sentence with the role it is about written in front ("对X，…"), when it names a
    measure but no role, a severity is said (in the sentence, else in the question when the
    sentence cites an article of the accident table), and the sentence before (else the
    question; else the last line of the draft before it that names a role, `earlier`: "假设张某是
    某街道的党政领导分管副职。" above a list of cases, branch r13a) names exactly one role; else the
    sentence unchanged."""
    found = C.marks(C.roles_spelled_out(sentence, book), book)
    cats = {cat for *_, cat, _ in found}
    # the severity is the sentence's own, or the question's when the sentence cites an article
    # of the accident table (按第十三条第（一）项，不是免职…); a measure said under another
    # article (训诫可以单独适用…（第十条第二款）) is no role's
    table = {r.source.article for r in book.regulation.accident_decisions}
    cites_table = any(r.article in table for r in find_refs(sentence) if r.article and not r.doc_number)
    if C._COMBINE.search(sentence) or "程序" in sentence:
        return sentence                  # what may be combined, by which procedure: no role's measure
    if "role" in cats or "measure" not in cats or \
            "severity" not in cats and not (cites_table and C.severities_in(question, book)):
        return sentence
    roles = _roles(previous, book) if previous else []
    if not roles:
        roles = _roles(question, book) if question else []
    for line in reversed(earlier.splitlines()) if not roles else []:
        roles = _roles(line, book)
        if roles:
            break
    return f"对{roles[0]}，{sentence}" if len(roles) == 1 else sentence


_IF_YOU_MEAN = re.compile(r"^(?:如果|若|要是|假如)(?:你|您)(?:指|问|说|想问|想找|要找|找)的(?:是)?(?P<ref>[^，,：:。]{2,30}?)[，,]"
                          r"(?:那|这)(?:一)?(?:项|条|款|一条|一项|一款)?(?:的内容)?")


def meant(sentence: str) -> str:
    """"如果你指的是第五条第（四）项，那一项是：…": a guess at what the user meant, then what that
    says. The guess asserts nothing; what follows is said of the thing guessed, written in its
    place ("第五条第（四）项是：…"), so that it is held to that item."""
    m = _IF_YOU_MEAN.match(sentence.strip())
    if m is None or not find_refs(m.group("ref")):
        return sentence
    return m.group("ref") + sentence.strip()[m.end():]
