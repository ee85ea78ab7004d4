"""What follows the article the source breaks off in, said unknowable: "第十八条之后是否还有条款，也看不
出来", "第十八条以后还有没有别的条文，无法确定".

The sentence names one article and says that whether anything comes after it cannot be told. That
is a claim about the sources, and it is true only when the article is the last one the sources
hold of its document and the source breaks off inside it (the passage is truncated): then what
comes after is not in the sources. Said of an article that other articles follow in the sources,
it is false (they are there to see); said of a last article the source holds whole, nothing says
the text goes on, and the sentence is left to the other readings (unsupported unless they hold it).
"""
from __future__ import annotations

import re

from ..references import find_refs
from .sources import SourceSet

_AFTER = re.compile(
    r"^(?P<ref>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条)(?:之后|以后|后面|往后|后)(?:本规定|这部规定|该规定|规定)?(?:是否|有没有|还有没有|是不是)"
    r"(?:还)?(?:有)?(?:别的|其他|其它|更多的?)?(?:条款|条文|条|内容|规定)[，,]?(?:(?:从|在|就|根据)?(?:现有的?|已有的?|手头的?|所给的?|目前的?)?(?:来源|材料|资料|文本)(?:里|中|上)?)?(?:也|都|还)?"
    r"(?:看不出来?|看不到|无法确定|没法确定|不能确定|无法判断|没法判断|无从得知|无法得知|不得而知|不清楚|不知道)[。]?$")


def judged(sentence: str, sources: SourceSet, default_doc: str) -> tuple[bool, str] | None:
    """(held, why) for such a sentence, None for any other (or a last article held whole)."""
    m = _AFTER.match(sentence.strip())
    if m is None:
        return None
    refs = [r for r in find_refs(m.group("ref")) if r.article]
    if len(refs) != 1:
        return None
    doc = (sources.doc_by_title(refs[0].doc_title) if refs[0].doc_title else None) or default_doc
    p = sources.article(refs[0].article, doc)
    numbers = sources.articles(doc)
    if p is None or not numbers:
        return None
    if refs[0].article != numbers[-1]:
        return False, f"来源中{p.label}之后还有条文（到第{numbers[-1]}条），看得到。"
    if not p.truncated:
        return None
    return True, f"来源在{p.label}中断，其后的内容不在来源中"
