"""The document an act goes by, said not to be given where the article gives it (branch `r19miss`).

"第十五条允许…进一步问责，不过没有规定进一步问责依照什么文件" where 第十五条 says "可依照中办发
[2009]25号文件进一步问责": a denial whose object is a question word in the slot of the act's basis
(依照 / 按照 / 根据 / 依据 + 什么 / 哪个 / 何种 + 文件 / 规定 / 办法 / 程序 …). The denial's words
are the article's, so the support test found them there. Read here: when a clause of an article the
sentence is held to gives an act a basis (one of those words, then a title in 《》 or a document number;
依照有关规定 names no document), and the act the sentence names in the slot (the words between the verb
of saying and the question word) is that clause's (two of its pairs there, or no act said), the
article does say what the act goes by: the sentence is unsupported. No word of any regulation is
read here.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_BASIS = r"(?:依照|按照|根据|依据|参照|按|依)"
_DENIED = re.compile(r"(?:没有?|未|并未|不曾)(?:具体|明确|专门|写明|载明)?(?:规定|写|说|写明|载明|明确|提|交代|讲)(?:过|到|了)?"
                     r"(?P<act>[^，,。；;]{0,16}?)" + _BASIS + r"?(?:的是)?(?:什么|哪个|哪些|哪一?部|何种|哪种)"
                     r"(?:文件|规定|办法|依据|程序|标准|文)")
# a named document: a title, or a document number (有关规定 names none, and says what it goes by no more
# than the denial does)
_GIVEN = re.compile(_BASIS + r"(?:《[^》]+》|[^，,。；;]{0,16}?\d+号)")
_CLAUSE = re.compile(r"[。；;\n]")


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"什么|哪|何种", sentence)) and bool(_DENIED.search(sentence))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    m = _DENIED.search(sentence)
    if m is None:
        return []
    act = bigrams(bare(re.sub(_BASIS + "$", "", m.group("act"))))
    for n, text in held:
        for clause in _CLAUSE.split(text):
            g = next((x for x in _GIVEN.finditer(clause) if not re.search(r"本(?:规定|办法|条例|法|细则)", x.group(0))), None)
            if g is None:
                continue          # (按本规定: the document itself, no basis outside it)
            if len(act) >= 2 and len(act & bigrams(bare(clause))) < 2:
                continue
            return [f"原文规定了“{g.group(0)}”"]
    return []
