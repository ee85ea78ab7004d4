"""What a short name means in the articles that use it: "第十一条、第十六条中的《办法》都是指它",
"第十一条里的《办法》就是《深圳市行政过错责任追究办法》".

A regulation defines a short name once (《全称》（以下简称《简称》）) and uses it in later articles;
to say that the short name in those articles means the full title is true when the document defines
that one pair, each article named writes 《简称》 and comes after the defining one, and what it is
said to mean is the pair's full title: written out, or 它 / 该文件 standing for the last title said
before it (in the sentence, else the sentence above), which must be the full title or the short
name itself. A sentence saying anything else beside this is not read here.
"""
from __future__ import annotations

import re

from ..references import cn_int, format_ref
from .sources import SourceSet

_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
_ART = r"第[零一二两三四五六七八九十百\d]+条"
_MEANT = re.compile(rf"^(?P<arts>{_ART}(?:[、和及与]{_ART})*)(?:中|里|里面|当中)?(?:出现|使用|所说|所称|提到)?的"
                    r"《(?P<short>[^》]+)》[，,]?(?:都|也|均|同样)?(?:是|就是)?(?:指|说的是)"
                    r"(?P<what>它|该文件|这个文件|这部文件|这份文件|该办法|《[^》]+》)[。；;]?$")


def judged(sentence: str, previous: str, sources: SourceSet, doc: str) -> tuple[bool, str] | None:
    """(true, why) / (false, why) for a sentence that only says what a short name means in the
    articles it names; None for any other sentence."""
    if "《" not in sentence or "指" not in sentence:
        return None
    m = _MEANT.match(sentence.strip())
    if m is None:
        return None
    short = m.group("short")
    pairs = {(full, s, n) for n in sources.articles(doc) if (p := sources.article(n, doc)) is not None
             for full, s in _DEFINES.findall(p.text) if s == short}
    if len({(f, s) for f, s, _ in pairs}) != 1:
        return None
    full, _, defining = min(pairs, key=lambda x: x[2])
    what = m.group("what")
    if not what.startswith("《"):
        before = re.findall(r"《([^》]+)》", previous)
        if not before:
            return None
        what = f"《{before[-1]}》"
    if what not in (f"《{full}》", f"《{short}》"):
        return False, f"《{short}》指的是《{full}》，不是{what}。"
    for n in (cn_int(a[1:-1]) for a in re.findall(_ART, m.group("arts"))):
        q = sources.article(n, doc)
        if q is None or n <= defining or f"《{short}》" not in q.text:
            return False, f"{format_ref(n)}没有用{format_ref(defining)}定义的《{short}》这个简称。"
    return True, f"《{short}》是{format_ref(defining)}给《{full}》定的简称，所说各条都用了它"
