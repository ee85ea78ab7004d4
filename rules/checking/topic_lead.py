"""A topic before a colon and what the article says of it: "讲期限怎么算：按“日”算的，指自然日；" to
"第二十三条第二款讲啥？", "第十二条讲事故发生后的安排：…" (branch ctx).

The sentence makes two claims: that the article is about the topic (an indirect question, 期限怎么算,
or a noun phrase), and what it says (after the colon). Judged whole, the topic's words diluted the
statement below the support bar. It is read as a lead and its content: the subject the sentence
leaves unsaid is the one article the question names (else the sentence before's), the content is
judged as a sentence of that article, and the lead holds when the topic's own words (its question
words set aside) are that article's: 期限 and 算 are in 第二十三条 (以“日”计算的); a topic the article
does not speak of (讲回避怎么算：) fails.
"""
from __future__ import annotations

import re

from ..references import find_refs, format_ref
from .sentences import Unit
from .support import coverage
from .rejudge import rejudged

_REF = r"(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十百\d]+款)?"
_LEAD = re.compile(rf"^(?P<subj>{_REF}|这一?条|该条|本条|这一?款|该款|它)?(?:主要|则|是)?(?:讲的是|说的是|讲了|讲|管的是|规定了)"
                   rf"(?P<topic>[^：:，,。；;“”]{{2,16}})[：:](?P<content>.+)$")
# (r17alarm) "由谁来做": who does it, its light verb (来做, 来办) no word of the topic
_ASKING = re.compile(r"由谁来?(?:做|办|管|负责)?|怎么样?|怎样|如何|什么|哪些|哪个|多少|多久|由谁|谁|几")
# (r17alarm) the topic said as a sentence of its own, its content in the sentences after it: "讲问责由谁来做。"
_ALONE = re.compile(rf"^(?P<subj>{_REF}|这一?条|该条|本条|它)?(?:主要)?(?:讲的是|说的是|讲|管的是)(?P<topic>[^：:，,。；;“”]{{2,16}})[。]$")
TOPIC = 0.5          # share of the topic's own words the article must hold


def _article(subject: str, question: str, previous: str) -> str | None:
    """The reference the lead is about: its own, else (unsaid or an anaphor) the one article the
    question names, else the one the sentence before names."""
    for text in ([subject] if subject and find_refs(subject) else []) + [question, previous]:
        refs = [r for r in find_refs(text) if r.article and not r.doc_number]
        if len({(r.article, r.paragraph) for r in refs}) == 1:
            r = refs[0]
            return (f"《{r.doc_title}》" if r.doc_title else "") + format_ref(r.article, r.paragraph)
    return None


def parts(u: Unit, question: str, previous: str) -> list[Unit] | None:
    """The lead (its subject written out) and the content as a sentence of that article, or None
    when the unit is no topic lead."""
    m = _LEAD.match(u.text.strip()) if u.kind in ("sentence", "item") else None
    alone = _ALONE.match(u.text.strip()) if m is None and u.kind == "sentence" else None
    if alone is not None and _ASKING.search(alone.group("topic")):
        ref = _article(alone.group("subj") or "", question, previous)
        return [Unit(f"{ref}讲{alone.group('topic')}：", u.kind, u.line)] if ref else None
    if m is None or not m.group("content").strip():
        return None
    ref = _article(m.group("subj") or "", question, previous)
    if ref is None:
        return None
    return [Unit(f"{ref}讲{m.group('topic')}：", u.kind, u.line), Unit(f"{ref}：{m.group('content').strip()}", u.kind, u.line)]


_WRITTEN = re.compile(rf"^(?P<ref>{_REF})讲(?P<topic>[^：:，,。；;“”]{{2,16}})[：:]$")


def judged(lead: str, article: str) -> tuple[bool, str] | None:
    """(right, why) for a lead this module wrote (第N条讲TOPIC：), held to the article's text."""
    m = _WRITTEN.match(lead.strip())
    if m is None:
        return None
    own = _ASKING.sub("", m.group("topic"))
    if not own:
        return None
    share = coverage(own, article)
    if share < TOPIC:
        return False, f"条文没有讲“{m.group('topic')}”（只有{share:.0%}的内容见于原文）。"
    return True, f"条文讲“{m.group('topic')}”"


def settle(verdicts: list, problems: list[str], article_of) -> None:
    """Each lead this module wrote, unsupported, before a verified content: judged by its topic
    against the article (`article_of(text)`: the text of the article the lead names)."""
    for i, v in enumerate(verdicts[:-1]):
        if v.verdict != "unsupported" or _WRITTEN.match(v.text.strip()) is None or \
                verdicts[i + 1].verdict not in ("verified", "quote"):
            continue
        got = judged(v.text, article_of(v.text))
        if got is None:
            continue
        rejudged(v, problems, got)
