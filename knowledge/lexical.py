"""Character 1-2-gram BM25 over the chunks (bm25s), with homophone typo repair.

Character n-grams beat jieba words on this corpus (MRR 0.885 vs 0.85) and need no dictionary.
Chat questions carry homophone typos (事古, 通抱, 引救, 问则): a question bigram that the corpus
never uses is matched, by toneless pinyin, to the corpus bigram that sounds the same.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import bm25s
import numpy as np
from pypinyin import lazy_pinyin

from knowledge.words import cut

COMMON_SHARE = 0.3
# Words a question uses for a term the documents spell otherwise: searched for as well.
EQUIVALENTS: dict[str, list[str]] = {
    "gdp": ["生产总值"],
}
_RUN = re.compile(r"[\u4e00-\u9fff]+|[0-9a-z][0-9a-z.%+]*")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[0-9a-z][0-9a-z.%+]*")
# Parts of speech (jieba's tags) that carry no topic: pronouns and question words (什么, 哪些),
# modal particles, auxiliaries, prepositions, conjunctions, adverbs, interjections, punctuation.
_FUNCTION_TAGS = ("r", "y", "u", "p", "c", "d", "e", "x", "w", "o", "q")
# Latin words and numbers are not in jieba's table: they weigh as an ordinary noun there (文件 6.2,
# 地铁 8.2), neither a rare word (which would let "api key" outweigh 问责方式) nor nothing.
LATIN_WEIGHT = 8.0
# Words that ask for a quantity (多少, 多长, 多久, 几种): what is asked, not what it is about.
_ASKS_HOW_MUCH = re.compile(r"几[\u4e00-\u9fff]?|多[少长久大高远重宽深]")


def tokens(text: str) -> list[str]:
    """CJK runs become unigrams + bigrams; Latin words and numbers stay whole."""
    out: list[str] = []
    for run in _RUN.findall(unicodedata.normalize("NFKC", text).lower()):
        if "\u4e00" <= run[0] <= "\u9fff":
            out.extend(run)
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
        else:
            out.append(run.rstrip("."))
    return out


def content_words(text: str) -> dict[str, float]:
    """The words a question is about, each weighed by its IDF in general Chinese (jieba's table).

    Words, not character bigrams: the bigrams that straddle two words (北京到上海 gives 京到, 到上)
    coincide with law articles by chance, and more so the larger the index. The weight comes from
    general Chinese, not from the index, so that the share of a question a passage covers does not
    change with the number of articles ingested: 高铁 weighs 9.6 whether or not any law uses it,
    北京 4.7. A single character counts when it is a noun (票, 钱: the fare is what is asked), not
    when it is a verb or a particle (是, 有, 吗). Numbers and Latin words (1+6, 4g, pm2.5) stay
    whole and weigh LATIN_WEIGHT.

    The words, their parts of speech and weights are jieba's, read from the shipped word table
    (knowledge/words.py) instead of loading jieba. A run of characters jieba's dictionary has no
    word for (问责) is read as its characters, the nouns among them counting (问, 责), where jieba's
    HMM would guess one word: measured the same gate decisions on every question set
    (README, "The relevance gate with the laws")."""
    low = unicodedata.normalize("NFKC", text).lower()
    words: dict[str, float] = {}
    for run in cut(_HAN.findall(low)):
        for word in run:
            w = word.text
            if (not word.tag.startswith(_FUNCTION_TAGS) and (len(w) >= 2 or word.tag.startswith("n"))
                    and not _ASKS_HOW_MUCH.fullmatch(w)):
                words[w] = word.idf
    for run in _LATIN.findall(low):
        words[run.rstrip(".")] = LATIN_WEIGHT
    return words


@lru_cache(maxsize=1024)
def _content_items(text: str) -> tuple[tuple[str, float], ...]:
    """`content_words` once per question, however many chunks it is compared with."""
    return tuple(content_words(text).items())


def with_equivalents(text: str) -> str:
    """The text and, on lines of their own, the documents' words for the terms it uses (GDP ->
    生产总值)."""
    low = unicodedata.normalize("NFKC", text).lower()
    extra = [e for word, eqs in EQUIVALENTS.items() if word in low for e in eqs]
    return "\n".join([text, *extra])


class HomophoneFixer:
    """Maps an out-of-corpus bigram to the most frequent corpus bigram with the same pinyin."""

    def __init__(self, bigram_counts: Counter) -> None:
        self._by_sound: dict[str, str] = {}
        best: dict[str, int] = {}
        for bigram, n in bigram_counts.items():
            key = " ".join(lazy_pinyin(bigram))
            if n > best.get(key, 0):
                best[key], self._by_sound[key] = n, bigram
        self._known = set(bigram_counts)

    def known(self, bigram: str) -> bool:
        """Whether the corpus uses this bigram."""
        return bigram in self._known

    def fix(self, bigram: str) -> str | None:
        if bigram in self._known:
            return None
        return self._by_sound.get(" ".join(lazy_pinyin(bigram)))

    def repair(self, text: str) -> str:
        """The text with homophone typos replaced, for the model and the fact extractor."""
        out = list(text)
        for i in range(len(text) - 1):
            pair = text[i:i + 2]
            if all("\u4e00" <= ch <= "\u9fff" for ch in pair) and (fixed := self.fix(pair)):
                out[i], out[i + 1] = fixed[0], fixed[1]
        return "".join(out)


# Repair only the bigrams that do not join two known words (`_unjoined_bigrams`); False repairs
# every bigram the corpus does not use, as before (kept to measure and test the difference).
REPAIR_UNJOINED_ONLY = True


def _unjoined_bigrams(text: str, fixer: HomophoneFixer) -> list[str]:
    """The question's bigrams that may be typos: all but those that join two words the corpus
    knows (干部可以 -> 部可, between 干部 and 可以). Such a bigram is unknown because it straddles
    two words, not because it is misspelt, and its homophone (不可) is a word of other passages:
    with 23,490 law articles every straddling bigram has one (国企的 -> 期的, 归监 -> 为关). A
    misspelt word is not between two known ones (问则方式, 引救辞职, 较大事古)."""
    out = []
    for run in _HAN.findall(unicodedata.normalize("NFKC", text).lower()):
        for i in range(len(run) - 1):
            joins = (i > 0 and fixer.known(run[i - 1:i + 1])
                     and i + 2 < len(run) and fixer.known(run[i + 1:i + 3]))
            if not joins:
                out.append(run[i:i + 2])
    return out


class LexicalIndex:
    def __init__(self, texts: list[str], groups: list[str] | None = None) -> None:
        self._n = len(texts)
        corpus = [tokens(t) or ["\u0000"] for t in texts]
        # One BM25 per group (the ingested documents; the national laws), each with its own IDF:
        # 26,000 law articles must not reweigh the words of the Shenzhen texts against each other.
        self._groups = groups or [""] * self._n
        self._members: dict[str, list[int]] = {}
        for i, g in enumerate(self._groups):
            self._members.setdefault(g, []).append(i)
        self._bm25: dict[str, bm25s.BM25] = {}
        for g, idx in self._members.items():
            self._bm25[g] = bm25s.BM25()
            self._bm25[g].index([corpus[i] for i in idx], show_progress=False)
        self.vocabulary = {tok for doc in corpus for tok in doc}
        self._doc_tokens = [set(doc) for doc in corpus]
        self._df = Counter(t for doc in self._doc_tokens for t in doc)
        self._group_n = Counter(self._groups)
        self._group_df: dict[str, Counter] = {g: Counter() for g in self._group_n}
        for g, doc in zip(self._groups, self._doc_tokens):
            self._group_df[g].update(doc)
        # Typos are repaired against each group's own words: a bigram the laws use (几种 -> 集中)
        # must not stop the Shenzhen texts' repair, nor one of theirs be forced on the laws.
        self._fixers = {g: HomophoneFixer(Counter(t for i in idx for t in corpus[i] if len(t) == 2 and t.isalpha()))
                        for g, idx in self._members.items()}
        self.fixer = self._fixers.get("", next(iter(self._fixers.values()), HomophoneFixer(Counter())))

    def query_tokens(self, query: str, group: str | None = None) -> list[str]:
        """The question's tokens that the index (or one group of it) uses, typos repaired."""
        fixer, known = (self.fixer, self.vocabulary) if group is None else (self._fixers[group], self._group_df[group])
        q = tokens(with_equivalents(query))
        fixes = [f for t in (_unjoined_bigrams(query, fixer) if REPAIR_UNJOINED_ONLY else q)
                 if len(t) == 2 and (f := fixer.fix(t))]
        q.extend(fixes)
        q.extend(ch for f in fixes for ch in f)
        return [t for t in q if t in known]

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(self._n, dtype=np.float32)
        for g, idx in self._members.items():
            mine = self.query_tokens(query, g)
            if mine:
                out[idx] = self._bm25[g].get_scores(mine)
        return out

    @property
    def groups(self) -> dict[str, list[int]]:
        """The chunks of each group, by position."""
        return self._members

    def coverage(self, query: str, doc: int) -> float:
        """The share of the question's content that one chunk has: the IDF (over the whole index)
        of the question's bigrams, numbers and Latin words found in the chunk, over theirs all.

        Comparable between groups where BM25 scores are not (each group has its own IDF and
        length normalisation): 申诉 and 复核 are in a law article and in no Shenzhen text, 现场会 the
        other way round, and a question's words tell which source it is about."""
        content = {t for g in self._members for t in self.query_tokens(query, g) if len(t) >= 2 or not t.isalpha()}
        weight = {t: math.log(self._n / self._df[t]) for t in content}
        total = sum(weight.values())
        return sum(w for t, w in weight.items() if t in self._doc_tokens[doc]) / total if total else 0.0

    def share(self, query: str, doc: int) -> float:
        """The share of the question's content words (`content_words`, by weight) that one chunk
        has: a word of one or two characters is there when its token is (for two, or its homophone
        repair, 引救 -> 引咎), a longer one when all its bigrams are.

        Evidence alone is a sum and grows with coincidences: one rare word that a long article
        happens to list (a city among the provinces of a tax table) is as much as one that names
        what the question asks. A passage that answers a question has most of what it is about."""
        words = dict(_content_items(query))
        total = sum(words.values())
        if not total:
            return 0.0
        have, fixer = self._doc_tokens[doc], self._fixers[self._groups[doc]]

        def present(w: str) -> bool:
            if not "\u4e00" <= w[0] <= "\u9fff" or len(w) <= 2:
                return w in have or (len(w) == 2 and (f := fixer.fix(w)) is not None and f in have)
            return all(w[i:i + 2] in have for i in range(len(w) - 1))

        return sum(weight for w, weight in words.items() if present(w)) / total

    def evidence(self, query: str, doc: int) -> float:
        """How specific the words are that the question shares with one chunk.

        The sum of IDF over shared bigrams, numbers and Latin words, leaving out the ones in more
        than COMMON_SHARE of the chunks (深圳, 政府, 多少). Questions off the topic share at most a
        word or two of that kind with the corpus; questions on it share several.
        """
        shared = {t for t in self.query_tokens(query, self._groups[doc])
                  if t in self._doc_tokens[doc] and (len(t) >= 2 or not t.isalpha())}
        # Weighed within the chunk's group, and on the scale of the first group (the ingested
        # documents, on which MIN_EVIDENCE was calibrated): a word common in either group, or
        # in the whole index, is no evidence (深圳 in the Shenzhen texts, 规定 in the laws).
        n, df = self._group_n[self._groups[doc]], self._group_df[self._groups[doc]]
        ref = "" if "" in self._group_n else self._groups[doc]
        n0, df0 = self._group_n[ref], self._group_df[ref]
        return sum(min(math.log(n / df[t]), math.log(n0 / df0[t]) if df0[t] else math.log(n0)) for t in shared
                   if df[t] / n < COMMON_SHARE and self._df[t] / self._n < COMMON_SHARE)
