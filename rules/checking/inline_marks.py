"""A marker's sentence that quotes the answer it marks: "批改：学员写「本办法自2034年5月1日起施行（第三
十三条）」，条文和日期都对，给满分。", "批改：学员答“第四条第三款规定，市纪委监委负责…”，表述准确，得
分。" (branch regalarm).

Why: the quoted words are the trainee's answer, not words the draft says the text has; held to the
sources as a quotation ("引文…在来源中找不到原文") a right mark fails as soon as the answer cites its
article or words it in its own way. Such a sentence says one thing: that the quoted answer is right
(or wrong). So it is decided as a mark is (`marking`, `graded_remarks`): the quoted answer judged as
a sentence of its own, a positive mark right only when that answer is verified, a negative one only
when it is not. Every clause after the quote must be a mark; a clause that says something else
leaves the sentence to the other readers (and the quotation check).
"""
from __future__ import annotations

import re

from . import graded_remarks, marking

# 批改：学员写「…」 / 学员答“…” / 同事的回答是“…”
_QUOTED = re.compile(r"^(?:【[^】]{1,6}】|(?:批改|评语|点评|评分|批注|结论)[：:])*\s*"
                     r"(?:学员|学生|考生|同事|对方|他|她|该学员)?(?:的)?(?:回答|答案|答|写|作答|答道|写道|说)(?:的是|是|成|为)?[：:]?\s*"
                     r"[“「\"](?P<q>[^”」\"]{2,300})[”」\"](?P<rest>.*)$")
# a positive mark on parts of the answer: 条文和日期都对, 引用无误, 数字准确
_PARTS_RIGHT = re.compile(r"^[\u4e00-\u9fff、和与及]{0,10}?(?:都|均|也|全|全都)?(?:对|正确|准确|无误|没错|没有错|不错)(?:的|了)?$")
_SCORED = re.compile(r"^(?:可以|应)?(?:给|得|打|记)?(?:满分|全分|得分|给分|分数全给)$")
_PARTS_WRONG = re.compile(r"^[\u4e00-\u9fff、和与及]{0,10}?(?:不对|错误|有误|错了|不正确|不准确)(?:的|了)?$|^(?:扣分|不得分|不给分|零分|0分)$")


def _sign(clause: str) -> bool | None:
    c = re.sub(r"[。！!\s]", "", clause)
    if not c:
        return None
    if marking._clause_positive(c) or _PARTS_RIGHT.match(c) or _SCORED.match(c):
        return True
    if graded_remarks.sign(c) is False or _PARTS_WRONG.match(c):
        return False
    return None


def marked(sentence: str) -> tuple[str, bool] | None:
    """(the quoted answer, whether the marks say it is right) when the sentence is a marker's
    quotation of an answer followed only by marks of one sign; None otherwise."""
    m = _QUOTED.match(sentence.strip())
    if m is None:
        return None
    clauses = [c for c in re.split(r"[，,；;。！!]", m.group("rest")) if c.strip()]
    signs = {_sign(c) for c in clauses}
    if not clauses or None in signs or len(signs) != 1:
        return None
    return m.group("q"), signs.pop()
