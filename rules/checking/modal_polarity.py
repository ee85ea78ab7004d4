"""A duty said away, or a permission said to be a duty: the modal of a restated act held to the
text's ("调查部门不需要书面告知被追究单位" where the text says 应当书面告知; "收运单位必须拒绝收运" where
it says 可以拒绝收运).

Why: the support test reads character pairs, and 不需要 / 无需 / 必须 carry almost none of them:
the act's words are the text's, so a sentence that turns the text's 应当 into "no need" passed,
and so did a yes/no lead "不需要。" whose claim (the question's words with 不需要) was judged so.
The grammar of a rule composes the modals: 应当 / 必须 / 须 / 应 + act ⇒ the act is needed, so
不需要 / 不用 / 无需 / 无须 / 没必要 / 不必 + that act is false; 可以 + act (and no duty over it) ⇒
the act is not required, so 必须 / 一定要 / 务必 / 应当 + that act is false. (不得 + act ⇒ 不可以
is read by permitted_contrary.py.) The act is what follows the modal in the sentence's clause; it
is the text's when a stretch of it (`MIN_ACT` characters, or the whole act when shorter) stands
after the text's modal in one clause. Left alone: a case of the sentence's own that the text's
statement does not have (a waiver for another case may be true), an act the document waives or
demands elsewhere in its own words, an exception (除, 但, 例外) in the sentence's clause, and a
denied modal (不一定要, 不是必须), which says what the text's 可以 says.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

# "no need": a necessity denied (不需要, 无需 …), with an adverb of its own after it
_WAIVE = re.compile(r"(?:不需要|不需|不用|无需|无须|没有?必要|没必要|不必要?|用不着)(?:再|去|专门|另行|一定|必须)?")
# a duty said in the sentence (not denied: 不一定要, 不是必须, 并非必须)
_MUST = re.compile(r"必须|一定要|务必|应当|应该|(?<![无不必])须(?![知要])")
_DENIED_BEFORE = re.compile(r"(?:不|非|没有?|无|未|不是|并非|并不)(?:是|说|一定)?$")
# the text's modals: a duty, a permission, a waiver of its own
_DUTY = re.compile(r"应当|必须|(?<![不])须(?!知)|(?<![不理])应(?![用对急当该])")
_MAY = re.compile(r"(?<![不])可以|(?<![不])可(?![能否视])")
_OWN_WAIVER = re.compile(r"可以不|可不|无需|无须|不需要|不必|免予|免于|不予")
_EXCEPT = re.compile(r"除|但|例外|另有规定")
_CASE = re.compile(r"的$|(?:时|后|前|以后|之后|以前|之前)$")
_CLAUSE = re.compile(r"[，,；;：:。！!？?\n]")
_STATEMENT = re.compile(r"[。；;\n]")
MIN_ACT = 4            # characters of the act that must stand after the text's modal
MIN_CASE = 0.5         # share of the sentence's own case the statement must have


def _common(a: str, b: str, n: int) -> str | None:
    for i in range(len(a) - n + 1):
        if a[i:i + n] in b:
            return a[i:i + n]
    return None


def _act(clause: str, end: int) -> str:
    return bare(re.sub(r"^(?:去|再|来|进行|被)", "", clause[end:]))


def _shared(act: str, after_modal: str) -> str | None:
    n = min(MIN_ACT, len(act))
    return _common(act, after_modal, n) if n >= 2 else None


def _case_agrees(clauses: list[str], k: int, statement: str, topic: str = "") -> bool:
    """Whether the case the sentence sets before clause k (a clause ending in 的 / 时 / 后) is the
    statement's: half its pairs are there. Failing such a clause, the topic its clause opens with
    (the words before the modal) is the case, and agrees unless it names the thing the statement
    names with another modifier (一般公共安全责任事故 where it says 较大公共安全责任事故). No case of its
    own agrees."""
    own = [c for c in clauses[:k] if _CASE.search(c.strip())]
    if not own:
        return not _other_modifier(bare(_TOPIC_TAIL.sub("", topic)), bare(statement))
    g = bigrams(bare("".join(own)))
    return not g or len(g & bigrams(bare(statement))) / len(g) >= MIN_CASE


# the adverbs a topic ends with before its modal (一般事故也不需要…)
_TOPIC_TAIL = re.compile(r"(?:也|还|都|就|则|却)+$")


def _other_modifier(topic: str, statement: str) -> bool:
    """Whether the topic's longest stretch the statement shares (of two characters or more) is
    modified in the topic by words the statement does not have: the same head, another case."""
    best = ""
    for i in range(len(topic)):
        for j in range(len(topic), i + len(best), -1):
            if j - i >= 2 and topic[i:j] in statement:
                best = topic[i:j]
                break
    if not best:
        return False
    modifier = topic[:topic.index(best)][-4:]
    return len(modifier) >= 2 and modifier not in statement


def _after(statement: str, modal: re.Pattern, unless: re.Pattern | None = None) -> list[tuple[str, str]]:
    """(the modal word, the rest of its clause) for each modal of the statement (in a clause
    without the modal `unless`: 可以…，并应当… gives its 可以 clause, not one with both)."""
    out = []
    for c in _CLAUSE.split(statement):
        if unless is not None and unless.search(c):
            continue
        for m in modal.finditer(c):
            out.append((m.group(0), bare(c[m.end():])))
    return out


def waived(sentence: str, passage: str, doc: str) -> list[str]:
    """The clauses of `sentence` that say an act the passage demands is not needed."""
    if not _WAIVE.search(sentence):
        return []
    clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
    for k, clause in enumerate(clauses):
        m = _WAIVE.search(clause)
        if m is None or _EXCEPT.search(clause):
            continue
        act = _act(clause, m.end())
        if len(act) < 2:
            continue
        for statement in _STATEMENT.split(passage):
            for word, rest in _after(statement, _DUTY):
                shared = _shared(act, rest)
                if shared is None or not _case_agrees(clauses, k, statement, clause[:m.start()]):
                    continue
                if any(shared in bare(c[w.end():]) for c in _CLAUSE.split(doc) for w in _OWN_WAIVER.finditer(c)):
                    continue              # the document waives the act itself somewhere
                return [f"“{clause.strip()}”：原文是“{word}{rest[:12]}”，不是{m.group(0)}"]
    return []


def required(sentence: str, passage: str, doc: str) -> list[str]:
    """The clauses of `sentence` that make a duty of an act the passage only permits."""
    if not _MUST.search(sentence):
        return []
    clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
    duties = [rest for c in _CLAUSE.split(doc) for w, rest in _after(c, _DUTY)]
    for k, clause in enumerate(clauses):
        if _EXCEPT.search(clause):
            continue
        for m in _MUST.finditer(clause):
            if _DENIED_BEFORE.search(clause[:m.start()]) or re.match(r"[不没]", clause[m.end():]):
                continue                  # 不一定要, 不是必须; 必须不…: a prohibition, read elsewhere
            act = _act(clause, m.end())
            if len(act) < 2:
                continue
            for statement in _STATEMENT.split(passage):
                for word, rest in _after(statement, _MAY, _DUTY):
                    shared = _shared(act, rest)
                    if shared is None or not _case_agrees(clauses, k, statement):
                        continue
                    if any(shared in d for d in duties):
                        continue          # the document demands the act elsewhere
                    return [f"“{clause.strip()}”：原文是“{word}{rest[:12]}”，不是{m.group(0)}"]
    return []
