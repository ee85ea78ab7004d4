"""Whether one is still held to account after doing what was required: the exemption article's.

"台风把渡船打翻了，经营单位之前该做的都做了，还要追责吗" asks whether a duty done (该做的都做了,
尽到职责, 已经履行) or a force beyond anyone's control (不可抗力) spares the asker; the article that
answers is the one that exempts (免予追究责任: …有关单位已经依照本办法履行…职责的), not the ones that
share the scene's words (渡船, 经营单位) and rank first by them. Two readings, no word of one
document:

- the question asks whether accountability follows (追责吗, 会不会被处理, 要不要担责) on a ground
  that could spare it: a duty done or a force majeure, or a circumstance it says accountability
  would "still" follow (家属…签了字，还要担责吗: 还 conceding what was said; not 除了罚款，还要追责吗,
  where 还 adds to what was said);
- a passage exempts when it says one is not held to account (免予追究, 不予问责, 免责, 不承担责任).
"""
from __future__ import annotations

import re

from knowledge.lexical import content_words

# being held to account, as people ask it and as the texts say it
_ACCOUNT = r"(?:追责|追究|问责|处理|处分|处罚|惩处|担责|承担责任|负责任|罚)"
# whether it follows: …吗 after the verb, or 要不要/会不会/用不用 before it
_WHETHER = re.compile(_ACCOUNT + r"[^，,。？?！!]{0,4}(?:吗|么|不)|(?:要不要|会不会|用不用|是不是|还要|还会|还得)[^，,。？?！!]{0,6}" + _ACCOUNT)
# a ground that could spare one: a duty done (该做的都做了, 尽到了职责, 已经履行了…义务) or a force no
# one controls (不可抗力)
_GROUND = re.compile(r"都(?:做|办|干)(?:了|到了|完了)|(?:做|办)到位|尽到|尽了[^，,。？?]{0,4}(?:职责|义务|责任)"
                     r"|已(?:经)?[^，,。？?]{0,6}履行|履行了|不可抗力"
                     # the duty named and said done: 该巡查的都巡查了 (the same verb twice)
                     r"|该([\u4e00-\u9fff]{1,3})的[^，,。？?]{0,6}都\1")
# accountability "still" following what the question said (还要担责吗), and 还 adding to it instead
_STILL = re.compile(r"还(?:要|会|得|能|需要|用)?(?:被|再)?" + _ACCOUNT)
_ADDING = re.compile(r"除了|除去|以外|之外")
# a failure the asker sets before 还 (没有按规定巡查，还会被追责吗): what accountability follows, no ground
_FAILED = re.compile(r"(?:没有?|未|不)[^，,。？?]{0,6}[，,][^，,。？?]*还")
# a passage that exempts: not held to account
_EXEMPTS = re.compile(r"(?:免予|免于|不予|不再)(?:追究|问责|处理|处分|处罚)|免责|不承担[^，。；]{0,4}责任")


def asks_exemption(question: str) -> bool:
    """The question asks whether accountability still follows on a ground that could spare it."""
    if not _WHETHER.search(question):
        return False
    return bool(_GROUND.search(question)) or bool(_STILL.search(question)) and not (
        _ADDING.search(question) or _FAILED.search(question))


def exempts(text: str) -> bool:
    """The passage says who is not held to account."""
    return bool(_EXEMPTS.search(text))


def nearest_exemption(question: str, texts: list[str]) -> int | None:
    """Of the exempting `texts`, the index of the one sharing most of the question's words (weighed
    by their rarity: 台风 over 单位); the first on a tie, None when none exempts."""
    words = content_words(question)
    best, index = -1.0, None
    for i, text in enumerate(texts):
        if exempts(text):
            share = sum(weight for word, weight in words.items() if word in text)
            if share > best:
                best, index = share, i
    return index


__all__ = ["asks_exemption", "exempts", "nearest_exemption"]
