"""The particulars of a matter the text hands to another document, said not to be in it: "具体有哪些
从重、从轻情节，条文本身没写" of 第十七条 (从重、从轻情节按照中办发[2009]25号第八条、第九条执行); "具体是
哪些文件，本规定没有列出" of 第四条 (依照有关规定给予党纪政纪处分); "那两条原文不在这里，所以具体哪些情节
从重、从轻，从手头文本看不出来"; "这两个文件的正文都不在本规定里，具体步骤得去查原文件".

A provision that says a matter is handled 按照 / 依照 / 依据 another text (执行, 给予, 问责) names the
matter and leaves its particulars to that text. A sentence saying the particulars (具体 X, 具体有哪些
X) are not written here is then true of the article, and the absence reader, which looks for X's
words and finds them in the referral itself, called it false; a sentence saying the other text's
words are not here is true when that text is no document the sources hold.

Read here, with the articles the sentence names, else those of the sentence before it, else those
of the question, as its scope. The sentence holds only when every clause is one of:
- *particulars absent*: 具体(有/是)(哪些/什么) X, then where (条文, 本规定, 手头文本 …) and an
  absence (没写, 没有列出, 看不出来 …). X must be the matter of a referral in the scope (most of
  its character pairs in the words before 按照 / 依照), or a document noun (文件, 规定) where the
  referral's target is unnamed (有关规定); and the regulation must nowhere list X (下列 X, X 包括, X：);
- *the other text not here*: 那两条 / 这两个文件 (的)原文 / 正文 不在这里 / 本规定里;
- *advice to read it there*: (具体 X) 得去 / 需要 查原文件.
- (r21alarm) *the matter not unfolded here*: X 不在本规定里展开 / 本规定没有展开 X, X the matter of a
  referral in the scope, as for the particulars;
- (r21alarm) *the referral restated*: (第十七条)(直接)规定按照 TARGET 执行, TARGET the target of a
  referral in the scope, word for word.
- (regalarm3) *the matter itself not listed*: (这个)办法(本身)没列 X, X the matter of a referral in the
  scope, as for the particulars (no 具体: the matter the text hands on is the whole of what is said absent).
And the scope must hold a referral to a text the sources do not hold (中办发[2009]25号, 《办法》 when
no document of that title is held, 有关规定). The same sentence of an article that lists the matter
itself (具体有哪些问责方式，第十条没写) or hands nothing on is no such sentence and is left to the
other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bigrams

_TARGET = r"(?P<target>中办发\[\d{4}\]\d+号(?:文件)?(?:第[零一二两三四五六七八九十百\d]+条(?:、第[零一二两三四五六七八九十百\d]+条)*)?|《(?P<title>[^》]+)》|(?:国家)?(?:有关|相关)(?:规定|法律法规|法律|法规))"
# 从重、从轻情节按照中办发…执行 / 依照有关规定给予党纪政纪处分 / 可依照中办发…进一步问责
# (oldreg) the matter may stand in a clause of its own before it: 本办法所称…的具体标准和程序，按照《…》执行
_REFERRAL = re.compile(rf"(?P<subject>(?:[^，,；;。：:\n]*[，,])?[^，,；;。：:]*?)(?:可)?(?:按照|依照|依据|按)(?:{_TARGET})(?:的规定)?(?:执行|办理|处理|给予|问责|进一步问责)")
# (oldreg) the regulation by its kind of name: 办法本身 / 本办法 / 这份细则
_WHERE = (r"(?:(?:在|从|就)?(?:条文本身|条文|本条|该条|这一?条|本规定|规定本身|规定|这里|手头(?:的)?(?:文本|材料)|"
          r"(?:本|这份|这部|该)?(?:办法|细则|条例|规则|实施意见)(?:本身)?|"
          r"现有(?:的)?(?:文本|材料)|(?:这|这份|本)(?:文本|材料)|来源|材料)(?:里|中|上|本身)?(?:都|也|并|本身)?)?")
_ABSENT = r"(?:没写|没有写明?|没有列出|没列出?|没有列|没有规定|未规定|没有说|没说|未列出|看不出来?|查不到|找不到|说不出来)"
_DETAIL = re.compile(rf"^(?:所以|因此|因而|至于)?具体(?:有|是)?(?:哪些|哪几[种项条个类]|什么|哪种)?(?P<x>[^，,]{{2,14}}?)"
                     rf"(?:是什么|有哪些|是哪些)?[，,]{_WHERE}{_ABSENT}$")
# (r20alarmB) the same said verb first: 这份文本里查不到具体情节, 条文没写具体有哪些情节
_DETAIL_AFTER = re.compile(rf"^{_WHERE}{_ABSENT}具体(?:的)?(?:有|是)?(?:哪些|哪几[种项条个类]|什么|哪种)?(?P<x>[^，,]{{2,14}}?)"
                           r"(?:是什么|有哪些|是哪些)?$")
# (oldreg) the other text by its kind of name: 那个规范 / 该标准 不在本办法里
_ELSEWHERE = re.compile(r"^(?:但|不过|而)?(?:那|这|该)(?:两|几|些)?(?:条|个文件|份文件|个|份|部)?(?:的)?"
                        r"(?:原文|正文|条文|内容|全文|规范|标准|文件)"
                        r"(?:都|也)?不在(?:这里|此|这份材料里?|本(?:规定|办法|细则|条例|规则)[里中]?|来源里?|来源中|知识库里?)$")
_ADVICE = re.compile(r"^(?:所以|因此)?(?:具体[\u4e00-\u9fff]{0,6})?(?:得|需要|要|须|只能|应)(?:去|另)?(?:查|查阅|找|翻)"
                     r"(?:原文件|原文|文件原文|那两个文件|该文件|这两个文件)$")
# (r21alarm) X 不在本规定里展开 / 本规定没有展开X: the matter is not unfolded here
_UNFOLD = r"(?:具体|详细|逐一)?(?:展开|细化|细说|展开说|列举|列明)"
_UNFOLDED = re.compile(rf"^(?P<x>[^，,]{{2,14}}?)(?:(?:并|都)?(?:不在|没有在|没在|未在){_WHERE}|{_WHERE}(?:并)?(?:没有|未|不)){_UNFOLD}$"
                       rf"|^{_WHERE}(?:并)?(?:没有|未|不){_UNFOLD}(?P<y>[^，,]{{2,14}})$")
# (r21alarm) (第十七条)(直接)规定按照 TARGET 执行: the referral itself restated
_RESTATED = re.compile(rf"^(?:而是|而|只是|是)?(?:第[零一二两三四五六七八九十百\d]+条)?(?:直接|只|只是|则|而是)?(?:规定|写明|写|说)?了?"
                       rf"(?:按照|依照|依据|按)(?:{_TARGET})(?:的规定)?(?:执行|办理|处理)$")
# (regalarm3) the matter itself said not listed by the regulation itself, with no 具体: 这个办法本身没列禁止设置的区域
# (第三十四条: …和禁止设置区域，依照《…规划》执行); the regulation named by its kind, 没 read as 未 by `plain`
_ITSELF = re.compile(r"^(?:这个|这份|这部|本|该)?(?:办法|细则|条例|规定|规则|实施意见)(?:本身)?(?:里|中)?(?:并|都|也)?"
                     r"(?:没有?列出?|未列出?|没有?写明?|未写明?|没有?规定|未规定)(?P<x>[^，,]{2,14})$")
_DOC_NOUN = re.compile(r"^(?:哪些|什么)?(?:文件|规定|法规|依据)$")
_NOUN_SKIP = re.compile(r"^(?:哪些|哪几[种项条个类]|什么|的)")


def _scope(sentence: str, previous: str, question: str, article: Callable[[int], str | None],
           following: str = "") -> list[str]:
    # (r20alarmB) a short lead ("这份文本里查不到具体情节。") takes the articles of the sentence that
    # goes on to say why (第十七条只是转引…) when neither it, the one before nor the question names any
    for text in (sentence, previous, question, following):
        # articles of this regulation only: 中办发[2009]25号第八条 is the other document's
        numbers = [r.article for r in find_refs(text) if r.article and not r.doc_number and not r.doc_title]
        got = [t for n in dict.fromkeys(numbers) if (t := article(n))]
        if got:
            return got
    return []


def _listed(x: str, whole: str) -> bool:
    """Whether the regulation lists X's members: X after 下列 or before 包括 / 分为 / a colon."""
    want = bigrams(x)
    for clause in re.split(r"[，,；;。\n]", whole):      # (a line ends a clause: 下列职责： is not its items' 标准)
        if re.search(r"下列|包括|分为|以下|[：:]", clause) and want and len(want & bigrams(clause)) * 2 >= len(want):
            return True
    return False


