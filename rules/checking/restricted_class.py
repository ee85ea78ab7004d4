"""A restriction that swaps the class the text names for a narrower one: "第二条只把街道党政主要
负责人纳入党政领导干部范围" where 第二条 says 街道党政领导成员. The sentence's words are nearly all
the article's, so the support test finds it; what it changes is the class the restriction
(只把X纳入 / 只将X列为 / 仅限于X / 只包括X / 只有X才算) says the text covers.

The restricted class X is one noun phrase (no 、 和 及 或 inside: a list restricted to is read by
only_member.py). It is held to the text's own class: X as written in the text, or an
abbreviation of the text's phrase (its characters in order in it: 街道党政领导 of 街道党政领导成员),
holds. Else, where the text has a phrase that begins as X begins (four characters or more:
街道党政) and goes on otherwise (领导成员 against X's 主要负责人), X is another class than the
text's: the restriction says the text covers less than it does, or something else. A phrase of X
whose beginning the text does not have is not read here (no class of the text to hold it to)."""
from __future__ import annotations

import re

from .sources import SourceText, bare

_MEMBERSHIP = r"纳入|列入|列为|算作|算进|算入|归入|归为|作为|当作|视为|认定为"
_RESTRICTED = re.compile(
    rf"(?:只|仅仅?|单单|唯独)(?:是)?(?:把|将)(?P<a>[^，,。；;：:]{{4,20}}?)(?:{_MEMBERSHIP})"
    rf"|(?:只|仅)限于(?P<b>[^，,。；;：:]{{4,20}})"
    rf"|(?:只|仅仅?)(?:包括|涵盖|指)(?P<c>[^，,。；;：:]{{4,20}})"
    rf"|(?:只有|仅有|唯有)(?P<d>[^，,。；;：:]{{4,20}}?)才(?:算|属于|是|被?纳入|被?列入|在)")
_LIST = re.compile(r"[、和及与或]|以及|等")
_NOT = re.compile(r"不只|不仅|不止|并非只|不是只|不单|不限于")
_TAIL = re.compile(r"(?:的|这一类|这类|这些|人员|在内)+$")
_END = re.compile(r"[、，,。；;：:\n（(）)]")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why the class a restriction names is not the passages' own; [] when it is or none is read."""
    if not passages or not re.search(r"只|仅|单单|唯独|唯有", sentence) or _NOT.search(sentence):
        return []
    for m in _RESTRICTED.finditer(sentence):
        x = bare(_TAIL.sub("", next(g for g in m.groups() if g)))
        if len(x) < 4 or _LIST.search(x) or re.search(r"第[^条]{1,6}条", x):
            continue
        for p in passages:
            text = p.text
            if x in bare(text):
                break                    # the class as the text writes it
            cut = next((k for k in range(len(x) - 1, 3, -1) if x[:k] in text), 0)
            if not cut:
                continue
            phrases = [bare(_END.split(text[i:], maxsplit=1)[0]) for i in
                       (mm.start() for mm in re.finditer(re.escape(x[:cut]), text))]
            if any(_subsequence(x, ph) for ph in phrases):
                break                    # an abbreviation of the text's phrase
            phrase = next((ph for ph in phrases if len(ph) > cut), "")
            if phrase:
                return [f"{p.label}写的是“{phrase}”，不是只有“{x}”"]
    return []
