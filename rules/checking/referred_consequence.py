"""An item whose list sends its consequence to another article, read with what that article says of it.

"接到停止开放通知后仍继续开放的（第14条第（六）项），除了罚3万元以上5万元以下，还要责令停业整顿":
the case is 第14条's item (六), whose list opens "经营单位有下列情形之一的，依照本办法第15条追究责任：";
the fine is in 第15条, which names the item back: "有第（六）项情形的，处3万元以上5万元以下罚款，并
责令停业整顿". Held to the item it cites, the sentence's fine is nowhere; read under its opening
(item_opening.py) it only gains "依照本办法第15条追究责任". Read here: when the opening's consequence
is only a reference to another article (依照 / 按照 … 第N条 …), and that article names the cited
article, the statements of it (cut at 。 and ；) that name the item's number (第（六）项, or a range
that holds it: 第（三）项至第（五）项) are read with the item, and nothing else of that article: the
fine of another item stays another item's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..references import cn_int
from . import item_opening as IO
from . import item_range as IR
from .sources import SourceSet, SourceText

_SENT_TO = re.compile(r"(?:依照|按照|依据|根据)(?:本办法|本规定|本条例|本细则)?第(?P<n>[零一二两三四五六七八九十百\d]+)条")
_MARK = re.compile(r"^\s*[（(](?P<k>[一二三四五六七八九十]+)[)）]")
_ITEM_REF = re.compile(r"第[（(](?P<k>[一二三四五六七八九十]+)[)）]项")


def _number(n: str) -> int:
    return int(n) if n.isdigit() else cn_int(n)


def read_with_consequence(p: SourceText, sources: SourceSet) -> SourceText | None:
    """The item passage `p` read with its opening line and with the statements of the article the
    opening sends its consequence to that name the item; None when there are none."""
    if "#" not in p.id or not p.article:
        return None
    line = IO.opening_of(p, sources)
    mark = _MARK.match(p.text)
    if line is None or mark is None or IO.excluded(p, sources):
        return None
    consequence = IO.parts(line)[1]
    sent = _SENT_TO.search(consequence)
    if sent is None or _number(sent.group("n")) == p.article:
        return None
    target = sources.article(_number(sent.group("n")), p.doc_id)
    if target is None:
        return None
    # the other article names the cited one, so its bare items are the cited article's
    own = {str(p.article)} | ({n for n in re.findall(r"第([零一二两三四五六七八九十百\d]+)条", target.text)
                               if _number(n) == p.article})
    if not any(f"第{n}条" in target.text for n in own):
        return None
    k = cn_int(mark.group("k"))
    said = [s.strip() for s in re.split(r"[。；;\n]", target.text)
            if k in {cn_int(x) for x in _ITEM_REF.findall(s)} | set(IR.numbers(s))]
    if not said:
        return None
    case = IO._ITEM_LINE.sub("", p.text.strip()).rstrip("；;。 ")
    return replace(p, text="\n".join([f"{line}{case}。"] + [s + "。" for s in said]))


# a list's first member after its lead's colon, citing an item of its own: 两种情况：一是…（第14条第（六）项）…；
_MEMBER_CITE = re.compile(r"[：:][^：:]*第[零一二两三四五六七八九十百\d]+条[^：:]*?第?[（(][一二三四五六七八九十]+[)）]项?")


def member_cites_item(text: str) -> bool:
    """Whether the words after a lead's colon cite an item of their own while the lead before the
    colon names no article: the item is that member's, not the list's article (the members after
    it are other cases, held each to its own provision)."""
    m = re.search(r"[：:]", text)
    return m is not None and "第" not in text[:m.start()] and bool(_MEMBER_CITE.search(text))
