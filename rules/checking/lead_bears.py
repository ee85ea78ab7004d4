"""A yes/no answer carried by the sentence after it only when that sentence bears on what the
question asks (branch holesa).

A bare answer ("不适用。", "可以。") whose claim the checker cannot decide was judged right when the
sentence after it was supported. A supported sentence that says nothing about the question's
predicate carries any answer at all: "不适用。第二条括号里写明“区（包括管理区，下同）”。" passed as
well as its "适用。" twin, though a quote that a 区 includes a 管理区 answers "管理区的领导适用这个规定
吗？" with a yes only by an inference the checker does not make.

The answer's claim is the question's proposition (its subject, its predicate, negated or not). The
sentence after it bears on it when it says the predicate: the question's verb or object, with the
generic modals (可以, 能, 会, 要, 是, 有…) and the names a text gives itself (本规定, 这个办法) taken
off. A sentence that only restates the subject, or quotes something else, leaves the answer
unsupported. A no may instead rest on a sentence that limits or denies (只有…才, 不得, 除外) or
sets what holds instead against the case asked (…则按…, 而是…): that is how a no is explained. A yes
is often explained by a fact that implies it (适用。第二条把…列入…), so only a no is held to this;
and a no is as often explained by what holds instead in a sentence of the draft's own (不是。本办法
自…起施行), so only a sentence that is a quote of the text (the checker's "quote" verdict: the text's
words, framed) is held to it: a quote is the text's words about whatever it quotes, not an answer. A question whose predicate is only a modal (这样
可以吗) names nothing to bear on, nor does a comparison (一样吗: a no states each side), and the old reading
stands.
"""
from __future__ import annotations

import re

from .sources import bare

# generic verbs and modals a predicate opens with: they say how, not what
_GENERIC = re.compile(r"^(?:还|也|都|就|再|一定|必须|应当|应该|需要|可以|能够|能|可|会|要|得|是|算|属于|有|在|被|对|给|把)+")
# how a text names itself, and the words that only point at something already named
_SELF = re.compile(r"(?:这个|这份|这一|该|本|此|上述|这些|那个|这)(?:规定|办法|条例|文件|细则|制度|条|款|项|情形|情况)?|"
                   r"(?:规定|办法|条例|文件)(?=$)")
_NOISE = re.compile(r"[的了吗么呢吧啊]")
# what limits or denies: a no is borne out by what holds instead
_LIMITING = re.compile(r"只有|只是|只能|仅|才|不|没|未|无|非|除外|除了|以外|之外|为限|另行|另有")
# what holds instead, set against the case asked (训诫则按…, 而是…, 分别…)
_CONTRAST = re.compile(r"则|而|分别|各自|反而|另外")
MIN_CORE = 2
# a comparison (一样吗, 相同吗): its no is said by stating each side, which names no predicate
_SAME = re.compile(r"(?:一样|相同|一致|同样|等同)")


def _core(predicate: str) -> str:
    """The predicate's own words: its generic opening and the text's names for itself removed."""
    p = _GENERIC.sub("", bare(predicate))
    p = _SELF.sub("", p)
    return _NOISE.sub("", p)


def predicate(claims: tuple[str, str]) -> str:
    """The predicate of the question's proposition: where its yes and its no part (the no inserts
    a negation before the verb), to the end."""
    yes, no = claims
    i = 0
    while i < min(len(yes), len(no)) and yes[i] == no[i]:
        i += 1
    return yes[i:]


def bears(claims: tuple[str, str] | None, negative: bool, after: str) -> bool:
    """Whether the sentence after a yes/no answer whose claim is undecided bears on that claim."""
    if claims is None or not negative:
        return True                      # (a yes beside a sentence that implies it is how yeses are explained)
    core = _core(predicate(claims))
    if len(core) < MIN_CORE or _SAME.fullmatch(core):
        return True                      # (nothing but a modal asked: the old reading)
    said = bare(after)
    if any(core[i:i + 2] in said for i in range(len(core) - 1)):
        return True
    return bool(_LIMITING.search(said) or _CONTRAST.search(said))
