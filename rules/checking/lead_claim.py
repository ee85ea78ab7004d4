"""What a list's lead itself asserts, held to the article it names.

"第五条规定，有下列情形之一的，不予问责：" leads into 第五条's items, but 第五条 says 应当问责: the
lead asserts a consequence of its own. Leads were verified when their words, taken together, were
mostly the article's (党政领导干部、情形之一 are), so a changed consequence or modality in one
clause passed with right items under it. Here each clause of the lead that says what follows
(a modal, a negation or a degree: 应当, 可以, 不予, 免予, 不得, 从轻, 从重, 减轻) must itself be
the article's words, and the lead may not deny what the article asserts.
"""
from __future__ import annotations

import re

from .sources import bare

# a clause that says what follows from the list, not only that there is one
_NORMATIVE = re.compile(r"应当|应|可以|可|不予|免予|免于|不得|必须|须|从轻|从重|减轻|不再")


def clause_unsupported(sentence: str, whole: str, list_talk, coverage) -> str | None:
    """The first clause of `sentence` that says what follows (see `_NORMATIVE`) and is not, in
    its own words, the passage's: "党政领导干部有下列情形之一的，可以从轻问责" against an article
    that says 不予问责 shares most of its words with it, but not its second clause."""
    for clause in re.split(r"[，,；;]", sentence):
        if not _NORMATIVE.search(clause):
            continue
        # (the clause's own words: list talk such as 以下 / 下列 aside, its other words kept whole,
        # since a list word inside the claim, 方式 of 合并适用的方式, is still the claim's)
        words = re.sub(r"下列|以下|如下|这些|这几[种类项]?", "", clause)
        if len(bare(list_talk(clause))) >= 3 and coverage(words, whole) < 0.5:
            return clause.strip(" ：:。")
    return None


def unsupported(lead: str, whole: str, list_talk, coverage, added_polarity) -> str | None:
    """The clause of `lead` (or the negation in it) that `whole`, the named article's text, does
    not support; None when every normative clause is the article's own. The helpers are the
    checker's (list_talk strips references and list words; coverage and added_polarity are the
    support test's), handed in so that this module holds only the reading."""
    return clause_unsupported(lead, whole, list_talk, coverage) or added_polarity(lead, whole)
