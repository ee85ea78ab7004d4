"""More forms of the short verdicts `verdicts.py` reads, composed from the same parts: a place
(资料, 来源, 收录的部分…, also said with 从…看 or 在…里), a modal of inability in either order (无法回答 /
回答不了), a bare not-found verb (查不到。), and a subject a mark is said of (这个回答是正确的).

They only widen what counts as such a sentence; what decides it is unchanged: "cannot tell" and
"not in the sources" still need the sentence after them to be a verified statement of what is
missing, about what the question asks, and a mark still needs the quoted answer judged."""
from __future__ import annotations

import re

# where: the sources, or the part of them that was taken in, with how it is looked at
# ("现有材料无法确认" is left to the reader of a document's status, `names.undecided_status`)
# (r20alarmB) a place pointed at (靠这份文本; 现有文本 only where nothing is found in it: "现有材料无法
#确认" is left to the reader of a document's status)
# (r27alarm) the text named with the regulation's kind before it: 现有的规定文本, 现有的《规定》文本
_PLACE = (r"(?:(?:从|在|根据|按|就|靠|凭)?(?:这份|这部|本)?(?:收录的?(?:部分|内容|条文|文本|资料)?|资料|来源|材料|知识库|"
          r"(?:《?(?:规定|办法|条例|细则|准则|决定)》?(?:的)?)?(?:文本|原文|条文(?:本身)?))"
          r"(?:里|中|上|来看|看)?[，,]?)")
# what: the question, this (a subject the verdict is said of)
_ABOUT = r"(?:(?:这个|这一|该|此)?问题[，,]?)?"
# (r10alarmB) what is not found, said in general words: 具体内容, 相关规定, 答案 (never a thing of
# the rules: that would be an absence claim, held to the sources by `absence.py`); and "这个" as
# the subject the question is
_THIS = r"(?:这个|这|此)?"
_WHAT = r"(?:(?:具体|相关|有关)的?)?(?:内容|规定|答案|信息|说法|依据)?"
# (r27alarm) whom it is told to (没法给您列), and the act of telling the question asks of a list
# or a fact: 列, 列出, 列举, 说清, 告诉
_TO_YOU = r"(?:(?:给|为|跟|向)(?:您|你))?"
_UNSURE = re.compile(rf"^{_ABOUT}{_THIS}{_PLACE}?(?:(?:无法|没法|不能|难以|无从){_TO_YOU}(?:判断|确定|确认|得知|回答|知道|看出|列出?|列举|说清楚?|告诉(?:您|你)?)"
                     r"|(?:判断|确定|回答|看出)不了|(?:回答|判断|问|答)不出来?"
                     # (r19alarm) the text said not to answer it: 条文没有直接回答, 原文没有明说
                     r"|(?:并)?(?:没有?|未)(?:直接|明确|正面)?(?:回答|明说))[。！!]?$")
# (r23alarm) the place between the modal and its verb: 无法从现有材料确认, 不能从条文判断 (现有 only
# with the 从 that makes the sources the place looked in, never a document's standing)
_UNSURE_SPLIT = re.compile(rf"^{_ABOUT}{_THIS}(?:无法|没法|不能|难以|无从)(?:从|在|根据|凭)(?:现有的?|手头的?)?"
                           r"(?:这份|这部|本)?(?:收录的?(?:部分|内容|条文|文本|资料)?|资料|来源|材料|知识库|文本|原文|条文)"
                           r"(?:里|中|上)?(?:判断|确定|确认|得知|回答|知道|看出)[。！!]?$")
_NOT_FOUND = re.compile(rf"^{_ABOUT}{_THIS}{_PLACE}?(?:都|也)?(?:查不到|找不到|看不到){_WHAT}[。！!]?$|^(?:现有的?|手头的?)?{_PLACE}(?:都|也)?(?:没有|没写|没有写|没有?涉及|没有?提到?|没有?讲)[。！!]?$"
                        # (r20alarmB) the part asked about said to be incomplete: 这一块文本不全
                        r"|^(?:这一?块|这部分|这方面|这一部分|这里)的?(?:文本|条文|资料|原文|内容)(?:本身)?(?:不全|不完整|残缺)[。！!]?$")
# the answer a mark is said of: 这个回答是正确的 / 同事的说法没错
_MARKED = re.compile(r"^(?:这个|该|这一|同事的|学员的|你的|他的|她的)?(?:回答|答案|说法|理解|表述)(?:是|基本)?")


# (r27alarm) an apology before the verdict is said to the user, no part of it: "抱歉，这个没法给您列。"
_SORRY = re.compile(r"^(?:抱歉|很抱歉|不好意思|对不起|很遗憾|遗憾的是)[，,]?")


def undecided(text: str) -> bool:
    """"查不到。", "这个问题资料回答不了。", "从资料看无法确定。", "收录的部分里没有。", "这个问不出来。",
    "条文没有直接回答。"."""
    text = _SORRY.sub("", text)
    return bool(_UNSURE.match(text) or _UNSURE_SPLIT.match(text) or _NOT_FOUND.match(text))


# (r12alarmA) the mark as the complement of the act it judges: 答得对, 说得没错, 写得不对
_ACT_MARKED = re.compile(r"^(?:你|他|她|学员|同事|对方|这位同学)?(?:答|回答|说|写|判断|理解|改)得(?:很|完全|基本)?"
                         r"(?P<no>不)?(?:对|没错|正确|准确)(?:了)?(?P<end>[。！!]?)$")


def unsubjected(text: str) -> str:
    """"这个回答是正确的。" -> "正确。": the mark without the answer it is said of (its 的 goes too);
    "答得对。" -> "正确。", "答得不对。" -> "不正确。" (the act's complement is the mark)."""
    a = _ACT_MARKED.match(text)
    if a:
        return f"{a.group('no') or ''}正确{a.group('end')}"
    m = _MARKED.match(text)
    if not m:
        return text
    rest = text[m.end():]
    return re.sub(r"^(正确|准确|错误)的", r"\1", rest) if rest else text
