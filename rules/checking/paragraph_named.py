"""A paragraph named (第五条第三款规定，…) with words that are another paragraph's of the article.

Why: an article is one passage, so a sentence that names one of its paragraphs and says what
another paragraph says (第三款's 市财政、民政…等部门 with 第二款's 负责本辖区内审核责任追究的具体
实施) finds all its words in the passage and passed the support test. Here the words of the
sentence the named paragraph does not have (its character pairs, the reference and the
reporting words off) are held to the article's other paragraphs: when there are at least six of
them, and one other paragraph holds at least four in five of them while the named one holds none
of that paragraph's distinctive words' share, the sentence says that paragraph's content under
the named paragraph's number. A sentence whose words are all the named paragraph's, or whose
extra words are free paraphrase found in no paragraph, is left alone.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs, format_ref, int_cn
from . import paragraph_lines
from .sources import SourceSet, bare, bigrams

# (the basis words and the document's self-reference, 依照本办法…的规定，即…, say nothing of a paragraph)
_REPORTING = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)|本(?:规定|办法|条例|细则|规则)|依照|依据|按照|根据|"
                        r"也就是|即|规定|写的是|说的是|提到|指出|明确|要求|讲的是|说")
_LABEL = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
MIN_EXTRA = 6             # character pairs of the sentence the named paragraph lacks
MIN_HELD = 0.8            # share of them another paragraph must hold


def moved(sentence: str, sources: SourceSet, doc_ids: list[str]) -> str | None:
    """Why the sentence's paragraph is another's, or None."""
    refs = [r for r in find_refs(sentence) if r.article and r.paragraph and not r.doc_number]
    if len(refs) != 1 or refs[0].item:      # (an item named is read by the item readers)
        return None
    ref = refs[0]
    mine = bigrams(bare(_REPORTING.sub("", sentence)))
    for doc_id in doc_ids:
        p = sources.article(ref.article, doc_id)
        if p is None:
            continue
        # (an item, a sub-item or a table row belongs to the paragraph that lists it)
        paragraphs = [bare(_LABEL.sub("", "".join(lines))) for lines in paragraph_lines.paragraphs(p.text)]
        if not 0 < ref.paragraph <= len(paragraphs):
            return None
        named = bigrams(paragraphs[ref.paragraph - 1])
        extra = mine - named
        if len(extra) < MIN_EXTRA:
            return None
        # 第二十七条第二款、第三款: a bare paragraph after the reference is of the same article
        also = {cn_int(m.group(1)) for m in re.finditer(r"(?<![条\d零一二两三四五六七八九十百])第([一二三四五六七八九十]+)款", sentence)}
        for k, other in enumerate(paragraphs, 1):
            if k != ref.paragraph and k not in also and len(extra & bigrams(other)) >= MIN_HELD * len(extra):
                return f"{format_ref(ref.article, ref.paragraph)}没有这些内容，那是同条第{int_cn(k)}款的规定（{other}）"
        return None
    return None
