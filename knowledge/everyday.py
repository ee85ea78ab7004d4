"""The asker's everyday words read as the regulations' terms (knowledge/everyday_words.yaml).

People ask in their own words: 背锅 for 被追究责任, 报上去 for 报告, 辞退 for 解除聘用, 挂到网上 for
在网站公开. Retrieval ranks by shared words and its relevance gate wants most of the question's words
in one passage, so such a question was declined though an article answers it; and the reading of
what is asked (bot/core/asked.py) held the asker's word missing from the passage that says the
term. Three general readings, no word of one document:

- the table: an everyday word and the terms texts write for it (`terms`);
- a verb compound's light head (`light_head_variants`): 从重处理 asked where the text says 从重追究:
  the modifier carries what is asked, the head (处理, 处置, 对待) is a verb too common to tell it,
  so the compound is read as the modifier with any two-character verb the index has after it;
- a count in a measure word of speech (一年出了两回险情, 跑了三趟) read with the texts' 次.

`in_their_words` rewrites a question in the index's words for the search; the question itself,
its echo in an answer and the checker keep the asker's words.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable
from importlib import resources

import yaml

from knowledge.words import cut

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# general light verbs a compound of "modifier + verb" may end in: what is done, not which act
LIGHT_HEADS = ("处理", "处置", "对待", "处罚", "惩处", "办理")
# a count in the measure words of speech (两回, 三趟) for the texts' 次 (险情2次以上); not 一回事
# a question word asking kinds right before a light verb closing its clause (哪几种处理, 哪些处罚)
_KINDS_OF_LIGHT = re.compile(r"(哪几种|哪些|几种|什么样的|哪种|什么)(" + "|".join(LIGHT_HEADS) + r")(?=[？?，,。！!吗呢]|$)")
# the same question word before the texts' own 方式 (有哪几种处理方式, 哪些追究方式)
_KINDS_OF_WAYS = re.compile(r"(?:哪几种|哪些|几种|哪种)[\u4e00-\u9fff]{0,4}方式")


def ways_asked(question: str) -> bool:
    """Whether the question asks the kinds of a measure (哪几种处理, 哪些处理方式): a text answers
    with the list its 方式 head opens (追究方式包括：（一）…), not a sentence sharing the verb."""
    return bool(_KINDS_OF_LIGHT.search(question) or _KINDS_OF_WAYS.search(question))


_SPOKEN_COUNT = re.compile(r"([一二两三四五六七八九十几\d]+)[回趟](?!事)")


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """The everyday words, longest first (a longer phrase is read before a word inside it)."""
    text = (resources.files("knowledge") / "everyday_words.yaml").read_text(encoding="utf-8")
    words = (yaml.safe_load(text) or {}).get("words") or {}
    return {k: tuple(v) for k, v in sorted(words.items(), key=lambda kv: -len(kv[0]))}


def terms(word: str) -> tuple[str, ...]:
    """The texts' terms for an everyday `word`: those of the table's entries the word is or holds
    (the cut may leave 往上报 as 上报, 把路封上 as 封上)."""
    found: list[str] = []
    for key, said in table().items():
        if key == word or (len(key) >= 2 and key in word and not _in_a_noun(word, word.find(key), word.find(key) + len(key))):
            found += [t for t in said if t != word]
    return tuple(dict.fromkeys(found))


def light_head_variants(word: str, corpus_text: str) -> list[str]:
    """`word` as "modifier + light verb" (从重处理) read as the modifier with the verb a text puts
    after it (从重追究): the compounds of `corpus_text` that begin with the two-character modifier
    and go on with another two characters. Only for a four-character word ending in a light head."""
    if len(word) != 4 or word[2:] not in LIGHT_HEADS:
        return []
    found = Counter(m for m in re.findall(re.escape(word[:2]) + r"[\u4e00-\u9fff]{2}", corpus_text) if m != word)
    # the text's head is a verb too (追究, 惩戒), not a noun after the modifier (从重情形)
    verbs = {m for m in found if (w := cut([m[2:]])[0]) and len(w) == 1 and w[0].tag.startswith("v")}
    return sorted(verbs, key=lambda m: -found[m])


def _word(text: str) -> bool:
    """Whether `text` is one word of the dictionary (责任), not a run the cut splits."""
    words = cut([text])[0]
    return len(words) == 1 and words[0].tag != "x"


def _straddling(text: str, start: int, end: int, mentions: Callable[[str], bool]) -> tuple[int, int] | None:
    """The longest word the index has that runs across an edge of text[start:end]: one beginning
    inside it and ending after it (担责 in 担责任: 责任), or beginning before it and ending inside it;
    None when each edge is a word's edge too."""
    found = [(s, e) for s in range(max(0, start - 3), end) for e in range(s + 2, min(len(text), end + 3) + 1)
             if (start < s < end < e or s < start < e < end) and mentions(text[s:e]) and _word(text[s:e])]
    return max(found, key=lambda se: se[1] - se[0]) if found else None


