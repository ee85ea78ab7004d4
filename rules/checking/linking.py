"""An article classed as a linking provision: "第七条是个衔接条款：第五条、第六条以外的…，要对照…的情形
来问责", "第十一条属于衔接性规定".

Calling an article a linking provision (衔接 / 对接 / 援引 / 指引 …条款) says that it hands its cases
to other provisions: it names another article of the regulation (本规定第N条), or hands its cases
to a basis outside it (按照 / 依照 / 对照 《…》, 有关规定, a document number). Where the article's text does so, the classification is talk
about the article and goes, and the rest of the sentence is held to the articles as before (like
兜底 in `residual.py`). Said of an article that refers to nothing else, the sentence is wrong.
"""
from __future__ import annotations

import re

from ..references import find_refs

_KIND = re.compile(r"^(?P<ref>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条)(?:本身)?(?:是|属于|算是?|为)(?:一个|一条|个|一种)?"
                   r"(?:衔接|对接|援引|指引|转引|引致)(?:性)?(?:的)?(?:条款|条文|规定|条)")
# what makes an article refer on: another article of it, or a basis it hands the case to (按照 /
# 依照 / 对照 … a title, 有关规定, a document number); a rule it says is broken (违反…有关规定) is none
_REFERS = re.compile(r"本(?:规定|办法|条例|细则)第[零一二两三四五六七八九十百\d]+条|(?:按照?|依照|对照|参照|依据|根据)[^，,。；;]{0,8}?"
                     r"(?:《[^》]+》|有关规定|[发字]〔?\[?\d{4}|\d+号)")


def judged(sentence: str, article_of) -> tuple[bool | None, str, str]:
    """(None, "", sentence) when the sentence classes no article so; (False, why, "") when the article
    refers to nothing else; else (True, why, the sentence with the classification taken out).
    `article_of(n)`: the text of article n of the document spoken of, or None."""
    m = _KIND.match(sentence.strip())
    if m is None:
        return None, "", sentence
    refs = [r for r in find_refs(m.group("ref")) if r.article]
    text = article_of(refs[0].article) if len(refs) == 1 and not refs[0].doc_title else None
    if text is None:
        return None, "", sentence
    label = m.group("ref")
    if not _REFERS.search(text):
        return False, f"{label}没有援引其他条文或文件，不是衔接性规定。", ""
    rest = sentence.strip()
    return True, f"{label}援引其他条文或文件（衔接）", rest[:m.start()] + m.group("ref") + rest[m.end():]
