"""A universal (所有医疗机构都应当…) said of what the statement it restates qualifies
(二级以上医疗机构应当…).

A clause that says 所有 / 一切 / 任何 / 凡是 / 各类 X (or 各X都 / 每个X都, branch `g17miss`) extends what it says to every X (全部 is left out: 全部赔偿费用 is an amount, not every kind). When the
statement the clause restates names X only with a qualifier before it (二级以上X, 本市的X: a word
of the text joined to X, not the start of a clause nor a word that governs X such as 对 / 由),
the rule is the qualified X's, and the clause widens it. The subject X is the longest run after
the universal word that the statement has (two characters at least).
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText, bare
from .speaker import _KINDS, _SAYS

# (a clause that opens by naming what it reports, 论文称 / 据报告: the frame is no word of the
# statement it restates, and is left out when the statement is chosen: g19miss)
_FRAME = re.compile(rf"^\s*(?:(?:{'|'.join(sorted(set(_KINDS.values())))}){_SAYS}|(?:据|根据)(?:{'|'.join(sorted(set(_KINDS.values())))})(?:所说|所称)?)[，,：:]?")

# (各X都 / 每个X都: a distributive over every X, read as a universal: g17miss)
_UNIVERSAL = re.compile(r"所有的?|一切|任何|凡是|各类|各种|全体|(?:各|每个|每一个|每家)(?=[\u4e00-\u9fff]{2,8}都)")
# what may stand just before the subject without qualifying it: the start of a clause, a
# punctuation mark, or a word that governs it
_OPEN = set("，,。；;：:、（）()“”\n 由向经对为是和或与及在将把被给从其并凡各")


def _unspoken(starts: list[int], text: str, subject: str, sentence: str, universal: str) -> list[int]:
    """The statement's mentions of the subject the universal can restate (branch `r23miss`).
    "所有问责方式都可以单独适用，也可以和其他问责方式合并适用" against "训诫…的问责方式可以单独适用也可以
    和其他问责方式合并适用": the sentence says the statement's 其他问责方式 itself, in its own place,
    so the universal restates the other mention (…的问责方式), and that one is qualified. A mention
    whose two characters before it the sentence repeats with the subject outside the universal is
    spoken for, while another mention is left; with one mention only, it is kept."""
    around = sentence.replace(universal + subject, "|", 1)
    free = [s for s in starts if s < 2 or text[s - 2:s] + subject not in around]
    return free if free else starts


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None,
             residual_said: bool = False) -> list[str]:
    """residual_said (branch r21miss): a sentence that itself says 其他 / 其它 has named the
    residual class, so a statement qualifying the subject with 其他 qualifies it as the sentence does."""
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for clause in r.clauses:
        # the statement the clause restates, its bodies kept (they are most of its words)
        mine = CH.words(_UNIVERSAL.sub("|", _FRAME.sub("", clause)))
        scored = max(((len(mine & u.grams) / len(mine), u) for u in r.units), key=lambda t: t[0],
                     default=(0.0, None)) if len(mine) >= 3 else (0.0, None)
        if scored[0] < AL.MIN_ALIGN:
            continue
        text = scored[1].text
        for m in _UNIVERSAL.finditer(clause):
            if residual_said and re.search(r"(?:的|不是|并非|非|未必|不一定|不都|不能说)$", clause[:m.start()]):
                continue            # X的所有Y qualifies the universal; 并不是所有Y denies it (r21miss)
            after = clause[m.end():]
            subject = next((after[:n] for n in range(len(after), 1, -1) if after[:n] in text), "")
            subject = re.split(r"[并和及与或的都也]", subject)[0] if len(subject) > 2 else subject
            # (the document's own words elsewhere: 所有人 is the owner in "所有人为安全责任人", a
            # noun the text uses, not every 人; g19miss's follow-up)
            if len(subject) < 2 or m.group(0) + subject in text or bare(m.group(0) + subject) in bare(r.doc_text):
                continue
            starts = [k.start() for k in re.finditer(re.escape(subject), text)]
            starts = _unspoken(starts, text, subject, sentence, m.group(0))
            if starts and all(s > 0 and text[s - 1] not in _OPEN for s in starts):
                if any(text[max(0, s - 2):s] in clause for s in starts):
                    continue            # the clause says the qualifier too (所有二级以上的…)
                if residual_said and re.search("其[他它]", sentence) and any(text[max(0, s - 2):s] in ("其他", "其它") for s in starts):
                    continue
                qualified = re.search(r"[^，,。；;：:、（）()“”\n]{1,4}" + re.escape(subject), text).group(0)
                out.append(f"原文说的是“{qualified}”，不是“{m.group(0)}{subject}”（原文：{text}）")
    return out
