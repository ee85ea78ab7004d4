"""What a short name means in the articles that use it: "第十一条、第十六条中的《办法》都是指它",
"第十一条里的《办法》就是《深圳市行政过错责任追究办法》".

A regulation defines a short name once (《全称》（以下简称《简称》）) and uses it in later articles;
to say that the short name in those articles means the full title is true when the document defines
that one pair, each article named writes 《简称》 and comes after the defining one, and what it is
said to mean is the pair's full title: written out, or 它 / 该文件 standing for the last title said
before it (in the sentence, else the sentence above), which must be the full title or the short
name itself. A sentence saying anything else beside this is not read here.

Where the pair is defined may come first, in a clause of its own (branch szalarm): "第七条首次提到它时
注明“以下简称《办法》”，第十一条、第十六条说的《办法》都是它". That clause is true when the article it
names is the one that defines the pair, and no article before it names the full title (首次, 第一次);
it is read only before a clause this module reads, the two judged together.
"""
from __future__ import annotations

import re

from ..references import cn_int, format_ref
from .sources import SourceSet

_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
_ART = r"第[零一二两三四五六七八九十百\d]+条"
_MEANT = re.compile(rf"^(?P<arts>{_ART}(?:[、和及与]{_ART})*)(?:中|里|里面|当中)?(?:出现|使用|所说|所称|提到|说|用)?的"
                    r"《(?P<short>[^》]+)》[，,]?(?:都|也|均|同样)?(?:(?:是|就是)?(?:指|说的是)|就?是)"
                    r"(?P<what>它|该文件|这个文件|这部文件|这份文件|该办法|《[^》]+》)[。；;]?$")


_DEFINED_AT = re.compile(rf"^(?P<art>{_ART})(?:(?:首次|第一次|最早|头一次)(?:提到|出现|引用|提及|写到)"
                         r"(?:它|该文件|这个文件|这部文件|该办法|《[^》]+》)?时?)?[，,]?(?:就)?(?:注明|写明|写了|括注|注了|说明|标明)(?:了)?"
                         r"[“「]以下简称《(?P<short>[^》]+)》[”」][，,]")


def judged(sentence: str, previous: str, sources: SourceSet, doc: str) -> tuple[bool, str] | None:
    """A defining clause first (第七条首次提到它时注明“以下简称《办法》”，…), then what the short name
    means: both held, else the first that fails; without such a clause, as `meant`."""
    d = _DEFINED_AT.match(sentence.strip()) if "以下简称" in sentence else None
    if d is None:
        return meant(sentence, previous, sources, doc)
    rest = sentence.strip()[d.end():]
    got = meant(rest, previous, sources, doc)
    if got is None or not got[0]:
        return got
    n = cn_int(d.group("art")[1:-1])
    p = sources.article(n, doc)
    pairs = _DEFINES.findall(p.text) if p is not None else []
    full = next((f for f, s in pairs if s == d.group("short")), None)
    if full is None:
        return False, f"{format_ref(n)}没有定义《{d.group('short')}》这个简称。"
    if "次" in d.group(0)[:d.start("short")] and any(
            f"《{full}》" in q.text for m in sources.articles(doc) if m < n and (q := sources.article(m, doc)) is not None):
        return False, f"《{full}》在{format_ref(n)}之前已经出现。"
    return True, f"{format_ref(n)}定义了《{d.group('short')}》这个简称；" + got[1]


def meant(sentence: str, previous: str, sources: SourceSet, doc: str) -> tuple[bool, str] | None:
    """(true, why) / (false, why) for a sentence that only says what a short name means in the
    articles it names; None for any other sentence."""
    if "《" not in sentence or "指" not in sentence and "是" not in sentence:
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
