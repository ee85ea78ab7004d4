"""它 standing for the one document the question asks about: "中办发[2009]25号在规定里起什么作用？" ->
"它在四个地方出现…；…具体是它的第八、九条". The answer takes up the question's document as its topic
and refers to it by pronoun; read with the pronoun, the sentence has no subject the sources name,
and "它的第八、九条" were read as this regulation's articles.

The pronoun is read as the document only when nothing else can be meant: the question names
exactly one document (by number or title) and the draft names no other; and only where 它 is a
subject (the sentence's first word) or a possessor of articles (它的第八条). Else it is left.

(r22alarm) The draft may name the asked document by the title the sources gloss its number with
(《关于实行党政领导干部问责的暂行规定》 for 中办发[2009]25号, 第一条): that is no other document. A
possessor of articles may stand in a list of what is meant ("具体内容（包括它的第八条、第九条）"),
and 它 may be the object of a sentence whose subject is the document itself ("这份文件本身没有收录在
现有文本里，第十一条…都引用了它"), or of a verb of citing in an answer to a question that asks
about the document and no article ("第十七条…也都引用它").
"""
from __future__ import annotations

import re

from ..references import find_refs

_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}[\[［〔(（]\d{4}[\]］〕)）]\d+号")
_IT = re.compile(r"^(?:而|但)?它(?!们)(?=[\u4e00-\u9fff])|(?:(?<=[是为即（(])|(?<=包括|指向))它的(?=第[零一二两三四五六七八九十百\d]+[条、和至到])")
# (r22alarm) 它 the object of a verb of citing, in an answer to a question about the document alone
_CITED = re.compile(r"(引用|援引|提到|提及|参照)(了)?它(?![们的])")
# (r22alarm) a sentence whose subject is the document ("这份文件本身…"), and 它 as an object in it
_DOC_SUBJECT = re.compile(r"^(?:这份|该|这个|此|这一)(?:文件|文)")
_IT_OBJECT = re.compile(r"(?<=[了过])它(?![们的])(?=[，,。；;！!]|$)")


def _documents(text: str) -> set[str]:
    got = {m.group(0) for m in _NUMBER.finditer(text)}
    got |= {f"《{t}》" for t in re.findall(r"《([^》]+)》", text)}
    return got


def resolved(text: str, question: str, draft: str, glossed: dict[str, str] | None = None) -> str:
    """The sentence with 它 read as the question's one document; else unchanged. `glossed`: title ->
    the number the sources gloss it with (the same document under either name)."""
    if "它" not in text:
        return text
    asked = _documents(question)
    if len(asked) != 1 or not find_refs(question):
        return text
    doc = next(iter(asked))
    same = {f"《{t}》" for t, number in (glossed or {}).items() if number == doc}
    if _documents(draft) - asked - same:
        return text
    text = _IT.sub(lambda m: m.group(0).replace("它", doc), text)
    if _DOC_SUBJECT.match(text.strip()):
        text = _IT_OBJECT.sub(doc, text)
    if not any(r.article for r in find_refs(question)):
        text = _CITED.sub(lambda m: m.group(1) + (m.group(2) or "") + doc, text)
    return text
