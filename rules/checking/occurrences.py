"""How often a document says the thing asked about: "提到了，但只有一处概括表述：在“强化政府自身建设”
部分，报告说“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察”", to "政府工作
报告里讲问责了吗". The quote is verbatim; what the sentence adds is a count (只有一处) and a place (the
section its short quote names). Both are read from the sources: the words of the question that the
quote holds (问责) occur exactly once in the quoted document, and every other quote of the sentence
is in the passage (or its heading) that holds the long one. Anything else the sentence says beside
the quotes must carry no claim (no article, figure, title, role, measure or severity).

"只有一处" where the word occurs more often in the document ("论文只有一处提到问责") fails, and so
does a section named that does not hold the quote."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C
from .sentences import INLINE_QUOTE, MIN_QUOTE
from .sources import SourceSet, bare, bigrams

_ONCE = re.compile(r"(?:只有|仅有|只|仅)(?:这)?(?:一|1)(?:处|次|个地方)")


def judged(text: str, question: str, sources: SourceSet, book: RuleBook) -> tuple[bool, str] | None:
    """(verdict, why) on such a sentence, or None when it is not one."""
    if not _ONCE.search(text):
        return None
    quotes = [q for q in INLINE_QUOTE.findall(text)]
    longest = max(quotes, key=len, default="")
    if len(longest) < MIN_QUOTE:
        return None
    holders = [p for p in sources.passages if bare(longest) in bare(p.text)]
    if not holders or len({p.doc_id for p in holders}) != 1:
        return None
    rest = _ONCE.sub("", INLINE_QUOTE.sub("", text))
    if re.search(r"\d|《|第[零一二两三四五六七八九十百]+[条款项]", rest) or C.carries_claim(rest, book):
        return None
    doc = holders[0].doc_id
    terms = sorted(t for t in bigrams(bare(question)) if t in bare(longest))
    if not terms:
        return None
    label = holders[0].label
    for q in quotes:
        if q != longest and not any(bare(q) in bare(p.text) + bare(p.heading) for p in holders):
            return False, f"“{q}”不是{label}所在的部分。"
    whole = [bare(p.text) for p in sources.passages if p.doc_id == doc]
    for t in terms:
        n = sum(x.count(t) for x in whole)
        if n != 1:
            return False, f"“{t}”在{sources.documents[doc].title and '《' + sources.documents[doc].title + '》'}中出现{n}次，不是一处。"
    return True, f"{label}（“{'、'.join(terms)}”只出现一次）"
