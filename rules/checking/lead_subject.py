"""The subject an item takes from its list's lead: two readings of one fact of a regulation's shape.

1. (branch galarm4) An accountability article lists failures under the body that commits them: "市市场监管局及其工作人员
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

2. (branch g21alarm) The subject of a list's opening line, said with one of its items: "第十条第（四）项要求乡镇、街道
建立巡查台账" where the article reads "乡镇人民政府、街道办事处应当履行下列职责：…（四）建立巡查台账".

Why: the item's line has no subject; its article's opening line gives every item one (X应当履行
下列职责：). A sentence that cites the item and names that subject before the item's act says what
the article says, and held to the item's line alone the subject reads as words the item lacks.

Read here: after the item's citation (第N条第（k）项 + 要求 / 规定 / 明确), the run of names the
opening line puts before its modal word, each member of the sentence's run a shortening of one
of the opening's members (乡镇 of 乡镇人民政府, 区政府 of 区人民政府: its characters in order,
the first the same), goes from the sentence read for novel words. A name the opening does not
give (区政府 for 乡镇人民政府、街道办事处) stays, and so does everything after the run.
"""
from __future__ import annotations

import re

#  a list's item marker: （二）, 2. / 2、, 二、
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


# --- the lead's subject said after an item's citation (branch g21alarm) ---
_N = r"[零一二两三四五六七八九十百\d]+"
# the item's citation at the sentence's start, and the verb that says what it asks of whom
_CITED = re.compile(rf"^(?:本(?:办法|规定|条例|细则))?第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十]+[)）]项?"
                    r"(?:规定|要求|明确|写明)?(?:了)?[，,：:]?")
# the opening line's subject: the names before its first comma or modal word
_OPENING = re.compile(rf"^\s*(?:第{_N}条(?:之[一二三四五六七八九十]+)?\s*)?(?P<s>[\u4e00-\u9fff、（）()]{{2,40}}?)"
                      r"(?=[，,]|应当|应|须|必须|负责|可以|有下列|履行下列)")
_JOIN = re.compile(r"、|以及|和|及|或者|与")


def _members(opening: str) -> list[str]:
    """The names of the opening line's subject (乡镇人民政府, 街道办事处), else []."""
    m = _OPENING.match(opening)
    if not m or "下列" not in opening:
        return []
    return [x for x in _JOIN.split(m.group("s")) if len(x) >= 2]


def _shortening(name: str, member: str) -> bool:
    """Whether `name` is `member` shortened: its first character, the rest in order."""
    if not name or name[0] != member[0]:
        return False
    rest = iter(member)
    return all(c in rest for c in name)


def _one_name(text: str, members: list[str]) -> int:
    """The length of the longest name at the start of `text` that shortens a member (0: none)."""
    best = 0
    for member in members:
        n = 0
        while n < len(text) and _shortening(text[:n + 1], member):
            n += 1
        best = max(best, n if n >= 2 else 0)
    return best


# an item's citation anywhere in the sentence (建设单位应当…备案（第十一条第（三）项）)
_ITEM_CITED = re.compile(rf"第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十]+[)）]")
# a leading clause that cites an item and says where it points (第十五条第（三）项指向第六条第（二）项：)
_CITING_CLAUSE = re.compile(rf"^[^，,。；;：:]*?第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十]+[)）]项?[：:]")


def _subject_start(sentence: str) -> int | None:
    """Where the run of the lead's names may stand: after the item's citation at the sentence's
    start (第十条第（四）项要求乡镇…), after a leading clause that cites an item and ends in a colon,
    or at the sentence's start when it cites the item elsewhere (建设单位应当…（第十一条第（三）项）);
    None when the sentence cites no item."""
    cited = _CITING_CLAUSE.match(sentence) or _CITED.match(sentence)
    if cited is not None:
        return cited.end() if cited.end() < len(sentence) else None
    return 0 if _ITEM_CITED.search(sentence) else None


def without_subject(sentence: str, lead: str) -> str:
    """The sentence without the lead's subject said with the item's citation (after it, or at the
    head of a sentence that cites it), else unchanged."""
    start = _subject_start(sentence)
    if start is None:
        return sentence
    openings = [x for x in lead.splitlines() if re.search(r"[：:]\s*$", x)]
    members = [m for o in openings for m in _members(o)]
    if not members:
        return sentence
    at = start
    while True:
        n = _one_name(sentence[at:], members)
        if not n:
            break
        at += n
        joint = _JOIN.match(sentence, at)
        if joint is None or not _one_name(sentence[joint.end():], members):
            break
        at = joint.end()
    if at == start:
        return sentence
    # (the lead's modal word after the subject is the opening's too: 乡镇人民政府应当建立…)
    modal = re.match(r"应当|应|须|必须", sentence[at:])
    if modal and any(modal.group(0) in o for o in openings):
        at += modal.end()
    return sentence[:start] + sentence[at:]
