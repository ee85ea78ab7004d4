"""What a question asks about (its topic), when that is not what the rules give an official.

Only one kind of question depends on who the official is: what the severity table (or a measure
set) gives a role — "较大事故街道主任会怎样", "一把手要公开道歉吗". That is the default reading, and
an official who cannot be placed there is asked back. A question about anything else — who the
regulation covers, who conducts accountability, referrals, the situations, aggravating
circumstances, what is not held to account, appeals, definitions, complaints — is answered the
same whoever asks it, so "被问责的干部可以申诉吗" names 干部 without naming anyone to place.

A topic's words are the vocabulary's (`topics`), joined by the rule data's own names for it:
the regulation's defined term (`wording.official`, 党政领导干部) after a word asking whether
someone is one (`scope_forms`: 算不算党政领导干部), the bodies that carry out duties in
accountability and the groups of the conductor rows, the keys of the referral rows, and the words
of the rows on what the source lacks (不予问责).
"""
from __future__ import annotations

from .schema import RuleBook, Source

Topics = dict[str, list[str]]

# The rule rows that hold each topic's answer (a field of the regulation's data): their articles are
# what a passage answer on that topic quotes first. Situations are left to retrieval: five articles,
# of which the question's own words (瞒报, 用人失察) pick one.
TOPIC_ROWS = {"scope": "scope", "conductors": "conductors", "referrals": "referrals",
              "circumstances": "circumstances", "unaccountable": "missing"}


def build_topics(book: RuleBook) -> Topics:
    """Topic -> words, longest first within each topic; RuleBook.topics keeps them."""
    voc, reg = book.vocabulary, book.regulation
    out: dict[str, list[str]] = {t: list(ws) for t, ws in voc.topics.items()}

    def add(topic: str, words: list[str]) -> None:
        if topic in out:
            out[topic] += [w for w in words if w and w not in out[topic]]

    add("scope", [form + reg.wording.official for form in voc.scope_forms])
    # 管得到 / 管不着 / 适用不适用: a verb of reaching someone with its potential complements (得/不 +
    # 到/着/了) or in its A-not-A form
    add("scope", [v + mid + end for v in voc.scope_verbs for mid in ("得", "不") for end in ("到", "着", "了")]
        + [v + "不" + v for v in voc.scope_verbs])
    # a body the vocabulary reads as a level (有关部门 in 区有关部门) places an official: no topic
    levels = [w for ws in voc.levels.values() for w in ws]
    add("conductors", [b for r in reg.conductors if r.acts != "conducts" for b in r.bodies
                       if not any(b in w for w in levels)]
        + [w for r in reg.conductors for w in (r.group, r.alongside) if w])
    add("referrals", [r.key for r in reg.referrals if r.key])
    add("unaccountable", [w for r in reg.missing for w in r.words])
    return {t: sorted(dict.fromkeys(ws), key=len, reverse=True) for t, ws in out.items()}


def read_topic(text: str, book: RuleBook) -> str | None:
    """The topic whose word comes first in `text`, or None: the default reading, what the rules
    give an official."""
    best: tuple[int, str] | None = None
    for topic, words in book.topics.items():
        for w in words:
            at = text.find(w)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, topic)
    return best[1] if best else None


def subject_words(text: str, book: RuleBook) -> list[str]:
    """The words `text` uses for a subject the documents may lack (申诉, 投诉: the vocabulary's
    `subject_topics`), each once and not inside a longer one it also uses: what the answer must
    find in a passage before it quotes one as the answer."""
    found = [w for t in book.vocabulary.subject_topics for w in book.topics.get(t, []) if w in text]
    return [w for w in dict.fromkeys(found) if not any(w != o and w in o for o in found)]


def topic_sources(topic: str | None, book: RuleBook) -> list[Source]:
    """The sources of the rows that answer `topic`, one per article, in the rows' order; [] for a
    topic the regulation has no rows on (appeals, definitions)."""
    rows = getattr(book.regulation, TOPIC_ROWS[topic]) if topic in TOPIC_ROWS else []
    out: dict[tuple, Source] = {}
    for r in rows:
        out.setdefault((r.source.doc, r.source.article), r.source)
    return [s for s in out.values() if s.article is not None]
