"""Two severities' initial decisions compared role by role: "只有有关党政领导正职和街道分管副职两档处理
相同，其余三类人在重大事故中从免职降为停职检查。"

Asked how 特别重大 and 重大 accidents differ, a draft sums up the table by comparing each role's
measure under the two severities. Read as role-measure claims, the clause pairs every role it
names with every measure it names (有关党政领导正职 with 免职) and fails a true sentence. Here
each clause is one of two comparisons, held to the accident rows of the two severities (those the
sentence names, else those the question asks about):

- **the same**: "<roles>(两档)处理相同 / 一样 / 不变": each role has one measure under both; with
  只有 / 仅 no other role of the rows has.
- **a change**: "<roles | 其余N类人>在<severity>中从<M1>降为 / 变为 / 改为<M2>": under the other
  severity the role gets M1, under the severity named M2. 其余 / 其他 are the rows' roles the
  sentence has not named yet, as many as N says.

The sentence is accounted for only when every clause (after a lead such as 可以看出) is one of
these; a role given the wrong measure, a role said to be unchanged that changes, or a wrong count
of the others fails. Otherwise nothing is said here and the other readers judge it.
"""
from __future__ import annotations

import re

from ..references import cn_int
from ..schema import RuleBook
from .claims import marks

_LEAD = re.compile(r"^(?:可以看出|可见|由此可见|总之|总结一下|对比(?:来看|可见)?|简单说)[，,：:]?")
_SAME = re.compile(r"(?:两档|两种事故|两类事故|两者|二者)?(?:的|中的)?(?:处理|问责|结果|初步问责)?(?:都|均)?(?:相同|一样|一致|不变|没有变化)$")
_CHANGE = re.compile(r"(?:都|均)?从(?P<m1>[^，,；;。]+?)(?:降|变|改|减轻|调整|降低)(?:为|成)(?P<m2>[^，,；;。]+?)$")
_OTHERS = re.compile(r"^(?:其余|其他|另外)(?:的)?(?P<n>[一二两三四五六七八九十\d]+)?(?:类|种|个)?(?:人|对象|职务|领导)?")


def judged(sentence: str, book: RuleBook, asked: list[str]) -> tuple[bool, str] | None:
    """(true, why) / (false, why) when every clause compares the two severities role by role."""
    body = _LEAD.sub("", sentence.strip().rstrip("。！!"))
    sevs = [c for *_, cat, c in marks(body, book) if cat == "severity"]
    pair = list(dict.fromkeys(asked))
    if len(pair) != 2 or any(s not in pair for s in sevs):
        return None
    rows = {(r.role, r.severity): tuple(r.measures) for r in book.regulation.accident_decisions
            if r.severity in pair and not r.consequence}
    # the roles both severities decide about (较大 has no 有关党政领导正职)
    roles = [r for r in dict.fromkeys(role for role, _ in rows) if all((r, s) in rows for s in pair)]
    if not roles:
        return None
    named: list[str] = []
    whys: list[str] = []
    for clause in [c for c in re.split(r"[，,；;]", body) if c.strip()]:
        ms = marks(clause, book)
        said = [c for *_, cat, c in ms if cat == "role"]
        if _SAME.search(clause) and said and not any(cat == "measure" for *_, cat, _ in ms):
            alone = bool(re.match(r"只有|仅|唯有|只", clause))
            same = [r for r in roles if rows[(r, pair[0])] == rows[(r, pair[1])]]
            if any(r not in roles for r in said):
                return None
            if any(r not in same for r in said) or alone and set(same) != set(said):
                return False, f"两种事故中处理相同的是{'、'.join(same)}。"
            named += said
            whys.append("、".join(said) + "在两种事故中处理相同")
            continue
        change = _CHANGE.search(clause)
        if change is None:
            return None
        m1 = [c for *_, cat, c in marks(change.group("m1"), book) if cat == "measure"]
        m2 = [c for *_, cat, c in marks(change.group("m2"), book) if cat == "measure"]
        to = [c for *_, cat, c in marks(clause[:change.start()], book) if cat == "severity"]
        if len(m1) != 1 or len(m2) != 1 or len(to) > 1:
            return None
        target = to[0] if to else pair[1]
        source = next(s for s in pair if s != target)
        others = _OTHERS.match(clause)
        if said:
            who = said
            if any(r not in roles for r in who):
                return None
        elif others:
            who = [r for r in roles if r not in named]
            if others.group("n") and cn_int(others.group("n")) != len(who):
                return False, f"其余的是{len(who)}类：{'、'.join(who)}。"
        else:
            return None
        for r in who:
            if rows[(r, source)] != (m1[0],) or rows[(r, target)] != (m2[0],):
                return False, (f"{r}在{source}事故中是{'、'.join(rows[(r, source)])}，"
                               f"在{target}事故中是{'、'.join(rows[(r, target)])}。")
        named += who
        whys.append(f"{'、'.join(who)}：{source}事故{m1[0]}，{target}事故{m2[0]}")
    if not whys:
        return None
    return True, "；".join(whys)
