"""What an item cited by reference names, said in words of a sibling item (branch `g17miss`).

Asked what “前款第（一）项规定的事故” of 第十五条第二款 means, a draft answers "指的是较大事故" where item
（一） of the paragraph before reads "轻微事故、一般事故，由…组织调查" and 较大事故 is item （二）'s. The
answer's words are the document's and the article is the right one, so the support test passes it;
`relative_referent` reads a reference answered by an article's number, not by the words of an item.

Read here: a sentence that says what a reference points to (指的是 / 是指 / 指 / 就是 / 说的是 X), the
reference being an item (前款第（k）项, 本款第（k）项, 第N条[第M款]第（k）项) quoted in the sentence or in
the question, with the article it stands in named there (第十五条第二款). The item is found by place
(前款: the paragraph before the one holding the quoted words; 本款: that one), and X must be said
by it: X's words mostly in a sibling item of the same list and not half of them in the item itself
is the sibling named for it. A reference that cannot be placed, or an X that is no item's words,
decides nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import cn_int
from . import paragraph_lines as PL
from .aligned import _pairs

_NUM = r"[零一二两三四五六七八九十百\d]+"
_SAID = re.compile(r"(?:^|[，,：:])\s*(?:[“「][^”」]*[”」])?(?:在这里|这里|此处)?"
                   r"(?:指的就是|指的是|是指|说的是|指|就是)([^，,。；;（(]{2,20})")
_REFERENCE = re.compile(rf"(前款|本款|第({_NUM})条(?:第({_NUM})款)?)?第[（(]([一二三四五六七八九十]+)[)）]项")
_HOST = re.compile(rf"第({_NUM})条(?:第({_NUM})款)?")
_ITEM_MARK = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")
# (heldmiss2) a whole paragraph referred to by place, with no item: “前款规定的情形”
_PARAGRAPH_REF = re.compile(r"(前款|上款|本款)(?![第（(])")
SIBLING = 0.8          # X's pairs in the sibling item it names
OWN = 0.5              # below this in the item referred to


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_int(s)


def _items(lines: list[str]) -> dict[int, str]:
    return {n: line for line in lines if (m := _ITEM_MARK.match(line)) and (n := cn_int(m.group(1)))}


def may_concern(text: str) -> bool:
    return "指" in text or "就是" in text or "说的是" in text


def problems(sentence: str, question: str, article_text: Callable[[int], str | None]) -> list[str]:
    said = _SAID.search(sentence)
    if not said:
        return []
    quoted = re.findall(r"[“「]([^”」]+)[”」]", sentence + "\n" + question)
    phrase = next((q for q in quoted if _REFERENCE.search(q)), None)
    if phrase is None:
        whole = next((q for q in quoted if _PARAGRAPH_REF.search(q)), None)
        return _paragraph_problems(said.group(1), whole, sentence + "\n" + question, article_text) if whole else []
    ref = _REFERENCE.search(phrase)
    outside = re.sub(r"[“「][^”」]*[”」]", "", sentence + "\n" + question)
    paras: list[list[str]] | None = None
    if ref.group(1) in ("前款", "本款"):
        host = _HOST.search(outside)
        text = article_text(_num(host.group(1))) if host else None
        if not text:
            return []
        paras = PL.paragraphs(text)
        core = phrase[:ref.end()]
        at = [i for i, p in enumerate(paras) if core in "".join(p)]
        if len(at) != 1:
            return []
        j = at[0] - 1 if ref.group(1) == "前款" else at[0]
        if j < 0:
            return []
        lines = paras[j]
    elif ref.group(2):
        text = article_text(_num(ref.group(2)))
        if not text:
            return []
        paras = PL.paragraphs(text)
        listed = [p for p in paras if _items(p)]
        if ref.group(3):
            k = _num(ref.group(3))
            lines = paras[k - 1] if k and k <= len(paras) else []
        elif len(listed) == 1:
            lines = listed[0]
        else:
            return []
    else:
        return []
    items = _items(lines)
    own = items.get(cn_int(ref.group(4)) or 0)
    if own is None:
        return []
    mine = _pairs(said.group(1))
    if len(mine) < 2 or len(mine & _pairs(own)) / len(mine) >= OWN:
        return []
    for n, line in items.items():
        if line is not own and len(mine & _pairs(line)) / len(mine) >= SIBLING:
            return [f"“{phrase[:ref.end()]}”是{_ITEM_MARK.sub('', own).strip()[:30]}，不是第（{n}）项"]
    return []


def _paragraph_problems(said: str, phrase: str, context: str, article_text: Callable[[int], str | None]) -> list[str]:
    """(heldmiss2) "「前款规定的情形」指…同一款前面的偷倒乱倒和伪造、篡改电子联单": a paragraph referred to
    by place (前款: the one before the paragraph whose text has the quoted words; 本款: that one),
    said to be words of another paragraph of the article. X mostly in another paragraph's lines and
    under half in the one referred to names the wrong paragraph. An article not named, quoted words
    in no one paragraph, or an X that is no paragraph's words decide nothing."""
    ref = _PARAGRAPH_REF.search(phrase)
    host = _HOST.search(re.sub(r"[“「][^”」]*[”」]", "", context))
    text = article_text(_num(host.group(1))) if host else None
    if not text:
        return []
    paras = PL.paragraphs(text)
    at = [i for i, p in enumerate(paras) if phrase in "".join(p)]
    if len(at) != 1:
        return []
    j = at[0] if ref.group(1) == "本款" else at[0] - 1
    if j < 0:
        return []
    mine = _pairs(said)
    if len(mine) < 3 or len(mine & _pairs("".join(paras[j]))) / len(mine) >= OWN:
        return []
    for k, lines in enumerate(paras):
        if k != j and len(mine & _pairs("".join(lines))) / len(mine) >= OWN:
            return [f"“{ref.group(1)}”是第{j + 1}款（{paras[j][0][:30]}），不是第{k + 1}款"]
    return []
