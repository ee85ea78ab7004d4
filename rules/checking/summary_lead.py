"""A summary announced before it is given: "我概括一下第五条：①因工作失职…；②…",
"第五条可以归纳为：…", "简单梳理一下第十条：…".

Why: the announcement (我概括一下, 可以归纳为) says what the writer is about to do, not what the
article says; left in the sentence, its words were looked for in the article and the first item
after the colon failed with them, while the same items under the bare label "第五条：…" pass. The
lead is read as that label: the words after the colon are then held to the article the lead
names, exactly as under "第五条：". Only a lead that names an article (or an item of one) and ends
in a colon is taken; anything else in it keeps the sentence as it is.
"""
from __future__ import annotations

import re

_REF = r"(?P<ref>第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?(?:第?[（(][一二三四五六七八九十]+[）)]项)?)"
_VERB = r"(?:概括|归纳|总结|梳理|简述|复述|串|捋)"
_LEADS = (
    # 我概括一下第五条： / 下面归纳一下第五条的内容：
    re.compile(r"^(?:我|我们|下面|这里)?(?:来|先)?(?:简单)?" + _VERB + r"(?:一下|一遍)?" + _REF + r"(?:的内容|的规定|的意思)?[：:]"),
    # 第五条可以概括为： / 第五条的内容归纳起来是：
    re.compile(r"^" + _REF + r"(?:的内容|的规定|的意思)?(?:可以|能|大致可以)?" + _VERB + r"(?:为|成|起来是|起来|如下|一下)[：:]"),
)


def as_label(text: str) -> str:
    """The sentence with a summary announcement naming an article read as that article's label
    ("我概括一下第五条：…" → "第五条：…"); else the sentence unchanged."""
    if "：" not in text and ":" not in text:
        return text
    for rx in _LEADS:
        m = rx.match(text)
        if m:
            return m.group("ref") + "：" + text[m.end():]
    return text
