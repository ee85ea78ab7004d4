"""What a provision says it does not preclude, said to be precluded: "依照本办法追究责任后，不再给予
行政处罚" where the article says "依照本办法追究责任，不影响依法给予行政处罚".

不影响 / 不妨碍 / 不排除 + B says B may still be done beside the matter before it. A draft that turns
it into a denial of B (不再给予B, 不能B, 免予B) keeps B's words and most of the clause's, so the
support test finds it (its negation reading sees a 不 on both sides). Read here: for each such B in
the articles a sentence is held to, the last four characters of B (its object: 行政处罚, 刑事责任)
said in the sentence right after a word of denial (不再, 不能, 不会, 免予, 无需…), with no
不影响 / 不妨碍 / 不排除 of its own before it, deny what the article keeps open. Only ever turns a
verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

from .sources import squash

_KEPT = re.compile(r"(?:不影响|不妨碍|不排除)(?:依法|另行|对其|其|有关部门)?([\u4e00-\u9fff]{4,16})")
_DENIAL = re.compile(r"(?:不再|不能|不会|不得|不用|不必|无需|无须|免予|免于|免除|不予|不|没有|无)[\u4e00-\u9fff]{0,4}$")
_KEEPING = re.compile(r"不影响|不妨碍|不排除|仍|还|照样|也可以|同样")


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    said = squash(sentence)
    for _, text in articles:
        for m in _KEPT.finditer(squash(text)):
            kept = m.group(1)
            core = kept[-4:]
            for at in [k.start() for k in re.finditer(re.escape(core), said)]:
                before = said[max(0, at - 6):at]
                if _KEEPING.search(said[max(0, at - 10):at]):
                    continue
                if _DENIAL.search(before):
                    return [f"原文是“{m.group(0)}”，并没有排除{kept}"]
    return []


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"不|免|无|没", sentence))
