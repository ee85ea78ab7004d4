"""An exclusive claim that drops a member the text coordinates: "本办法只适用于公办中小学校和幼儿园"
where the text says 适用于…公办和民办中小学校、幼儿园 (branch reg6miss).

Without its 只 the sentence is true of the text in part, and the support test finds its words
there; the 只 makes it say that the members it leaves out are outside. The text's own
coordination shows what was left out: where the statement with the same verb (适用于, 包括…)
joins members (公办和民办中小学校, 公共租赁住房、保障性租赁住房和共有产权住房) and the exclusive
sentence runs on from one member to what follows the next (公办中小学校, 公共租赁住房和共有产权
住房), never saying the member between, it excludes what the text includes.
"""
from __future__ import annotations

import re

from .numerals import arabic
from .sources import SourceText, bare, bigrams

_ONLY = re.compile(r"(?:只|仅|仅仅|只有)(?:是|能|可以)?(?P<verb>适用于|适用|包括|包含|针对|限于)(?P<object>[^。；;]*)")
# the words that join two members of a coordination
_JOINERS = re.compile(r"和|或者|、|以及|及|与")
MIN_SHARE = 0.3          # share of the sentence's object pairs in the statement's object


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    m = _ONLY.search(arabic(sentence))
    if m is None:
        return []
    verb, said = m.group("verb"), bare(m.group("object"))
    mine = bigrams(said)
    if len(mine) < 2:
        return []
    best, share = None, 0.0
    for p in passages or whole:
        for piece in re.split(r"[。；;\n]", arabic(p.text)):
            i = piece.find(verb)
            if i < 0:
                continue
            obj = piece[i + len(verb):]
            s = len(mine & bigrams(bare(obj))) / len(mine)
            if s > share:
                best, share = (p, obj), s
    if best is None or share < MIN_SHARE:
        return []
    p, obj = best
    whole_sentence = bare(arabic(sentence))
    obj = re.sub(r"\s+", "", obj)
    for j in _JOINERS.finditer(obj):
        # X和YZ in the text, XZ in the sentence (X、Y和Z, X和Z): the member Y was cut out after X
        left = obj[max(0, j.start() - 2):j.start()]
        for n in range(2, 9):
            dropped, right = obj[j.end():j.end() + n], obj[j.end() + n:j.end() + n + 2]
            if len(left) == 2 and len(right) == 2 and left + right in said and dropped not in whole_sentence:
                return [f"{p.label}{verb}的还有“{dropped}”（原文：{left}{j.group(0)}{dropped}{right}），不只是所说的这些"]
    return []
