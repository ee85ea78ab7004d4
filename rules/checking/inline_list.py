"""A list lead and its items on one line: "第四条讲了两种衔接：需要追究纪律责任的，…处分；涉嫌犯罪的，
移送司法机关依法处理。" The lead (an article, then a count of what it holds, then a colon) and the
items after it were one sentence, held whole to the article's words, where the lead's talk (讲了两种
衔接) is not. Written on separate lines the same list passes: the lead says only that the article
lists so many, its count held to the article's list, and each item is held to that article. So a unit
that fails judged whole is judged again as the lead, a unit of its own, and the items after it on
its line, items under it."""
from __future__ import annotations

import re

from ..references import find_refs
from .sentences import Unit

# the lead: up to 24 characters naming an article, ending in a count and what it counts, then a colon
# (or the count first and the article cited in brackets after it: 三种情况（第十七条）：…, g23alarm;
# or the article said as the basis with a comma after it: "按第二条，指四类人：", r28alarm)
_LEAD = re.compile(r"^(?P<lead>[^：:“”。；;]{0,16}第[零一二两三四五六七八九十百\d]+条[，,]?[^：:“”。；;，,]{0,8}?"
                   r"[一二两三四五六七八九十\d]+(?:种|类|项|个|方面)[\u4e00-\u9fff]{0,4}[：:]|"
                   r"[^：:“”。；;，,（(]{0,8}?[一二两三四五六七八九十\d]+(?:种|类|项|个|方面)[\u4e00-\u9fff]{0,4}"
                   r"[（(][^）)：:]{0,16}?第[零一二两三四五六七八九十百\d]+条[^）)：:]{0,8}[)）][：:])(?P<items>.+)$")


def parts(u: Unit) -> list[Unit] | None:
    """The lead and its items as two units of the same line, or None when the unit is no such
    lead with items. Tried only on a unit that fails judged whole (the lead's count may be the
    breakdown after it: "第十条共列九种：重的一组5种，轻的一组4种" is one claim)."""
    m = _LEAD.match(u.text) if u.kind == "sentence" else None
    if m is None or not any(r.article for r in find_refs(m.group("lead"))):
        return None
    return [Unit(m.group("lead"), u.kind, u.line), Unit(m.group("items"), u.kind, u.line)]
