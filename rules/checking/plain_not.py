"""A plain 不 before the passage's own act (branch wmiss9).

`support.added_polarity` reads a closed set of negations (不能, 不得, 不适用 …) with their clauses.
A plain 不 before a verb (不列为重点监管对象, 不公开, 不允许进一步问责) was read by none of them: the
sentence denied the act the passage states without a negation of its own, and its words all matched.

The reading: 不 (not a word of a bound or a comparison, 不少于 / 不超过 / 不满, nor one of the closed
set the caller reads) followed by the passage's words; the passage says them, and nowhere with a
negation of its own before them (the text's 不列为 holds a sentence's 不列为), nor inside a proviso that
itself carves the case out (…除外, 但…不…)."""
from __future__ import annotations

import re
from typing import Callable

from .sources import bare

# 不 that begins a bound, a comparison, a question or a word of its own (不少于, 不同, 不论, 不一定),
# or one of the negations `support._NEGATED` reads already
_NOT_PLAIN = re.compile(r"不(?:少|超|满|足|低|高|大|小|多|到|同|仅|但|论|管|再|一定|是|予|能|可|得|会|包括|属于|适用|需|用|必|涉及|良|当|利|及|断|定|止|变|尽|如|外|然|过)")
_PLAIN_NOT = re.compile(r"(?<![是没并还])不(?=[\u4e00-\u9fff])")
# a negation or a question earlier in the clause (不是一概不追究, 是不是就不追究了)
_DENIED_BEFORE = re.compile(r"不是|并非|没有|未必|不一定|是不是|会不会|吗")
# the passage's own negation just before its words
_OWN_NEGATION = re.compile(r"(?:不|没|未|无|非|禁止|不得|除)[\u4e00-\u9fff]{0,2}$")
# a proviso or an exception of the passage's own
_PROVISO = re.compile(r"除外|但是|但|例外|除[^，。；]{1,20}外")
# what a denial's clause is: up to the next clause mark
_CLAUSE = re.compile(r"[^，,。；;！？→⇒：:]{2,16}")


def denied(sentence: str, text: str, coverage: Callable[[str, str], float]) -> str | None:
    """The denied clause when a plain 不 denies what the passage says plainly, else None."""
    plain = bare(text)
    if _PROVISO.search(plain):
        return None               # (…的内容除外: what the passage carves out is not published; the
                                  # clause readings hold the case to the proviso)
    for m in _PLAIN_NOT.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] == sentence[m.end():m.end() + 1]:
            continue              # (受不受理: a verb, its negation, the verb again asks whether)
        if _NOT_PLAIN.match(sentence, m.start()) or _DENIED_BEFORE.search(re.split(r"[，,。；;！？：:]", sentence[:m.start()])[-1]):
            continue              # (不是一概不追究: the denial is itself denied)
        c = _CLAUSE.match(sentence, m.end())
        if c is None:
            continue
        clause = c.group(0)
        head = bare(clause)[:2]
        if len(head) < 2 or coverage(clause, text) < 0.75:
            continue
        spots = [i for i in range(len(plain)) if plain.startswith(head, i)]
        if not spots or any(_OWN_NEGATION.search(plain[max(0, i - 4):i]) for i in spots):
            continue
        return "不" + clause
    return None
