"""A conclusion drawn in the same sentence, its subject left out: "第十条第二款规定，责令公开道歉可以
单独适用，也可以和其他问责方式合并适用，所以可以与免职合并适用".

Judged whole, the sentence's 免职 was read as one more member said to be combinable under the
paragraph, and the right sentence failed. What it says is two claims: the premise (the paragraph's
rule for 责令公开道歉) and, after 所以 / 因此, a modal clause whose subject is the premise's subject,
said again: 责令公开道歉可以与免职合并适用. Each is judged as a sentence of its own; the sentence is
verified only when both are (else it is judged whole as before). Only a conclusion that opens with a
modal (可以, 能, 应当, 不得 …) and has no subject of its own is read, with the subject of the last
clause of the premise that has one before its modal; and only one that draws on what is already
said: each term of the rules it names (a measure, a body…) is in the premise or the question, and its
other words, joiners aside, are made of the premise's (所以可以与行政拘留合并适用 brings in a thing
neither names, and is left to be judged whole).
"""
from __future__ import annotations

import re
from collections.abc import Callable

_MODAL = r"(?:也|就|都|同样|还)?(?:可以|可|能够|能|应当|应|须|必须|不得|不能|不可以)"
_SPLIT = re.compile(rf"^(?P<premise>.+?)[，,]\s*(?:所以|因此|因而|故而|由此可见)[，,]?\s*(?P<conclusion>{_MODAL}[^，,；;。]+)[。；;]?$")
_SUBJECT = re.compile(rf"^(?P<subj>[\u4e00-\u9fff、]{{2,16}}?){_MODAL}")


def _drawn(conclusion: str, premise: str, question: str, terms: Callable[[str], list[tuple[int, int, str]]]) -> bool:
    """Whether the conclusion names no term the premise and the question lack, and has no other
    word that is not made of the premise's characters."""
    said = premise + question
    have = {c for _, _, c in terms(said)}
    rest, at = [], 0
    for a, b, c in sorted(terms(conclusion)):
        if c not in have:
            return False
        rest.append(conclusion[at:a])
        at = max(at, b)
    rest.append(conclusion[at:])
    left = re.sub(r"[与和同跟及并且，,。；;\s]", "", "".join(rest))
    return all(ch in said for ch in left)


def split(sentence: str, question: str, terms: Callable[[str], list[tuple[int, int, str]]]) -> tuple[str, str] | None:
    """(the premise, the conclusion with the premise's subject) of such a sentence, else None.
    `terms` gives the (start, end, canonical name) of each term of the rules in a text."""
    if "所以" not in sentence and "因此" not in sentence and "因而" not in sentence and "故而" not in sentence \
            and "由此可见" not in sentence:
        return None
    m = _SPLIT.match(sentence.strip())
    if m is None:
        return None
    subject = None
    for clause in re.split(r"[，,：:；;]", m.group("premise")):
        s = _SUBJECT.match(clause.strip())
        if s and not re.match(r"^(?:也|就|都|还|并|且|而)", s.group("subj")) and "规定" not in s.group("subj"):
            subject = s.group("subj")
    if subject is None or not _drawn(m.group("conclusion"), m.group("premise"), question, terms):
        return None
    return m.group("premise") + "。", subject + m.group("conclusion") + "。"
