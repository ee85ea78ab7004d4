"""The subject a statement leaves unsaid: the body that opens a clause of the statement before it,
in the same article (branch reg5).

Chinese drops the subject of a statement that goes on from the one before it: "市统计局应当自收到
举报之日起五个工作日内决定是否受理；决定不受理的，应当书面告知实名举报人并说明理由" — the second
statement's subject is still 市统计局. `aligned` holds each body a clause names to the statement it
restates, so "决定不受理的，市统计局应当书面告知实名举报人" was told 市统计局 is not what that statement
says. A statement that names no body of its own takes the body that stands at the head of a
clause of the statement before it (its subject's place: at its start, or after a comma); a body
named elsewhere in that statement (an object: 向市纪委监委报告) is not inherited, and a body the
statement before does not name is still flagged.
"""
from __future__ import annotations

import re

from . import aligned as AL
from .numerals import arabic
from .sources import bare


def inherits(body: str, unit: "AL.Statement", units: list["AL.Statement"],
             everything: list["AL.Statement"] = ()) -> bool:
    """Whether `body` is the unsaid subject of `unit`: the unit names no body, and the statement
    before it in the same article has `body` at the head of one of its clauses."""
    at = next((i for i, u in enumerate(units) if u is unit), None)
    if unit.item and everything and unit.article is not None and not re.search(AL._BODY_END, unit.text):
        # (the item found among the document's statements: the named ones may hold the item alone)
        at = next((i for i, u in enumerate(everything) if u.article == unit.article
                   and bare(arabic(u.text)) == bare(arabic(unit.text))), None)
        units = everything
        # (g21alarm) an item's subject is its list's opening line's, "乡镇人民政府、街道办事处应当
        # 履行下列职责：": the last statement of the article before the items, ending with its colon
        # (an item's own sub-list, （一）…巡查频次为：1. … 2. …, stands between: the opening is no item)
        opening = next((u for u in reversed(units[:at or 0]) if u.article == unit.article and not u.item
                        and re.search(r"[：:]\s*$", u.text)), None)
        return opening is not None and \
            bool(re.search(rf"(?:^|[，,：:\s]){re.escape(body)}", re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", opening.text.strip())))
    if not at or unit.article is None or units[at - 1].article != unit.article or unit.item:
        return False
    if re.search(AL._BODY_END, unit.text):
        return False
    return bool(re.search(rf"(?:^|[，,：:]){re.escape(body)}", units[at - 1].text.strip()))
