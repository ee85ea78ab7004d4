"""Whom a matter is handed to ("存在行政过错的，移送监察机关或主管行政机关处理"): the recipient of a
handing-over verb is a named party of the sentence even when it is no body of the rule data's
list (人民法院, 纪检组). When the passage hands over with the same verb, every recipient the
sentence names must be among the passage's words; a sentence that keeps the passage's wording
but changes who receives the matter otherwise shares most of its characters with it and passes
the coverage test.
"""
from __future__ import annotations

import re

from .sources import bare, squash

_HANDOVER = ("移送", "移交", "交由", "报送", "抄送", "转交", "提交")
# the recipient: the words after the verb up to what is done there (处理, 依法处理, 作…) or a break
# (a verb said before 的, 区城市管理部门移送的线索, qualifies what is handed over and names no one: g23alarm)
_RECIPIENT = re.compile(r"(移送|移交|交由|报送|抄送|转交|提交)(?!的)(?:给|至|到)?(?P<who>[\u4e00-\u9fff、]{2,20}?)"
                        r"(?=依法|进一步|处理|查处|审查|审理|作出|决定|追究|的|$|[，,。；;])")
_PARTS = re.compile(r"或者|或|和|及|以及|与|、")


def recipients(sentence: str, text: str) -> list[str]:
    """The recipients of the sentence's handing-over verbs that the passage, handing over with the
    same verb, does not name."""
    plain = bare(text)
    out = []
    # a title's words are no act of the sentence (《…问题移送办法》，监督部门…: no 移送 here; szalarm);
    # a recipient ends where a punctuation mark does (任免机关，由它们处理: regalarm)
    said = squash(re.sub(r"《[^》]*》", "|", sentence))
    for m in _RECIPIENT.finditer(said):
        if m.group(1) not in plain:
            continue                  # the passage hands nothing over this way: left to coverage
        whom = m.group("who")
        if re.match(r"有权|负责|主管", whom) and re.match(r"[\u4e00-\u9fff]{0,8}?的", said[m.end():]):
            # "移送有权作其他处理的行政监督部门": the words before 的 only qualify the recipient
            whom = modified_head(sentence, m.group(1)) or whom
        for who in _PARTS.split(whom):
            if len(who) >= 2 and who not in plain:
                out.append(who)
    return out


# a recipient qualified by a clause before 的 ("移送有权作出其他处理的行政监督部门"): the noun after 的
_QUALIFIED = re.compile(r"(?:给|至|到)?(?:有权|负责|主管)[\u4e00-\u9fff]{0,16}?的(?P<head>[\u4e00-\u9fff、]{2,16}?)"
                        r"(?=依法|进一步|处理|查处|审查|审理|作出|作|决定|追究|[，,。；;：:）)]|$)")


def modified_head(sentence: str, verb: str) -> str | None:
    """The recipient a qualifying clause leads to: what the clause says of it (有权作其他处理) is
    no recipient, it is held by the coverage test; the noun after 的 is whom the matter goes to."""
    said = squash(sentence)
    at = said.find(verb)
    m = _QUALIFIED.match(said, at + len(verb)) if at >= 0 else None
    return m.group("head") if m else None


# whom a request or report is addressed to: 向复核委员会申请复核, 向市人民政府报告
_REQUEST = re.compile(r"(?:依法|书面)?(?:提出|申请|申诉|报告|举报|反映|提交|报送|备案|投诉)")
_ADDRESSED = re.compile(r"向(?P<who>[\u4e00-\u9fff（）()]{2,24}?)" + _REQUEST.pattern)


def regalarm_addressed(sentence: str, text: str) -> list[str]:
    """The party a sentence addresses a request or report to (向市人民政府提出申诉) where the
    passage, addressing one with the same construction, names another (向…复核委员会申请复核): a
    recipient that shares less than half its content pairs with every party the passage addresses
    is not the passage's (branch regalarm). A passage that addresses nobody leaves it to coverage;
    a shortened or reworded name of the passage's party (原决定机关 for 作出决定的机关) shares
    enough."""
    plain = squash(text)
    # (every end a party's name may have: 向县校园安全责任追究申诉委员会（以下简称申诉委员会）提出申诉
    # has 申诉 inside the name too)
    theirs = [plain[m.end():v.start()] for m in re.finditer("向", plain)
              for v in _REQUEST.finditer(plain, m.end(), min(len(plain), m.end() + 40))
              if re.fullmatch(r"[\u4e00-\u9fff（）()]{2,40}", plain[m.end():v.start()])]
    if not theirs:
        return []
    have = [_pairs(w) for w in theirs]
    out = []
    for m in _ADDRESSED.finditer(squash(sentence)):
        mine = _pairs(m.group("who"))
        if mine and all(len(mine & h) < 0.5 * len(mine) for h in have):
            out.append(m.group("who"))
    return out


def _pairs(name: str) -> set[str]:
    plain = bare(name).replace("人民", "")
    return {plain[i:i + 2] for i in range(len(plain) - 1)}
