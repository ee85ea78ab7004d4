"""Absence claims in the forms `absence` did not read: the thing before the verb, a time limit
named as a compound, and a thing said with its aspect words.

- "办法未对调查期限作出规定", "没有就复核期限作出具体规定": the thing stands between 对 / 就 and the
  verb of regulating; it is "没有规定调查期限".
- "对现场会什么时候开并没有设定时限": a topic with 对, then the absence of a time limit; it is
  "没有规定现场会的时限" (an embedded question, 什么时候开, asks for the figure the limit is).
- "调查期限", "调查的完成期限": a time limit named as a compound is "A的期限" (调查完成的期限), so a
  sentence of the text that has A and a time figure (调查应当自立案之日起六十日内完成) gives it, as
  `absence` reads "A的期限".
- "后来有过修订", "曾经作过调整": words of time and aspect before the act (后来, 曾经, 有过, 进行过)
  say when it happened, not what; the thing is the act (修订), and the text's 两次…进行修订 has it.

- (r20alarmA) "第十六条的一般事故没有用“初步问责”的说法": a word said not to be used (没有用 / 没有
  使用 / 未采用 “X”, with 的说法 / 这个词 / 字样 after it) is the thing, quoted; what stands before
  the verb is where it is not used (the article, the case it is about): "…里没有“X”".

Each form is written as the plain one `absence` reads; the verdict is still `absence`'s: a thing
the scope has fails the claim.
"""
from __future__ import annotations

import re

_VERB = r"(?:作出|做出|作|做|设定|设置|进行)?(?:具体|明确|任何|专门)?的?(?:规定|要求|限制|限定)"
_FRONTED = re.compile(rf"(?:并|都|也)?(?:没有|并没有|未|并未|没)(?:对|就)([^，,；;。]{{2,16}}?){_VERB}")
_LIMIT = r"(?:时限|期限|时间限制|时间要求|办理时限|完成时限)"
_ASKING = r"(?:什么时候|何时|多久|多长时间|几天|多少天)[\u4e00-\u9fff]{0,2}"
_TOPIC_LIMIT = re.compile(rf"对([^，,；;。]{{2,16}}?)(?:{_ASKING})?(?:并|都|也)?(?:没有|并没有|未|并未|没)(?:设定|设置|规定|明确|写明?|给出)?(?:具体的?|明确的?|任何)?({_LIMIT})")
_ASPECT = re.compile(r"^(?:(?:后来|此后|之后|以后|曾经|曾|过去)(?:有过|有|进行过|进行了|作过|做过|经过)?|有过|进行过|作过|做过)"
                     r"(?=[\u4e00-\u9fff]{2})")


_WORD_UNUSED = re.compile(r"(?:并|都|也)?(?:没有|并没有|没|未|并未)(?:用|使用|采用|出现)(?:过)?“([^”《》]{2,12})”"
                          r"(?:的|这个|这一|这种)?(?:说法|词语?|字样|提法|表述|字眼|用语|概念)?")


def reworded(sentence: str) -> str:
    """The sentence with its absence written in the plain form (没有规定X)."""
    if not re.search(r"没|未", sentence):
        return sentence
    sentence = _WORD_UNUSED.sub(lambda m: f"里没有“{m.group(1)}”", sentence)
    sentence = _TOPIC_LIMIT.sub(lambda m: f"没有规定{m.group(1)}的{m.group(2)}", sentence)
    return _FRONTED.sub(lambda m: f"没有规定{m.group(1)}", sentence)


def thing_said(thing: str) -> str:
    """The thing as `absence` looks for it: 调查期限 as 调查的期限, 后来有过修订 as 修订."""
    m = re.fullmatch(rf"(.{{2,}}?)({_LIMIT})", thing)
    if m and len(m.group(1).replace("的", "")) >= 2:
        # (调查的完成期限: the act the limit is of, 调查完成, then the limit)
        return f"{m.group(1).replace('的', '')}的{m.group(2)}"
    bare_act = _ASPECT.sub("", thing)
    return bare_act if len(bare_act) >= 2 else thing
