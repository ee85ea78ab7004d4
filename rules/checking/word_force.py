"""A word of the article quoted and glossed by what it does: "条文用的是“可”，不是硬性要求。", "条文后面还
带了一个“等”字，说明不限于这三种。" (branch ctx).

The sentence speaks of the article the sentence before restates (条文, 这一条, 它) and says two
things: that the article uses the word, and what the word's force is. The quoted word is too short
to count as a quote, and the gloss has no words a passage could hold, so it was flagged. It is
read as the two claims it makes: the word must be in an article the sentence before is held to,
and the gloss must say the force that word has in the grammar of a rule: 可 / 可以 permit (not a
hard requirement), 应当 / 必须 require, 等 leaves a list open (not limited to the items named),
仅 / 只 close it. A gloss of the other force, or a word the article does not use, fails.

(r21alarm) The gloss may be the word of the other force, denied: "注意是“可”，不是“应当”。",
"条文用的是“可”而不是“必须”。" The first word must be in the article and the denied one must be of
another force and nowhere in it.
"""
from __future__ import annotations

import re
from .rejudge import rejudged

# the sentence: what is quoted of the article, then its gloss
_SAID = re.compile(r"^(?:而|但|不过)?(?:条文|原文|这一?条|该条|本条|它)(?:里|中|后面|末尾|最后)?(?:还|只)?"
                   r"(?:用的是|用了|写的是|写了|带了一个|带着|有一个|用的词是|说的是)[“\"「](?P<word>[^”\"」]{1,3})[”\"」]字?"
                   r"[，,](?P<gloss>[^。！!；;]{2,24})[。！!]?$")
# (r21alarm) the word said, then a word of another force denied in its place
_CONTRAST = re.compile(r"^(?:(?:要|请|需要|需)?注意|值得注意的是|关键在于)?[，,：:]?(?:条文|原文|这一?条|该条|本条|它)?(?:里|中)?"
                       r"(?:用的是|写的是|是|用了|写了)[“\"「](?P<word>[^”\"」]{1,3})[”\"」]字?[，,]?而?"
                       r"(?:不是|并非|而非|并不是|没有用|没用)[“\"「](?P<other>[^”\"」]{1,3})[”\"」]字?[。！!]?$")
# the force of each word a rule is written with, and how a gloss says each force
_FORCE = {"permit": re.compile(r"^(?:可|可以|得)$"), "require": re.compile(r"^(?:应当|应|必须|须)$"),
          "open": re.compile(r"^(?:等|等等)$"), "closed": re.compile(r"^(?:仅|只|仅限)$")}
_NEGATED = r"(?:不是|并非|不属于|并不是|非|不)"
_HARD = r"(?:硬性|强制|必须|一定要|一定)"
_GLOSS = {
    "permit": re.compile(rf"{_NEGATED}{_HARD}|可以不|可做可不做|有裁量|酌情|视情况|选择"),
    "require": re.compile(rf"^(?:是|属于|就是)?{_HARD}|[，,](?:是|属于)?{_HARD}|不得不"),
    "open": re.compile(rf"不限于|不止|{_NEGATED}(?:穷尽|全部|封闭|仅限)|没有?列全|未列全|还(?:有|包括)其他|开放"),
    "closed": re.compile(rf"(?<![不非])(?:仅限于?|只限于?|限于)|穷尽"),
}


def judged(sentence: str, held: list[str]) -> tuple[bool, str] | None:
    """(right, why) for a sentence that quotes a word of the article before it and glosses its
    force; `held` are the texts of the articles the sentence before is held to. None when the
    sentence is no such gloss."""
    c = _CONTRAST.match(sentence.strip())
    if c is not None and held:
        return _contrasted(c.group("word"), c.group("other"), held)
    m = _SAID.match(sentence.strip())
    if m is None or not held:
        return None
    word, gloss = m.group("word"), m.group("gloss")
    force = next((f for f, w in _FORCE.items() if w.match(word)), None)
    if force is None:
        return None
    if not any(re.search(rf"(?<![不无]){re.escape(word)}", t) for t in held):
        return False, f"前一句所依据的条文中没有“{word}”。"
    said = [f for f, g in _GLOSS.items() if g.search(gloss)]
    if said != [force]:
        return False, f"“{word}”的意思与“{gloss}”不符。"
    return True, f"条文用“{word}”：{gloss}"


def _contrasted(word: str, other: str, held: list[str]) -> tuple[bool, str] | None:
    """"是“可”，不是“应当”": `word` in the article, `other` of another force and not in it."""
    force = next((f for f, w in _FORCE.items() if w.match(word)), None)
    denied = next((f for f, w in _FORCE.items() if w.match(other)), None)
    if force is None or denied is None:
        return None
    if force == denied:
        return False, f"“{word}”与“{other}”是同一种效力，无从区分。"
    if not any(re.search(rf"(?<![不无]){re.escape(word)}", t) for t in held):
        return False, f"前一句所依据的条文中没有“{word}”。"
    if any(other in t for t in held):
        return False, f"前一句所依据的条文中也有“{other}”。"
    return True, f"条文用“{word}”，没有用“{other}”"


def settle(verdicts: list, problems: list[str], held_by: "callable") -> None:
    """Each unsupported gloss of `verdicts` judged against the articles the verified sentence
    before it is held to (`held_by(support)`: their texts); its problem replaced."""
    for i, v in enumerate(verdicts):
        if v.verdict != "unsupported" or i == 0 or (_SAID.match(v.text.strip()) or _CONTRAST.match(v.text.strip())) is None:
            continue
        before = verdicts[i - 1]
        if before.verdict not in ("verified", "quote"):
            continue
        got = judged(v.text, held_by(before.support))
        if got is None:
            continue
        rejudged(v, problems, got)
