"""One duty said to be all a party does, where the text joins another to it: "市应急管理局只负责全市的
统筹、指导和监督" where the article says "市应急管理局负责全市…的统筹、指导和监督，并负责对充电端口数在
500个以上的运营单位的责任追究".

Without its 只 the sentence is the text's in part, and the support test finds its words; the 只
says the party does nothing more. The text's own sentence shows what more: the clause it restates
runs on with 并 / 并且 / 同时 / 还 + another act. Read here: the words after 只 / 仅 / 仅仅 / 只是 (to
the clause's end; not 只规定了 / 只说了, which talk of the text, not of a duty), found (most of
their content pairs) in a sentence of the articles the draft sentence is held to, whose next
clause opens with a joining word; when the draft sentence says little of that next clause (under
a third of its content pairs), it excludes a duty the text joins to the one it names. Only ever turns a verified sentence into
an unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_ONLY = re.compile(r"(?:只是|仅仅|只|仅)(?!能|要|有|限|需|须|在|对|因|当|是|规定|说|写|提|讲|列|载)([\u4e00-\u9fff、]{4,30})")
_JOINED = re.compile(r"^[，,；;]?(?:并且|并|同时|还|另外)([^。；;]{4,60})")
FUNCTION = frozenset("的了是在和与及也都就而则所其这那个些被把将对")
SHARE = 0.7            # share of the act's content pairs a line of the article must have
SAID = 1 / 3           # under this share of the joined act said by the draft, the draft leaves it out


def content_pairs(text: str, function: frozenset[str] = FUNCTION) -> set[str]:
    """The character pairs of `text` that hold no function character: what an act is about."""
    return {g for g in bigrams(bare(text)) if not set(g) & function}


_content = content_pairs


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    for m in _ONLY.finditer(sentence):
        pairs = _content(m.group(1))
        if len(pairs) < 3:
            continue
        for _, text in articles:
            for t in re.split(r"[。\n]", text):
                if len(pairs & _content(t)) / len(pairs) < SHARE:
                    continue
                plain = t
                last = max((plain.find(g[0] + g[1]) + 2 for g in pairs if g in plain), default=-1)
                if last <= 0:
                    continue
                j = _JOINED.match(plain[last:last + 70])
                if not j:
                    continue
                # (what the joined act shares with the restated one, 负责 / 责任追究, tells nothing)
                more = _content(j.group(1)) - pairs
                whole = _content(sentence.replace(m.group(1), "|"))
                if len(more) >= 3 and len(more & whole) / len(more) < SAID:
                    return [f"原文接着说“{bare(j.group(0))[:30]}”，不只是{bare(m.group(1))}"]
    return []


def may_concern(sentence: str) -> bool:
    return "只" in sentence or "仅" in sentence
