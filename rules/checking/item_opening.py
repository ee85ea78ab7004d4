"""An item cited by reference, read as the sentence its list's opening line makes of it:
"如果…在24小时内就修复了，符合第十九条第（一）项，可以免予追究" under "有下列情形之一的，可以免予追究：
（一）因不可抗力导致…损坏，在24小时内修复的；", and "按第十一条第（一）项追究施工单位" under "施工单位有下
列情形之一的，依照本细则追究责任：".

Why: a numbered item (项) is only a case. Who it is said of (施工单位) and what follows from it
(可以免予追究, 为严重情形) are in the line that opens its list, and that line is said of every item
of the list. Held to the item's line alone, or to the item beside every other line of its article
(the 但是 line with its own figures, the opening of another list of the same article), the
subject and the consequence a right sentence gives the item read as words the item lacks, or as
paired with another line's figures.

Read here: the line opening the item's list is the nearest line before the item that is not an
item, when it has the shape "S有下列…之一的，C：" (S may be empty). The item is then read as the
one sentence "S有下列…之一的，C：case" — S, the case and C, nothing else of the article — and a
sentence that names the item is held to that sentence by the ordinary support test (figures,
bodies, pairings, coverage, novelty). A subject or a consequence the opening does not give (建设单位
for 施工单位, 从轻 for 免予追究) is still a word the passage lacks. An opening of another shape
(按照下列规定处理：, a list of duties) gives no subject or consequence, and nothing is read.

A clause that says something of the opening's consequence (it shares a content pair with C) must
be said in the words of the item read so, once the citation (按第十一条第（一）项) and the opening's
subject are set aside: "可以从轻追究" under "可以免予追究" shares 可以 / 追究 and adds 从轻, and the
sentence is not read here (the support test's coverage alone would let a changed consequence
through). The consequence is the opening's for every item only where the document takes it from none: when
a line of the document says its list does not apply to some cases (有第十九条第（二）项情形的，不适用
前款规定 in the article, 不适用本规定第二十一条的规定 in another), whether the sentence's case is
one of them is not read here, and the item is not read under its opening.
A sentence that says what the item is a case of in other words (这两种行为, 达不到的) is
not read here either: the item's own case must be said.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .sources import SourceSet, SourceText

_ITEM_LINE = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
_ARTICLE_NO = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
# S有下列情形之一的，C： (S the subject the list is said of, C what every item brings)
_OPENING = re.compile(r"^(?P<s>[^，,。；;：:]{0,30}?)有下列[^，,。；;：:]{0,8}?之一的[，,](?P<c>[^：:。；;]{2,40})[：:]\s*$")


def opening(whole: str, item: str) -> str | None:
    """The line that opens the list `item` is one of, in the article `whole`, when it gives the
    items a subject and a consequence (S有下列情形之一的，C：); None otherwise."""
    lines = [x.strip() for x in whole.splitlines() if x.strip()]
    own = item.strip()
    at = next((i for i, x in enumerate(lines) if x == own), None)
    if at is None or not _ITEM_LINE.match(own) or lines.count(own) > 1:
        return None
    for x in reversed(lines[:at]):
        if _ITEM_LINE.match(x):
            continue
        line = _ARTICLE_NO.sub("", x)
        return line if _OPENING.match(line) else None
    return None


_NOT_APPLIED = re.compile(r"不适用(?P<what>[^。；;]{0,40})")
_OWN = re.compile(r"^(?:前款|本条|上述|前述|本款)")


def excluded(p: SourceText, sources: SourceSet) -> bool:
    """Whether a line of `p`'s document says the list of `p`'s article does not apply to some
    cases: 不适用前款 / 本条 in the article itself, 不适用…第N条 (N its article) anywhere."""
    from ..references import cn_int

    for q in sources.of_document(p.doc_id):
        for m in _NOT_APPLIED.finditer(q.text):
            what = m.group("what")
            if q.article == p.article and _OWN.match(what):
                return True
            named = {cn_int(x) if not x.isdigit() else int(x)
                     for x in re.findall(r"第([零一二两三四五六七八九十百\d]+)条", what)}
            if p.article in named:
                return True
    return False


def read_under_opening(p: SourceText, sources: SourceSet) -> SourceText | None:
    """The item passage `p` read as one sentence with its list's opening line, None when `p` is
    no item or its opening gives no subject and consequence."""
    if "#" not in p.id or not p.article:
        return None
    line = opening_of(p, sources)
    if line is None or excluded(p, sources):
        return None
    case = _ITEM_LINE.sub("", p.text.strip()).rstrip("；;。 ")
    return replace(p, text=f"{line}{case}。")


def opening_of(p: SourceText, sources: SourceSet) -> str | None:
    """The opening line of the item passage `p`'s list (see `opening`)."""
    whole = sources.article(p.article, p.doc_id) if "#" in p.id and p.article else None
    return opening(whole.text, p.text) if whole is not None else None


