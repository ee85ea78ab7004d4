"""免 said bare, its act elided: "瞒报事故的，也能免" for 免予追究 (免于处罚, 免责) of the case's list.

Why: `case_predicate` holds the consequence a sentence puts after a case of a list
("有下列情形之一的，X：（一）…") to the lead's X, but only a predicate of two characters or more:
a bare 免 (也能免, 可以免, 能免掉) has no character pair, so nothing held it, and the support test
found the case's words in the item and let "免" through, although the lead there says 从重追究.

Read here: a predicate that, modal and connecting words aside, is 免 alone (免了 / 免掉 / 免责 /
免除, with 能 / 能够 / 可以 / 也 / 就 / 都 before it) says the case is exempted from the list's
act: it agrees only with a text that denies the act (a clause that exempts:
免予 / 免于 / 免除 / 免责 / 不予追究 / 不追究 / 不处罚 / 不承担…责任, with an odd number of
negations), the lead's or one that speaks of that item; otherwise the sentence
says the opposite of the lead. A 不能免 / 不免 (negated) is not this reading's.
"""
from __future__ import annotations

import re

_BARE = re.compile(r"^(?:也|就|都|还|仍|同样)*(?:能够|能|可以|可|会|得以)?(?:被)?免(?:了|掉|责|除|掉了)?(?:的)?$")


def is_bare(pred: str) -> bool:
    """Whether the predicate is a bare 免 (its act elided), not negated."""
    return bool(_BARE.match(re.sub(r"[^\u4e00-\u9fff]", "", pred)))

_EXEMPTS = re.compile(r"免予|免于|免除|免责|不予(?:以)?(?:追究|处罚|处分|问责|处理)|不(?:再)?(?:追究|处罚|处分|问责)|不承担")


def exempts(clause: str) -> bool:
    """Whether a clause of the text exempts (免予追究, 不予处罚…)."""
    return bool(_EXEMPTS.search(clause))
