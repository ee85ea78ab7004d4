"""What a word an article defines in parentheses includes: 第二条's 区（包括管理区，下同）. A draft says
it as the article does ("区包括管理区") or in plain words ("管理区也算在“区”里面", "管理区属于区");
either way the claim binds a member to the word the parenthesis follows. The support test alone
cannot tell "区包括管理区" from "街道包括管理区" (both share most of their characters with the
article), so the pair is held to the parenthesis: the member must be in it, the word must be the
one it follows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import Verdict
from .sentences import INLINE_QUOTE
from .sources import SourceText, bare

# 区（包括管理区，下同）: the word after the last break before the parenthesis, and what it includes
_DEFINED = re.compile(r"([\u4e00-\u9fff]{1,6})[（(]包括([^）)]+)[）)]")
_BREAK = re.compile(r".*[，,、；;。：:\s的]")
# Y包括X / X(也)算在Y里面, X属于Y, X归入Y: the two words of one clause
_INCLUDES = re.compile(r"(?P<y>[^，,；;。：:]{1,8}?)(?:也|都|还|同样)?(?:包括|包含)了?(?P<x>[^，,；;。：:]{1,12})")
_COUNTED_IN = re.compile(r"(?P<x>[^，,；;。：:]{1,12}?)(?:也|都|还|同样)?(?:算在|算作|算入|算进|属于|归入|归在|包含在|包括在)"
                         r"(?P<y>[^，,；;。：:]{1,8}?)(?:里面|里头|之内|以内|当中|之中|范围内|范围之内|的范围|里|内|中)?[。！]?$")
_DENIED = re.compile(r"(?:并|也|都)?(?:不|没有?|未)(?:也|都)?$")
_TALK = re.compile(r"[“”\"「」]|^(?:而且|并且|而|也|都|还|其中|这里的?|条文中?的?|本规定的?)|^(?:同样|同时|一样)$")
# (同样包括管理区: an adverb is no word that includes; the clause's subject is left unsaid, szalarm)
# "在“区”后面加了括号，写明包括管理区": a saying verb alone before 包括 says the text states it; the
# word that includes is the one the clause before quoted
_SAYING = re.compile(r"(?:写明|注明|载明|说明|指出|明确)了?")


@dataclass(frozen=True)
class Definition:
    term: str                  # the word the parenthesis follows (区)
    members: tuple[str, ...]   # what it says the word includes (管理区)
    label: str                 # the article it is in


def definitions(passages: list[SourceText]) -> list[Definition]:
    out = []
    for p in passages:
        for m in _DEFINED.finditer(p.text):
            term = _BREAK.sub("", m.group(1)) or m.group(1)
            members = tuple(x for x in (bare(y) for y in re.split(r"[，,、和及]", m.group(2))) if x and x != "下同")
            out.append(Definition(term, members, p.label))
    return out


def _word(said: str) -> str:
    """A clause's side of the claim without quotes, the 第二条中 before it and the talk around it."""
    quoted = INLINE_QUOTE.findall(said)
    if quoted:
        return bare(quoted[-1])           # 第2条注明“区”: the quoted word
    said = re.sub(r"^.*?第[零一二两三四五六七八九十百\d]+条(?:[中里的]|规定|所称|注明了?|写明了?|明确|说)*", "", said)
    return bare(_TALK.sub("", _TALK.sub("", said.strip())))


def inclusions(sentence: str, passages: list[SourceText]) -> list[Verdict]:
    """A verdict for each clause that binds a defined word and a member: right when the member is
    in the parenthesis after that word; wrong when the member is said to be in another word, or
    the word to include something its parenthesis does not hold."""
    defs = definitions(passages)
    if not defs:
        return []
    # a quote of the article's own parenthesis ("注明了“包括管理区”") is its words, not a claim
    plain = INLINE_QUOTE.sub(lambda m: "" if "包括" in m.group(1) else m.group(0), sentence)
    out: list[Verdict] = []
    quoted = ""
    for clause in re.split(r"[，,；;。]", plain):
        for pattern in (_INCLUDES, _COUNTED_IN):
            m = pattern.search(clause)
            if m is None:
                continue
            # a denial before the verb ("区”不包括管理区", "管理区不算在区里") says the opposite
            side = m.group("y") if pattern is _INCLUDES else m.group("x")
            denied = _DENIED.search(side)
            x = _word(m.group("x")[:denied.start()] if denied and pattern is _COUNTED_IN else m.group("x"))
            y = _word(m.group("y")[:denied.start()] if denied and pattern is _INCLUDES else m.group("y"))
            if pattern is _INCLUDES and _SAYING.fullmatch(y):
                if quoted:
                    y = quoted
                else:
                    # "按第二条，写明包括X" with the word it follows quoted elsewhere: X must be a
                    # member the article's parentheses hold, or at least follow 包括 in its text
                    held = [d for d in defs if any(x.startswith(a) or a.startswith(x) for a in d.members)]
                    if held:
                        out.append(Verdict(True, f"{held[0].label}：{held[0].term}（包括{'、'.join(held[0].members)}）"))
                    elif not any(re.search(r"包括[^。；;]{0,12}" + re.escape(x[:2]), bare(p.text)) for p in passages):
                        out.append(Verdict(False, f"{defs[0].label}注明的包括的是{'、'.join(defs[0].members)}，没有{x}。"))
                    break
            if not x or not y:
                continue
            # (g21miss) "区包括管理区和新区": each member joined in the clause must be in the parenthesis
            joined = [w for w in re.split(r"以及|和|及|与|、|或者|或", x) if w]
            extra = [(d, w) for d in defs if y == d.term and not denied and len(joined) > 1
                     for w in joined if not any(w.startswith(a) or a.startswith(w) for a in d.members)]
            if extra:
                d, w = extra[0]
                out.append(Verdict(False, f"{d.label}注明“{d.term}”包括的是{'、'.join(d.members)}，没有{w}。"))
                break
            for d in defs:
                member = next((a for a in d.members if x.startswith(a) or a.startswith(x)), None)
                if denied:
                    if y == d.term and member:
                        out.append(Verdict(False, f"{d.label}注明的是“{d.term}（包括{'、'.join(d.members)}）”，"
                                                  f"{member}算在“{d.term}”里。"))
                    continue          # "管理区不属于街道": no binding this reader holds
                if y == d.term and member:
                    out.append(Verdict(True, f"{d.label}：{d.term}（包括{'、'.join(d.members)}）"))
                elif member and len(y) <= 4 and y != d.term:
                    out.append(Verdict(False, f"{d.label}注明的是“{d.term}（包括{'、'.join(d.members)}）”，"
                                              f"{member}是算在“{d.term}”里，不是“{y}”。"))
                elif y == d.term and pattern is _INCLUDES and len(x) <= 6:
                    out.append(Verdict(False, f"{d.label}注明“{d.term}”包括的是{'、'.join(d.members)}，"
                                              f"没有{x}。"))
            break
        quoted = bare(INLINE_QUOTE.findall(clause)[-1]) if INLINE_QUOTE.findall(clause) else quoted
    return out
