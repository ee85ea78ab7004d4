"""它 standing for the one document the question asks about: "中办发[2009]25号在规定里起什么作用？" ->
"它在四个地方出现…；…具体是它的第八、九条". The answer takes up the question's document as its topic
and refers to it by pronoun; read with the pronoun, the sentence has no subject the sources name,
and "它的第八、九条" were read as this regulation's articles.

The pronoun is read as the document only when nothing else can be meant: the question names
exactly one document (by number or title) and the draft names no other; and only where 它 is a
subject (the sentence's first word) or a possessor of articles (它的第八条). Else it is left.
"""
from __future__ import annotations

import re

from ..references import find_refs

_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}[\[［〔(（]\d{4}[\]］〕)）]\d+号")
_IT = re.compile(r"^(?:而|但)?它(?!们)(?=[\u4e00-\u9fff])|(?<=[是为即])它的(?=第[零一二两三四五六七八九十百\d]+[条、和至到])")


def _documents(text: str) -> set[str]:
    got = {m.group(0) for m in _NUMBER.finditer(text)}
    got |= {f"《{t}》" for t in re.findall(r"《([^》]+)》", text)}
    return got


def resolved(text: str, question: str, draft: str) -> str:
    """The sentence with 它 read as the question's one document; else unchanged."""
    if "它" not in text:
        return text
    asked = _documents(question)
    if len(asked) != 1 or not find_refs(question):
        return text
    doc = next(iter(asked))
    if _documents(draft) - asked:
        return text
    return _IT.sub(lambda m: m.group(0).replace("它", doc), text)
