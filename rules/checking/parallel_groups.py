"""Two groups said to be two, working side by side: "第十二条说的是事故问责组“与事故调查组同步开展问责调查
工作”，两者是并行的两个组，…" to "事故问责组和事故调查组是一回事吗？".

The rule data records a group formed to work in step with another (事故问责组 与 事故调查组, an
`alongside` row of the conductors): they are two groups working at the same time. A clause whose
subject takes the two back (两者, 二者, 这两个组, 它们) and says only that they are two groups in
parallel (并行 / 平行 / 同步 / 同时) is that row restated; it is taken out of the sentence when the
sentence names both the group and the one it works alongside, so that the rest is judged as any
sentence. A clause that says the two are one (一回事, 同一个), that one comes after the other, or
that is negated is not this clause and is left as written.
"""
from __future__ import annotations

import re

from ..schema import RuleBook

_TWO_IN_STEP = re.compile(r"(?:^|(?<=[，,；;]))(?P<subject>两者|二者|这两个组|两个组|它们|[\u4e00-\u9fff]{2,8}?(?:与|和|跟|同)[\u4e00-\u9fff]{2,8}?)"
                          r"(?:是|为|属于)?(?:并行|平行|同步|同时)(?:开展工作)?的(?:两个|两)(?:个)?(?:组|机构|工作组)(?=[，,；;。]|$)[，,；;]?")


def _short(name: str) -> str:
    return re.sub(r"^事故", "", name)


def without_restated(sentence: str, book: RuleBook) -> str:
    """The sentence without a clause restating an in-step pair of groups both named in it."""
    if "两" not in sentence and "二者" not in sentence:
        return sentence
    m = _TWO_IN_STEP.search(sentence)
    if m is None:
        return sentence
    subject = m.group("subject")
    for row in book.regulation.conductors:
        if not (row.group and row.alongside):
            continue
        pair = {_short(row.group), _short(row.alongside)}
        if re.match(r"两者|二者|这两个组|两个组|它们", subject):
            named = all(x in sentence[:m.start()] for x in pair)     # taken back: both named before
        else:                                                         # written out: the two themselves
            sides = {_short(x) for x in re.split(r"与|和|跟|同", subject, maxsplit=1)}
            named = sides == pair
        if named:
            return sentence[:m.start()] + sentence[m.end():]
    return sentence
