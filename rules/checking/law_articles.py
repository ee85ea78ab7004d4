"""Which national laws of the knowledge base have an article, said in so many words:

    知识库中有3部国家法律有第二十条。            the laws that have it, counted
    知识库中的10部国家法律也都没有第三百条。      every law counted, none having it
    公务员法第二十条                            an option naming a law's article (a question back)

An answer to a bare article number that the regulation lacks says how many laws have it and
offers them; a "no such article" with laws present says none has it. Each count is read against
the sources' documents that are national laws and the articles they hold, so a wrong count, a law
said to have an article it lacks, or "都没有" while one has it fails. A sentence of another form
is left to the other readers (None)."""
from __future__ import annotations

import re

from ..references import NUMERAL, cn_int
from .sources import SourceSet

_COUNT = re.compile(rf"(?:知识库中?(?:有|的)?)?({NUMERAL})部国家法律(也都|都|均|也)?(没有|有)第({NUMERAL})条")
# an option: a name and an article, nothing else (公务员法第二十条, 《监察法》第35条)
_OPTION = re.compile(rf"《?([^《》\s第]+?)》?第({NUMERAL})条")


def _laws(sources: SourceSet) -> list[str]:
    return [d.doc_id for d in sources.documents.values() if d.law]


def judged(sentence: str, sources: SourceSet) -> tuple[bool, str] | None:
    """(ok, why) for a sentence that is one count of the laws having (or lacking) an article;
    None for any other sentence."""
    m = _COUNT.search(sentence)
    if m is None or _COUNT.sub("", sentence).strip(" ，,。.") not in ("", "知识库中", "知识库"):
        return None
    said, every, verb, number = cn_int(m.group(1)), m.group(2), m.group(3), cn_int(m.group(4))
    laws = _laws(sources)
    having = [d for d in laws if sources.article(number, d) is not None]
    if verb == "有" and not every:
        ok = said == len(having) and said > 0
        return ok, (f"知识库中有{len(having)}部国家法律有第{number}条" if ok
                    else f"知识库中有第{number}条的国家法律是{len(having)}部，不是{said}部。")
    if verb == "没有" and every:
        if having:
            return False, f"知识库中有{len(having)}部国家法律有第{number}条。"
        ok = said == len(laws)
        return ok, (f"知识库中的{len(laws)}部国家法律都没有第{number}条" if ok
                    else f"知识库中的国家法律是{len(laws)}部，不是{said}部。")
    return None


def option(text: str, sources: SourceSet) -> str | None:
    """The label of the article an option names (a law or document by a name the sources know,
    and an article it has), else None."""
    m = _OPTION.fullmatch(text.strip().rstrip("。；;"))
    if m is None:
        return None
    doc = sources.doc_by_title(m.group(1))
    found = sources.article(cn_int(m.group(2)), doc) if doc else None
    return found.label if found else None


_DOCUMENT_OPTION = re.compile(r"《([^《》]+)》")


def document_option(text: str, sources: SourceSet) -> str | None:
    """The title an option names when it is a whole document the sources hold, exactly as titled
    (the question back about which document is meant), else None."""
    m = _DOCUMENT_OPTION.fullmatch(text.strip().rstrip("。；;"))
    if m is None:
        return None
    doc = sources.doc_by_title(m.group(1))
    return f"《{m.group(1)}》" if doc is not None and sources.documents[doc].title == m.group(1) else None
