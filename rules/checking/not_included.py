"""What the text or the knowledge base holds, said of a document it only names: "…按照《某应急预案》
的有关规定执行，而该预案并未收录在本办法中", "本办法没有附上该预案", "《某标准》的原文不在资料里".

Such a clause speaks of the sources, not of what the regulation rules: it is no negation of the
article that names the document (read as one, "并未收录" was set against the article's 按照…执行
and the sentence failed as saying the opposite). It holds when the document it names — a title in
《》, or 该 / 此 / 这份 with a kind word (预案, 办法, 标准…) standing for the last such title the
sentence named before it — is no document of the sources. Then the clause is taken out and the rest
of the sentence judged as before; a document the sources do hold leaves the clause in place, to be
judged (and fail) as written."""
from __future__ import annotations

import re
from typing import Callable

_KIND = r"预案|办法|规定|条例|细则|规则|标准|规范|文件|方案|制度"
_DOC = rf"《[^》]{{2,60}}》|(?:该|此|这(?:个|份|部|一)?|上述)(?:{_KIND})"
_HOLDER = (r"本办法|本规定|本条例|本细则|该办法|该规定|这份(?:办法|规定|文件|文本|材料)|本文|条文|原文|"
           r"知识库|资料库?|来源|现有(?:文本|资料|材料)")
_NOT = r"(?:并|也|都)?(?:未|没有|没)"
_PUT = r"(?:收录|收入|收进|包含|包括|附上?|附带|载入)"
_WHERE = r"(?:中|里|之中|内|当中)?"
_PART = r"(?:的(?:全文|原文|文本|具体内容|内容))?"
_CLAUSES = (
    re.compile(rf"(?P<doc>{_DOC}){_PART}{_NOT}{_PUT}(?:在|进|于)?(?:{_HOLDER}){_WHERE}"),
    re.compile(rf"(?:{_HOLDER}){_WHERE}{_NOT}{_PUT}(?P<doc>{_DOC}){_PART}"),
    re.compile(rf"(?P<doc>{_DOC}){_PART}(?:并)?不在(?:{_HOLDER}){_WHERE}"),
)
_OPENER = r"(?:而且|而|但是|但|不过|且|并且|只是)?"


def _title(doc: str, before: str) -> str | None:
    """The title the document words name: its own, or the last one before with the same kind word."""
    if doc.startswith("《"):
        return doc.strip("《》")
    kind = re.search(rf"(?:{_KIND})$", doc)
    titles = [t for t in re.findall(r"《([^》]+)》", before) if kind and t.endswith(kind.group(0))]
    return titles[-1] if titles else None


def taken_out(sentence: str, held: Callable[[str], bool]) -> str | None:
    """The sentence without its clause saying a document is not in the text or the knowledge base,
    when that clause is true (`held(title)`: the sources have a document of that title); None when
    the sentence has no such clause or it is not true."""
    if not re.search(_PUT + "|不在", sentence) or not re.search(r"未|没|不在", sentence):
        return None
    for pattern in _CLAUSES:
        for m in pattern.finditer(sentence):
            title = _title(m.group("doc"), sentence[:m.start()])
            if title is None or held(title):
                return None
            # the clause from the mark before it (with an opener such as 而) to the mark after it
            start = max(sentence.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
            if not re.fullmatch(_OPENER, sentence[start:m.start()]):
                return None
            end = m.end()
            if end < len(sentence) and sentence[end] not in "，,；;。！!":
                return None
            return (sentence[:max(start - 1, 0)] + sentence[end:]).strip()
    return None


# the knowledge base itself, not a text that might name a document it does not hold (本办法)
_BASE = r"知识库|资料库?|来源|现有(?:文本|资料|材料)"
_DENIED = (
    re.compile(rf"(?P<doc>《[^》]{{2,60}}》){_NOT}{_PUT}(?:在|进|于)?(?:{_BASE}){_WHERE}"),
    re.compile(rf"(?:{_BASE}){_WHERE}{_NOT}{_PUT}(?P<doc>《[^》]{{2,60}}》)(?!的)"),
    re.compile(rf"(?P<doc>《[^》]{{2,60}}》)(?:并)?不在(?:{_BASE}){_WHERE}"),
)


def held_denied(sentence: str, held: Callable[[str], bool]) -> str | None:
    """The title of a document the sentence says the knowledge base does not hold, when the
    sources do hold it ("《某办法》并未收录在知识库中" with 《某办法》 among the sources); else None.
    Only the document as a whole: "…的全文不在资料里" may be true of a partial source, and is left."""
    for pattern in _DENIED:
        for m in pattern.finditer(sentence):
            title = m.group("doc").strip("《》")
            if held(title):
                return title
    return None
