"""A reviewer's remark (点评：…) on the answer the draft itself quotes: "点评：准确，条件“较大损失或者不良
影响”也写到了。", "点评：四个要点都对得上第十三条，答得好。".

`marking.py` reads a full-marks remark (满分, 答案正确) as true exactly when the answer beside it is.
A review says more, in clauses of three kinds, each read here:
- *praise* (准确, 答得好, 都对, 没有问题 …): the answer is right;
- *a quoted part said to be there* (条件“X”也写到了, “X”也提到了): the answer has X word for word;
- *the points matched to an article* ((N个)要点都对得上第N条, 都能在第N条找到): every sentence of the
  answer has most of its character pairs in that article, and N, when said, is their number.
The remark holds only when every clause is one of these and, as for full marks, every other
sentence of the draft is verified or a quote (at least one a claim): a review praising an answer
with an unsupported sentence, naming a part the answer lacks, or matching it to an article it does
not restate stays unsupported.
"""
from __future__ import annotations

import re
from typing import Callable

import cn2an

from .sources import bigrams

# (r18alarm) the label in brackets as well: 【点评】对。
_LABEL = re.compile(r"^(?:(?:点评|评语|评价|批注|讲评|老师点评)[：:]|【(?:点评|评语|评价|批注|讲评|老师点评)】[：:]?)")
# (r18alarm) the article the answer rests on: 依据是第四条 / 出处在第四条
_BASIS = re.compile(r"^(?:依据|根据|出处|法条依据|条文依据)(?:是|在|为|就是)(?P<ref>第[零一二两三四五六七八九十百\d]+条)[。！!]?$")
_PRAISE = re.compile(r"^(?:回答|答案|学员)?(?:很|完全|基本|都|也)?(?:准确|正确|对|全对|答得好|答得很好|答得不错|答得对|答对了|很好|"
                     r"不错|没有问题|没问题|没毛病|完整|到位)(?:的)?[。！!]?$")
_QUOTED_THERE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6})?[“\"「](?P<q>[^”\"」]{2,40})[”\"」](?:也|都)?(?:写到了|写上了|写了|提到了|答到了|"
                           r"写进去了|答出来了|没有漏|没漏)[。！!]?$")
_MATCHED = re.compile(r"^(?:(?P<n>[一二两三四五六七八九十\d]+)个)?(?:要点|点|部分)(?:都|全都|全部|均)"
                      r"(?:对得上|对得起来|能在|符合|与)(?P<ref>第[零一二两三四五六七八九十百\d]+条)(?:找到|一致|相符|对得上)?[。！!]?$")


def remark(sentence: str) -> list[str] | None:
    """The clauses of a reviewer's remark (its label taken off), or None when it is no such remark."""
    m = _LABEL.match(sentence.strip())
    if m is None:
        return None
    clauses = [c.strip() for c in re.split(r"[，,；;]", sentence.strip()[m.end():]) if c.strip("。！! ")]
    return clauses or None


def _rests_on(answer: list[str], text: str) -> bool:
    """True when every sentence of the answer has most of its character pairs in `text`."""
    have = bigrams(text)
    for a in answer:
        want = bigrams(re.sub(r"^(?:【[^】]{1,8}】|[^：:]{0,6}[：:])", "", a))
        if not want or len(want & have) * 3 < len(want) * 2:
            return False
    return True


def judged(sentence: str, answer: list[str], article: Callable[[str], str | None],
           answered: list[str] | None = None) -> tuple[bool, str] | None:
    """(held, why) for a remark whose every clause is read here, given the answer's sentences (the
    other claims of the draft, all verified); None when a clause is none of the three kinds.
    `answered`: the claims above the remark (the answer it reviews), which a basis clause
    (依据是第四条) is held to: each must restate that article."""
    clauses = remark(sentence)
    if clauses is None or not answer:
        return None
    whole = "".join(answer)
    for c in clauses:
        if _PRAISE.match(c):
            continue
        if (m := _QUOTED_THERE.match(c)):
            if m.group("q") not in whole:
                return False, f"所评的回答里没有“{m.group('q')}”"
            continue
        if (m := _BASIS.match(c)) and answered:
            text = article(m.group("ref"))
            if text is None:
                return None
            if not _rests_on(answered, text):
                return False, f"所评的回答不是{m.group('ref')}的内容"
            continue
        if (m := _MATCHED.match(c)):
            text = article(m.group("ref"))
            if text is None:
                return None
            if m.group("n"):
                try:
                    n = int(cn2an.cn2an(m.group("n"), "smart"))
                except ValueError:
                    return None
                if n != len(answer):
                    return False, f"所评的回答有{len(answer)}个要点，不是{n}个"
            have = bigrams(text)
            for a in answer:
                want = bigrams(re.sub(r"^[^：:]{0,6}[：:]", "", a))
                if not want or len(want & have) * 3 < len(want) * 2:
                    return False, f"“{a[:20]}”不是{m.group('ref')}的内容"
            continue
        return None
    return True, "评语所说与所评的回答相符，回答各句都有依据"
