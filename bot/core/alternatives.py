"""Alternative questions ("卖可回收物的钱归物业还是归业主", "管理责任人是物业还是业主委员会"): the
asker names the answers it expects and asks which of them holds of something. The sides are often
the regulation's own words (物业, 业主), so the article that names them for another matter (who is
responsible for sorting) looked like an answer to who owns the money. It settles the question only
when one of its sentences speaks of the thing asked about and names a side.

A 还是 that is no alternative (复核结果还是不服: "still") has no parallel side after it: the
alternatives are read only where the side after 还是 repeats the verb before the first side (归A还是
归B) or both sides are noun phrases.

Sides that are figures ("停3个月还是6个月", "保存一年还是两年") ask which figure holds of the act or
thing before them. A text that gives that matter a range holding both (3个月至6个月) leaves the choice
open and does not say which; a sentence of the matter that gives one side and not the other does."""
from __future__ import annotations

import re
import unicodedata
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
    figures: bool = False        # the sides are figures (3个月还是6个月): one must be given alone


# A figure as a side: a numeral and a measure word (量词, a closed class) of time, money, count or length
_DIGITS = "0-9０-９"
_CHINESE = "〇零一二两三四五六七八九十百千万半"
_MEASURE = r"(?:个)?(?:工作日|小时|分钟|学时|[年月日天周]|万元|元|倍|次|人|名|米|公里|平方米)"
_FIGURE = re.compile(rf"(?:[{_DIGITS}]+(?:\.[{_DIGITS}]+)?|[{_CHINESE}]+){_MEASURE}")
_SIDE_FIGURE = re.compile(rf"^{_FIGURE.pattern}$")
_END_FIGURE = re.compile(rf"{_FIGURE.pattern}$")
# Words that say nothing of the thing a figure measures (到底, 是, and the duration nouns 期限, 时间)
_NOT_THING = ("到底", "究竟", "就是", "还是", "期限", "时间", "时限", "期间", "标准", "数额", "金额")
_CHINESE_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))


def _figure_alternative(left: str, right: str) -> Alternative | None:
    """X停3个月还是6个月: both sides figures; the thing is the last word of two characters or more
    before the first that names an act or a thing (投标 in 暂停投标到底是停…)."""
    if not _SIDE_FIGURE.match(right):
        return None
    first = _END_FIGURE.search(left)
    if first is None or first.start() == 0:
        return None
    things = [w.text for w in _words(left[:first.start()])
              if len(w.text) >= 2 and w.tag.startswith(("n", "v")) and w.text not in _NOT_THING]
    if not things:
        return None
    return Alternative(things[-1], (first.group(0), right), True)


def _forms(figure: str) -> list[str]:
    """A figure as a text may write it: 3个月 and 三个月 (numbers below a hundred)."""
    m = re.match(rf"([{_DIGITS}]+)(.*)$", unicodedata.normalize("NFKC", figure))
    if m is None or int(m.group(1)) >= 100:
        return [figure]
    n, unit = int(m.group(1)), m.group(2)
    tens, ones = divmod(n, 10)
    spoken = ("" if tens == 0 else ("十" if tens == 1 else _CHINESE_DIGIT[str(tens)] + "十")) \
        + ("" if ones == 0 and n else _CHINESE_DIGIT[str(ones)])
    spoken = spoken.replace("〇", "零") if n else "零"
    forms = [m.group(1) + unit, spoken + unit]
    if n == 2:
        forms.append("两" + unit)
    return forms


def _gives(figure: str, sentence: str) -> bool:
    """The sentence gives `figure` (3个月 as 3个月 or 三个月; not inside 13个月)."""
    return any(re.search(rf"(?<![{_DIGITS}{_CHINESE}.]){re.escape(f)}", sentence) for f in _forms(figure))


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
    if (figures := _figure_alternative(left, right)) is not None:
        return figures
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
    if alt.figures:
        # one figure given of the matter, not both: a range holding both (3个月至6个月) leaves it open
        return any(alt.of in s and [_gives(side, s) for side in alt.sides].count(True) == 1
                   for t in texts for s in _SENTENCES.split(t))
    return any(alt.of in s and any(named(side, [s]) for side in alt.sides)
               for t in texts for s in _SENTENCES.split(t))
