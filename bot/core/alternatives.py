"""Alternative questions ("卖可回收物的钱归物业还是归业主", "管理责任人是物业还是业主委员会"): the
asker names the answers it expects and asks which of them holds of something. The sides are often
the regulation's own words (物业, 业主), so the article that names them for another matter (who is
responsible for sorting) looked like an answer to who owns the money. It settles the question only
when one of its sentences speaks of the thing asked about and names a side.

A 还是 that is no alternative (复核结果还是不服: "still") has no parallel side after it: the
alternatives are read only where the side after 还是 repeats the verb before the first side (归A还是
归B) or both sides are noun phrases."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.words import Word, cut

from bot.core.membership import named

_FINAL = re.compile(r"(?:吗|呢|么|吧|嘛|啊)$")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_OR = "还是"
_SENTENCES = re.compile(r"[。；;！!？?\n：:]")
# The words of a noun phrase's side (物业, 业主委员会, 区里, 单位自己)
_NOMINAL = ("n", "s", "j", "l", "r", "zg", "f")
# What joins the thing asked about to the first side: a copula or a verb of belonging
_JOINS = ("是", "为", "算", "归", "由", "属于")


@dataclass(frozen=True)
class Alternative:
    """The thing asked about (its head: 钱, 责任人) and the two sides named."""

    of: str
    sides: tuple[str, str]


def _words(text: str) -> list[Word]:
    return [w for run in cut(_HAN.findall(text)) for w in run]


def _nominal(words: list[Word]) -> bool:
    """A noun phrase: nouns, places, pronouns (单位自己), a verbal noun before its head (运营公司)."""
    return bool(words) and all(w.tag.startswith(_NOMINAL + ("vn",)) for w in words) \
        and not words[-1].tag.startswith(("r", "vn"))


# Tags of words that name nothing: particles, prepositions, conjunctions, adverbs, numerals
_FUNCTION = ("u", "p", "c", "d", "y", "r", "f", "m", "q", "x")


def _head(of: str) -> str | None:
    """What is asked about: the last word after the last 的 (卖可回收物的钱: 钱; 停车费收入: 收入)."""
    words = [w for w in _words(of.rsplit("的", 1)[-1]) if not w.tag.startswith(_FUNCTION)]
    return words[-1].text if words else None


@lru_cache(maxsize=1024)          # read twice per clause: whether it asks, then what
def alternative(clause: str) -> Alternative | None:
    """The alternative a clause asks ("X归A还是归B", "X是A还是B"), or None: no 还是 between two
    sides, no thing before them, or a 还是 that means "still" (还是不服, 还是要)."""
    body = _FINAL.sub("", clause)
    at = body.find(_OR)
    if at <= 0:
        return None
    left, right = body[:at], body[at + len(_OR):]
    # 由A作出还是由B作出: the words both sides end with are the predicate, not a side
    tail = ""
    for w in reversed(_words(right)[1:]):
        if not left.endswith(w.text + tail):
            break
        tail = w.text + tail
    if tail:
        left, right = left[:-len(tail)], right[:-len(tail)]
    right_words, left_words = _words(right), _words(left)
    if not right_words or not left_words:
        return None
    first = right_words[0]
    if first.tag.startswith(("v", "p")) and first.text in left and len(right_words) > 1 \
            and _nominal(right_words[1:]):
        # 归物业还是归业主: the verb repeated before each side
        cut_at = left.rfind(first.text)
        of, a, b = left[:cut_at], left[cut_at + len(first.text):], right[len(first.text):]
    elif _nominal(right_words):
        # 是物业还是业主委员会: the nouns at the end of the left side are the first side
        k = len(left_words)
        while k > 0 and left_words[k - 1].tag.startswith(_NOMINAL):
            k -= 1
        if k == len(left_words) or k == 0:
            return None
        a = "".join(w.text for w in left_words[k:])
        of = left[:len(left) - len(a)] if left.endswith(a) else ""
        for join in _JOINS:
            if of.endswith(join):
                of = of[:-len(join)]
                break
        b = right
    else:
        return None
    head = _head(of)
    if not head or not a or not b:
        return None
    return Alternative(head, (a, b))


def settled(alt: Alternative, texts: list[str]) -> bool:
    """Whether a sentence of `texts` speaks of the thing asked about and names one of the sides."""
    return any(alt.of in s and any(named(side, [s]) for side in alt.sides)
               for t in texts for s in _SENTENCES.split(t))