# the talk that cites an item (按 / 依照 / 符合 / 属于 + the reference)
_CITE = re.compile(r"(?:依照|按照|按|根据|依据|符合|属于|适用)?(?:《[^》]{1,40}》)?(?:本细则|本办法|本规定|本条例)?"
                   r"(?:第[零一二两三四五六七八九十百\d]+条)(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?"
                   r"(?:的?规定)?")


def uncited(sentence: str) -> str:
    """The sentence without the talk that cites its items (按第十一条第（一）项, 属于《细则》第十三条第（三）项):
    read under their openings, the items are the passage, and the citation says nothing more."""
    out = _CITE.sub("", sentence)
    return re.sub(r"[，,]{2,}", "，", re.sub(r"^[，,]|[，,](?=[。；;]?$)", "", out))


def parts(line: str) -> tuple[str, str]:
    """(subject, consequence) of an opening line S有下列情形之一的，C：."""
    m = _OPENING.match(line)
    return (m.group("s").strip(), m.group("c").strip()) if m else ("", "")


# a case that is only a reference to another provision (有本细则第十三条第（三）项规定情形的, 违反本细则
# 第六条第二款规定的): its words are the referent's
_REFERRING = re.compile(r"^(?:有|违反|属于)?(?:本细则|本办法|本规定|本条例)?(?P<ref>第[零一二两三四五六七八九十百\d]+条"
                        r"(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?)(?:规定)?的?(?:情形|情况|行为)?的?$")
# adverbs that place a consequence without changing it (直接是严重情形, 也可以免予追究)
_MANNER = re.compile(r"直接|同样|照样|也|就|便|都")


_DEMONSTRATIVE = re.compile(r"(?:这|该|此|上述)(?:[两二三四五六七八九十几]?[种类项个])?(?:行为|情形|情况)")


def _referent(p: SourceText) -> tuple[int | None, int | None, str | None] | None:
    """(article, paragraph, item mark) the item's case only refers to, None when it says more."""
    from ..references import cn_int

    case = _ITEM_LINE.sub("", p.text.strip()).rstrip("；;。 ")
    m = _REFERRING.match(case)
    if m is None:
        return None
    ref = m.group("ref")
    art = re.search(r"第([零一二两三四五六七八九十百\d]+)条", ref)
    para = re.search(r"第([一二三四五六七八九十]+)款", ref)
    item = re.search(r"[（(]([一二三四五六七八九十]+)[)）]", ref)
    return (cn_int(art.group(1)) if art else None, cn_int(para.group(1)) if para else None,
            f"（{item.group(1)}）" if item else None)


def written_out(sentence: str, named: list[SourceText], before: str) -> str:
    """The sentence with a demonstrative case (这两种行为) written as the case of the one item it
    cites, when that case only refers to a provision the sentence `before` names exactly (the
    same article, paragraph and item); else the sentence unchanged."""
    from ..references import find_refs

    items = [p for p in named if "#" in p.id]
    if len(items) != 1 or not _DEMONSTRATIVE.search(sentence):
        return sentence
    want = _referent(items[0])
    if want is None or want[0] is None:
        return sentence
    named_before = {(r.article, r.paragraph, f"（{_cn(r.item)}）" if getattr(r, "item", None) else None)
                    for r in find_refs(before) if r.article and not r.doc_number}
    if want not in named_before:
        return sentence
    case = _ITEM_LINE.sub("", items[0].text.strip()).rstrip("；;。 ").rstrip("的")
    m = _DEMONSTRATIVE.search(sentence)
    if case[:1] == sentence[m.start() - 1:m.start()]:
        case = case[1:]            # 有这种情形 for 有本细则…规定情形: the verb said once
    return sentence[:m.start()] + case + sentence[m.end():]


