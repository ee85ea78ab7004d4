"""What a sentence says a named document does, held to what the text says it does: "…，《…暂行
办法》同时施行" where the text says "…《…暂行办法》（…号）同时废止".

A closing article names two documents with two verbs ("本办法自…起施行。…《暂行办法》同时废止。"),
and a sentence restating it with the verbs exchanged keeps every word of the article: the support
test passed it on its share of words, and the figure pairing (support.mispaired) reads only what is
said beside a figure. Here a document named by its title as the subject of a clause (at the
clause's start, or after 的 of its date) has a predicate: the words after the title (a document
number in brackets aside) to the clause's end. Where the text names the same title as a subject
too, the sentence's predicate must share a content pair with the text's (同时 and other adverbs
aside); a predicate sharing none whose words the text says of something else in the same passage
(施行, said of 本办法) is the other subject's verb given to this document. A predicate in words the
text never uses (失效, 不再适用) is no swap and is left to the other readers, unless it says the
document's standing (in force or repealed) the other way round: "…《暂行规定》继续有效" where the
text says it 同时废止 turns a repeal into its opposite in words the swap test never sees (wmiss10)."""
from __future__ import annotations

import re

from .sources import SourceText, bigrams

_TITLED = re.compile(r"(?:^|(?<=[，,。；;：:的\s]))《(?P<title>[^》]{4,40})》(?:[（(][^）)]{0,30}[)）])?"
                     r"(?P<pred>[^，,。；;！？!?、《》（）()\n]{1,14})")
# adverbs and particles that say nothing of what the document does
_LIGHT = re.compile(r"同时|也|亦|已经|已|就|将|会|被|予以|了|一并|随之|即|便")
_CONJ = re.compile(r"^(?:和|及|与|以及|或|或者|等|、)")
_DIGITS = re.compile(r"[\d〇零一二三四五六七八九十百]+")
# a document's standing: repealed (its force ended or denied) or in force (its force kept or begun)
_REPEALED = re.compile(r"废止|废除|失效|无效|撤销|(?:不再|停止|不|没有|未)(?:继续)?(?:有效|施行|执行|适用|实施|生效)")
_IN_FORCE = re.compile(r"有效|施行|执行|适用|实施|生效|沿用|保留")


def standing(pred: str) -> str | None:
    """"repealed", "in force" or None for a predicate saying neither (修订, 印发)."""
    if _REPEALED.search(pred):
        return "repealed"
    return "in force" if _IN_FORCE.search(pred) else None


def _content(pred: str) -> set[str]:
    return {g for g in bigrams(_LIGHT.sub("|", _DIGITS.sub("", pred))) if "|" not in g}


def problems(sentence: str, named: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    """The documents the sentence names as subjects, given a verb their text gives another."""
    if "《" not in sentence:
        return []
    out = []
    for m in _TITLED.finditer(sentence):
        title, mine = m.group("title"), m.group("pred")
        if _CONJ.match(mine) or not (said := _content(mine)):
            continue
        for p in named or whole:
            theirs = [t.group("pred") for t in _TITLED.finditer(p.text)
                      if t.group("title") == title and not _CONJ.match(t.group("pred"))]
            if not theirs:
                continue
            if any(said & _content(t) for t in theirs):
                break
            kinds = {standing(t) for t in theirs} - {None}
            if (mine_kind := standing(mine)) and len(kinds) == 1 and mine_kind not in kinds:
                out.append(f"原文说《{title}》{theirs[0]}，不是“{mine}”")
                break
            rest = _DIGITS.sub("", p.text)
            if all(g in rest for g in said):
                out.append(f"原文说《{title}》{theirs[0]}，不是“{mine}”")
            break
    return out
