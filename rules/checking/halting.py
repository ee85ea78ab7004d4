"""Whether an act is halted or goes on: "提出复核申请后，原决定暂停执行" where the text says "复核、
申诉期间，不停止责任追究决定的执行". Every word of such a sentence but the verb of halting is the
passage's, and the verb is the text's own with its negation dropped or a synonym put in (暂停 /
中止 / 暂缓 for 停止): the support test finds the words and reads no polarity in 暂停.

The reading takes an act's state as a polarity: halted (停止 / 暂停 / 中止 / 暂缓 / 停 before the
act, or before 对象的 act: 停止决定的执行) or going on (the same verbs negated right before them,
不停止; 继续 / 照常 / 仍然 before the act; 不影响…的 act). The act is a verb of carrying out
(执行, 履行, 实施, 办理, 适用), and what is carried out is read by its head, the last two characters
of the noun before the verb of halting or between it and 的 (决定 of 原决定, 责任追究决定). A sentence
that says of an act and its object the state the text's clause on the same act and object denies,
with a word of that clause's circumstances in it too (复核 of 复核、申诉期间; not 期间 alone), and no clause of the
text giving that state, contradicts the text. A clause of the sentence with a negation elsewhere
(不会因为复核而停止执行) or a question is not read: its polarity is unsure, and it is left to
the other readings (it fails closed only through them)."""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

_ACT = r"执行|履行|实施|施行|办理|适用"
_HALT = r"暂停|停止|中止|暂缓|停"
_HALTED = re.compile(rf"(?P<neg>不再|不会|不得|不能|不应|不予|不必|无须|无需|并不|不)?(?:会|要|应当?|将|可以?|予以)?(?P<halt>{_HALT})"
                     rf"(?P<obj>[^，,。；;：:、的]{{1,12}}的)?(?P<act>{_ACT})")
_GOES_ON = re.compile(rf"(?:继续|照常|照样|仍然|仍旧|依然|仍)(?:要|应当?|需要?|予以)?(?P<act>{_ACT})|不影响(?P<obj>[^，,。；;：:]{{1,12}}的)?(?P<act2>{_ACT})")
_NEG = re.compile(r"不|没有|没|未|无须|无需|并非|非")
_ASKS = re.compile(r"是否|吗|？|\?|有没有|能不能|会不会")
_CLAUSE = re.compile(r"[^，,。；;\n]+")
_SENTENCE = re.compile(r"[^。；;\n]+")
# words that only frame a time (期间 of 复核期间), no circumstance of their own
_FRAME = re.compile(r"期间|之后|以后|之前|以前|过程中|的时候|时")
_LOOSE = re.compile(r"^(?:原来?|该|此|这个?|那个?|其|对|把|将|被|的)+")


def _head(noun: str) -> str:
    noun = bare(re.sub(r"的$", "", noun))
    return noun[-2:] if len(noun) >= 2 else ""


def _states(clause: str, strict: bool) -> list[tuple[str, str, bool, tuple[int, int]]]:
    """(object's head, act, halted, span) of each act whose state the clause gives. With `strict`
    (the sentence being checked) a clause with a negation away from the verb gives none."""
    out = []
    for m in _HALTED.finditer(clause):
        before = clause[:m.start()]
        if strict and not m.group("neg") and _NEG.search(before + (m.group("obj") or "")):
            return []
        obj = m.group("obj") or _LOOSE.sub("", before[-8:])
        out.append((_head(obj), m.group("act"), not m.group("neg"), m.span()))
    for m in _GOES_ON.finditer(clause):
        obj = m.group("obj") or _LOOSE.sub("", clause[:m.start()][-8:])
        out.append((_head(obj), m.group("act") or m.group("act2"), False, m.span()))
    return [s for s in out if s[0]]


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why the sentence gives an act the state the passages deny it; [] when it does not."""
    if not re.search(_HALT + r"|继续|照常|照样|仍|不影响", sentence) or not re.search(_ACT, sentence) or _ASKS.search(sentence):
        return []
    said = [(s, clause) for clause in _CLAUSE.findall(sentence) for s in _states(clause, True)]
    if not said:
        return []
    theirs = []
    for p in passages:
        for t in _SENTENCE.findall(p.text):
            for s in _states(t, False):
                theirs.append((s, t, p))
    out = []
    for (head, act, halted, span), clause in said:
        same = [(s, t, p) for s, t, p in theirs if s[0] == head and s[1] == act]
        if not same or any(s[2] == halted for s, _, _ in same):
            continue
        for s, t, p in same:
            # the text's circumstances (复核、申诉期间): a word of them must be in the sentence
            around = bigrams(_FRAME.sub("", bare(t[:s[3][0]] + t[s[3][1]:]))) - bigrams(head + act)
            if around & bigrams(bare(sentence.replace(clause, "") + clause[:span[0]] + clause[span[1]:])):
                word = re.sub(r"\s", "", t[s[3][0]:s[3][1]])
                out.append(f"{p.label}说的是“{word}”：{head}的{act}{'不停止' if not s[2] else '停止'}，"
                           f"不是{'停止' if halted else '不停止'}")
                break
    return out[:1]
