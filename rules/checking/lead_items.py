"""Each item of a list held to the one article its lead names (branch `r17miss`).

"第二条列了五类：A；B；C；D；E。" or a lead "第二条所称党政领导干部包括：" over list lines: the lead
says that the items are that article's. The support test finds each item wherever the index has
it, so an item taken from another document ("社区工作站站长", which a paper on the regulation
names) passed as one of the article's own. Read here, after the draft is judged: the items are the
units after the lead on its own line (cut at ；, the lead's first item sharing its unit) or, when
the lead ends at its colon, the list lines right below it. An item verified by a passage that is
not the lead's article, which shares under HELD of the item's content pairs with that article, is
not the article's: the sentence is unsupported. An item that names an article of its own, or that
the article holds (however worded), is left as it was; the reading only ever turns a verified item
into an unsupported one.

(wmiss10) An article with two lists, each under its own lead ("有下列情形之一的，可以从轻或者减轻追究：
1.…" and "有下列情形之一的，免予追究：1.…"): a draft lead that restates one of them (clearly more of its
words than the other's) holds its items to that list. An item that is plainly another list's item
(most of its words there, few in any item of its own list) is the other lead's case given this
lead's consequence: the two lists' consequences swapped. And an item line that is no join of
several (no 、 和 及 与 并) but says most of one item and a word of another item the first lacks
(办理全市渣土运输核准: 全市渣土运输 of one item, 核准 of another that only supervises it) puts two
items' words into one duty the list does not give.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare, content_pairs
from .support import coverage

_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将或者应当按对")

HELD = 0.5          # an item sharing less than this of its content pairs with the lead's article
_COLON = re.compile(r"[：:]")
_REF = re.compile(r"(?:根据|依照|按照|按)?(?:本办法|本规定|本条例|本细则)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十百\d]+款)?(?:规定)?[，,]?")
_ITEM = re.compile(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|[①-⑳])")
LEAD_MARGIN = 0.15  # how much more of the draft lead's words one text lead must hold than any other
OTHERS = 0.7        # an item this much in another list's item, and under HELD in its own list's


def _lists(body: str) -> list[tuple[str, list[str]]]:
    """The article's lists: each lead line ending with a colon and the item lines right under it."""
    out: list[tuple[str, list[str]]] = []
    for line in (x.strip() for x in body.splitlines()):
        if not line:
            continue
        if _ITEM.match(line) and out and out[-1][1] is not None:
            out[-1][1].append(line)
        elif re.search(r"[：:]$", line):
            out.append((line, []))
        elif out and out[-1][1]:
            out.append(("", None))                 # type: ignore[arg-type]  # a paragraph closes the list
    return [(lead, items) for lead, items in out if lead and items]


_JOINED = re.compile(r"[、，,]|和|及|与|并|以及|或")
SPREAD_OWN = 0.8    # an item under this much in its best item of the list may hold another's word


def spread_item(lead: str, item: str, body: str) -> str | None:
    """Why a single-duty item line joins the words of two items of the article's one list."""
    lists = _lists(body)
    if len(lists) != 1 or _JOINED.search(item.strip().rstrip("。；;")):
        return None
    head, items = lists[0]
    ranked = sorted(((coverage(item, x), x) for x in items), reverse=True)
    own_cov, own = ranked[0]
    if own_cov < HELD or own_cov >= SPREAD_OWN:
        return None
    missing = {g for g in content_pairs(item, _FUNCTION) if g not in bare(own) and g not in bare(head)
               and g not in bare(lead)}
    for _, other in ranked[1:]:
        if (words := [g for g in missing if g in bare(other)]):
            return f"“{item.strip()[:20]}”把两项的内容合成了一项（“{words[0]}”出自另一项：{other.strip()[:20]}）"
    return None


def swapped_lists(lead: str, item: str, body: str) -> str | None:
    """Why an item under a lead restating one of the article's lists is another list's item."""
    lists = _lists(body)
    if len(lists) < 2:
        return None
    mine = _REF.sub("", lead)
    ranked = sorted(((coverage(mine, l), k) for k, (l, _) in enumerate(lists)), reverse=True)
    if ranked[0][0] < HELD or ranked[0][0] - ranked[1][0] < LEAD_MARGIN:
        return None
    own = ranked[0][1]
    if max(coverage(item, x) for x in lists[own][1]) >= HELD:
        return None
    for k, (other, items) in enumerate(lists):
        if k != own and max(coverage(item, x) for x in items) >= OTHERS:
            return f"“{item.strip()[:20]}”是“{other.rstrip('：:')}”所列的情形，不是“{lists[own][0].rstrip('：:')}”的"
    return None


def misplaced(texts: list[str], verdicts: list[str], supports: list[str], lines: list[int],
              list_line: Callable[[int], bool],
              article_of: Callable[[str], tuple[str, str] | None]) -> list[tuple[int, str]]:
    """(index, why) of each verified item that is not in the article its list lead names.
    `article_of(lead)`: (label, text) of the one article the words before a colon name, else None."""
    out: list[tuple[int, str]] = []
    for i, text in enumerate(texts):
        m = _COLON.search(text)
        if m is None or i + 1 >= len(texts):
            continue
        lead, rest = text[:m.start()], text[m.end():].strip()
        if len([r for r in find_refs(lead) if r.article]) != 1:
            continue
        held = article_of(lead)
        if held is None:
            continue
        label, body = held
        items: list[int] = []
        if rest:
            if not re.search(r"[；;]\s*$", rest):
                continue                  # (a sentence after a colon, not the first of a series)
            for j in range(i + 1, len(texts)):
                if lines[j] != lines[i]:
                    break
                items.append(j)
                if not re.search(r"[；;]\s*$", texts[j]):
                    break
        else:
            for j in range(i + 1, len(texts)):
                if lines[j] != lines[j - 1] + 1 and lines[j] != lines[j - 1] or not list_line(lines[j]):
                    break
                items.append(j)
        for j in items:
            if verdicts[j] != "verified" or any(r.article for r in find_refs(texts[j])):
                continue
            if why := swapped_lists(lead, texts[j], body) or spread_item(lead, texts[j], body):
                out.append((j, why))
                continue
            if not supports[j].startswith("《") or supports[j].startswith(label) or label in supports[j]:
                continue
            if coverage(texts[j], body) < HELD:
                out.append((j, f"所列的“{texts[j].strip()[:20]}”不在{label}中（出自{supports[j]}）"))
    return out
