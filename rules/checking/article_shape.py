"""What a sentence says of an article's shape before it restates it: "第四条并没有分项，它只有一句话：
受到问责同时需要追究纪律责任的给予党纪政纪处分，…" (branch r12alarmA).

没有分项 (it has no numbered items), 只有一句话 (one sentence), 只有一款 / 没有分款 (one paragraph)
are claims about the text's form, and the text settles each: its item lines ((一), (二)…), its
sentences (ended by 。), its paragraphs (its lines that are not items). Each is read against the
article the sentence names first; when all hold they are set aside and the content after the colon
is judged as a sentence of that article ("第四条：…"); a shape the article does not have
(第五条并没有分项) is a contradiction, with the reason.
"""
from __future__ import annotations

import re

_REF = r"(?P<ref>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条)"
_SHAPE = r"(?:(?:并|其实|实际上)?(?:没有|没|不)分(?:项|款)|(?:只有|就|仅有|只是)(?:一|1)(?:句话?|款|段))"
_LEAD = re.compile(rf"^{_REF}(?P<shapes>(?:[，,]?(?:它|这一?条|该条|本条)?{_SHAPE})+)[：:](?P<content>.+)$")
_ONE = re.compile(_SHAPE)
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]", re.M)


def _holds(shape: str, text: str) -> bool:
    body = re.sub(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", text.strip())
    lines = [x for x in body.splitlines() if x.strip()]
    if shape.endswith("项"):
        return not _ITEM.search(body)
    if "句" in shape:
        return len([s for s in re.split(r"[。！!]", body) if s.strip()]) == 1
    # 没有分款 / 只有一款 / 一段: one paragraph (item lines belong to their lead's paragraph)
    return len([x for x in lines if not _ITEM.match(x)]) == 1


def read(sentence: str, article_text) -> tuple[str | None, str]:
    """(why, sentence): a shape the named article does not have (why set), else the sentence with
    the shapes set aside when all hold, else unchanged. `article_text(ref)` gives the text of the
    article a reference names, or None."""
    m = _LEAD.match(sentence.strip())
    if m is None:
        return None, sentence
    text = article_text(m.group("ref"))
    if not text:
        return None, sentence
    for shape in _ONE.findall(m.group("shapes")):
        if not _holds(shape, text):
            return f"{m.group('ref')}的原文不是“{shape}”的样子。", sentence
    return None, f"{m.group('ref')}：{m.group('content')}"
