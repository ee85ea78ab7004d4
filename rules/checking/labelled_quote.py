"""A sentence of an article quoted after the article's label: "《某办法》第三十条：本办法所称“以上”
“以下”包括本数，“不满”“超过”不包括本数。", "第二十条第二款规定：“因不可抗力…不予追究责任。”".

A quote on its own line ("> …") is held to the sources verbatim and says nothing of its own. The
same words after a label and a colon are a quote too: the writer says what the article says, word
for word. Read as a statement, such a sentence was judged by every reading of statements, and one
with a negation of its own (“不满”“超过”不包括本数) was taken for an absence of what it names. The
answer pipeline's own lead for a passage is written this way, so its passages answer fell back.

The sentence is a quote when what follows the label (its quote marks taken off, the writer's own
marks inside kept) is a run of whole sentences of the article the label names: it starts where a
sentence or line of the article starts and ends where one ends (。；or the line's end). A cut
quote, which could drop a condition or a proviso, is not one and is judged as before.

(wmiss8) A label that names a paragraph (第十三条第一款：, 第13条第1款：) holds the quote to that
paragraph's lines alone: the article's other paragraphs are its own sentences too, and a quote of
第二款 under 第一款's label was taken for a quote; judged as a statement, the paragraph readings
(paragraph_named.py) hold it to the paragraph it names."""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int
from . import paragraph_lines
from .sources import SourceText, squash

_NUM = r"[零一二两三四五六七八九十百\d]+"
_LABEL = re.compile(rf"^(?:《[^》]{{2,60}}》)?第{_NUM}条(?:第(?P<para>{_NUM})款)?(?:第[（(]?{_NUM}[)）]?项)?"
                    r"(?:规定|写道|原文(?:是|为)?)?[：:]\s*")
_OPEN, _CLOSE = "“「『\"", "”」』\""
_STARTS = "。；;：:"
_ENDS = "。；;"
_MIN = 8
_ITEM_MARK = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")


def _unwrapped(body: str) -> str:
    """The body without the one pair of quote marks that encloses it all."""
    body = body.strip()
    if len(body) > 2 and body[0] in _OPEN and body[-1] in _CLOSE and \
            not any(c in body[1:-1] for c in _CLOSE[:3]) or \
            len(body) > 2 and body[0] in _OPEN and body[-2] in _CLOSE and body[-1] in "。；;" and \
            not any(c in body[1:-2] for c in _CLOSE[:3]):
        end = -1 if body[-1] in _CLOSE else -2
        return body[1:end]
    return body


def _whole_sentences(quote: str, text: str) -> bool:
    """Whether `quote` is in a line of `text` from a sentence's start to a sentence's end."""
    q = squash(quote).rstrip("。；;")
    if len(q) < _MIN:
        return False
    for line in text.splitlines():
        t = squash(_ITEM_MARK.sub("", line.strip()))
        at = t.find(q)
        while at >= 0:
            before = t[at - 1] if at else "。"
            after = t[at + len(q)] if at + len(q) < len(t) else "。"
            if before in _STARTS and after in _ENDS:
                return True
            at = t.find(q, at + 1)
    return False


def quoted(sentence: str, named: Callable[[str], list[SourceText]]) -> str | None:
    """The label of the article the sentence quotes whole sentences of after its label, else None.
    `named(label)`: the passages the label names (as the checker resolves them)."""
    if "第" not in sentence[:40] or ("：" not in sentence and ":" not in sentence):
        return None
    m = _LABEL.match(sentence.strip())
    if not m:
        return None
    body = _unwrapped(sentence.strip()[m.end():])
    passages = named(m.group(0))
    if len(passages) != 1:
        return None
    # the article's text, its label at the start of the first line taken off
    text = re.sub(rf"^第{_NUM}条(?:之[一二三四五六七八九十]+)?\s*", "", passages[0].text)
    if m.group("para") and "#" not in passages[0].id:
        try:
            text = paragraph_lines.paragraph(text, cn_int(m.group("para"))) or ""
        except ValueError:
            return None
    return passages[0].label if _whole_sentences(body, text) else None
