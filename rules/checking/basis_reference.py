"""A case that names the article its act follows: "街道办事处工作人员按第10条告知的" restates the
statement that cites 第10条 (第17条: "…未依照本办法第10条告知…的，应当追究责任"), not 第10条 itself.

Why: `aligned` takes references out of a clause before choosing the statement it restates, so
"…按第10条告知的" chose by its other words, and could land on 第10条 (whose words it shares:
街道办事处…告知) or on no statement at all (按 for the text's 依照 leaves fewer shared pairs), and
a case said without the text's 未 (a breach restated as compliance, the ground of accountability
turned around) was never held to the 未 of the statement that has it.

Read here: a clause that ends in 的 / 的情形 (a case), or a listed item restated
(（三）按第6条第（三）项检测…；, under 指第14条的：, which may open with the
reference), and names, after some words of its own, an article of
its document as what its act follows (按 / 按照 / 依照 / 依据 / 根据 / 遵照 [本办法]第N条) restates a
statement of another article that cites 第N条 too: when the document has such statements, the
clause is aligned among them only, its basis word said as theirs (按 for the text's 依照: the
pairs that choose the statement and gate its polarity test are the text's), and the rest of `aligned` then holds its polarity, figures and
bodies to that statement. A clause that opens with the reference (依照第10条，…), or says what the
article requires (…根据第10条应当告知, no 的 at its end), is left as it was.
"""
from __future__ import annotations

import re

from ..references import find_refs

_ITEM_MARK = re.compile(r"^[（(][一二三四五六七八九十\d]+[)）]")
_BASIS_REF = re.compile(r"(?<=[\u4e00-\u9fff])(?:按照|依照|依据|根据|遵照|按)(?:本办法|本规定|本条例|本细则)?"
                        r"第[零一二两三四五六七八九十百\d]+条")
_BASIS_REF_AT_START = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]))(?:按照|依照|依据|根据|遵照|按)(?:本办法|本规定|本条例|本细则)?"
                                 r"第[零一二两三四五六七八九十百\d]+条(?=.*[\u4e00-\u9fff])")


def cited(raw_clause: str, item_line: bool = False) -> set[int]:
    """The articles a case clause names as what its act follows (none when it is no such case);
    `item_line` when the clause is a line of a list the draft writes (…；), which may open with it."""
    c = raw_clause.strip()
    item = item_line or bool(_ITEM_MARK.match(c))
    if not (re.search(r"的(?:情形|情况)?$", c) or item) or "《" in c:
        return set()
    c = _ITEM_MARK.sub("", c)
    out: set[int] = set()
    for m in (_BASIS_REF if not item else _BASIS_REF_AT_START).finditer(c):
        out |= {r.article for r in find_refs(m.group(0)) if r.article and not r.doc_title and not r.doc_number}
    return out


def citing(units: list, arts: set[int]) -> list:
    """The statements of other articles than `arts` that cite one of them."""
    return [u for u in units if u.article not in arts and any(
        r.article in arts and not r.doc_title and not r.doc_number for r in find_refs(u.text))]


_BASIS = re.compile(r"按照|依照|依据|根据|遵照|按")


def in_text_words(clause: str, arts: set[int], units: list) -> str:
    """The clause with its basis word said as the statements citing `arts` say it (依照 for 按),
    when they all say it one way."""
    theirs = set()
    for u in units:
        for m in re.finditer(r"(按照|依照|依据|根据|遵照|按)(?:本办法|本规定|本条例|本细则)?第([零一二两三四五六七八九十百\d]+)条", u.text):
            if any(r.article in arts for r in find_refs(m.group(0))):
                theirs.add(m.group(1))
    if len(theirs) != 1:
        return clause
    return _BASIS.sub(theirs.pop(), clause, count=1)
