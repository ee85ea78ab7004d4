"""Alternatives of a condition: "造成死亡一人以上三人以下，或者重伤三人以上九人以下，或者直接经济
损失一百万元以上不满五百万元的，属于情节较重".

`aligned` asks every clause of an item's condition to be said somewhere in the draft ("略去了
原文的条件"), because a condition dropped widens the case. But clauses joined by 或者 are not all
required: each one alone meets the condition, so an answer that places a case in one of them
("死亡3人对应…死亡一人以上三人以下，属于情节较重") drops nothing the case needs. A clause joined by
且 / 并 (且无人员死亡的) stays required. The alternatives are the clause before a 或者-clause and the
或者-clauses that follow it in a run (a comma list of one sentence); an alternative the draft says
stands for the whole run.

So within one clause: "桥梁隧道遭受地震、洪水、船舶撞击、火灾或者超重车辆通行后" lists events of which
any one meets the condition; a draft that says one of them (超重车辆通行) keeps the condition
(`inner`, g16alarm). A list joined by 和 / 及 / 并且 is no choice and is not read here.
"""
from __future__ import annotations

import re

_OR = re.compile(r"^(?:或者|或是|或)")


def runs(clauses: list[str]) -> list[list[str]]:
    """The runs of clauses that are alternatives of one another (two or more each)."""
    out: list[list[str]] = []
    run: list[str] = []
    for c in clauses:
        if _OR.match(c.strip()) and run:
            run.append(c)
            continue
        if len(run) > 1:
            out.append(run)
        run = [c]
    if len(run) > 1:
        out.append(run)
    return out


def members(clauses: list[str]) -> dict[str, list[str]]:
    """Each clause of a run -> the other clauses of its run."""
    return {c: [x for x in run if x != c] for run in runs(clauses) for c in run}


_INNER_OR = re.compile(r"或者|或是")


def inner(clause: str) -> list[str]:
    """The alternatives one clause lists with 、 and a last 或者 (A、B或者C), each as written (the
    first with the words before it, the last with those after it); [] for no such list."""
    if "、" not in clause or len(_INNER_OR.findall(clause)) != 1 or re.search(r"[和及且并]", clause):
        return []
    head, tail = _INNER_OR.split(clause)
    parts = head.split("、") + [tail]
    return [p for p in parts if p.strip()] if len(parts) >= 3 else []


_FIG = re.compile(r"\d+(?:\.\d+)?")


def said_of_condition(fig: str, pairs: set[str], text: str, share: float) -> bool:
    """Whether the passage says what `pairs` say as the consequence of a condition that holds the
    figure: "死亡一人以上三人以下，或者重伤…，或者直接经济损失…的，属于情节较重" says 属于情节较重
    of 3 as much as of the figure right before it. A statement "condition的，consequence" attaches
    the consequence to every figure of its condition (each end of a range, each alternative);
    `mispaired` reads only the words between neighbouring figures (branch wcalarm)."""
    for s in re.split(r"[。；;\n]", text):
        at = s.rfind("的，") if "的，" in s else s.rfind("的,")
        if at < 0:
            continue
        condition, consequence = s[:at], s[at + 2:]
        if fig not in _FIG.findall(condition) or _FIG.search(consequence):
            continue
        have = {consequence[i:i + 2] for i in range(len(consequence) - 1)}
        if pairs and len(pairs & have) / len(pairs) >= share:
            return True
    return False
