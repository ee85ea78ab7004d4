"""Several articles as the subject of one predicate with 都 / 均 / 各: "第十三条和第十四条的时限都是
24小时", "两条的时限都是24小时" (after lines about 第13条 and 第14条), "上述两条均由区里作出".

都 distributes the predicate over each article: the sentence says it of the first *and* of the
second. Judged whole, the articles' texts were pooled, so a figure one of them has carried the
other ("第十三条和第十六条的时限都是24小时" passed, though 第十六条 has no time limit); and a subject
that only counts the articles back (两条, 这两条, 上述两条) named none, so the figure was looked for
in no article and the true sentence failed. Both are read here as one sentence per article, the
predicate with 都 taken out, each judged on its own by the caller; the sentence holds only if every
one does.

The articles a count refers back to are the last that many distinct articles the draft named
before the sentence (else the question's, when it names exactly that many); when fewer are named
the sentence is not read here and is judged as before."""
from __future__ import annotations

import re

from ..references import cn_int, find_refs, format_ref

_ART = r"第[零一二两三四五六七八九十百\d]+条"
# a coordination of articles, or a series (第十三、十四条), at the head of the sentence
_NAMED_HEAD = re.compile(rf"^(?:而|但|其中)?(?P<head>(?:《[^》]+》)?(?:{_ART}|第[零一二两三四五六七八九十百\d]+(?:、[零一二两三四五六七八九十百\d]+)+条)"
                         rf"(?:(?:和|与|及|以及|、)(?:《[^》]+》)?{_ART})*)")
# a count that refers back: 两条, 这两条, 上述三条, 以上两条
_COUNTED_HEAD = re.compile(r"^(?:而|但|其中)?(?P<head>(?:这|上述|以上|前面|上面|前述)?(?P<n>[两二三四五])条(?:规定|条文)?)(?![款项例])")
# (r22alarm) articles each followed by a bracketed gloss, after a word that places them (后面, 另外)
_GLOSS = r"[（(](?:[^（）()]|[（(][^（）()]*[)）])*[)）]"
_GLOSSED_ART = re.compile(rf"(?P<art>{_ART})(?P<gloss>{_GLOSS})")
_GLOSSED_HEAD = re.compile(rf"^(?:而|但|其中|后面|前面|另外|此外|还有)?(?P<head>{_ART}{_GLOSS}(?:(?:和|与|及|以及|、){_ART}{_GLOSS})+)")
# the distributive adverb, in the predicate (not 都不 / 均不 is still distributive: each says no)
_EACH = re.compile(r"都|均")


def _said(ref) -> str:
    return format_ref(ref.article, ref.paragraph, ref.item, ref.doc_title)


def _last_distinct(text: str, n: int) -> list[str] | None:
    """The last n distinct articles `text` names (in the order named), or None when fewer."""
    seen: list[tuple] = []
    for r in find_refs(text):
        if r.article is None or r.doc_number:
            continue
        key = (r.doc_title, r.article)
        if key in [k for k, _ in seen]:
            seen = [(k, s) for k, s in seen if k != key]
        seen.append((key, format_ref(r.article, None, None, r.doc_title)))
    return [s for _, s in seen[-n:]] if len(seen) >= n else None


def parts(sentence: str, earlier: str, question: str) -> list[str] | None:
    """One sentence per article of a distributed predicate, or None when the sentence is not one
    (no 都 / 均, a single article, or a count with nothing before it to refer to)."""
    s = sentence.strip()
    lead = ""
    m = _NAMED_HEAD.match(s)
    if m is None and (c := re.match(r"^[^，,；;。]+[，,]", s)) and not find_refs(c.group(0)) and \
            _NAMED_HEAD.match(s[c.end():]):
        # (r22alarm) a clause of its own before the articles ("这份文件本身没有收录…，第十一条、
        # 第十五条都引用了它"): kept before each article's sentence
        lead, s = c.group(0), s[c.end():]
        m = _NAMED_HEAD.match(s)
        if len([r for r in find_refs(m.group("head")) if r.article is not None and not r.doc_number]) < 2:
            return None
    glossed = None
    if m is None and (g := _GLOSSED_HEAD.match(s)) is not None:
        # (r22alarm) "后面第十一条（…）、第十五条（…）也都引用它": each article with its own gloss
        glossed = [(a.group("art"), a.group("gloss")) for a in _GLOSSED_ART.finditer(g.group("head"))]
        refs = [r for a, _ in glossed for r in find_refs(a) if r.article is not None and not r.doc_number]
        if len(glossed) < 2 or len(refs) != len(glossed) or len({_said(r) for r in refs}) != len(refs):
            return None
        m = g
    if glossed is not None:
        heads = [_said(r) + gloss for r, (_, gloss) in zip(refs, glossed)]
    elif m is not None:
        refs = [r for r in find_refs(m.group("head")) if r.article is not None and not r.doc_number]
        heads = list(dict.fromkeys(_said(r) for r in refs))
        if len(heads) < 2:
            return None
    else:
        m = _COUNTED_HEAD.match(s)
        if m is None:
            return None
        n = cn_int(m.group("n"))
        heads = _last_distinct(earlier, n)
        if heads is None:
            asked = _last_distinct(question, n)
            heads = asked if asked is not None and _last_distinct(question, n + 1) is None else None
        if heads is None:
            return None
    rest = s[m.end():]
    first = re.match(r"^[，,]?[^，,；;。]*", rest).group(0)       # 都 in the clause the articles head
    each = _EACH.search(first)
    if each is None or find_refs(rest[:each.start()]):
        return None                      # no distribution, or the predicate names articles itself
    rest = rest[:each.start()] + rest[each.end():]
    return [lead + h + rest for h in heads]
