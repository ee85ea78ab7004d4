"""A figure asked of a case that one article names and another gives by referring to it.

"物业出了事故瞒着不报，会被罚多少钱" sets its case (瞒报) and asks a sum. The regulation names the case
in one article's item (第二十二条: 迟报、漏报、谎报或者瞒报的) and gives its sum in another that refers
to that article by number (第二十五条: 有本办法第二十二条第1款规定情形的…有第（二）项情形的，处…元),
whose own words share nothing with the question but 罚. Ranked by shared words, the article that
gives some other sum of 罚 (听证's 10万元以上罚款) led, and was quoted as the answer.

The article that answers is read from the links between articles (knowledge/links.py): of the
passages retrieved, the one that says a word of the case few articles of its document say; of the
articles referring to it (to the item that says the word, when the reference names items), the one
that gives the figure asked. Nothing moves when a passage retrieved already gives the figure and
says the case's word itself.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from knowledge.links import article_links
from knowledge.retrieval import Corpus, Passage, SearchResult
from rules.references import cn_int

# a case word said by more articles of the document than this names no one case (物业 in all)
SPECIFIC_ARTICLES = 3
_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")


def _item_saying(text: str, said: Callable[[str], bool]) -> set[int]:
    """The numbers of the items of an article whose line says the word."""
    found: set[int] = set()
    for line in text.splitlines():
        m = _ITEM.match(line.strip())
        if m and said(line):
            try:
                found.add(cn_int(m.group(1)))
            except ValueError:
                continue
    return found


def specific_case_words(kb: Corpus, doc_id: str, case: tuple[str, ...], says: Callable[[str, str], bool]) -> list[str]:
    """The case words that at least one and at most SPECIFIC_ARTICLES articles of the document say."""
    own = [c.text for c in kb.chunks if c.meta["doc_id"] == doc_id and c.meta.get("article") is not None]
    return [w for w in case if 0 < sum(says(w, t) for t in own) <= SPECIFIC_ARTICLES]


def figure_by_reference(kb: Corpus, result: SearchResult, case: tuple[str, ...], gives: Callable[[str], bool],
                        says: Callable[[str, str], bool]) -> SearchResult:
    """The passages led by the article that gives the figure asked (`gives`) and refers to the
    article retrieved that names the case (`case`, said as `says` reads it), then that article,
    when no passage retrieved both gives the figure and says the case; else as they were."""
    if not case or result.reason != "hybrid" or not result.passages:
        return result
    links = article_links(kb)
    for p in result.passages:
        if p.article is None or p.meta.get("doc_kind") != "regulation":
            continue
        words = [w for w in specific_case_words(kb, p.doc_id, case, says) if says(w, p.text)]
        if not words:
            continue
        if any(gives(q.text) and any(says(w, q.text) for w in words) for q in result.passages):
            return result          # a passage gives the figure of the case in its own words
        items = _item_saying(p.text, lambda line: any(says(w, line) for w in words))
        for link in links:
            if link.doc_id != p.doc_id or link.target != p.article or link.items and not set(link.items) & items:
                continue
            source = kb.article(link.source, p.doc_id)
            if source is not None and gives(source.text):
                ids = {source.id, p.id}
                rest = [q for q in result.passages if q.id not in ids]
                return dataclasses.replace(result, passages=[source, p] + rest[:max(len(result.passages) - 2, 0)])
    return result


__all__ = ["figure_by_reference", "specific_case_words"]
