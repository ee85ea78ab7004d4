"""The subject an item takes from its list's lead (branch galarm4).

An accountability article lists failures under the body that commits them: "市市场监管局及其工作人员
有下列情形之一的，应当追究责任：（二）对区县监管局报告的重大事故隐患，未在收到报告之日起三个工作日内
实施挂牌督办的". The one who failed to act in item (二) is 市市场监管局, though the item never names it.
`aligned` holds each body a clause names to the statement it restates, and a passage cited by its
item holds the item alone, so "市市场监管局应当在收到报告之日起三个工作日内实施挂牌督办" was told
市市场监管局 is not what the item says.

A body is the item's subject when the item's lead, the nearest line above it in the document that is
no item, opens with that body and makes it the subject of the list (X有下列情形之一的, X及其工作人员
有下列…), and no clause of the item opens with a body of its own. A body the item names as its
object (对区县监管局报告的) is no subject of it and gives nothing; a lead that names its body as the
one who decides (由X追究, 有下列情形之一的，X应当…) gives none; another body still fails.
"""
from __future__ import annotations

import re

# a list's item marker: （二）, 2. / 2、, 二、
_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[一二三四五六七八九十]+、)")
# the article's label before the lead's words
_LABEL = r"\s*(?:第[一二三四五六七八九十百\d]+条\s*)?"
# what makes the opening body the list's subject
_SUBJECT_OF_LIST = r"(?:及其[\u4e00-\u9fff]{0,8}人员)?(?:有|存在)下列"
# an item clause that opens with a preposition: the body after it is its object, not its subject
_PREPOSED = re.compile(r"^(?:对|向|由|经|在|自|与|将|按|依|给|为|把|被|从)")


def _body_end() -> str:
    """How a body's name ends, as `aligned` reads bodies (imported late: aligned imports this)."""
    from . import aligned as AL
    return AL._BODY_END


def _at(item: str, lines: list[str]) -> int | None:
    """The index of the item line that holds `item` (an item, or one statement of it)."""
    return next((i for i, line in enumerate(lines) if item.strip() and item.strip() in line and _ITEM.match(line)), None)


def _line(item: str, doc_text: str) -> str | None:
    """The whole item line that holds `item`."""
    lines = doc_text.splitlines()
    at = _at(item, lines)
    return None if at is None else lines[at]


def lead_of(item: str, doc_text: str) -> str | None:
    """The line above the item's line in the document that is no item: its list's lead."""
    lines = doc_text.splitlines()
    at = _at(item, lines)
    if at is None:
        return None
    for line in reversed(lines[:at]):
        if line.strip() and not _ITEM.match(line):
            return line         # (blank lines between items, as some documents have, are skipped)
    return None


def inherits(body: str, clause: str, item: str, doc_text: str) -> bool:
    """Whether `body`, the subject of the draft's `clause` (at its head, or after a comma), is the
    subject the lead of `item` (an item's text) gives its list, and no clause of the item opens
    with a body of its own. A body the clause names in
    another place (收到X报告) is not the subject it would take, and is left flagged."""
    if not re.search(rf"(?:^|[，,：:；;]|由)\s*{re.escape(body)}", clause):
        return False             # (由X is its agent too: 挂牌督办由X负责)
    line = _line(item, doc_text)
    if line is not None and re.match(_ITEM.pattern + r"\s*" + re.escape(body) + r"[：:]", line):
        return True             # (an item labelled by its body: （一）市市场监管局：…；对…实施挂牌督办；)
    lead = lead_of(item, doc_text)
    if lead is None or not re.match(_LABEL + re.escape(body) + _SUBJECT_OF_LIST, lead):
        return False
    for clause in re.split(r"[，,；;]", _ITEM.sub("", item.strip())):
        clause = clause.strip()
        if not _PREPOSED.match(clause) and re.match(rf"[^，,。]{{0,12}}?{_body_end()}", clause):
            return False
    return True


def lead_body(lead: str) -> str | None:
    """The body a list's lead makes the subject of its items (市市场监管局 of "第十二条 市市场监管局
    及其工作人员有下列情形之一的，…："), or None."""
    first = lead.strip().splitlines()[0] if lead.strip() else ""
    m = re.match(_LABEL + rf"(?P<body>[\u4e00-\u9fff（）()]{{2,20}}?{_body_end()}){_SUBJECT_OF_LIST}", first)
    return m.group("body") if m else None


def with_subject(sentence: str, text: str, lead: str) -> str:
    """The item's text with the subject its lead gives it, when the sentence names that body at the
    head of a clause (the item's words said of their subject); else the text unchanged. Only the
    body's name is added: none of the lead's other words supports the sentence."""
    body = lead_body(lead) if lead else None
    if body is None or body in text or not re.search(rf"(?:^|[，,：:；;])\s*{re.escape(body)}", sentence):
        return text
    return text + "\n" + body
