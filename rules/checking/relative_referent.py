"""What a relative reference points to: "“前条”指第十二条" said of 第十四条's 前条 (the article
before 第十四条 is 第十三条).

A regulation refers to its neighbours by place: 前条 is the article right before the one it stands
in, 本条 that article itself, 前款 the paragraph before (in the same article). A draft that
explains such a reference names an article, and a wrong one passes: the article it names is in the
document, and its words (what the draft says the article holds) are that article's own. Read here:
a sentence that says what 前条 / 本条 / 前款 refers to (指 / 是指 / 就是 / 即 / 说的是 + 第N条…),
with the article it stands in named by the sentence or the question (exactly one other article,
whose text has that word), must name the article (and paragraph) the word points to by place.
Anything less clear (two candidate articles, an article whose text lacks the word, 前两条) is left
to the other readings; this only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

_SAID = re.compile(r"[“「\"]?(前条|本条|前款)[”」\"]?(?:在这里|这里|此处)?"
                   r"(?:指的是|指的就是|是指|指|就是|即|说的是|对应的是|对应)")
_ITEM_LINE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")


def _paragraphs(text: str) -> list[str]:
    """The article's paragraphs: its non-empty lines that are no item of a list."""
    return [line for line in text.splitlines() if line.strip() and not _ITEM_LINE.match(line)]


def problems(sentence: str, question: str, article_text: Callable[[int], str | None]) -> list[str]:
    m = _SAID.search(sentence)
    if not m:
        return []
    word = m.group(1)
    after = [r for r in find_refs(sentence[m.end():m.end() + 30]) if r.article]
    if not after:
        return []
    target = after[0]
    around = {r.article for r in find_refs(sentence[:m.start()]) if r.article}
    if not around:
        around = {r.article for r in find_refs(question or "") if r.article}
    around.discard(target.article) if word == "前条" else None
    if len(around) != 1:
        return []
    home = next(iter(around))
    text = article_text(home)
    if not text or word not in text:
        return []
    if word == "前条":
        if target.article != home - 1:
            return [f"第{home}条里的“前条”指第{home - 1}条，不是第{target.article}条"]
        return []
    if target.article != home:
        return [f"第{home}条里的“{word}”指的是第{home}条{'的前一款' if word == '前款' else '本身'}，不是第{target.article}条"]
    if word == "前款" and target.paragraph:
        paras = _paragraphs(text)
        expected = {i for i, p in enumerate(paras, start=1) if "前款" in p}
        if expected and target.paragraph + 1 not in expected:
            return [f"第{home}条里的“前款”不是第{target.paragraph}款"]
    return []


def may_concern(sentence: str) -> bool:
    return ("前条" in sentence or "本条" in sentence or "前款" in sentence) and "条" in sentence
