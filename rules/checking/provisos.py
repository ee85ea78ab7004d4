"""A proviso or a further clause added to a statement restated in the text's words.

"各区政府可以根据本办法制定实施细则，但须报市人民政府批准后施行" restates 第三十一条's statement
(…制定实施细则) word for word and then adds its own proviso; "…不适用本办法，但是这类项目的交易结果
不用备案" turns the text's proviso (其交易结果应当…备案) round; "…责令改正，并暂停其交易资格" adds a
consequence the article does not carry. The support test weighs the sentence whole, and a close
restatement carries a short clause of other words past its bar.

Read here: a clause the sentence opens with 但 / 但是 / 并 / 并且 / 且 / 同时 / 而且 / 另外 after a
statement that restates a passage it is held to (the statement's words at least four fifths the
passage's) must itself be that passage's: most of its words in the passages held, and no negation
or duty the passage does not have. What the proviso says is held to the passages the sentence
names (else the one nearest it), so a proviso of another article said of this one fails as well.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare
from .support import added_polarity, coverage

# (并不 / 并没有 / 并未 / 并非: an emphatic negation, no clause joined on)
_MARK = re.compile(r"^(?:但是|但|并且|并(?![不没未非无])|而且|且|同时|另外|此外)(?=[\u4e00-\u9fff])")
_CLAUSES = re.compile(r"[，,；;]")
_REFERS = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]|[（(][一二三四五六七八九十\d]+[)）]")
HEAD_BAR = 0.8          # the statement before the proviso restates the passage
TAIL_BAR = 0.6          # the proviso's own words found in the passages held


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or not re.search(r"[，,；;](?:但|并|且|同时|而且|另外|此外)", sentence):
        return []
    clauses = [c for c in _CLAUSES.split(sentence.rstrip("。！")) if bare(c)]
    held = "\n".join(p.text for p in passages)
    for i in range(1, len(clauses)):
        m = _MARK.match(clauses[i].strip())
        if m is None:
            continue
        head = "，".join(clauses[:i])
        if len(bare(_REFERS.sub("", head))) < 6 or not any(coverage(head, p.text) >= HEAD_BAR for p in passages):
            continue                  # not a statement restated in the text's words
        tail = clauses[i].strip()
        if _REFERS.search(tail):
            continue                  # a proviso that names its own provision: judged with it
        said = tail[m.end():]
        if len(bare(said)) < 3:
            continue
        if coverage(said, held) < TAIL_BAR:
            return [f"“{tail}”不见于{'、'.join(p.label for p in passages)}：原文没有这一附加的内容"]
        turned = added_polarity(said, held)
        if turned:
            return [f"“{tail}”中的“{turned}”与{'、'.join(p.label for p in passages)}的原文不符"]
    return []
