"""A criterion, then its two answers: "分界线是有没有造成重大损失或者恶劣影响：造成了，用第一组的
五种（…）；没造成，用第二组的四种（…）". The criterion (有没有 / 是否 / 有无 + a verb + what it
acts on) asks whether; it asserts neither side, yet its 没有造成重大损失 was read as the minor
consequence and paired with the first set. Its answers leave out what they answer about (造成了,
没造成). Read as the writer meant it, the criterion goes and each answer is written out whole
(造成重大损失或者恶劣影响 / 没有造成重大损失或者恶劣影响), so the readers pair each set with its own
side, and a draft that swaps the sides fails."""
from __future__ import annotations

import re

_CRITERION = re.compile(r"(?:有没有|是否|有无)(?P<verb>[\u4e00-\u9fff]{2})(?P<what>[^，,。；;：:？?]{2,20})[：:]")


def spelled(sentence: str) -> str:
    """The sentence with a criterion's answers written out and the criterion taken out; else
    unchanged (a criterion with no bare answer after it is left as written)."""
    m = _CRITERION.search(sentence)
    if m is None:
        return sentence
    verb, what = m.group("verb"), m.group("what")
    answers = re.compile(rf"(?<=[：:，,；;])(?P<neg>没有|没|未)?{verb}了?(?=[，,])")
    after = sentence[m.end() - 1:]
    if not answers.search(after):
        return sentence
    after = answers.sub(lambda a: ("没有" if a.group("neg") else "") + verb + what, after)
    return sentence[:m.start()] + after
