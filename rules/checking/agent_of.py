"""Who does an act to a thing, said to be missing: "第十二条对问责组由哪些机关组成没有作出规定",
"第十四条没有规定较大事故的现场会由谁召开".

`absence._agent_absent` reads the agent asked for when the missing words open with it ("没有写由
哪个机关来进一步问责"). People name the thing first and the agent after it (问责组由哪些机关组成,
现场会由谁召开); read as a plain thing, "问责组由哪些机关组成" is found nowhere word for word and
the absence held. Here the thing before 由/是 + a question word is the object, the words after it
the act: the claim is false when a sentence of the scope that has the act (and a pair of the
object's characters, so it is about that thing) names who does it (由… before the act, or a named
body), true when such sentences name nobody, and not read when the scope has no sentence with
both.
"""
from __future__ import annotations

import re

from .absence import bare_keep, scope_of
from .sources import SourceSet, SourceText, bare, bigrams

_OBJECT_AGENT = re.compile(r"^(?:写明?|规定|说明|明确|说)?(?P<obj>[^，,。；;由]{2,14}?)的?(?:由|是)(?:哪个|哪一个|哪一级|哪些|哪级|什么|谁)"
                           r"(?P<who>(?:[^来，,。；;]{0,3}?(?:机关|部门|单位|主体|机构|组织|人))?)来?(?P<act>[^，,。；;]{2,12}?)[。]?$")


def agent_absent(after: str, where: str, sources: SourceSet, named: list[SourceText],
                 default_doc: str) -> tuple[bool, str] | None:
    """(holds, why) for "X由谁V" said to be missing from the scope; None when this is no such
    claim or the scope has no sentence with both the act and the thing."""
    from .claims import bodies

    m = _OBJECT_AGENT.match(after.strip())
    if m is None:
        return None
    scope = scope_of(where, sources, named, default_doc)
    if scope is None:
        return None
    act, obj = bare(m.group("act")), bare(m.group("obj"))
    pairs = bigrams(obj)
    # (absent5) the thing's modifier must be spoken of too: 县校安办主任 is not the 主任 of a
    # sentence on 申诉委员会, which shares only the head noun's pair
    head = obj.rpartition("的")[2] if "的" in obj else obj[-2:]
    modifier = bigrams(obj[:len(obj) - len(head)].rstrip("的"))
    spans = []
    for t in scope.texts:
        for c in re.split(r"[。；;\n]", bare_keep(t)):
            if act in c and pairs & bigrams(c) and (not modifier or modifier & bigrams(c)):
                spans.append((c, c.index(act)))
    if not spans:
        return None
    # (r18alarm) where the thing itself is named, the act must be said of it: 组成的事故问责组 says
    # who forms the 问责组, not the 事故调查组 the same sentence names after a comma
    exact = [(c, k) for c, k in spans if obj in c]
    if exact:
        tied = [(c, k) for c, k in exact
                if re.search(re.escape(act) + r"的?[^，,。；;]{0,4}?" + re.escape(obj), c)
                or re.search(re.escape(obj) + r"[^，,。；;]{0,30}?" + re.escape(act), c)]
        if not tied:
            return True, f"{scope.label}没有写{obj}由谁{act}"
        spans = tied
    if any("由" in c[:k] or bodies(c[:k]) for c, k in spans):
        return False, f"{scope.label}写明了{obj}由谁{act}，不是没有。"
    return True, f"{scope.label}没有写{obj}由谁{act}"
