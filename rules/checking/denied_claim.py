"""A claim denied of the text: "条文并没有说国务院作初步决定", "第十四条没有规定街道主任撤职".

"The article does not say X" is true when X is false of it: the claim X, read on its own (as
said by the article the sentence names), is contradicted by a rule reader or the article's words.
The denial is then verified with the contradiction as its support. When X is not contradicted
(the article says it, or nothing decides), the sentence is left to the readers of absences and
the support test as before, so "条文没有说市委、市政府作初步决定" still fails.

Also here: 初步决定, the short form of the regulation's 初步问责决定 (and 作 for 作出 before it),
spelled out so that the readers of who decides read it ("国务院作初步决定" is then a claim about
the decider, held to the rows, instead of a sentence whose words all occur in 第十三条)."""
from __future__ import annotations

import re

from ..references import without_refs

_ARTICLES = r"(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?(?:[、和及与]第?[零一二两三四五六七八九十百\d]+条)*"
_DENIED = re.compile(
    rf"^(?P<subj>{_ARTICLES}|条文|原文|本规定|规定|《[^》]+》|该条|这一?条)?(?:里|中|的原文)?[，,]?"
    r"(?:并|也|都|从|根本|其实|可)?(?:没有|没|未|并未|从未|并没)(?:说|规定|写|讲|要求)过?"
    r"(?P<claim>[^，,；;。？?]{4,40})[。]?$")


def denied(sentence: str) -> str | None:
    """The claim a sentence denies of the text, as a sentence of its own (the articles it names
    kept as its basis), else None."""
    m = _DENIED.match(sentence.strip())
    if m is None:
        return None
    claim = m.group("claim").lstrip("：:")
    if re.match(r"^(?:具体|明确|任何|什么|哪些|怎么|如何|的)", claim):
        return None                       # "没有规定具体时限": an absence, read by the absence readers
    if len(re.sub(r"[^\u4e00-\u9fff]", "", without_refs(claim))) < 4:
        return None                       # "没有说第十六条": a mention denied, not a claim
    subj = m.group("subj") or ""
    return f"按{subj}，{claim}。" if "第" in subj else claim + "。"


def spelled_out(sentence: str) -> str:
    """初步决定 as 初步问责决定, and 作 before it as 作出."""
    sentence = re.sub(r"初步决定", "初步问责决定", sentence)
    return re.sub(r"(?<![作做])([作做])(?=初步问责决定)", r"\1出", sentence)
