"""A framing lead into a list that cites the article the list is from: "整理一下时间节点（《细则》
第28条）：", "时间节点如下（见本办法第二十八条）：".

Why: a lead that names an article is held as a list lead when its own words are the article's
("第二十八条规定："); a lead whose words are the answer's own talk (整理一下时间节点：) is framing
when it names none. With a citation in parentheses it is both: the talk frames the list, the
citation says which article the list is from. Held to the article's words, the talk fails (0% of
it is in the article) and the list loses its article, so that its lines are then held to whatever
article they first happen to match.

Read here: the lead with its parenthesized citation taken out; when what is left is framing (the
checker's own test, with the claims it carries), the lead is a list lead of the article cited.
A lead whose words say anything of their own is left to the coverage test as before.
"""
from __future__ import annotations

import re

_N = r"[零一二两三四五六七八九十百\d]+"
_CITATION = re.compile(rf"[（(](?:详见|参见|参看|见|依据|根据)?(?:本(?:办法|规定|条例|细则|规则)|《[^》]+》)?"
                       rf"第{_N}条(?:第{_N}款)?(?:第[（(]?[一二三四五六七八九十\d]+[)）]?项)?"
                       rf"(?:[、和至到]第{_N}条(?:第{_N}款)?)*[)）]")


def without_citation(lead: str) -> str | None:
    """The lead without its parenthesized citation, or None when it has none."""
    out = _CITATION.sub("", lead)
    return out if out != lead else None
