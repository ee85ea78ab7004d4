"""A bare article answering "哪一条…": "第十六条。" to "哪一条规定了进一步问责？". The answer names an
article and says nothing else, so every reading passes it (the article exists); but it says that
this article is the one the question describes: "第十六条规定了进一步问责". That claim is false
where what the question asks for is the words of another article of the document and not of the
one named (进一步问责 is 第十五条's; 第十六条 has none of it).

The question's description is the question without its question word (哪一条, 哪条, 第几条, 哪个
条款, 哪几条) and the talk around it (规定了, 讲的是, 在, 呢, 吗). It is held as `_misattributed`
holds a sentence to the article it names: wrong when another article has at least 70 % of its
content character pairs and the named one at least 30 points fewer. A description no article
has (适用范围, the topic of 第二条 in other words) decides nothing: the answer stays as it was."""
from __future__ import annotations

import re

from ..references import find_refs
from .sources import SourceSet, bigrams

# (r20miss) "写在第六条。", "规定在第八条。": a verb of wording with 在 before the article is the same answer
_BARE = re.compile(r"^(?:是|就是|在|见|看|即|(?:写|规定|列|放|载|记)在|见于|出自)?(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条[。！!]?$")
_WHICH = re.compile(r"哪一条|哪条|哪个条款|哪一个条款|第几条|哪几条|哪一款|哪款")
_TALK = re.compile(r"(?:规定|写|讲|说|提|涉及|管|是关于|关于)(?:了|的是|到|的)?|在|有|呢|吗|[？?。，,]|请问|这个|本规定|规定里|里")


def misanswered(answer: str, question: str, sources: SourceSet, doc: str) -> str | None:
    """Why the bare article answering a "哪一条" question is not the one it describes, or None."""
    from .support import _content_pairs, coverage

    if not _BARE.match(answer.strip()) or not _WHICH.search(question):
        return None
    refs = [r for r in find_refs(answer) if r.article]
    if len(refs) != 1:
        return None
    named = sources.article(refs[0].article, doc)
    if named is None:
        return None
    asked = _TALK.sub("", _WHICH.sub("", question))
    if len(_content_pairs(asked)) < 3:
        return None
    own = coverage(asked, named.text)
    best = max(((coverage(asked, p.text), p) for p in sources.of_document(doc) if p.article != named.article),
               key=lambda t: t[0], default=(0.0, None))
    if best[1] is not None and best[0] >= 0.7 and best[0] - own >= 0.3:
        return f"问题所问的“{asked}”见于{best[1].label}，不是{named.label}。"
    return _told_apart(asked, named, sources.of_document(doc))


# (r21miss) "属于第五条公共安全管理的情形，…": an answer that opens by placing the asked matter in one
# article (属于 / 归入 / 适用 / 写在 …) says the same as the bare article, whatever follows it
_LEAD = re.compile(r"^(?:这|这种情形|这种情况|该情形|它)?(?:属于|归入|归于|归|列在|列入|写在|规定在|见于|适用|对应|落在)"
                   r"(?:《[^》]+》)?第([零一二两三四五六七八九十百\d]+)条")


def lead_misanswered(sentence: str, question: str, sources: SourceSet, doc: str) -> str | None:
    """Why an answer that opens by placing the asked matter in an article names the wrong one."""
    m = _LEAD.match(sentence.strip())
    if m is None or not _WHICH.search(question):
        return None
    if len({r.article for r in find_refs(sentence) if r.internal}) != 1 or re.search(r"不是|并非|而非|不属于", sentence):
        return None
    return misanswered(f"第{m.group(1)}条。", question, sources, doc)


def _told_apart(asked: str, named, passages) -> str | None:
    """(branch r20miss) The description held by the pairs that tell the articles apart: "党风廉政
    方面的问责" has 问责 (in most articles, the document's own topic) and pairs across words (政方,
    方问) that no article has; neither says which article is meant. The pairs that some article has
    and at most a fifth of them do are the description's own; when there are three or more, one
    other article has them all and the named one at most a third, the named one is not the one
    described."""
    from .support import _content_pairs

    articles = list({p.article: p for p in passages if p.article}.values())
    if len(articles) < 5:
        return None
    have: dict[int, set[str]] = {}
    for p in passages:
        if p.article:
            have.setdefault(p.article, set()).update(bigrams(p.text))
    own_pairs = [g for g in _content_pairs(asked)
                 if 1 <= sum(g in h for h in have.values()) <= max(1, len(have) // 5)]
    if len(own_pairs) < 3:
        return None
    def share(p) -> float:
        return sum(g in have[p.article] for g in own_pairs) / len(own_pairs)
    whole = [p for p in articles if p.article != named.article and share(p) == 1.0]
    if len(whole) == 1 and share(named) <= 1 / 3:
        return f"问题所问的“{asked}”见于{whole[0].label}，不是{named.label}。"
    return None