def sentence_before(draft: str, text: str) -> str:
    """The draft's sentence just before `text` (up to the previous 。 / ！ / ？ / line end), "" when
    `text` is not found or opens the draft."""
    at = draft.find(text.strip()[:12])
    if at <= 0:
        return ""
    parts = [x for x in re.split(r"(?<=[。！？!?\n])", draft[:at]) if x.strip()]
    return parts[-1] if parts else ""


def _cn(n: int) -> str:
    from ..references import int_cn

    return int_cn(n)


def case_said(sentence: str, p: SourceText, named: list[SourceText]) -> bool:
    """Whether the sentence says the item's own case: some of its words (three content pairs, or
    all when it has fewer), or, for a case that only refers to another provision, that provision
    among the passages the sentence names."""
    from .support import _content_pairs

    case = _ITEM_LINE.sub("", p.text.strip()).rstrip("；;。 ")
    m = _REFERRING.match(case)
    if m:
        arts = re.findall(r"第([零一二两三四五六七八九十百\d]+)条", m.group("ref"))
        item = re.search(r"[（(]([一二三四五六七八九十]+)[)）]", m.group("ref"))
        want = (int_cn_value(arts[0]) if arts else None, f"（{item.group(1)}）" if item else None)
        return any(q is not p and q.article == want[0] and (want[1] is None or want[1] in q.label) for q in named) \
            or case.rstrip("的").lstrip("有") in sentence     # (written out for a demonstrative: `written_out`)
    pairs = _content_pairs(case)
    return len(pairs & _content_pairs(sentence)) >= min(3, len(pairs))


def int_cn_value(s: str) -> int | None:
    """第十三条's 十三 as 13."""
    from ..references import cn_int

    return int(s) if s.isdigit() else cn_int(s)


# who a sentence names: the two characters before a kind of body (施工单位, 市住建局's 分管负责人)
_BODY = re.compile(r"[\u4e00-\u9fff]{2}(?:单位|部门|机构|机关|人员|负责人|企业)")


def bodies_kept(sentence: str, read: list[SourceText]) -> bool:
    """Whether every body the sentence names (two characters and the kind: 施工单位, 分管负责人) is one
    the items read under their openings name: the subject an opening gives its list may not be
    exchanged for another (施工单位 for 建设单位) by a sentence whose other words the item covers."""
    text = "\n".join(p.text for p in read)
    # (a body said shorter, 燃气企业 for 燃气经营企业: its characters are the text's)
    return all(m.group(0) in text or all(c in text for c in m.group(0))
               for m in _BODY.finditer(_CITE.sub("", sentence)))


def consequence_kept(sentence: str, read: list[SourceText], openings: list[str]) -> bool:
    """Whether every clause of the sentence that says something of an opening's consequence says it
    in the words of the items read under their openings (the citation and the subjects aside)."""
    from .support import _content_pairs

    have = set().union(*(_content_pairs(p.text) | _content_pairs(_CITE.sub("", p.text)) for p in read))
    for line in openings:
        subject, consequence = parts(line)
        said = _content_pairs(consequence)
        for clause in re.split(r"[，,。；;：:！？]", _CITE.sub("", sentence)):
            if subject:
                clause = clause.replace(subject, "")
            pairs = _content_pairs(_MANNER.sub("", clause))
            if pairs & said and not pairs <= have:
                return False
    return True


def read_items(named: list[SourceText], sources: SourceSet, sentence: str = "") -> list[SourceText] | None:
    """The named passages with every item among them read under its opening line; None when an
    item among them has no such opening (then the sentence is not read here), none is an item,
    or the sentence changes what an opening gives its items (`consequence_kept`)."""
    out: list[SourceText] = []
    items = 0
    for p in named:
        if "#" not in p.id:
            out.append(p)
            continue
        read = read_under_opening(p, sources)
        if read is None:
            return None
        out.append(read)
        items += 1
    if not items or not all(case_said(sentence, p, named) for p in named if "#" in p.id) or \
            not bodies_kept(sentence, out) or not consequence_kept(sentence, out, [x for p in named if (x := opening_of(p, sources))]):
        return None
    return out