def judged(sentence: str, previous: str, question: str, article: Callable[[int], str | None], whole: str,
           held: Callable[[str], bool], following: str = "") -> tuple[bool, str] | None:
    """(True, why) for such a sentence whose scope hands its matter to a text not held; None else."""
    text = sentence.strip().rstrip("。！!")
    clauses = [c.strip() for c in re.split(r"[，,；;]", text) if c.strip()]
    if not re.search(r"具体|不在|原文件|展开|细化", text) and not any(_ITSELF.match(c) for c in clauses):
        return None
    kinds: list[str] = []
    details: list[str] = []
    restated: list[str] = []
    i = 0
    while i < len(clauses):
        pair = "，".join(clauses[i:i + 2])
        if i + 1 < len(clauses) and (m := _DETAIL.match(pair)):
            details.append(m.group("x"))
            kinds.append("detail")
            i += 2
        elif m := _DETAIL_AFTER.match(clauses[i]):
            details.append(m.group("x"))
            kinds.append("detail")
            i += 1
        elif m := _ITSELF.match(clauses[i]):
            details.append(m.group("x").replace("的", ""))      # (禁止设置的区域: the matter's words, 的 aside)
            kinds.append("detail")
            i += 1
        elif m := _UNFOLDED.match(clauses[i]):
            details.append(m.group("x") or m.group("y"))
            kinds.append("detail")
            i += 1
        elif m := _RESTATED.match(clauses[i]):
            restated.append(m.group("target"))
            kinds.append("restated")
            i += 1
        elif _ELSEWHERE.match(clauses[i]):
            kinds.append("elsewhere")
            i += 1
        elif _ADVICE.match(clauses[i]):
            kinds.append("advice")
            i += 1
        else:
            return None
    if not kinds or set(kinds) <= {"advice", "restated"}:
        return None
    scope = _scope(sentence, previous, question, article, following)
    referrals = [m for t in scope for m in _REFERRAL.finditer(t)
                 if not (m.group("title") and held(m.group("title")))]
    if not referrals:
        return None
    if any(t not in {m.group("target") for m in referrals} for t in restated):
        return None
    for x in details:
        noun = _NOUN_SKIP.sub("", x)
        if _DOC_NOUN.match(noun):
            if not any(re.search(r"有关|相关", m.group("target")) for m in referrals):
                return None
            continue
        want = bigrams(re.sub(r"[、，,]", "", noun))
        if not want or _listed(noun, whole):
            return None
        if not any(len(want & bigrams(m.group("subject"))) * 3 >= len(want) * 2 for m in referrals):
            return None
    return True, "条文把此事交由" + "、".join(dict.fromkeys(m.group("target") for m in referrals)) + "办理，本规定没有写其具体内容"
