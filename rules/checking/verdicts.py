"""Short verdict sentences: "规定允许。", "可以这么理解。", "批改：错误。", "无法判断。",
"资料里查不到。".

Such a sentence is a claim like any other, never framing: it says yes or no to a proposition,
or that the sources cannot settle it. What decides it is what it answers:
- a yes or a no (允许, 正确, 可以这么理解, 错误, 不允许…) answers the question's proposition
  (`answered_claims`), or, when the question quotes an answer to be marked (学员答：“…”), that
  quoted answer: 正确 must find it verified, 错误 contradicted;
- "the difference is in how heavy" (区别在于轻重) says that the two cases the question sets side by
  side (two severities for one official, or two officials under one severity) are treated
  differently: the rule data decides each, and the sentences after it must say how;
- "cannot tell" (无法判断, 没法从资料里回答) and "not in the sources" (资料里查不到, 资料里没有写)
  are true only when the sentence after them is a verified statement of what is missing or
  absent, and it is about what the question asks (it shares an article, or words, with it).
The words are composed (a scope, a negation, a verdict word), not listed one per draft.
"""
from __future__ import annotations

import re

import dataclasses

from ..engine import decide
from ..facts import extract
from ..references import find_refs
from ..schema import RuleBook
from .claims import severities_in
from .sources import bare
from . import verdict_forms as VF

# a mark put before the verdict ("批改：错误。", "结论：正确。"): it names the act, not a claim
_MARK = re.compile(r"^(?:批改|评语|评判|结论|判断|回答|答复|答)[：:]\s*")
_SCOPE = r"(?:(?:本|这个|该)?(?:规定|条文|原文|资料)(?:上|里|中)?(?:是|也)?)?"
_YES_NO = re.compile(r"^" + _SCOPE + r"(?P<neg>不|并不|没有?|未)?(?:(?:可以|能)?(?:这么|这样)理解|允许|正确|准确|成立|(?:是)?对的)"
                     r"[。！!]?$|^(?P<wrong>错误|错了|不对|否)[。！!]?$")
# "cannot tell": a modal of inability, where from, and the act of telling
# (or a knowing verb denied: 不清楚, 并不确定)
_UNSURE = re.compile(r"^(?:这个?|此)?(?:(?:无法|没法|不能|难以|无从)(?:从[^，,。]{1,10}?(?:里|中))?(?:判断|确定|确认|得知|回答|知道)"
                     r"|(?:并)?不(?:清楚|确定|知道))[。！!]?$")
# "not in the sources": where, then that it is not found there
_NOT_FOUND = re.compile(r"^(?:这个?|此)?(?:在|从)?(?:现有)?(?:资料|来源|材料|知识库|文本)(?:里|中)?(?:都|也)?"
                        r"(?:查不到|找不到|没有写|没写|没有记载|没有载明|未载明|没有)[。！!]?$")
_MISSING = re.compile(r"缺失|中断|断了|断在|看不出|不得而知|没有(?:关于|涉及)|没有收录|未收录|不在来源|没有列出|没有写|没写|(?:都|也|并)?(?:没有|未)规定|未载明|没有载明|查不到|无法|看不到|只剩|只收录|只有|"
                      r"(?:没有|未|没)(?:署名|注明|标明|写明|记载|收录|指定|指明|明确)")    # 没有署名, 也没有注明发表日期, 没有指定由谁
# (r20alarmA) "条文没有写。", "第四条没写。": the place that does not say it is the article itself, not
# the sources: it claims the article is silent on what is asked, never that the article is missing
_TEXT_SILENT = re.compile(r"^(?:第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?|条文|原文|该条|这一?条|本条)(?:本身)?(?:里|中|上)?(?:都|也|并)?"
                          r"(?:没有写|没写|没有规定|未规定|没有明确|没有写明|没有直接回答|没有明说)[。！!]?$")


def text_silent(text: str) -> bool:
    """A "not said" verdict whose place is the article's text ("条文没有写。"), not the sources."""
    return bool(_TEXT_SILENT.match(unmarked(text)))


# "区别在于轻重": a difference said to lie in something that is itself no claim (a short word),
# or in that thing being unlike ("区别在于处理措施不一样")
_DIFFERENCE = re.compile(r"^(?:两者|二者|它们|两种情况)?的?(?:区别|不同|差别|差异)(?:主要)?(?:就)?(?:在于|是|体现在)"
                         r"(?P<what>[\u4e00-\u9fff]{1,4}?)(?:不一样|不同|有别)?[。！!]?$")


def difference(text: str) -> bool:
    m = _DIFFERENCE.match(unmarked(text))
    return bool(m) and not re.search(r"[条款项章]$|^第", m.group("what"))


