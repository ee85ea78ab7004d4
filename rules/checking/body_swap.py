"""A body the text names exchanged for another it names, where the clause carries words of two
statements (由各区（县）卫生健康主管部门每年对本辖区内二级以上医疗机构…进行考核: 本辖区内 is
from the statement about the 区（县） department, the rest from the one where 市卫生健康委员会
考核).

`aligned` holds a clause's bodies to the statement it restates, but counts the pairs across the
words it takes out, so a clause with a few words borrowed from elsewhere falls below its bar and
is left to the support test, which finds the body somewhere in the document. Here the clause is
aligned by its own pairs only (`clause_hits`); when it restates a statement clearly (MIN_SHARE),
(or, when another clause of the sentence restates it too, at `aligned`'s bar) names a body
that statement does not, and leaves out a body that statement names, the body was
exchanged, unless a statement that names the clause's body explains it about as well.
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText

MIN_SHARE = 0.6
RIVAL = 0.1               # how close a statement naming the clause's body may come


TERM = 4                  # characters of a term that tells one statement from the others


def _own_term(clause: str, unit, units) -> str:
    """A run of TERM characters the clause shares with the statement and with no other statement
    (a subject only it names: 跨区桥梁), else ""."""
    for i in range(len(clause) - TERM + 1):
        run = clause[i:i + TERM]
        if re.fullmatch(r"[\u4e00-\u9fff]+", run) and run in unit.text and \
                not any(run in u.text for u in units if u is not unit and u.text != unit.text):
            return run
    return ""


def _full_name_said(short: str, clause: str, doc_text: str) -> bool:
    """Whether the clause says the full name the text gives the short one (市城市管理局（以下简称市城管局）)."""
    m = re.search(rf"([\u4e00-\u9fff]{{2,20}})[（(]以下简称{re.escape(short)}[)）]", doc_text)
    return m is not None and m.group(1)[-4:] in clause


# (heldmiss) "对X的Y，由Z决定": the 对-topic and the agent clause after its comma are one statement
_TOPIC_AGENT = re.compile(r"((?:^|[，,；;：:。])对[^，,；;：:。]{2,30})[，,](?=由[^，,；;：:。]{2,30}(?:[，,；;：:。]|$))")


def _kept(body: str, clause: str, bodies: list[str]) -> bool:
    """Whether the clause keeps the statement's body: whole, or by its last four characters
    (建设部门 of 市住房城乡建设部门) when no body the clause names ends so under another name
    (区住房城乡建设部门 for 市住房城乡建设部门 is another body, not the short name; heldmiss)."""
    if body in clause:
        return True
    if body[-4:] not in clause:
        return False
    return not any(b.endswith(body[-4:]) and not body.endswith(b) for b in bodies)


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    joined = _TOPIC_AGENT.sub(r"\1", sentence)
    out = _problems(sentence, passages, whole, referred)
    if joined != sentence and not out:
        out = _problems(joined, passages, whole, referred)
    return out


def _problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    defined = AL.bodies_of([p.text for p in whole])
    out = []
    for hit in r.hits.values():
        # (a weaker share is enough when another clause of the sentence restates that statement too)
        agreed = any(h.unit is hit.unit for h in r.hits.values() if h is not hit)
        # (or when the clause says a term only that statement has: 跨区桥梁 of 特大桥梁、城市隧道和跨区
        # 桥梁的管理单位，由市城管局确定; g16alarm)
        own_term = _own_term(AL._stripped(hit.clause, AL._bodies(hit.clause, r.doc_text, defined)), hit.unit, r.units)
        if hit.share < (AL.MIN_ALIGN if agreed or own_term else MIN_SHARE):
            continue
        # (with such a term, a body the text gives a short name, 市城管局, is held too, said by either name)
        theirs = [b for b in AL._bodies(hit.unit.text, r.doc_text, defined) if b not in defined
                  or (own_term and not _full_name_said(b, hit.clause, r.doc_text))]
        # (a body said with a 的 the text's name lacks, 事发地的区城市管理部门 for 事发地区城市管理部门, is
        # the statement's own: g23alarm)
        mine = [b for b in AL._bodies(hit.clause, r.doc_text, defined) if b not in defined and b not in hit.unit.read
                and b.replace("的", "") not in hit.unit.read]
        missing = [t for t in theirs if not _kept(t, hit.clause, AL._bodies(hit.clause, r.doc_text, defined))]
        # (a statement that names the clause's body and explains the clause about as well is the
        # one it restates: 其中，三级医疗机构的专职工作人员… beside 二级以上医疗机构应当…配备专职工作人员)
        said = CH.words(AL._stripped(CH._unitless(hit.clause), AL._bodies(hit.clause, r.doc_text, defined)))
        rival = any(any(b in u.text for b in mine) and AL._share(said, u.grams) >= hit.share - RIVAL
                    and not (own_term and own_term not in u.text) for u in r.units)
        if mine and missing and not rival:
            out.append(f"“{max(mine, key=len)}”不是原文这一句所说的（原文：{hit.unit.text}）")
    return out