def _in_a_noun(text: str, start: int, end: int) -> bool:
    """text[start:end] is part of a longer noun of the cut (检查 in 检查站, 通知 in 通知书): the asker's
    own term, a thing and not the act the key names, which the key's term would make a word nobody
    uses (巡查站). A noun that is itself an everyday word of the table is read as such."""
    run = next((m for m in _HAN.finditer(text) if m.start() <= start and end <= m.end()), None)
    if run is None:
        return False
    at = run.start()
    for w in cut([run.group()])[0]:
        s, e = at, at + len(w.text)
        at = e
        if s <= start and end <= e and (s < start or e > end):
            return w.tag.startswith("n") and w.text not in table()
    return False


def _replaced(text: str, key: str, term: str, mentions: Callable[[str], bool]) -> str:
    """`text` with each occurrence of the everyday `key` replaced by the texts' `term`, never inside a
    word the index has: where such a word runs across the key's edge (担责 in 担责任, whose 责任 the
    texts say), the occurrence is replaced together with that word when the term holds it at that
    edge (担责任 as 追究责任, not 追究责任任), and left as asked otherwise."""
    out, at = [], 0
    while (i := text.find(key, at)) >= 0:
        j = i + len(key)
        span = _straddling(text, i, j, mentions)
        if span is None and _in_a_noun(text, i, j):
            out += [text[at:j]]        # 检查站 is a station, not a 检查: no 巡查站
        elif span is None:
            out += [text[at:i], term]
        elif span[1] > j and term.endswith(text[span[0]:span[1]]):
            out += [text[at:i], term]
            j = span[1]
        elif span[0] < i and term.startswith(text[span[0]:span[1]]):
            out += [text[at:span[0]], term]
        else:
            out += [text[at:j]]
        at = j
    return "".join(out) + text[at:]


def in_their_words(question: str, mentions: Callable[[str], bool], corpus_text: Callable[[], str],
                   table_words: bool = True) -> str:
    """The question with each everyday word the index never says replaced by the first of its
    terms the index does say (`mentions`: whether any passage has a text), and each light-headed
    compound the index never says by the one with the text's verb most often (`corpus_text`: all
    the passages' text, read only then). The question itself when
    nothing is replaced. `table_words`: whether the table's words are replaced too (not when the
    asker's own words already find the passages: bot/core/pipeline.py)."""
    out = question
    for key, said in table().items() if table_words else ():
        if key in out and not mentions(key):
            term = next((t for t in said if mentions(t)), None)
            if term is not None:
                out = _replaced(out, key, term, mentions)
    # a count in speech's measure word the index never says (两回险情) as the texts count it (两次)
    out = _SPOKEN_COUNT.sub(lambda m: m.group(0) if mentions(m.group(0)) else m.group(1) + "次", out)
    # the kinds asked of a light verb (有哪几种处理) are its ways, as the texts head their lists (处理方式,
    # 追究方式包括：): read so when the index says the verb's 方式
    out = _KINDS_OF_LIGHT.sub(lambda m: m.group(0) + "方式" if mentions(m.group(2) + "方式") else m.group(0), out)
    # one word of the cut, never four characters across two (不能 + 处理 in 能不能处理得轻一点)
    for run in cut(_HAN.findall(out)):
        for word in (w.text for w in run):
            # the modifier says how (从重), not what (垃圾 in 垃圾处理费: a thing, not a manner)
            if len(word) == 4 and word[2:] in LIGHT_HEADS and not mentions(word) \
                    and not any(w.tag.startswith("n") for w in cut([word[:2]])[0]):
                variants = light_head_variants(word, corpus_text())
                if variants:
                    out = out.replace(word, variants[0])
    return out
