"""What an article adds in parentheses after its words, said as such (branch szalarm).

"第二条还在区党委、政府后面分别括注了党工委、管委会": the article writes 党委（党工委）、政府（管委会）.
A sentence that says after which words the article puts which parenthesis is a claim about the
text's parentheses; it is held to them: each word (or its last two characters and more, 区党委 for
the article's 区（…）党委) followed in the article by a parenthesis that opens with what the
sentence says is in it, paired in order when the sentence says 分别. "在区党委、政府后面分别括注了
管委会、党工委" pairs them the other way round and fails.
"""
from __future__ import annotations

import re

from .claims import Verdict
from .sources import SourceText, bare

_SAID = re.compile(r"在?(?P<a>[^，,。；;：:]{2,30}?)(?:的)?后面(?P<each>分别|各自|都)?(?:用括号)?(?:括注|注明|加注|标注|加了?括号注明?|加了?括号|括号注明?)了?"
                   r"(?P<b>[^，,。；;：:]{2,30})")
_PARTS = re.compile(r"[、和及与]|以及")
_LEAD = re.compile(r"^.*?第[零一二两三四五六七八九十百\d]+条(?:中|里|的|还|也|又|在)*|^(?:还|也|又)")


def _follows(word: str, member: str, text: str) -> bool:
    """The text has (a tail of at least two characters of) the word right before a parenthesis
    that opens with the member."""
    for k in range(max(1, len(word) - 1)):      # (a word of one character is its own tail: “区”)
        tail = re.escape(word[k:])
        if re.search(tail + r"[（(]" + re.escape(member), text):
            return True
    return False


def bracketed(sentence: str, passages: list[SourceText]) -> list[Verdict]:
    """A verdict on a clause that says which parentheses follow which words; [] when none does."""
    m = _SAID.search(sentence)
    if m is None or not passages:
        return []
    words = [bare(x) for x in _PARTS.split(_LEAD.sub("", m.group("a"))) if bare(x)]
    members = [bare(x) for x in _PARTS.split(m.group("b")) if bare(x)]
    if not words or not members:
        return []
    text = re.sub(r"\s", "", "\n".join(p.text for p in passages))
    label = "、".join(p.label for p in passages)
    if m.group("each") and len(words) == len(members):
        pairs = list(zip(words, members))
    elif len(words) == 1:
        pairs = [(words[0], x) for x in members]
    elif len(members) == 1:
        pairs = [(w, members[0]) for w in words]
    else:
        return []
    wrong = [f"{w}（{x}）" for w, x in pairs if not _follows(w, x, text)]
    if wrong:
        return [Verdict(False, f"{label}中没有“{wrong[0]}”这样的括注。")]
    return [Verdict(True, f"{label}：" + "、".join(f"{w}（{x}）" for w, x in pairs), whole=True)]
