"""The accident group said to be part of the body it works alongside, or that body said to do its
work: "问责组并入事故调查组，由事故调查组统一开展问责调查" where 第十二条 forms a 事故问责组 of its
own that works 与事故调查组同步. Every word of the sentence is the article's but 并入 and 统一, so
the support test found it; the group reader (relations.accident_group) knew two bodies said to be
one (同一个, 合二为一) and one said to come after the other, not one absorbed by the other.

Read from the rule row (`group`, `alongside`, both also by their short names):
- the group put into the other body (并入 / 合并到 / 纳入 / 归入 / 划入 / 编入 / 隶属 / 作为…的一部分),
  or the other body said to take it in (下设 / 吸收 / 合并), the two merged (合并), or the group
  said to be a part of the other (是事故调查组的一部分);
- the other body said to carry out the accountability inquiry (由事故调查组统一开展问责调查, 问责调查由
  事故调查组负责), which the row gives the group.
A denial before the verb (不是并入, 不由事故调查组开展) says what the article says and is left to
the other readers."""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import NEGATION, Verdict

_INTO = r"(?:并入|合并到|合并进|合并入|纳入|归入|划入|编入|融入|隶属于?|归属于?|作为)"
_TAKES = r"(?:下设|吸收|合并|吸纳|统管|领导)"
_DOES = r"(?:统一|一并|负责|来|全面)*(?:开展|进行|负责|承担|主导|主持|组织)"


def _names(full: str) -> str:
    short = re.sub(r"^事故", "", full)
    return "|".join(re.escape(x) for x in dict.fromkeys((full, short)))


def merged(sentence: str, book: RuleBook) -> list[Verdict]:
    """A contradiction when the sentence makes the group part of the body it works alongside."""
    out: list[Verdict] = []
    for row in book.regulation.conductors:
        if row.acts != "forms_group" or not row.group or not row.alongside:
            continue
        g, o = _names(row.group), _names(row.alongside)
        label = row.source.article_label
        for clause in re.split(r"[，,；;。]", sentence):
            for rx in (rf"(?:{g})[^，,；;。]{{0,6}}?(?P<v>{_INTO})[^，,；;。]{{0,4}}?(?:{o})",
                       rf"(?:{o})[^，,；;。]{{0,4}}?(?P<v>{_TAKES})[^，,；;。]{{0,4}}?(?:{g})",
                       rf"(?:{g}|{o})(?:和|与|跟|同)(?:{g}|{o})(?P<v>合并|合为一|并为一)",
                       rf"(?:{g})[^，,；;。]{{0,3}}?是(?:{o})的?(?P<v>一部分|组成部分|下设|内设|分支|附属)",
                       rf"问责(?:调查)?(?:工作)?[^，,；;。由]{{0,4}}?由(?:{o})(?P<v>{_DOES})",
                       rf"由(?:{o})(?P<v>{_DOES})[^，,；;。]{{0,6}}?问责"):
                m = re.search(rx, clause)
                if m and not NEGATION.search(clause[max(0, m.start() - 3):m.start("v")]):
                    return [Verdict(False, f"{label}：{row.group}{row.how}，是独立的组，不并入{row.alongside}。")]
    return out
