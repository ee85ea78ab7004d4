"""The text of a document the sources only refer to, said not to be written out here nor held:
"《办法》的具体条文本规定没有写，知识库也没有收录", "两份文件的具体程序内容，本规定没有写出来".

A regulation that says "程序按照《办法》执行" names a document without its text; a sentence that
says that text (its 条文, 正文, 内容) is not written in the regulation and not in the knowledge base
is true exactly when the document is not among the documents the knowledge base holds. The
sentence must be nothing else: the document (a title, or 该文件 / 这两份文件 for the documents the
lines just above name), a word for its text, and clauses of not writing (本规定没有写出来) or not
holding (知识库也没有收录). A document the knowledge base holds, or a title no source names, fails
or stays undecided.
"""
from __future__ import annotations

import re

_DOC = r"(?P<doc>《[^》]+》|(?:这|那)?(?:两|几)?份文件|该文件|这些文件|这两个文件|(?:中办发)?[\[［〔(（]\d{4}[\]］〕)）]\d+号(?:文件)?)"
_TEXT = r"(?:的)?(?:具体|本身的?)?(?:条文|正文|全文|内容|程序内容|具体内容|规定)"
_NOT = (r"(?:本规定|规定|条文|这里|本文|本办法)?(?:里|中)?(?:也|都|并)?(?:没有|没|未)(?:写|写出|写出来|列出|列出来|给出|载明|写明)(?:来)?"
        r"|(?:知识库|资料|材料)(?:里|中)?(?:也|都|并)?(?:没有|没|未)(?:收录|收入|收)"
        # (r28alarm) "这些文件的正文都不在本规定中": the text said not to be in the regulation
        r"|(?:也|都|并)?不在(?:本规定|规定|条文|这里|本文|本办法|知识库|资料|材料)(?:里|中|之中|内)?")
_WHOLE = re.compile(rf"^{_DOC}{_TEXT}[，,]?(?:{_NOT})(?:[，,](?:{_NOT}))?[。]?$")
_BACK = re.compile(r"^(?:这|那)?(?:两|几)?份文件$|^该文件$|^这些文件$|^这两个文件$")
DOC_REF = re.compile(r"《([^》]+)》|((?:中办发)?[\[［〔(（]\d{4}[\]］〕)）]\d+号)")


def claim(sentence: str) -> str | None:
    """The document a sentence that only says its text is neither written here nor held names
    (a title, a number, or a back-reference such as 两份文件), or None."""
    m = _WHOLE.match(sentence.strip())
    return m.group("doc") if m else None


def refers_back(doc: str) -> bool:
    return bool(_BACK.match(doc))


def docs_in(text: str) -> list[str]:
    """The titles and document numbers a text names."""
    return [t or n for t, n in DOC_REF.findall(text)]
