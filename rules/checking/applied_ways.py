"""The two ways a list of measures may be applied, said in plain words: "既可以单独用，也可以几种合
起来用" for "可以单独适用，也可以合并适用". Regulations close their list of measures with that clause
(澄川 第十一条, 澜州 第十四条, 青枫, 澜江 and the Shenzhen 第十条 alike), and people say it the way
they would across a desk: 用 or 使用 for 适用, 合起来, 一起, 一并, 叠加 for 合并, with 几种 or 多种 before
it (同时用 before a verb of applying). Measured word by word the plain clause shares almost no pair with the text and a right sentence
fell under the content bar.

Each way is read as the text's own term (单独适用, 合并适用; or 单独使用, 合并使用 where that is the
text's term, branch `regalarm3`) when the passage has that term: the
verb of applying is one of the plain verbs, and what stands before it is 单独 or a word of
togetherness. Only the term is rewritten; its modality and negation stay the sentence's
(不能合起来用 becomes 不能合并适用, which the polarity readers hold to the text's 也可以合并适用).
"""
from __future__ import annotations

import re

from .plain import _QUOTED
from .sources import SourceText

# the verb of applying, plainly said (用, 使用, 给, 采用); the text's own 适用 is left as written
# (一并适用本办法 says the regulation applies too, no combining of measures), and 给予 and 用于 are
# other verbs
_APPLY = r"(?:使用|采用|用|给)(?![予于作])"
_ALONE = re.compile(rf"单独(?:地)?{_APPLY}|单用")
# togetherness before the verb, with an optional count of the measures (几种合起来用, 多种一起使用)
_TOGETHER = re.compile(rf"(?:几种|多种|两种以上|两种或者两种以上|数种)?(?:合起来|放在一起|一起|一并|同时|叠加|合并|组合|搭配)(?:着)?{_APPLY}"
                       rf"|(?:几种|多种|两种以上|数种){_APPLY}")


def in_passage_words(sentence: str, passages: list[SourceText]) -> str:
    """The sentence with each plain way of applying written as the passages' term (单独适用,
    合并适用), when they have it; else unchanged."""
    return in_text_words(sentence, "\n".join(p.text for p in passages))


def in_text_words(draft: str, text: str) -> str:
    """The draft read in the words of a document's text (as `plain.legal` reads its function
    words): quoted words (“…”, a "> " line) are another text's and stay as written, so a quote
    that says 单独用 is never made the text's 单独适用."""
    out = []
    for line in draft.split("\n"):
        if line.lstrip().startswith(">"):
            out.append(line)
            continue
        out.append("".join(part if _QUOTED.fullmatch(part) else _ways(part, text) for part in _QUOTED.split(line)))
    return "\n".join(out)


# (regalarm3) a bare 用 as the verb of applying, before its object: after a clause's start, a modal or an
# adverb (原则上用行为发生时的规定, 对当事人更有利的，用新办法), never inside a word (使用, 费用, 用于, 用途)
_BARE_USE = re.compile(r"(?<=[就也都还要以能当该得再则才仍上律只先便即却，,：:；;])用(?=[\u4e00-\u9fff《])(?![于途以来户品语处到过掉完着了])")
_CUT = re.compile(r"[，,。；;：:！!？?\n（）()]")
_VERBS = ("适用", "使用")
SPAN = 8


def _object_pairs(s: str) -> set[str]:
    s = _CUT.split(s, 1)[0][:SPAN]
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _applying_verb(obj: str, text: str) -> str | None:
    """The text's verb of applying (适用 / 使用) whose objects in the text share most pairs with the
    draft's object; None when neither shares any, or both share as many."""
    mine = _object_pairs(obj)
    score = {v: max((len(mine & _object_pairs(text[m.end():])) for m in re.finditer(v, text)), default=0)
             for v in _VERBS}
    best = max(_VERBS, key=lambda v: score[v])
    return best if score[best] > 0 and score[best] > min(score.values()) else None


def _bare_use(words: str, text: str) -> str:
    """Each bare 用 read as the text's 适用 / 使用 whose object it shares (用新办法 → 适用新办法 beside the
    text's 适用本办法); the sentence's modality and negation stay as written."""
    if "用" not in words or not any(v in text for v in _VERBS):
        return words
    return _BARE_USE.sub(lambda m: _applying_verb(words[m.end():], text) or m.group(0), words)


def _ways(words: str, text: str) -> str:
    # (regalarm3) a text whose term is 单独使用 / 合并使用 (its verb of applying 使用, not 适用) is met
    # the same way: the plain way is read as the term the text has, 适用 first
    for verb in ("适用", "使用"):
        if f"单独{verb}" in text:
            words = _ALONE.sub(f"单独{verb}", words)
            break
    for verb in ("适用", "使用"):
        if f"合并{verb}" in text:
            words = _TOGETHER.sub(f"合并{verb}", words)
            break
    return _bare_use(words, text)
