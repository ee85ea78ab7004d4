"""The holder of a statement's exception where the case asked about is the exception's (branch
reg6miss).

"处理决定由县教育局作出" is verbatim in the text, but the text goes on: 被追究人为本办法第八条规定
的部门、乡镇人民政府或者县教育局及其工作人员的，由县人民政府作出. Asked about a 县教育局 official,
the draft gave the general holder where the exception's applies, and passed as a verbatim clause.
Here a clause that gives a statement's general holder (`holders`) is held to the exceptions of
the same statement: when the case the question (or the draft) puts is one an exception's
condition names — a member of the condition's list opens the question, where its subject is —
the holder is the exception's, and the general one is wrong for this case.
"""
from __future__ import annotations

import re

from . import holders as HO
from .sources import SourceText, bare

# the words that only frame who the condition is about (被追究人为…的)
_FRAME = re.compile(r"^(?:被追究人|被追究的人|被调查人|当事人|责任人)?(?:为|是)?")
# where a question's case begins: a first-person or conditional opening
_OPENING = re.compile(r"^(?:如果|要是|假如|若|我是|我们是|本人是)")


def _plain(text: str) -> str:
    """人民政府 and 政府 are one body (乡镇政府 for 乡镇人民政府)."""
    return bare(text).replace("人民政府", "政府")


def _members(condition: str) -> list[str]:
    """The bodies a condition lists: 本办法第八条规定的部门、乡镇人民政府或者县教育局及其工作人员的
    → 乡镇政府, 县教育局 (a member that is a reference, 第八条规定的部门, is left out)."""
    core = _FRAME.sub("", condition.strip()).removesuffix("的")
    core = re.sub(r"及其工作人员$|及其工作人员(?=[、或和])|的工作人员$", "", core)
    parts = re.split(r"、|或者|以及|和|及|或", core)
    return [_plain(x) for x in parts if len(_plain(x)) >= 3 and "第" not in x and "规定" not in x]


def _asks(text: str, members: list[str]) -> bool:
    """A member of the condition is the case's subject: the text opens with it."""
    head = _plain(_OPENING.sub("", text.strip()))
    return any(head.startswith(m) for m in members)


def problems(sentence: str, whole: list[SourceText], question: str, draft: str) -> list[str]:
    said = [h for h in HO._held(sentence) if bare(h[0])]
    if not said:
        return []
    stated = [(s, p) for p in whole for s in HO._held(p.text)]
    out = []
    for subject, holder, act, post, _ in said:
        same = [(st, p) for st, p in stated if st[2] == act and st[3] == post and
                HO._share(subject, st[0]) >= HO.MIN_SUBJECT]
        general = [st for st, _ in same if not st[4] and HO._share(holder, st[1]) >= HO.MIN_HOLDER]
        if not general:
            continue
        for st, p in same:
            if st[4] and HO._share(holder, st[1]) < HO.MIN_HOLDER and \
                    any(_asks(t, _members(st[4])) for t in (question, draft)):
                out.append(f"{p.label}：{st[4]}，由{st[1]}{act}{post}，不是由{holder}")
                break
    return out


def restated(sentence: str, whole: list[SourceText], question: str, draft: str) -> str:
    """The sentence with a clause that gives an exception's holder, for a case the exception's
    condition names, put in the text's own words (condition and holder): "处理决定由县人民政府作出"
    asked of a 乡镇政府 is what the text says of it, and is then held to that piece as written."""
    stated = [(s, p) for p in whole for s in HO._held(p.text)]
    for subject, holder, act, post, _ in HO._held(sentence):
        if not bare(subject):
            continue
        for st, _p in stated:
            if st[4] and st[2] == act and st[3] == post and HO._share(subject, st[0]) >= HO.MIN_SUBJECT and \
                    HO._share(holder, st[1]) >= HO.MIN_HOLDER and \
                    any(_asks(t, _members(st[4])) for t in (question, draft)):
                said = f"{subject}由{holder}{act}{post}"
                if said in sentence:
                    sentence = sentence.replace(said, f"{st[4]}，由{st[1]}{act}{post}", 1)
                break
    return sentence
