""""从这些资料里回答不了。": the sources cannot answer the question. That is a claim, and it is true
only when what the question asks is the content of a document the sources refer to but do not
hold ("中办发25号第八条规定了哪些从重情节？", "《办法》第三条讲什么？" where 《办法》 is not in the
knowledge base). The document is read from the question: a document number (中办发[2009]25号, also
shortened, 中办发25号) or a title the knowledge base does not hold, followed by an article of it or
by a word that asks what it says (规定 / 讲 / 说 / 写 / 内容 / 原文). Named as a basis (按中办发25号
执行) it is not what is asked, and the sources may well answer ("哪些方式按中办发25号执行？" is
第十一条's). Any other question keeps the sentence unsupported, so "资料回答不了" said of 第十四条
fails."""
from __future__ import annotations

import re

from .sources import SourceSet

# the whole sentence says the sources cannot answer (and nothing else)
_CANNOT = re.compile(
    r"^(?:(?:仅|只)?(?:从|凭|根据|依据|就)?(?:这些|现有|目前的?|我们的?|手头的?|收录的)?(?:资料|材料|来源|知识库|文本)(?:里|中|来看)?[，,]?"
    r"(?:(?:是|都|还|也)?(?:回答|答|解答|说明|确定)不了|(?:无法|没法|不能|没办法)(?:回答|解答|作答|确定)(?:这个问题|这一问题|这个)?)"
    r"|(?:这个问题|这一问题)?(?:无法|没法|不能)(?:从|根据|凭)(?:这些|现有|我们的?)?(?:资料|材料|来源|知识库)(?:里|中)?(?:回答|解答|作答|得到回答))"
    r"[。！!]?$")
_NUMBER = r"[中国办发府委厅局部政党纪组宣统字函令规深粤京沪市省区县]{1,6}(?:[〔\[［]\d{4}[〕\]］])?\d+号(?:文件?)?"
_ASKED_AFTER = r"\s*(?:第[零一二两三四五六七八九十百\d]+条|(?:的|里|中)?(?:规定|讲|说|写|内容|原文|全文|条文))"
_BASIS_BEFORE = re.compile(r"(?:按照?|依照|依据|根据|参照)\s*$")


def _outside_asked(question: str, sources: SourceSet) -> str | None:
    """The document outside the knowledge base whose content the question asks, else None."""
    for m in re.finditer(rf"(?P<number>{_NUMBER})|《(?P<title>[^》]+)》", question):
        if m.group("title") is not None and (sources.doc_by_title(m.group("title")) or m.group("title") in sources.titles):
            continue
        if _BASIS_BEFORE.search(question[:m.start()]) or not re.match(_ASKED_AFTER, question[m.end():]):
            continue
        return m.group(0)
    return None


def judged(sentence: str, question: str, sources: SourceSet) -> tuple[bool, str] | None:
    """(True, why) when the sentence says the sources cannot answer and the question asks what a
    document outside them says; None when the sentence is not such a claim or the question is
    another (it is then judged as any sentence, and found nowhere)."""
    if not _CANNOT.match(sentence.strip()):
        return None
    doc = _outside_asked(question, sources)
    if doc is None:
        return None
    return True, f"问题问的是{doc}的内容，知识库只引用了它，没有收录其条文"
