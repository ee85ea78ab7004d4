"""A sentence that goes through articles one by one ("第二章共五条：第五条是公共安全管理（下分六
项），第六条是用人失察、失误，…，第九条是兜底的其他失职行为。"): each clause that opens with its own
article says something of that article only. Held whole to all the articles together, the words of
one clause were looked for in the others' text and the share of new words added up across clauses;
held clause by clause, each is judged as a sentence about its article, so a clause that gives an
article another's content (第八条是用人失察) still fails.

Tried only on a sentence that fails judged whole, like `inline_list.parts`."""
from __future__ import annotations

import re

from ..references import find_refs
from .sentences import Unit

# (r17alarm) a word of sequence before the first article ("之后第十一条规定…，第十六条规定…") says no more than the order
_SEQUENCE = re.compile(r"^(?:之后|此后|随后|然后|接着|其后|后面|再往后)[，,]?(?=(?:《[^》]+》)?第)")
_OPENS = re.compile(r"^(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?"
                    r"(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?(?:是|讲|说|规定|写|管|针对|为)")


def _article(clause: str) -> int | None:
    refs = [r.article for r in find_refs(clause) if r.article]
    return refs[0] if refs else None


def parts(u: Unit) -> list[Unit] | None:
    """The lead before a colon (if any) and one unit per article clause, or None when the
    sentence is no such run: at least two clauses, each opening with an article and a verb of
    saying, every article a different one, nothing between them that opens with no article."""
    if u.kind != "sentence":
        return None
    text = u.text.strip()
    text = _SEQUENCE.sub("", text)
    lead, colon, body = text.partition("：")
    if not colon:
        lead, body = "", text
    end = re.search(r"[。；;]$", body)
    tail = end.group(0) if end else ""
    body = body[:len(body) - len(tail)] if tail else body
    # split at a comma or semicolon that is followed by an article opening a clause (not inside brackets)
    cuts = [m.start() for m in re.finditer(r"[，,；;](?=(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条)", body)
            if body[:m.start()].count("（") == body[:m.start()].count("）")]
    clauses = [body[a + (1 if a else 0):b] for a, b in zip([0] + cuts, cuts + [len(body)])]
    if len(clauses) < 2 or not all(_OPENS.match(c.strip()) for c in clauses):
        return None
    articles = [_article(c) for c in clauses]
    if None in articles or len(set(articles)) != len(articles):
        return None
    out = [Unit(lead + colon, u.kind, u.line)] if lead else []
    return out + [Unit(c.strip() + "。", u.kind, u.line) for c in clauses]
