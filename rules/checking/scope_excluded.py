"""A group said to be outside the scope that a scope row covers, named by its leaders: "部门内设机构
的负责人不在此列" after a sentence listing 第二条's scope, where 第二条 covers 上列工作部门内设机构
领导成员. The scope reader (relations.scope) names a row by nearly all of the group's words, and
the leader word (负责人, 一把手, 领导) is not the row's (领导成员), so the group was named by no row;
and "此列" refers back to the list of the sentence before, which the reader did not look at.

Here the group, without the leader word it ends in (the vocabulary's rank words, and 领导成员 /
领导班子成员), is held to the rows: when nearly all of what is left is one row's wording, the row
covers the group's leaders, and saying they are not covered is wrong. A group of other people
(工作人员, 一般干部) keeps its words and is named by no row. The sentence is about the scope when it
or the sentence before it names the scope's article or speaks of 所称 / 党政领导干部 / 适用范围."""
from __future__ import annotations

import re

from ..references import find_refs
from ..schema import RuleBook
from .claims import Verdict
from .relations import _NOT_COVERED
from .sources import bare, bigrams

_ABOUT = re.compile(r"所称|党政领导干部|适用范围|适用对象|问责对象")
_LEAD = re.compile(r"^(?:但|但是|而|不过|至于|另外|其中|只是|并且|且|那么|所以|因此|也就是说)+")


def _about_scope(text: str, article: int) -> bool:
    return bool(_ABOUT.search(text)) or any(r.article == article and not r.doc_number for r in find_refs(text))


def _leader_words(book: RuleBook) -> list[str]:
    words = {w for rw in book.vocabulary.ranks for w in rw.words if rw.rank} | {"领导成员", "领导班子成员", "领导班子", "领导"}
    return sorted(words, key=len, reverse=True)


def excluded(sentence: str, previous: str, book: RuleBook) -> list[Verdict]:
    """A contradiction for each group the sentence puts outside the scope whose leaders a scope row
    covers; [] when none, or when the sentence is not about the scope."""
    rows = book.regulation.scope
    if not rows:
        return []
    article = rows[0].source.article
    if not (_about_scope(sentence, article) or _about_scope(previous, article)):
        return []
    leaders = "|".join(map(re.escape, _leader_words(book)))
    out = []
    for clause in re.split(r"[，,；;。：:]", sentence):
        neg = _NOT_COVERED.search(clause)
        if neg is None or re.search(r"没有|未|不是|并非", clause[:neg.start()]):
            continue
        group = _LEAD.sub("", clause[:neg.start()].strip())
        core = re.sub(rf"的?(?:{leaders})(?:们|等)?$", "", group)
        if core == group:
            continue                     # no leader word: the scope reader's case, or not leaders at all
        g = bigrams(bare(core.replace("的", "")))
        if len(g) < 4:
            continue
        for r in rows:
            have = bigrams(bare(r.covers))
            if len(g & have) / len(g) >= 0.85:
                out.append(Verdict(False, f"{r.source.article_label}所称党政领导干部包括{r.covers}。"))
                break
    return out