def cases_differ(question: str, book: RuleBook) -> bool | None:
    """Whether the two cases the question sets side by side get different measures by the rule
    data: two severities for the same officials, or two officials under one severity. None when
    the question sets no such pair, or the rules decide one of them no measure."""
    facts = extract(question, book)
    sevs = severities_in(question, book)
    cases = []
    if len(sevs) == 2 and len(facts.roles) == 1:
        cases = [(dataclasses.replace(facts, severity=s), facts.roles[0]) for s in sevs]
    elif len(facts.roles) == 2 and facts.severity:
        cases = [(facts, r) for r in facts.roles]
    got = []
    for f, role in cases:
        d = decide(f, book).decision
        measures = d.measures.get(role) if d is not None and getattr(d, "measures", None) else None
        if not measures:
            return None
        got.append(sorted(measures))
    return got[0] != got[1] if len(got) == 2 else None


def unmarked(text: str) -> str:
    """The sentence without a mark's label ("批改：错误。" -> "错误。")."""
    return _MARK.sub("", text.strip())


def yes_no(text: str) -> bool | None:
    """True for a yes verdict, False for a no, None when the sentence is no such verdict."""
    m = _YES_NO.match(VF.unsubjected(unmarked(text)))
    if m is None:
        return None
    return not (m.group("neg") or m.group("wrong"))


def undecided(text: str) -> bool:
    """A sentence that says the sources cannot settle the question, or do not hold its answer."""
    t = unmarked(text)
    return bool(_UNSURE.match(t) or _NOT_FOUND.match(t) or VF.undecided(t))


def is_verdict(text: str) -> bool:
    return yes_no(text) is not None or undecided(text) or difference(text)


def quoted_answer(question: str) -> str | None:
    """The answer a question quotes for marking ("学员答：“一般事故也要…”请批改。"), else None."""
    if not re.search(r"批改|评判|判断|对不对|是否正确|对吗", question):
        return None
    m = re.search(r"(?:[答说写]|批改|评判|评价)[:：]?\s*[“\"「]([^”\"」]{4,})[”\"」]", question)
    return m.group(1) if m else None


def missing_said(question: str, text: str, verdict: str) -> bool:
    """True when a verified sentence says what is missing or absent and is about what the question
    asks: it names an article the question names, else shares words (two characters) with it."""
    if verdict != "verified" or not _MISSING.search(text):
        return False
    asked = {(r.doc_number, r.doc_title, r.article) for r in find_refs(question) if r.article}
    said = {(r.doc_number, r.doc_title, r.article) for r in find_refs(text) if r.article}
    if asked:
        return bool(asked & said)
    thing = asked_thing(question)
    if thing:
        # "问责方式有哪些" -> "…不予问责情形在来源中断了": the sentence must name what is asked for,
        # not only a word the two share (wmiss7)
        return all(thing[i:i + 2] in bare(text) for i in range(len(thing) - 1))
    q, t = bare(re.sub(r"[是的了吗呢么哪个什么怎么如何多少]", "", question)), bare(text)
    return any(q[i:i + 2] in t for i in range(len(q) - 1))


# "X有哪些" / "X是什么" / "X包括哪几种": X, the thing a list or a definition is asked for
_ASKED_FOR = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:都|具体|一共|主要|分别|还)?(?:有|是|包括|分为|分|指)(?:哪些|哪几[种类项个条]|什么|哪[种类项个])")
# nouns that name no thing of their own (X有什么规定: what is asked is the subject before them)
_GENERIC_ASKED = re.compile(r"规定|内容|要求|说法|情况|意思|条文|条款|区别|不同|关系")


def asked_thing(question: str) -> str:
    """The noun a "X有哪些 / X是什么" question asks for: X's head, after its last 的 (不予问责的情形
    -> 情形; its modifiers may be said in other words), "" when the question is of another shape,
    X's head is a generic noun or a pointing word, or X names an article."""
    m = _ASKED_FOR.search(re.sub(r"[，,]", "。", question).split("。")[-1] or question)
    if m is None or find_refs(m.group(1)):
        return ""
    thing = bare(m.group(1)).split("的")[-1]
    after = bare(re.split(r"[？?。！!，,]", m.string[m.end():])[0])
    if 2 <= len(after) <= 4 and "的" not in after and not _GENERIC_ASKED.search(after):
        thing = after                      # "问责包括哪几种方式": the noun after the asking word
    thing = re.sub(r"^(?:请问|那么|那|想问|我想知道|规定|本规定)", "", thing)
    if len(thing) < 2 or _GENERIC_ASKED.search(thing[-2:]) or re.search(r"[这那此该哪]", thing):
        return ""
    return thing
