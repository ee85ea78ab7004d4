"""How many paragraphs (款) an article has: "第三条分四款：", "第二十七条共有三款", and how many
items (项, or 档 of a graded list) one paragraph lists: "第十四条第一款的三档", "第六条第一款列了五项".

The item reader (`claims.item_counts`) counts an article's items; a count of 款 was read there as a
count of items, which an article of paragraphs without items does not have, so the sentence found
no verdict and was judged by its words (nothing). Here the count is held to the article's own
lines: its paragraphs are its lines that are no item （一）（二）…, a paragraph's items the item lines
that follow it. The sentence is accounted for only when nothing but the count (and a colon that
opens the list) is left; a wrong count fails whatever else the sentence says."""
from __future__ import annotations

import re
from typing import Callable

from . import paragraph_lines
from .claims import Verdict
from ..references import cn_int

_NUM = r"[零一二两三四五六七八九十百\d]+"
_VERB = r"(?:共|一共|总共)?(?:分为|分成|分|有|包括|包含|含|由)?"
# 第三条分四款 / 第二十七条共有三款 (no 第 before the count: 第三条第二款 names a paragraph)
_PARAS = re.compile(rf"第({_NUM})条{_VERB}({_NUM})款")
# 第十四条第一款的三档 / 第六条第一款列了五项
_ITEMS = re.compile(rf"第({_NUM})条第({_NUM})款(?:的|{_VERB}|列了|列有|列出了?)({_NUM})(项|档|种|类)")
_ITEM_LINE = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
_LEFT = re.compile(r"[\s：:，,。；;]")


def _paragraphs(text: str) -> list[list[str]]:
    """The article's paragraphs, each with the item lines that follow it."""
    return [lines[:1] + [x for x in lines[1:] if _ITEM_LINE.match(x)] for lines in paragraph_lines.paragraphs(text)]


def _tiers(paragraph: str) -> int:
    """The tiers of a paragraph written as conditions between semicolons (…的，给予…；…的，给予…):
    their number when there are two or more and each is one, else 0."""
    parts = [x for x in re.split(r"[；;]", paragraph) if x.strip(" 。")]
    if len(parts) < 2 or not all(re.search(r"的[，,]", x) for x in parts):
        return 0
    return len(parts)


def states_paragraphs(sentence: str) -> bool:
    """Whether the sentence counts an article's paragraphs (第三条分四款), which `claims.item_counts`
    must not read as a count of its items."""
    return "款" in sentence and bool(_PARAS.search(sentence))


def counts(sentence: str, article_text: Callable[[int], str]) -> list[Verdict]:
    """Each count of an article's paragraphs or of a paragraph's items the sentence states."""
    if "款" not in sentence:
        return []
    out: list[Verdict] = []
    left = sentence
    for m in _PARAS.finditer(sentence):
        n, k = cn_int(m.group(1)), cn_int(m.group(2))
        paras = _paragraphs(article_text(n))
        if not paras or not k:
            continue
        have = len(paras)
        out.append(Verdict(have == k, f"第{m.group(1)}条共{have}款" if have == k else
                           f"第{m.group(1)}条共{have}款，不是{k}款。"))
        left = left.replace(m.group(0), "", 1)
    for m in _ITEMS.finditer(sentence):
        n, p, k = cn_int(m.group(1)), cn_int(m.group(2)), cn_int(m.group(3))
        paras = _paragraphs(article_text(n))
        if not paras or not p or not k or p > len(paras):
            continue
        have = len(paras[p - 1]) - 1
        if not have and m.group(4) == "档":
            # a graded paragraph without item lines: its tiers are its conditional clauses
            # between semicolons ("造成…的，给予…；未造成…的，给予…", alarms16)
            have = _tiers(paras[p - 1][0])
        if not have and m.group(4) not in "项档":
            continue                     # 第十条第二款列了四种: a list in words, read by `claims.listing`
        out.append(Verdict(have == k, f"第{m.group(1)}条第{m.group(2)}款列有{have}项" if have == k else
                           f"第{m.group(1)}条第{m.group(2)}款列有{have}项，不是{k}项。" if have else
                           f"第{m.group(1)}条第{m.group(2)}款不分项。"))
        left = left.replace(m.group(0), "", 1)
    whole = not _LEFT.sub("", left)
    return [Verdict(v.ok, v.message, whole=whole and v.ok) for v in out]


# (r27alarm) the article's shape said without a count: "第四条不分项", "第四条只有一段话", "没有第（四）项"
_NO_ITEMS = re.compile(rf"第({_NUM})条(?:本身)?(?:并|也|都)?(?:不分项|没有分项|没分项|没有列项|不列项|没有(?:任何)?(?:项|分项)(?=[，,。；;]|$))")
_NO_PARAS = re.compile(rf"第({_NUM})条(?:本身)?(?:并|也|都)?(?:不分款|没有分款|没分款)")
_ONE_PARA = re.compile(rf"第({_NUM})条(?:本身)?(?:只有|仅有|就|只是|只)(?:一|1)(?:段话?|款|个段落)")
# "没有第（四）项": an item number denied, of the article named before it in the sentence
_NO_ITEM_N = re.compile(rf"(?:没有|并没有|没|不存在|无)第?[（(]({_NUM})[)）]项")


def _item_total(paras: list[list[str]]) -> int:
    return sum(len(p) - 1 for p in paras)


def shape(sentence: str, article_text: Callable[[int], str]) -> tuple[list[Verdict], str]:
    """Verdicts on an article's shape the sentence states (no items, no paragraphs, one
    paragraph, no item numbered so), and the sentence without those phrases."""
    out: list[Verdict] = []
    left = sentence
    for pattern, test, said in ((_NO_ITEMS, lambda ps: _item_total(ps) == 0, "不分项"),
                                (_NO_PARAS, lambda ps: len(ps) == 1, "不分款"),
                                (_ONE_PARA, lambda ps: len(ps) == 1, "只有一款")):
        for m in pattern.finditer(sentence):
            paras = _paragraphs(article_text(cn_int(m.group(1))))
            if not paras:
                continue
            ok = test(paras)
            out.append(Verdict(ok, f"第{m.group(1)}条{said}" if ok else
                               f"第{m.group(1)}条共{len(paras)}款、{_item_total(paras)}项，不是{said}。"))
            left = left.replace(m.group(0), "", 1)
    for m in _NO_ITEM_N.finditer(sentence):
        arts = re.findall(rf"第({_NUM})条(?!第)", sentence[:m.start()])
        if not arts:
            continue
        n, k = arts[-1], cn_int(m.group(1))
        paras = _paragraphs(article_text(cn_int(n)))
        if not paras or not k:
            continue
        have = max((len(p) - 1 for p in paras), default=0)
        ok = k > have
        out.append(Verdict(ok, f"第{n}条没有第（{m.group(1)}）项" if ok else f"第{n}条有第（{m.group(1)}）项。"))
        left = left.replace(m.group(0), "", 1)
    return out, left
