"""A paragraph named by a pronoun: "该款对它们没有作出规定" two sentences after "第十条第二款没有把
免职列进去" (with "那一款只点名了…" between). 该条 already stands for the article the sentence before
names; a paragraph is pointed at the same way (该款, 那一款, 这一款, 此款, 本款), and often from
further back, since the sentence between may itself say 那一款. The draft's last paragraph named
in so many words is the one meant; the sentence is judged as if it had been written out, so an
absence from it is held to that paragraph, not to the whole article or to nothing."""
from __future__ import annotations

import re

from ..references import find_refs, format_ref

_THAT_PARAGRAPH = re.compile(r"该款|那一款|这一款|此款|本款|那款|这款")


def last_paragraph(text: str, before: str) -> str:
    """The last paragraph `text` names in so many words (第十条第二款), else `before`."""
    found = [r for r in find_refs(text) if r.article and r.paragraph and not r.doc_number and not r.doc_title]
    return format_ref(found[-1].article, found[-1].paragraph) if found else before


def resolved(sentence: str, paragraph: str) -> str:
    """The sentence with a paragraph pronoun written as the paragraph meant, when it names no
    article of its own."""
    if not paragraph or not _THAT_PARAGRAPH.search(sentence) or any(r.article for r in find_refs(sentence)):
        return sentence
    return _THAT_PARAGRAPH.sub(paragraph, sentence)
