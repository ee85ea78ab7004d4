"""Who makes a decision, said of a severity the sentence does not name: "是市委、市政府作出的。"
under the question "较大事故中，街道一把手的公开道歉决定是谁作的？". The sentence borrows both its
severity and its object (the decision) from the question or the sentence before, and names only the
body and the act (是X作出的 / 由X作出 / X来决定). Read alone it is no convening claim at all (no 现场会,
no 初步问责决定, no severity), and the support test found 市委、市政府 making a decision in 第十三条.

The reading: when the sentence names no severity, the severity is the one the sentence before names,
else the one the question names (one rule row only); the decision talked of must be the one the
convening rows give (the context names 初步, 现场会, or a measure, and no later or final decision:
最终 / 正式 / …决定前). A convening body of the rule data (any row's) said to make it then has to be
in that row's body, compared as `convened._same` compares (区政府 is in 区委（党工委）、区政府（管委会）,
市委 is not). Bodies the rows never give (国务院, a group) are left to other readings; a body denied
(不是X作出的) or the object of another act (报X批准) is no subject. Only fails."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C
from .convened import _same

_ACT = re.compile(r"(?:[（(][^）)]*[）)])?(?:来|负责|统一|会|就|在[^，,。；;]{1,10}?内)?(?:作出|做出|作|做|决定|拍板)(?!.{0,6}前)")
_NOT_SUBJECT = re.compile(r"(?:不是|并非|而非|不由|并不|非|与|和|同|向|报|报请|对|跟|经|或)$")
_DECISION = re.compile(r"初步|现场会")
_OTHER = re.compile(r"最终|正式|决定前|之前|以前|批准")


def _row_bodies(book: RuleBook) -> set[str]:
    return {b for row in book.regulation.convening
            for b in re.split(r"[、，]", re.sub(r"[（(][^）)]*[）)]", "", row.body)) if b}


def _context_severity(book: RuleBook, previous: str, question: str) -> str | None:
    for said in (previous, question):
        sevs = C.severities_in(said or "", book)
        if sevs:
            rows = {r.id for r in book.regulation.convening if set(r.severities) & set(sevs)}
            return sevs[0] if len(sevs) == 1 and len(rows) == 1 else None
    return None


def wrong_decider(sentence: str, book: RuleBook, previous: str, question: str) -> list[C.Verdict]:
    if not re.search(r"作|做|决定|拍板", sentence) or C.severities_in(sentence, book):
        return []
    known = _row_bodies(book)
    named = [m for m in C._BODIES.finditer(sentence) if m.group(0) in known]
    if not named:
        return []
    context = sentence + "\n" + (previous or "") + "\n" + (question or "")
    if "决定" not in context or _OTHER.search(context):
        return []
    if not (_DECISION.search(context) or any(cat == "measure" for *_, cat, _ in C.marks(context, book))):
        return []
    sev = _context_severity(book, previous, question)
    row = next((r for r in book.regulation.convening if sev in r.severities), None) if sev else None
    if row is None:
        return []
    # the run of bodies that is the subject of the act: bodies joined by 、/和/及, then the act
    runs: list[list[str]] = []
    for m in named:
        between = sentence[named[named.index(m) - 1].end():m.start()] if runs and named.index(m) else None
        if runs and between is not None and re.fullmatch(r"(?:[（(][^）)]*[）)])?[、和及与]?", between):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        before = sentence[:run[0].start()]
        if _NOT_SUBJECT.search(re.sub(r"(?:是|由)$", "", before)) or re.search(r"(?:不是|并非|而非|不由)$", before):
            continue
        if not _ACT.match(sentence[run[-1].end():]):
            continue
        wrong = [m.group(0) for m in run if not _same(m.group(0), row.body)]
        if wrong:
            return [C.Verdict(False, f"{sev}事故的初步问责决定由{row.body}作出，不是{'、'.join(wrong)}。")]
    return []
