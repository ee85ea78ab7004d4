"""A lead that counts what the sentences after it enumerate: "论文提到两份文件。一是《…》…二是《…》…",
"按论文的说法分两步走。先是…然后是…".

Such a lead says nothing but a number of parts and whose account they are; the support test holds
it to the closest passage, which has neither its count nor its words, and flags it. What it
asserts is that the sentences below it, marked as the first, second… part (一是/二是, 第一/第二,
先是/然后是/最后), are so many, each of them supported. It is verified after they are judged when:
the marked sentences right after it are all verified, there are as many as it counts (and no
further marked one follows), each rests on a passage of the document it names by kind or title,
and, when it counts documents (两份文件), each names one by its title. Counted otherwise (三份 over
two marked parts) it is contradicted; with no marked parts after it, it is left as judged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..references import cn_int
from .sources import SourceSet
from .speaker import docs_said

_LEAD = re.compile(r"^(?:按照?|据|根据|依照)?(?P<who>论文|文章|工作报告|报告|《[^》]+》)?(?:的说法|里面?|中|上)?[，,]?"
                   r"(?:一共|总共|共)?(?:说|提到|提及|介绍|讲|列|写|举|有|分|分为|分成|包括|涉及)?了?[，,]?(?:一共|总共|共)?"
                   r"(?P<n>[一二两三四五六七八九十]|\d{1,2})(?P<unit>份|部|个|步|点|方面|阶段|部分)"
                   r"(?P<what>[\u4e00-\u9fff]{0,4})[。！!：:]?$")
# what is counted: documents, steps, points, stages or parts of an account, never the rule
# data's things (measures, situations, roles), whose counts their own readers hold
_PARTS_OF = re.compile(r"(?:文件|阶段|方面|部分|步骤|要点)$")
_DOCUMENTS = re.compile(r"文件|办法|规定|制度|文$")
_NUMERAL = "一二三四五六七八九十"
# the first part of a sequence, and the words that mark each next one
_FIRST = re.compile(r"^(?:首先|先是|先|第一步|一开始|起初|最初)")
_NEXT = re.compile(r"^(?:其次|然后是?|接着|再是|随后|之后|后来|最后|此后|再次)")


@dataclass
class Judged:
    index: int              # the lead's place among the verdicts
    ok: bool
    why: str


def _ordinal(text: str) -> int | None:
    """The place a sentence marks itself at: 一是 / 第一 / 一、 / 1. (None when unmarked)."""
    m = re.match(r"^(?:其)?([一二三四五六七八九十])是|^第([一二三四五六七八九十])(?:[，,、是：:]|(?=[\u4e00-\u9fff]))|"
                 r"^([一二三四五六七八九十])[、.．]|^(\d)[.、．)）]", text.strip())
    if m is None:
        return None
    g = next(x for x in m.groups() if x)
    return int(g) if g.isdigit() else _NUMERAL.index(g) + 1


def _parts(texts: list[str]) -> list[int]:
    """The indexes of the marked parts that follow the lead, in order, from the first."""
    if not texts:
        return []
    if _ordinal(texts[0]) == 1:
        out = []
        for i, t in enumerate(texts):
            if _ordinal(t) != i + 1:
                break
            out.append(i)
        return out
    if _FIRST.match(texts[0].strip()):
        out = [0]
        for i, t in enumerate(texts[1:], 1):
            if not _NEXT.match(t.strip()):
                break
            out.append(i)
        return out
    return []


def judged(verdicts: list, sources: SourceSet) -> list[Judged]:
    """The count leads among `verdicts` (each with .text, .verdict, .support) that the parts after
    them decide; leads without marked parts after them are not returned."""
    out = []
    for i, v in enumerate(verdicts):
        m = _LEAD.match(v.text.strip()) if v.verdict == "unsupported" else None
        if m is None or (m.group("unit") == "个" and not _PARTS_OF.match(m.group("what"))):
            continue
        after = verdicts[i + 1:]
        parts = _parts([x.text for x in after])
        if not parts or any(after[k].verdict not in ("verified", "quote") for k in parts):
            continue
        who = m.group("who") or ""
        docs = ({d for d in [sources.doc_by_title(who.strip("《》"))] if d} if who.startswith("《")
                else docs_said(who + "说", sources) if who else None)
        titles = [f"《{sources.documents[d].title}》" for d in docs or () if d in sources.documents]
        if docs is not None and not all(any(after[k].support.startswith(t) for t in titles) for k in parts):
            continue                     # the parts rest on another document than the one it names
        if _DOCUMENTS.search(m.group("what")) and not all(re.search(r"《[^》]+》", after[k].text) for k in parts):
            continue                     # documents counted: each part names one by its title
        n = cn_int(m.group("n"))
        if n == len(parts):
            out.append(Judged(i, True, f"下面分{n}点列出，各有依据"))
        else:
            out.append(Judged(i, False, f"下面列出的是{len(parts)}点，不是{n}点。"))
    return out
