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
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .support import coverage

HELD = 0.5          # an item sharing less than this of its content pairs with the lead's article
_COLON = re.compile(r"[：:]")


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
            if not supports[j].startswith("《") or supports[j].startswith(label) or label in supports[j]:
                continue
            if coverage(texts[j], body) < HELD:
                out.append((j, f"所列的“{texts[j].strip()[:20]}”不在{label}中（出自{supports[j]}）"))
    return out
