"""The text of a document outside the knowledge base, said to be in it: "资料中附有这两条的原文"
(of 中办发[2009]25号第八条、第九条), "中办发[2009]25号的全文在资料里可以查到".

The checker verifies that the sources only refer to such a document (`checker._outside_content`
holds "…的条文不在我们的资料中"), and a clause whose subject is the document is unsupported. The
converse, that the sources hold or attach its text, was read by the support test alone, which
found its words (资料, 原文, 中办发[2009]25号第八条) in 第十七条. Here a clause that says the
sources (资料, 来源, 知识库, 材料) hold, attach or show the text (原文, 正文, 全文, 条文, 内容) of a
document is false when that document is one the sources do not hold: named in the clause, or
referred back to (这两条, 该文件, 它) and named earlier in the sentence, in the sentence before or
in the question. A document the sources hold (本规定, the report) is no such claim.
"""
from __future__ import annotations

import re

from .sources import SourceSet

_WHERE = r"(?:资料|来源|知识库|材料|我们这里|这里)(?:中|里|里面|之中)?"
_HAS = r"(?:附有|附了|附上了?|收录了?|收有|载有|包含了?|含有|有|能看到|可以看到|可看到|看得到|能查到|可以查到|查得到|能找到|可以找到|找得到)"
_TEXT = r"(?:原文|正文|全文|条文|具体内容|内容|文本|具体规定)"
_HELD_AFTER = re.compile(rf"{_WHERE}(?:也|都|还)?{_HAS}(?P<what>[^，,。；;]{{0,24}}?)的?{_TEXT}")
_HELD_BEFORE = re.compile(rf"(?P<what>[^，,。；;]{{0,24}}?)的?{_TEXT}(?:在|于)?{_WHERE}(?:也|都|还)?(?:是)?{_HAS}")
_NEG = re.compile(r"没|未|不|无|并非")
_DOC_REF = re.compile(r"《([^》]+)》|((?:中办发)?[\[［〔(（]\d{4}[\]］〕)）]\d+号)")
_BACK = re.compile(r"^(?:这|该|此|上述|以上|前述|它|其)")


def _docs(text: str) -> list[str]:
    return [t or n for t, n in _DOC_REF.findall(text)]


def held(sentence: str, sources: SourceSet, previous: str, question: str) -> str | None:
    """Why the sentence's claim that the sources hold an outside document's text is false, or None."""
    for pat in (_HELD_AFTER, _HELD_BEFORE):
        for m in pat.finditer(sentence):
            if _NEG.search(sentence[max(0, m.start() - 3):m.start()]) or _NEG.search(m.group(0)[:-2]):
                continue
            what = m.group("what")
            docs = _docs(what)
            if not docs and _BACK.search(what.strip()):
                for where in (sentence[:m.start()], previous, question):
                    docs = _docs(where)
                    if docs:
                        break
            if not docs or any(sources.doc_by_title(d) is not None or d in sources.titles for d in docs):
                continue
            names = [d if _DOC_REF.fullmatch(d) and not d.startswith("《") and re.match(r"(?:中办发)?[\[［〔(（]", d) else f"《{d}》" for d in dict.fromkeys(docs)]
            return "知识库中没有" + "、".join(names) + "的正文（来源只引用了它），不是附有。"
    return None
