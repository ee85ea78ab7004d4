"""Absences the text decides though it words the thing otherwise: its words split and reordered, a
whether it answers either way, a requirement it states, and 对此 standing for what was asked.

`absence.judge` finds a thing said to be missing when a sentence of its scope has it word for word
or nearly all its character pairs; between that and nowhere it decides nothing, and the sentence
went to the support test, which found the thing's words and verified the absence they refute.
Three constructions of Chinese put the thing in other words than the text's:
- *the same words split and in another order*: "公职人员不服处分" for "公职人员对处分决定不服的",
  "告知举报人" for "告知移送机关或者实名举报人". Each piece of the thing (two characters at least,
  the longest the clause of the text has, three pieces at most) is in one clause of the text. Only
  a thing said after the absence verb is read so (没有规定X), not a subject before it: "X没有这样
  移送的" names who, it says nothing missing.
- *a whether*: "没有规定复核期间是否停止执行" asks a question the text answers with either polarity
  ("复核、申诉期间，不停止…的执行"): the thing is looked for with the text's negations left out, in
  a sentence of the text rather than one clause, and may take one piece more.
- *a requirement denied* (没有要求 / 未要求 X): the text requires X when the sentence of the text that
  has X says it with a duty (应当, 必须, 须); a permission (可以 X) is no requirement, and leaves the
  absence undecided.
And an absence whose thing is a pronoun (对此没有任何规定, 这个问题办法没有写) is about what the question
asks: the question's matter, its asking words and scope words taken off, is read as the thing, and
only a thing the text has is used (it makes the absence false; an absence it would make true stays
undecided: the question's words are not the sentence's).
"""
from __future__ import annotations

import re

# a whether the absence is said of: 是否 / 是不是 / 能否 / 可否 / 要不要 / 会不会 / 有没有
WHETHER = re.compile(r"是否|是不是|能否|可否|能不能|可不可以|要不要|会不会|需不需要|有没有")
# an absence of a requirement: 没有要求 / 未要求 / 并未要求
REQUIRED = re.compile(r"(?:没有|没|未|并未|并没有)(?:明确)?要求")
_DUTY = re.compile(r"应当|必须|须|应(?!用)|不得")
_NEGATORS = re.compile(r"不|未|没有|没|无")
_SPANS = re.compile(r"[。；;\n]")
_CLAUSES = re.compile(r"[。；;，,：:\n]")
MAX_PIECES = 3


def _pieces(thing: str, span: str) -> int | None:
    """How many pieces of two characters or more, each the longest run of the thing the span has
    from where the last ended, make up the thing; None when some part of it is not in the span."""
    i, n = 0, 0
    while i < len(thing):
        j = next((j for j in range(len(thing), i + 1, -1) if thing[i:j] in span), None)
        if j is None:
            return None
        i, n = j, n + 1
    return n


def in_pieces(thing: str, texts: list[str], whether: bool = False) -> str | None:
    """The sentence of the texts that has the thing in its pieces, or None."""
    if len(thing) < 4:
        return None
    most = MAX_PIECES + (1 if whether else 0)
    # (a whether is read over a sentence of the text, its answer often a clause of its own;
    # other things over one clause: 较大 in 造成较大损失 is not 较大事故 of 发生…事故)
    spans = _SPANS if whether else _CLAUSES
    for t in texts:
        for span in spans.split(re.sub(r"[\s“”\"‘’'《》（）()]", "", t)):
            said = _NEGATORS.sub("", span) if whether else span
            n = _pieces(thing, said)
            if n is not None and n <= most:
                return span
    return None


def decided(thing: str, after: str, texts: list[str], denial: str) -> bool | None:
    """True when the text has the thing in other order (`after`: the words after the absence verb,
    which may hold a whether; `denial`: the absence verb itself); None when this reading cannot tell."""
    span = in_pieces(thing, texts, bool(WHETHER.search(after)))
    if span is None:
        return None
    if REQUIRED.search(denial + after[:4]) and not _DUTY.search(span):
        return None
    return True


# a pronoun that stands for what the question asks about
_PRONOUN = re.compile(r"(?:对|就|关于)(?:此|这个问题|这一问题|这一点|这种情况|这种情形|这个情况|这方面|这些)"
                      r"|^(?:这个问题|这一点|这种情况|这种情形|这方面)")
# clauses of a question that ask or name the scope, not the matter asked about
_ASKING = re.compile(r"吗|呢|么|有没有|是否|怎么|如何|什么|哪|多少|几|有说法|有规定|规定了|说了|管不管|算不算|能不能|可不可以|要不要")
_SCOPE = re.compile(r"(?:这个|这部|这份|该|本)?(?:办法|规定|条例|细则|文件|文本)")


def matter(question: str) -> str:
    """What the question asks about: its clauses that neither ask nor name the scope, joined."""
    kept = [c for c in re.split(r"[，,；;？?。！!]", question)
            if c.strip() and not _ASKING.search(c) and not _SCOPE.fullmatch(c.strip())]
    return "".join(kept) if len(kept) == 1 else ""


def this_resolved(sentence: str, question: str) -> str | None:
    """The sentence with its pronoun for the question's matter written as that matter, or None."""
    m = _PRONOUN.search(sentence)
    asked = matter(question) if m else ""
    if not asked or len(asked) < 4:
        return None
    return sentence[:m.start()] + ("对" if m.group(0)[0] in "对就关" else "") + asked + "，" * (m.group(0)[0] not in "对就关") \
        + sentence[m.end():]
