"""An absence claim that the text does not say by which document an act is done.

"第十六条没有指明按哪个文件处理", "条文没说依据什么规定执行", "未写明按照哪份办法问责": the absence
asks a question (按哪个文件, 依据什么规定) whose answer is a document. The words around the question
word are the draft's framing, so looking them up word for word (指明按文件处理) finds nothing and
would make any such claim true. The claim is false when the scope itself names the document the
act follows: 按《办法》, 按照中办发[2009]25号文件, 依照本规定第十三条 — a verb of following (按, 按照,
依照, 依据, 根据, 参照) with a title in 《》, a docket number, or 本规定 / 本办法 close after it.
A scope that only says 按照有关规定 names no document, and decides nothing here.

The reading only ever says "present" (the claim fails); it never makes an absence true.
"""
from __future__ import annotations

import re

# 按哪个文件 / 依据什么规定 / 按照哪份办法 / 依据是什么文件
_ASKED = re.compile(r"(?:按照?|依照|依据|根据|参照|遵照|适用)(?:的是)?(?:哪个|哪一个|哪份|哪一份|哪部|哪一部|哪些|哪|什么|何种|哪一)"
                    r"(?:文件|规定|办法|条例|法规|制度|规章|文|依据|标准)")
# the scope names a document the act follows
_NAMED = re.compile(r"(?:按照?|依照|依据|根据|参照|遵照)[^，,。；;]{0,8}?(?:《[^》]{1,40}》|[\[〔【(（]\d{4}[\]〕】)）]\d+号|"
                    r"本(?:规定|办法|条例|细则|决定)|\d+号文件)")


def asks(clause: str) -> bool:
    """Whether the clause asks which document an act follows."""
    return bool(_ASKED.search(clause))


def present(clause: str, texts: list[str]) -> bool:
    """The clause asks which document an act follows, and the scope names one."""
    return asks(clause) and any(_NAMED.search(t) for t in texts)
