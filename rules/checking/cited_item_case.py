"""A case tied to an item cited by 按 / 依照: "车辆带泥上路的，按第十一条第（一）项追究施工单位" where
带泥上路 is 第十一条's item (二), and "施工单位违反本细则第六条第二款规定的，按第十二条第（四）项追究"
where 第十二条's list opens "建设单位有下列情形之一的".

An item of a list says only a case; the line that opens the list says whose case it is (S有下列情形
之一的). A draft that ties a case to an item by reference (CASE的，按/依照 第N条第（k）项…) is held by
the support test to the item's article, or to whatever article the case's words are in, so a case
moved to a sibling item, or put under another party's list, passes. Read here, for each such
citation: (a) the case (the 的-clause before it, its own subject aside) must not be a sibling's:
when another item of the same list holds most of its content pairs and the cited item (with what
it refers to) little of them, the case is the sibling's; (b) a party the sentence names with the
same head as the list's subject (施工单位 / 建设单位: …单位) must be that subject, or be named in the
item itself. A citation whose list has no such opening, or a case said in few words, is left to
the other readings; this only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare, bigrams

_CITING = re.compile(r"(?:按照|按|依照|依据|根据|适用)(?:本细则|本办法|本规定|本条例)?$")
_ITEM_LINE = re.compile(r"^\s*[（(]([一二三四五六七八九十\d]+)[)）]")
_OPENING = re.compile(r"^\s*(?:第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*)?(?P<subject>[\u4e00-\u9fff（）()]{2,20}?)"
                      r"(?:有|存在|具有)下列")
_PARTY = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:单位|部门|机关|机构|企业|组织|人员|负责人)")
_HEADS = ("单位", "部门", "机关", "机构", "企业", "组织", "人员", "负责人")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将或者未不有")
SHARE = 0.6      # a sibling item holds at least this share of the case's pairs
OWN = 0.25       # ... and the cited item at most this share


def _content(text: str) -> set[str]:
    return {g for g in bigrams(bare(text)) if not set(g) <= _FUNCTION}


def _list_of(text: str, paragraph: int | None, item: int) -> tuple[str, dict[int, str]] | None:
    """The opening line and the items (number → line) of the list holding item `item`."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lists: list[tuple[str, dict[int, str]]] = []
    opening, items = None, {}
    for ln in lines:
        m = _ITEM_LINE.match(ln)
        if m:
            if opening is not None:
                from ..references import cn_int
                try:
                    items[cn_int(m.group(1))] = ln
                except ValueError:
                    continue
        else:
            if opening is not None:
                lists.append((opening, items))
            opening, items = ln, {}
    if opening is not None:
        lists.append((opening, items))
    if paragraph:
        paras = [ln for ln in lines if not _ITEM_LINE.match(ln)]
        if paragraph > len(paras):
            return None
        chosen = [x for x in lists if x[0] == paras[paragraph - 1]]
    else:
        chosen = [x for x in lists if item in x[1]]
    return chosen[0] if len(chosen) == 1 and item in chosen[0][1] else None


def cited_items(sentence: str, before: re.Pattern, window: int, article_text: Callable[[int], str | None]):
    """(the reference, its list's opening line, the list's items by number) for each item of this
    document the sentence cites with `before` in the `window` characters ahead of the reference
    (按 / 依照 here; 属于 / 适用 in sibling_bound.py), where the article's list is found."""
    for ref in find_refs(sentence):
        if not (ref.internal and ref.item) or not before.search(sentence[max(0, ref.start - window):ref.start]):
            continue
        text = article_text(ref.article)
        found = _list_of(text, ref.paragraph, ref.item) if text else None
        if found is not None:
            yield ref, *found


def problems(sentence: str, article_text: Callable[[int], str | None]) -> list[str]:
    for ref, opening, items in cited_items(sentence, _CITING, 6, article_text):
        m = _OPENING.match(opening)
        if not m:
            continue
        subject = bare(m.group("subject"))
        own = items[ref.item]
        # what the item refers to is its case too (违反本细则第六条第二款规定的)
        referred = "".join(t for r in find_refs(own) if r.internal and r.article != ref.article
                           and (t := article_text(r.article)))
        before = sentence[:ref.start]
        cut = before.rfind("的")
        case = before[:cut + 1] if cut >= 0 else ""
        case = re.split(r"[。；;！？]", case)[-1]
        # (b) the party the case opens with, and the one the sentence holds to account after the
        # citation (追究X / 对X), of the list's subject's kind, is that subject (or the item's own)
        head = next((h for h in _HEADS if subject.endswith(h)), None)
        after = bare(sentence[ref.end:])
        parties = [m.group(0) for m in (_PARTY.match(bare(case)),) if m]
        parties += [m.group(1) for m in re.finditer(r"(?:追究|处理|处罚|对)([\u4e00-\u9fff]{2,6}?(?:单位|部门|机关|机构|企业|组织|人员|负责人))", after)]
        for party in parties:
            if head and party.endswith(head) and party != subject and party not in bare(own) \
                    and not party.endswith(subject) and party not in subject:
                return [f"第{ref.article}条第（{ref.item}）项是“{subject}”有下列情形之一的一项，不是{party}的"]
        # (a) the case is a sibling item's
        said = _content(re.sub(re.escape(subject), "", bare(case)))
        if len(said) < 3:
            continue
        mine = len(said & _content(own + referred)) / len(said)
        if mine > OWN:
            continue
        for k, line in items.items():
            if k != ref.item and len(said & _content(line)) / len(said) >= SHARE:
                return [f"“{bare(case)}”是第{ref.article}条第（{k}）项的情形，不是第（{ref.item}）项的"]
    return []


def may_concern(sentence: str) -> bool:
    return "项" in sentence and bool(re.search(r"按|依照|依据|根据|适用", sentence))
