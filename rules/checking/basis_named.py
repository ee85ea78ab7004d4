"""The basis an act is done by, named as a principle or a power: "按属地管理原则，由…党委、政府进行
问责" restating 第三条's "由党委（党工委）、政府（管委会）及其工作部门按照干部管理权限进行".

After 按 / 按照 / 依照 / 根据 / 依据 a sentence may name what an act follows as a noun ending in
原则 / 权限 / 程序 / 标准 / 方针 / 精神 (a title in 《》 is `basis_title`'s). The basis is the claim
(who asks is decided by 干部管理权限, not by 属地管理), but the rest of the sentence restates the
article, so the support test passes it. Read here: when the articles the sentence is held to
themselves name a basis after such a word ending in the same kind of noun or another of the list,
the sentence's basis (without its head noun, at least two characters) must be written in one
of them; else it is another basis and the sentence is unsupported. Held articles that name no
such basis decide nothing.
"""
from __future__ import annotations

import re

_BASIS = r"(?:按照|依照|根据|依据|遵照|遵循|按(?!照)|依(?![照据]))"
_HEAD = r"(?:原则|权限|程序|标准|方针|精神)"
_NAMED = re.compile(_BASIS + r"(?!的)([^，,。；;：:《》“”（）()\s]{2,30}?)" + _HEAD)


def may_concern(sentence: str) -> bool:
    return bool(_NAMED.search(sentence))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why a principle or power given as an act's basis is not the one the held articles give."""
    texts = [t for n, t in held if n is not None]
    theirs = [m.group(0) for t in texts for m in _NAMED.finditer(t)]
    if not theirs:
        return []
    own = "\n".join(texts)
    for m in _NAMED.finditer(sentence):
        basis = re.sub(r"的$", "", re.sub(r"^(?:的|了|其|本)", "", m.group(1)))
        if len(basis) < 2 or basis in own:
            continue
        # a basis pointed at or counted (这四项原则, 上述原则, 两条原则) names none of its own
        if re.search(r"[这该此那]|上述|前述|以上|下列|[一二两三四五六七八九十几\d]+[项条个种]", basis):
            continue
        # a basis made of several the article lists (权责一致、惩教结合原则) each written there
        parts = [p for p in re.split(r"[和与及、]", basis) if p]
        if len(parts) > 1 and all(p in own for p in parts):
            continue
        return [f"原文的依据是“{theirs[0]}”，不是“{m.group(0)}”"]
    return []
