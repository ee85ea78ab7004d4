"""Cutting a draft into the units the checker judges, and telling framing from claims.

A unit is a quoted line ("> …", checked verbatim), a citation heading of our own answers
("【2】《…》第十四条"), or a sentence (split on 。！？；, line breaks and list markers). What counts
as *framing* — a sentence that asserts nothing — is deliberately narrow: a question back to the
user, a heading that ends in a colon, or a fixed disclaimer, and in every case only when the
sentence carries nothing a claim is made of (no article, number, role, measure, severity or named
body). Everything else must be supported; nothing passes because no pattern matched it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTE_LINE = re.compile(r"^\s*>[ \t]?(.*)$")
_CITE_HEAD = re.compile(r"^【\d+】(.+)$")
_GROUP_HEAD = re.compile(r"^(依据|相关原文|条文原文如下|原文如下|原文)[:：]?$")
_ALSO = re.compile(r"^另见[:：](.+)$")
# (a decimal such as 1.33万 opens no list: "1." marks an item only when no digit follows)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}(?:[、)）]|[.．](?!\d))\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]、)")
# a list marker that numbers its item (1）, 2), （3）), with the number taken
_MARK_NUMBER = re.compile(r"^\s*(?:(?P<a>\d{1,2})[)）]|[（(](?P<b>\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*")
_SPLIT = re.compile(r"[^。！？!?；;]+[。！？!?；;]*")
INLINE_QUOTE = re.compile(r"[“「\"]([^”」\"]{1,2000})[”」\"]")
MIN_QUOTE = 8

# Phrases that frame an answer without asserting anything about the regulation.
_FRAMING = re.compile(
    r"^(以上|上述|以下|如下|下面)?.{0,6}(仅供参考|供参考|请以原文为准|以原文为准|请以.{0,12}为准|原文如下|如下|具体如下|"
    r"可以这样问|回复序号或直接说明即可|请回复序号|请告诉我|您可以告诉我|您还可以告诉我|可以告诉我|请补充|请说明|"
    r"请咨询|建议咨询|建议查阅|建议以.{0,10}为准|希望对您有帮助|如有疑问|您好|你好|谢谢|可以继续问|继续问我|"
    r"规则表没有对这个问题作出判断|知识库中最相关的原文)")
# (g21alarm) the closing formula of a written reply, the whole sentence: 特此答复。 特此说明。
_CLOSING = re.compile(r"^特此(?:答复|回复|函复|说明|告知)[。！!]?$")
# The assistant's own notices (too long, search unavailable): one unit each, about the assistant.
_SYSTEM = re.compile(r"^(问题太长了（\d+ 字）|暂时无法检索法规，请稍后再试)")
_ABOUT_ASSISTANT = re.compile(r"^(我只|我不|请输入|这不是关于|问题太长|暂时无法检索)")
_QUESTION_END = re.compile(r"[？?]\s*$|[吗呢][。]?\s*$")
# "1. 较大事故": a numbered choice under a question back ("是哪一级的哪位领导？")
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:[、)）]|[.．](?!\d))\s*(.+)$")


def _marked(m: re.Match | None) -> int | None:
    """The number of a list marker (2） -> 2, （三） -> 3), else None."""
    if m is None:
        return None
    n = m.group("a") or m.group("b")
    if n.isdigit():
        return int(n)
    return "一二三四五六七八九十".find(n) + 1 if len(n) == 1 else None


@dataclass
class Unit:
    text: str
    kind: str            # quote / heading / also / option / sentence
    line: int


def units(draft: str) -> list[Unit]:
    out: list[Unit] = []
    for n, raw in enumerate(draft.splitlines()):
        line = raw.strip()
        if not line:
            continue
        m = _QUOTE_LINE.match(raw)
        if m:
            if m.group(1).strip():
                out.append(Unit(m.group(1).strip(), "quote", n))
            continue
        m = _CITE_HEAD.match(line)
        if m:
            out.append(Unit(m.group(1), "heading", n))
            continue
        if _GROUP_HEAD.match(line):
            out.append(Unit(line, "group", n))
            continue
        m = _ALSO.match(line)
        if m:
            out.append(Unit(m.group(1), "also", n))
            continue
        m = _NUMBERED.match(line)
        if m and out and (out[-1].kind == "option" or out[-1].kind == "sentence" and re.search(r"[？?]$", out[-1].text)):
            # a choice offered under a question back: it asserts nothing, but must be one of
            # the rule data's own choices (see `is_choice`)
            out.append(Unit(m.group(1).strip(), "option", n))
            continue
        if line.startswith("可以这样问") or _SYSTEM.match(line):
            out.append(Unit(line, "sentence", n))       # a list of example questions: one unit
            continue
        lead = _MARK_NUMBER.match(line)
        line = _LIST_MARK.sub("", line)
        count = _marked(lead)
        # sentence ends inside a “quote” do not end the sentence
        quoted: list[str] = []
        held = INLINE_QUOTE.sub(lambda m: quoted.append(m.group(0)) or f"\x00{len(quoted) - 1}\x00", line)
        for s in _SPLIT.findall(held):
            s = re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], s)
            inline = _MARK_NUMBER.match(s) if count is not None else None
            if inline is not None and _marked(inline) == count + 1:
                # (r28alarm) "1）…；2）…；3）…": a line's numbered items run on after its ；, each
                # marked as the line was; the marker is no figure of the item
                count, s = count + 1, s[inline.end():]
            # (a piece of punctuation alone, the ） closing a parenthesis whose last sentence ended
            # inside it, asserts nothing: g16alarm)
            if s.strip(" ，,、：:") and re.search(r"\w", s):
                out.append(Unit(s.strip(), "sentence", n))
    return out


# "如需了解各级领导的初步问责方式，您可以继续问我": an offer to answer more; framing when what it
# offers to explain (the topic) carries no claim (see `offer_topic`)
_OFFER = re.compile(r"^(?:如|如果|若)(?:需|需要|想|要)(?:了解|知道|查询|进一步了解)(?P<topic>[^，,。！？!?]{0,24})[，,]?"
                    r"(?:您|你)?(?:可以|可|欢迎)?(?:继续|再)?(?:问我|提问|告诉我|向我提问)[。！!]?$")


def offer_topic(sentence: str) -> str | None:
    """The topic of an offer to answer more, or None when the sentence is not one."""
    m = _OFFER.match(sentence.strip())
    return m.group("topic") if m else None


def is_framing(sentence: str, carries_claim: bool) -> bool:
    """True only for a sentence that asserts nothing (see the module docstring)."""
    if carries_claim:
        return False
    s = sentence.strip()
    if s.startswith("可以这样问") or _SYSTEM.match(s) or re.match(r"^(知识库中)?没有可以回答这个问题的依据", s):
        return True            # a decline, and the example questions offered with it
    if _ABOUT_ASSISTANT.match(s):
        return True            # what the assistant does or needs, not what the sources say
    if _QUESTION_END.search(s):
        return True
    if re.search(r"[:：]$", s) and len(s) <= 30:
        return True
    return bool(_FRAMING.search(s) or _CLOSING.match(s))


def is_choice(option: str, choices: set[str]) -> bool:
    """A choice under a question back is framing only when it is one of the rule data's own
    choices (a role's label or name, a class, a consequence): a question asks nothing of the
    sources, but an invented role offered as a button would still tell the user it exists."""
    return option.strip().rstrip("。；;") in choices
