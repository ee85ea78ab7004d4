"""A count of groups an article is said to make: "第十条规定了两组问责方式", "第十三条分两档".

No text says 组 or 档 of itself: the groups are the article's own divisions, its paragraphs (款),
its items (（一）（二）), or the clauses one of its paragraphs joins with ； (第十条第一款: the measures
for 造成重大损失或者恶劣影响 ; those for 未造成). A count said of one article (or of one paragraph of it)
that is none of these numbers divides the article as the text does not ("第十条规定了三组问责方式",
"第十三条分三档规定初步问责") and was verified before, its numeral being somewhere in the article
(第五、六、七、九条). A paragraph that states its own number of divisions (分为四个等级：…、…) divides into
that number too. Only 组, 档 and 套 right after a numeral are read (两个组 of people, 第一组, and a
count of one are not a division of the article); a sentence that names no article or several is left
to the other readings.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs
from .paragraph_lines import is_part, paragraphs

_COUNT = re.compile(r"(?<!第)(?<![\d零一二两三四五六七八九十])([两二三四五六七八九十]|\d{1,2})(组|档|套)")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
# a division the paragraph announces itself: "年度考核结果分为四个等级：优秀（…）、合格（…）…" (g15alarm)
_STATED = re.compile(r"(?:分为|分成|划分为|包括)(?:以下|下列)?([两二三四五六七八九十]|\d{1,2})(?:个|种|类|档|级|组)")


def may_concern(sentence: str) -> bool:
    return bool(_COUNT.search(sentence)) and "条" in sentence


def _divisions(text: str, paragraph: int | None) -> set[int]:
    """The numbers an article (or its k-th paragraph) divides into: up to its paragraphs, its
    items, and the clauses any paragraph joins with ；."""
    paras = paragraphs(text)
    if paragraph is not None:
        paras = paras[paragraph - 1:paragraph] if 0 < paragraph <= len(paras) else []
    # (some of the paragraphs may be the groups: 第十六条's units and persons, its third paragraph
    # saying how they combine)
    out = set(range(1, len(paras) + 1)) if paragraph is None else set()
    for para in paras:
        items = [x for x in para if _ITEM.match(x)]
        if items:
            out.add(len(items))
        for line in para:
            if not is_part(line) or _ITEM.match(line):
                out.add(len([c for c in re.split(r"[；;]", line) if c.strip("。 \t")]))
            # or the number of divisions its own words state (分为四个等级), its parts being joined
            # by 、 where no paragraph, item or ； divides them
            out.update(int(k) if k.isdigit() else cn_int(k) for k in _STATED.findall(line))
    return out


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """What a count of groups says that the one article it is said of does not divide into."""
    refs = [r for r in find_refs(sentence) if r.article and not r.doc_number]
    if len({r.article for r in refs}) != 1:
        return []
    text = next((t for n, t in articles if n == refs[0].article), None)
    if text is None:
        return []
    paragraph = next((r.paragraph for r in refs if getattr(r, "paragraph", None)), None)
    have = _divisions(text, paragraph)
    for m in _COUNT.finditer(sentence):
        n = int(m.group(1)) if m.group(1).isdigit() else cn_int(m.group(1))
        if n >= 2 and n not in have:
            return [f"原文这一条没有分成{m.group(1)}{m.group(2)}（按款、项或分句，它只分成"
                    f"{'或'.join(str(k) for k in sorted(have)) or '1'}部分）"]
    return []
