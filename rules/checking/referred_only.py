"""A statement met only through the article it refers to.

A statement is read with the text of the provisions it names (aligned.statements), so that
第十四条第（一）项 is read with the duty of 第五条第三款 it cites. A definition that names a whole
article, "险情，是指尚未造成本办法第四条规定的后果，但…", is then read with all of 第四条 (a grading
table), and a clause restating that table ("1小时以上不满3小时") came out aligned to the definition,
whose own 但… was then asked of it as an omitted exception. When the sentence restates
the cited article itself (it is the article the whole sentence is anchored on) and the clause shares
almost none of the citing statement's own words, the clause restates the cited article through the
citation: the citing statement's own conditions and exceptions are not asked of it (aligned's
conditions). The alignment itself is kept (a statement that reads another article is still the
closest statement there may be: 依照本办法第二十五条规定的程序办理 for a clause on 第二十五条), and so
is every other test of the clause against it."""
from __future__ import annotations

from ..references import find_refs

OWN_SHARE = 0.2        # below this share of its own words a statement is met only through what it cites


def through_reference(mine: set[str], own: frozenset, text: str, read: str, article: int | None,
                      anchor: int | None) -> bool:
    """Whether a clause of pairs `mine` meets the statement (`text`, read as `read`) only through
    the article `anchor` it cites, `anchor` being the article the whole sentence restates."""
    if anchor is None or article == anchor or read == text or not mine:
        return False
    if len(mine & own) / len(mine) >= OWN_SHARE:
        return False
    return any(r.article == anchor and r.item is None and not r.doc_title and not r.doc_number
               for r in find_refs(text))
