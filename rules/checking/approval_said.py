"""An approval the sentence makes a condition of: "并经其同意", "经区里批准后" (branch `lfmiss`).

"经X同意 / 经X批准 / 经X核准" makes an act wait on another's consent. A draft that restates an
article and adds such a consent ("已报告所在地街道办事处并经其同意" where the article says only
…报告所在地街道办事处) adds a condition the text does not set; its other words are the article's and
"经其同意" is too short a run to fail the support test. The approval word (同意, 批准, 核准, 审批,
许可: a closed class of Chinese, no regulation's word) must then be in the paragraph of the article it
is held to that it restates (the one with most of its words; any consent word: 批准 for 同意 is a wording); a consent denied (无需经其同意, 不必经批准) claims none.
"""
from __future__ import annotations

import re

from . import paragraph_lines
from .one_clause import _content
from .sources import bigrams

_APPROVAL = re.compile(r"(?<![无不未])(?:经|经过|须经|需经|应经|征得)([\u4e00-\u9fff]{0,12}?)(同意|批准|核准|审批|许可)")
_CONSENT = re.compile(r"同意|批准|核准|审批|许可")
_DENIED = re.compile(r"(?:无需|无须|不需要?|不必|不用|无需要|未|没有|不)$")


def may_concern(sentence: str) -> bool:
    """Cheaply: does the sentence name a consent at all?"""
    return "经" in sentence or "征得" in sentence


def problems(sentence: str, articles: list[tuple[int | None, str]], texts: tuple[str, ...] = ()) -> list[str]:
    """The consent the sentence adds that the articles it is held to never name. `texts` (the
    document's passages): a sentence that names no article may be held by the support test to
    another article than the one it restates; a paragraph of the document that says most of the
    sentence and names a consent is its own."""
    if not articles:
        return []
    # the paragraph the sentence restates (most of its content pairs): its consent, not another's
    # (经…负责人批准 of a later paragraph's extension is no consent to the report of the first)
    mine = _content(bigrams(sentence))
    paras = ["\n".join(p) for _, t in articles for p in paragraph_lines.paragraphs(t)]
    if not paras:
        return []
    text = max(paras, key=lambda p: len(mine & bigrams(p)))
    for m in _APPROVAL.finditer(sentence):
        if _DENIED.search(sentence[max(0, m.start() - 4):m.start()]):
            continue
        # any word of consent in the text is its consent (批准 for 同意 is a wording)
        if not _CONSENT.search(text):
            if mine and any(_CONSENT.search(p) and len(mine & bigrams(p)) >= 0.8 * len(mine)
                            for t in texts for p in ("\n".join(x) for x in paragraph_lines.paragraphs(t))):
                continue
            return [f"所依据的条文没有要求“{m.group(0)}”（条文中没有同意、批准一类的要求）"]
    return []
