"""One act said to be the only one of its kind, where the article gives another: "第二十七条只规定了向
作出决定的部门申请复核这一条途径" where 第二十七条 also says "…可以…向市应急管理局申请复查".

只…这一条 / 这一种 / 一个 counts the acts of a kind as one. Every word of the act is the article's,
so the support test finds it; the count excludes the rest. The article's own sentences show a
sibling: the act's verb (the first two characters of its last four: 申请 of 申请复核) said there
with another object (申请复查). Read here: for 只 / 仅 + X + (这)一 + a classifier, with X ending in a
verb and its object that an article the sentence is held to says, another object of the same verb
in that article means the article gives more than one. Only ever turns a verified sentence into an
unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare

_ONE = re.compile(r"(?:只|仅)(?:规定了?|有|给了?|写了?|提供了?|留了?)?([\u4e00-\u9fff]{4,30}?)(?:这|那)?(?:一|1)(?:条|种|个|项|类|项)")


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    for m in _ONE.finditer(bare(sentence)):
        act = m.group(1)[-4:]
        verb, obj = act[:2], act[2:]
        for _, text in articles:
            if act not in bare(text):
                continue
            # another object of the verb that ends its clause (申请复查；), not a noun's (申请之日起)
            others = {k.group(1) for k in re.finditer(re.escape(verb) + r"([\u4e00-\u9fff]{2})(?=[，,。；;：:\n]|$)", text)}
            others = {o for o in others if o != obj and o not in act}
            if others:
                return [f"原文不只{act}，还有{verb}{sorted(others)[0]}"]
    return []


def may_concern(sentence: str) -> bool:
    return ("只" in sentence or "仅" in sentence) and bool(re.search(r"[一1][条种个项类]", sentence))
