"""A body borrowed from a sibling item: "按第8条第3项，养老机构应当在24小时内报告所在地区民政部门和
镇街" where the article's item 3 reports to 区民政部门 only and 镇街 is item 1's addressee
("发生老年人死亡或者走失的，…报告所在地区民政部门和镇街"). The sentence is held to the item it names,
but one extra name is a small share of it, and the support test, which counts shares, lets it
through.

A sentence that names one item of an article (and no other item of it) is said of that item: a
body or defined term (以下简称 / 以下统称 …) it names that neither the item nor the article's words
outside its items (the lead, other paragraphs) have, while another item of the same article has
it, was taken from that other item. The sentence fails with both items named. A name the sentence
also finds in another passage it names, or that the item has in any form, is kept.
"""
from __future__ import annotations

import re

from . import paragraph_lines
from .sources import SourceText, bare

_BODY_END = r"(?:机构|机关|部门|领导班子|负责人|调查组|委员会|办公室|人民政府|局(?![长务]))"
_STOP = set("，,。；;：:、（）()“”\n 由向经报对为是和或与及在将把被给从其并的")
_DEFINED = re.compile(r"以下(?:简称|统称)“?([^）)”，,]{2,12})”?[)）]")


def _names(sentence: str) -> list[str]:
    """The names of bodies in the sentence (each run before a body word back to a stop) and no
    shorter than four characters, less a leading 所在地."""
    out = []
    for m in re.finditer(_BODY_END, sentence):
        start = m.start()
        while start > max(0, m.start() - 8) and sentence[start - 1] not in _STOP:
            start -= 1
        run = re.sub(r"^(?:所在地|本级|同级|其)", "", sentence[start:m.end()])
        if len(run) >= 4:
            out.append(run)
    return out


def problems(sentence: str, named: list[SourceText], texts: list[SourceText], referred=None) -> list[str]:
    items = [p for p in named if "#" in p.id and p.article]
    if len(items) != 1:
        return []
    p = items[0]
    whole = next((t for t in texts if t.article == p.article and "#" not in t.id and t.doc_id == p.doc_id), None)
    if whole is None:
        return []
    lines = paragraph_lines.item_lines(whole.text)
    if len(lines) < 2:
        return []
    own = bare(p.text)
    item_set = {x for _, x in lines}
    mine = set(p.text.splitlines())
    lead = bare("\n".join(x for x in whole.text.splitlines() if x not in item_set and x not in mine))
    others = [(n, x) for n, x in lines if bare(x) and bare(x) not in own and own not in bare(x)]
    elsewhere = bare("\n".join(q.text for q in named if q is not p))
    defined = {d for t in texts for d in _DEFINED.findall(t.text)}
    terms = _names(sentence) + [d for d in defined if d in sentence]
    out = []
    for term in dict.fromkeys(bare(t) for t in terms):
        if not term or term in own or term in lead or term in elsewhere:
            continue
        # a name the item has in a longer or shorter form (区民政部门 for 所在地区民政部门) is its own
        if any(term[i:i + 4] in own for i in range(len(term) - 3)) and term not in defined:
            continue
        hit = next((n for n, x in others if term in bare(x)), None)
        if hit is not None:
            out.append(f"“{term}”是{whole.label}第{hit}项的，{p.label}没有")
    return out
