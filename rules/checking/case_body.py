"""A body given to the case of another statement of the same article (branch `wsz4`): "预计参加人数
1000人以上不满5000人的，由市公安局受理" where the text gives that range to the district body ("…1000人
以上不满5000人的，由活动所在地区公安分局受理；…5000人以上…的，由市公安局受理").

Two statements of one sentence that each give a case by its figures and a body by 由 keep every word
of the text when their bodies are exchanged, so the support test passes them. Read here: for a
statement of the sentence (between ；/。) that gives a case with a bounded figure ("1000人以上不满
5000人", from its first figure to the end of the bounds) and then 由 + a body, the held texts'
statements holding that figure run word for word are found; when each names bodies by 由, none of
them is the sentence's body, and the sentence's body stands verbatim in another statement of the
held texts, the body is the other case's. A body the text names nowhere else is a paraphrase and is
left to the other readings.
"""
from __future__ import annotations

import re

_SPLIT = re.compile(r"[；;。\n]")
_CASE_BODY = re.compile(r"([^，,；;。]*?\d[^；;。]*?)的[，,]\s*(?:则|就)?(?:应当|应)?由([^，,；;。]{2,30})")
_FIGURE_RUN = re.compile(r"\d[\d.]*\s*[^\d，,的；;。]{0,4}?(?:以上|以下|不满|超过|不足|以内)"
                         r"(?:[^\d，,的；;。]{0,3}\d[\d.]*\s*[^\d，,的；;。]{0,4}?(?:以上|以下|不满|超过|不足|以内)?)?")
_BODY_END = re.compile(r"(?:分局|局|政府|部门|机关|委员会|办事处|单位|中心|支队|大队|办公室)")
_AGENT = re.compile(r"由([^，,；;。由]{2,30})")


def may_concern(text: str) -> bool:
    return "由" in text and bool(re.search(r"\d", text))


def _body(after: str) -> str | None:
    """The body at the start of the words after 由: up to its first body ending."""
    m = _BODY_END.search(after)
    return after[:m.end()] if m and m.end() >= 3 else None


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    statements = [s for _, t in held for s in _SPLIT.split(t) if s.strip()]
    if not statements:
        return []
    for part in _SPLIT.split(sentence):
        m = _CASE_BODY.search(part)
        if not m or "不是由" in part or "并非由" in part:
            continue
        run = _FIGURE_RUN.search(m.group(1))
        body = _body(m.group(2))
        if not run or not body:
            continue
        key = m.group(1)[run.start():].strip()
        holding = [s for s in statements if key in s]
        if not holding:
            continue
        theirs = [b for s in holding for a in _AGENT.finditer(s) if (b := _body(a.group(1)))]
        if len(theirs) < len(holding) or any(body in b or b in body for b in theirs):
            continue
        if any(body in s for s in statements if s not in holding):
            return [f"原文“{key}”的情形由{theirs[0]}办理，不是{body}"]
    return []
