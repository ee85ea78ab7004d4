"""Who holds a post or does an act of the regulation: "由X担任主任", "由X决定", "由X牵头" held to
the statement of the document that says it of the same subject (branch reg6miss).

"申诉委员会由县教育局局长担任主任" passed where the text says 申诉委员会由分管教育工作的副县长担任
主任: 县教育局 is a body the same sentence of the text names (as a member), so neither the support
test nor `body_swap` sees an exchange, and 局长 is no body. The construction itself says which
words are the holder: the words between 由 and the act. When a statement of the document has the
same act (担任, 决定, 牵头, 主持, 召集) of the same subject (the words before 由, and the post after
担任), the draft's holder must be that statement's, said in other words at most: most of its
character pairs are the statement's holder's. A deputy is not the principal: where the text's
holder is a 副 post, the draft's must be too. A statement's exception (…；被追究人为县教育局工作人员
的，由县人民政府作出) names another holder of the same subject, so either holder is the text's;
which one the case asked about has is read by `exceptions_asked`.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

# the act a holder performs; 担任 takes the post after it
_ACTS = "担任|牵头|主持|召集|决定|作出"
_HELD = re.compile(rf"由(?P<x>[^，,。；;：:由]{{2,24}}?)(?P<v>{_ACTS})(?P<y>[^，,。；;：:、的]{{0,8}})")
MIN_SUBJECT = 0.6        # share of the draft subject's pairs in the statement's subject
MIN_HOLDER = 0.5         # share of the draft holder's pairs in the statement's holder


def _share(a: str, b: str) -> float:
    pa = bigrams(bare(a))
    return len(pa & bigrams(bare(b))) / len(pa) if pa else 0.0


def _held(text: str) -> list[tuple[str, str, str, str, str]]:
    """(subject, holder, act, post, condition) of each 由X<act> in the text; the subject is what
    comes before 由 in its sentence piece (up to ； or 。). A piece that opens with a condition
    only (被追究人为县教育局工作人员的，由县人民政府作出) keeps the subject of the piece before it in
    the same sentence: it is that statement's exception, and its condition is kept."""
    out = []
    for sentence in re.split(r"[。\n]", text):
        before = ""
        for piece in re.split(r"[；;]", sentence):
            for m in _HELD.finditer(piece):
                y = m.group("y") if m.group("v") == "担任" else ""
                subject, condition = piece[:m.start()], ""
                if before and re.fullmatch(r"[^，,]*的[，,]", subject):
                    subject, condition = before, subject.rstrip("，,")
                elif bare(subject):
                    before = subject
                out.append((subject, m.group("x"), m.group("v"), y, condition))
    return out


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    said = _held(sentence)
    if not said:
        return []
    stated = [(s, p) for p in whole for s in _held(p.text)]
    out = []
    for subject, holder, act, post, _ in said:
        if not bare(subject) and not post:
            continue
        same = [(st, p) for st, p in stated if st[2] == act and st[3] == post and
                (not bare(subject) or _share(subject, st[0]) >= MIN_SUBJECT)]
        if not same:
            continue
        if any(_share(holder, st[1]) >= MIN_HOLDER and ("副" in holder or "副" not in st[1]) for st, _ in same):
            continue
        st, p = same[0]
        out.append(f"{p.label}写的是由{st[1]}{act}{post}，不是由{holder}{act}{post}")
    return out
