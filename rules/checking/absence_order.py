"""Absence claims said in other word orders, or of a term named as a word (branch `absent5`), read
for absence.py as the plain claim "SCOPE没有提到THING".

- *A term named as a word*: "问责这个词", "问责这两个字", "问责字样", "“问责”一词" name the term 问责;
  the words for wording (这个词, 二字, 字样) are how the draft points at it, no part of what is said
  to be missing. Read with them, "问责这个词" was found in no text and any such claim passed.
- *The term first, then the scope*: "问责在2016年政府工作报告中没有出现" says the report lacks
  问责; the words before 在 are the thing, those after it (up to the locative) the scope.
- *The asked thing first, the denial after*: "事故问责组由谁组成，规定没有写" is "规定没有写事故
  问责组由谁组成": an absence whose clause names only its scope and no object, after a clause
  that asks (谁, 哪, 什么, 多少…), is of what that clause asks; the sentence is rewritten so the
  readings of an asked agent, figure or kind judge it.
- *The document the subject, an article only where it acted*: "规定只在第十条里列了X，没有说明它按
  什么程序执行": the denial's subject is the sentence's, 规定; the article named after 在 in an
  earlier clause is where the regulation listed X, not the scope of the later denial, which is the
  whole regulation (another article may say it).

- *The object first in an asked time*: "现场会在多长时间内召开" is "多长时间内召开现场会": a thing
  whose topic stands before 在 and the asked time is read with the topic after the act too, as
  the text may say it (24小时内召开现场会).

Each reading only re-words; the verdict is absence.py's, so a thing the scope has still fails.
"""
from __future__ import annotations

import re

# words that point at a term as a word: 这个词, 这两个字, 一词, 二字, 字样, 的字样, 这种说法
_COUNTER = r"(?:这一?个|这两个|这三个|这四个|这几个|两个|三个|四个|几个|二|三|四|一|这种|这一|这样的?)"
_META = re.compile(rf"\s*(?:(?:这个|这些|这样的|的)?(?:字样|字眼)|{_COUNTER}(?:字|词语?|说法|提法|表述|措辞|用语))\s*([。；;，,]?)\s*$")


def unworded(part: str) -> str:
    """The part without the words that name its term as a word (问责这个词 → 问责); the part as it
    is when nothing of two characters or a quoted term would be left."""
    m = _META.search(part)
    if m is None:
        return part
    rest = part[:m.start()]
    core = re.sub(r"[“”「」\"'‘’\s]", "", rest)
    return rest + m.group(1) if len(core) >= 2 or re.search(r"[“「][^”」]+[”」]\s*$", rest) else part


# "X在Y里": the thing, then the scope it is said to be missing from
_FRONTED = re.compile(r"^(?P<thing>.{2,}?)(?:在|于)(?P<scope>[^在于]{2,}?)(?:里面|里|中|之中|之内|内|上|当中)\s*(?:都|也|并|均|却)?\s*$")


def fronted(before: str, names_scope) -> tuple[str, str] | None:
    """(thing, scope) of "X在Y里没有出现" (the words before the absence, `before`), when Y names a
    scope (`names_scope(Y)`); None when the words are not of that shape."""
    m = _FRONTED.match(before.strip())
    if m is None or not names_scope(m.group("scope")):
        return None
    return m.group("thing"), m.group("scope")


# a clause that asks: a question word in it
_ASKS = re.compile(r"谁|哪|什么|多少|几[个天日年月种项条次]|怎么|怎样|如何|何时|何种|何处|是否")


def topic_last(clauses: list[str], i: int, verb: str, before: str, after: str, only_scope: bool) -> str | None:
    """The sentence rewritten as "SCOPE没有写X" when clause i ("规定没有写") has an absence with no
    object and only a scope before it (`only_scope`), and the clause before it asks X (事故问责组由
    谁组成) with no absence of its own; None otherwise."""
    if i == 0 or not only_scope or re.sub(r"[\s。；;，,！!]", "", after):
        return None
    topic = clauses[i - 1].rstrip("，,；; ")
    if not _ASKS.search(topic) or re.search(r"没|未|不", topic):
        return None
    return "".join(clauses[:i - 1]) + before + verb + topic + after


# an article named where the document acted: 规定(只)在第十条里列了…
_DOC_SUBJECT = re.compile(r"^(?:而|但)?(?:本|该|此|这部|这份)?(?:规定|办法|条例|细则|规则)(?:本身)?")
_ACTED_AT = re.compile(r"(?:在|于)(?:《[^》]*》)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?"
                       r"(?:和第[零一二两三四五六七八九十百\d]+条)?(?:里面|里|中|之中|当中|内)?")


def document_scope(earlier: str, own: str) -> str | None:
    """The words a later denial's scope is read from, without the articles an earlier clause names
    after 在 when the sentence's subject is the document ("规定只在第十条里列了…，" then "没有说明…"):
    that denial is the document's. None when the sentence is not of that shape (an article its
    subject, or the denial's own clause names an article)."""
    if not earlier or not _DOC_SUBJECT.match(earlier.strip()) or re.search(r"第[零一二两三四五六七八九十百\d]+条", own):
        return None
    cut = _ACTED_AT.sub("", earlier)
    if cut == earlier or re.search(r"第[零一二两三四五六七八九十百\d]+条", cut):
        return None
    # (the document named on its own before them, 规定里: 规定列了 alone is not read as a scope)
    return _DOC_SUBJECT.match(earlier.strip()).group(0) + "里，" + cut + own


# "现场会在多长时间内召开": the topic, 在, an asked time, the act
_TIME_TOPIC = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,10}?)(?:要|应|应当|须|必须)?(?:在|于)"
                         r"(?P<rest>(?:多长时间|多久|几个?小时|几天|几日|多少天|多少日)[\u4e00-\u9fff]{1,8})$")


def topic_after(thing: str) -> str | None:
    """The asked time with its topic after the act (多长时间内召开现场会), or None."""
    m = _TIME_TOPIC.match(thing)
    return m.group("rest") + m.group("topic") if m else None
