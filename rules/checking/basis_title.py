"""The document an article acts by, said to be another the text names (branch `r19miss`).

"第八条…按照《关于实行党政领导干部问责的暂行规定》追究责任" restating 第八条's "按照《关于实行
党风廉政建设责任制的规定》，追究党政领导干部的责任": the title said is one the text does name (in
第一条), so every character pair of it is in the sources, and the rest of the sentence is 第八条's
own; the support test passes it. Read here, for a verified sentence and the articles it is held
to: a title the sentence gives as the basis of an act (after 按照 依照 根据 依据 参照 对照 按 依),
when the articles held themselves act by a title after such a word, must be one of theirs (or an
alias the text defines for one of theirs: 《办法》 for the full name; or the title the text pairs with a
document number they act by: 《关于…的暂行规定》（中办发[2009]25号）). A title that another passage of
the sources names but none of the held articles does is the other document: the sentence is
unsupported. A title the sources never name is left to the other readings. No word of any
regulation is read here.
"""
from __future__ import annotations

import re

_BASIS = r"(?:按照|依照|根据|依据|参照|对照|遵照|按|依)"
_TITLE_AFTER = re.compile(_BASIS + r"(?:的是)?\s*《([^》]+)》")


def may_concern(sentence: str) -> bool:
    return "《" in sentence and bool(_TITLE_AFTER.search(sentence))


def problems(sentence: str, held: list[tuple[int | None, str]], whole: str,
             aliases: dict[str, set[str]]) -> list[str]:
    """Why a title given as an act's basis is not the one the held articles act by."""
    texts = [t for n, t in held if n is not None]
    if not texts or not any(_TITLE_AFTER.search(t) for t in texts):
        return []
    own = "\n".join(texts)
    for m in _TITLE_AFTER.finditer(sentence):
        title = m.group(1)
        names = {f"《{title}》"} | aliases.get(title, set())
        if any(n in own for n in names):
            continue
        if f"《{title}》" not in whole:
            continue                 # a title the sources never name: not this reading's
        numbers = re.findall(rf"《{re.escape(title)}》\s*[（(]([^）)]{{2,30}}?号)[）)]", whole)
        if any(re.sub(r"\s", "", n) in re.sub(r"\s", "", own) for n in numbers):
            continue                 # the title of a document number the held articles act by (中办发[2009]25号)
        theirs = "、".join(dict.fromkeys(f"《{t}》" for t in _TITLE_AFTER.findall(own)))
        return [f"所引条文依据的是{theirs}，不是《{title}》"]
    return []
