"""Where the user's question is answered, said before the answer: "您问的是第十三条里的原则。",
"您问的是第十条第一款的后半句。" (branch alarms15b).

Such a sentence points at a provision; it does not say what the provision holds. It is framing on
conditions that keep it from carrying a claim or a wrong pointer:
- it is only the pointer: 你/您问的(是|在) + one article (with its paragraph, if named) and at most
  a part word (前半句, 后半句, 这一款, 规定, 内容…) or a noun of the question that the provision itself
  uses (原则 asked and written there); any other word is a claim and the sentence is judged as one;
- the article (and paragraph) exists in the regulation the draft answers from;
- the provision is about what was asked: it shares a run of at least four characters with the
  question (初步问责决定, 造成重大损失), so "您问的是第八条" for a question article 8 never speaks
  to stays unsupported.
A restatement that goes on to answer ("您问的X，答案是Y") has more than the pointer and is not read
here.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import Ref, find_refs

_LEAD = re.compile(r"^(?:你|您)(?:的问题|问的|想问的|要问的|想知道的|关心的)(?:是|就是|在|出自|落在)[：:，,]?\s*"
                   r"(?P<where>.+?)[。！!]?$")
_PART = re.compile(r"^(?:(?:这|那)?(?:一|两)?(?:款|项|条)|(?:前|后|上|下)半(?:句|段|部分)|(?:前|后|第[一二三四五六七八九十]+)(?:一)?句"
                   r"|规定|内容|部分|条文|那句话|这句话|一句|那一句|这一句|那段话|这段话)?$")
_ASKED = re.compile(r"[\s，,。？?！!：:、；;“”\"'（）()]")
_MIN_RUN = 4


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def located(text: str, question: str, aliases: dict[str, str],
            provision: Callable[[Ref], str | None]) -> bool:
    """True when `text` only points at the provision that answers `question` (module docstring).
    `provision(ref)` gives the text of the article (or its paragraph) a reference names, None when
    the draft's regulation has no such article or paragraph."""
    m = _LEAD.match(text.strip())
    if not m or not question:
        return False
    where = m.group("where")
    refs = [r for r in find_refs(where, aliases) if r.article is not None]
    if len(refs) != 1 or refs[0].start != 0 or refs[0].doc_number or refs[0].item:
        return False
    ref = refs[0]
    said = provision(ref)
    if not said:
        return False
    rest = re.sub(r"^(?:里|中|当中|里面)?的?", "", where[ref.end:].strip())
    asked = _ASKED.sub("", question)
    if not _PART.match(rest) and not (len(rest) >= 2 and rest in asked and rest in said):
        return False
    return _shared_run(asked, re.sub(r"\s", "", said)) >= _MIN_RUN
