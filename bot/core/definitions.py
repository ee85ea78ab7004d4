"""The asker's word for a term a regulation defines by it ("项目负责人，是指…的项目经理"): the text's
own definition says the two name one thing, so a passage that says the term speaks of what the
asker calls by the definition's word. "项目经理以后还能接新项目吗" was declined for want of
项目经理, which only the definition has, while 第十六条 says what the 项目负责人 may not do.

Only a definition's genus (the noun phrase after its last 的) that names no wider class: one of
three characters or more (人员, 单位, 费用, 期间 are classes the term is one of, not its name), that
is no part of the term nor holds it (监管平台 … 智慧监管平台), that is no list (建设单位、施工单位和监理
单位: members), and that the document uses nowhere but in the definition (a word the text goes on
using is its own word for something else). No synonym table: the documents' own words only."""
from __future__ import annotations

import re
from functools import lru_cache

# "项目负责人，是指…的项目经理；" and "本办法所称X，是指…。": the term, then the definition's body
_DEFINITION = re.compile(r"(?:所称|[（(][一二三四五六七八九十]+[）)]|^|\n)“?([\u4e00-\u9fff]{2,16})”?，是指([^；。\n]+)")
_LIST = re.compile(r"[、,，和及与或]")
MIN_GENUS = 3


@lru_cache(maxsize=64)
def named_by_definition(text: str) -> dict[str, str]:
    """The genus → term pairs of the definitions in one document's `text` (its articles joined)."""
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        term, body = m.group(1), m.group(2)
        if "的" not in body:
            continue
        genus = body.rsplit("的", 1)[1]
        if len(genus) < MIN_GENUS or _LIST.search(genus) or not re.fullmatch(r"[\u4e00-\u9fff]+", genus) \
                or genus in term or term in genus or text.count(genus) != 1:
            continue
        out[genus] = term
    return out


def defined_terms(question: str, documents: list[str]) -> dict[str, str]:
    """The genera of `documents`' definitions that `question` says, each with its term
    (项目经理 → 项目负责人)."""
    out: dict[str, str] = {}
    for text in documents:
        for genus, term in named_by_definition(text).items():
            if genus in question:
                out.setdefault(genus, term)
    return out
