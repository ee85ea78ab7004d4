"""An order between two events said not to be required, where the text dates one by the other.

"初步问责和国务院、省的决定有时间先后要求吗" -> "规定没有对此作要求，…": 此 stands for the order the
question asks about, and the text gives it ("并在国务院、省作出问责决定前，…作出以下初步问责决定").
The absence readers look for a thing the sentence names; a pronoun names none, and the question's
matter is one asking clause, so the absence went unread and the support test verified the rest.

Read here: the question asks the order of two things (A和B…先后 / 前后 / 顺序, or A在B之前还是之后);
the sentence denies a requirement, a rule or a mention (没有 / 未 / 并未 … 要求 / 规定 / 说 / 提 /
写) of a pronoun (此, 这一点, 这个) or of the order itself (先后, 顺序, 谁先谁后). A sentence of the
text in which one of the two stands right before a relation word (前 / 之前 / 以前 / 后 / 之后 / 以后)
and the other stands too (most of each one's word pairs) orders them, and the absence is false.
A text that names both and orders neither by the other leaves the sentence to the other readings.
"""
from __future__ import annotations

import re

from .before_after import _REL
from .sources import bare, bigrams

# the order asked: A和B (有时间 / 在时间上)? 先后 / 前后 / 顺序 / 谁先谁后
_ASKED_PAIR = re.compile(r"(?P<a>[^，,。？?；;：:]{2,20}?)(?:和|与|跟|同)(?P<b>[^，,。？?；;：:]{2,20}?)"
                         r"(?:之间)?(?:有没有|有无|是否有|有)?(?:在)?(?:时间|时序)?(?:上)?(?:的|有|是否有)?"
                         r"(?:先后|前后|顺序|谁先谁后|孰先孰后|谁先)")
# A (是)在B之前还是之后
_ASKED_WHEN = re.compile(r"(?P<a>[^，,。？?；;：:]{2,20}?)(?:是|要|应|得)?在(?P<b>[^，,。？?；;：:]{2,20}?)(?:之|以)?(?:前|后)还是(?:之|以)?(?:后|前)")
# a requirement, rule or mention denied, of a pronoun or of the order itself
_DENIED = re.compile(r"(?:没有|没|未|并未|并没有|无)(?:明确|具体|专门)?(?:对此|就此|对这一?点|对这个)?(?:明确|具体|专门)?"
                     r"(?:作出?|做出?|提出?|加以)?(?:要求|规定|说|提|写|限定|交代|讲|明确)")
_POINTED = re.compile(r"此|这一?点|这个|这方面|先后|前后|顺序|谁先|孰先")
_FUNCTION = set("的了和与及、在有是")
MIN_SHARE = 0.5


def _pairs(text: str) -> set[str]:
    return {g for g in bigrams(text) if not set(g) & _FUNCTION}


def asked_pair(question: str) -> tuple[str, str] | None:
    """The two things whose order the question asks, or None."""
    m = _ASKED_PAIR.search(question) or _ASKED_WHEN.search(question)
    if m is None:
        return None
    a, b = bare(m.group("a")), bare(m.group("b"))
    if len(_pairs(a)) < 1 or len(_pairs(b)) < 1:
        return None
    return a, b


def may_concern(sentence: str) -> bool:
    return bool(_DENIED.search(sentence) and _POINTED.search(sentence))


def _holds(pairs: set[str], span: str) -> bool:
    return len(pairs & bigrams(span)) >= MIN_SHARE * len(pairs)


def ordered_in(a: str, b: str, texts: list[str]) -> str | None:
    """A sentence of the texts that dates one of the two by the other, or None."""
    pa, pb = _pairs(a), _pairs(b)
    for t in texts:
        for s in re.split(r"[。；;\n]", t):
            if not (_holds(pa, s) and _holds(pb, s)):
                continue
            for r in _REL.finditer(s):
                # the event the relation word dates by: its clause up to the word
                event = re.split(r"[，,：:]", s[:r.start()])[-1]
                if _holds(pa, event) or _holds(pb, event):
                    return s.strip()
    return None


def problems(sentence: str, question: str, texts: list[str]) -> list[str]:
    """Why the sentence's denial of the asked order is false; empty when it is not read so."""
    m = _DENIED.search(sentence)
    if m is None or not _POINTED.search(sentence[max(0, m.start() - 6):m.end() + 8]):
        return []
    pair = asked_pair(question)
    if pair is None:
        return []
    said = ordered_in(*pair, texts)
    if said is None:
        return []
    return [f"原文规定了先后：“{said[:60]}”"]
