"""A case of a list said with a consequence the list does not give it: "擅自占压排水设施的，按第十三条第
（一）项不予追究" where 第十三条 reads "有下列情形之一的，应当追究责任：（一）擅自占压、拆除、改动排水设施的",
and "这种情形应当从重追究责任" after a sentence that named 第十九条's "主动挽回全部或者大部分损失的"
(whose list is "可以从轻或者减轻追究责任").

Why: an item of such a list says only its case; what follows the case is its lead's ("…之一的，X：").
A sentence that puts another consequence after the case (the item's own words, or a demonstrative
subject, 这种情形 / 这类行为 / 上述情形, standing for the case the sentence or the sentence before
names) passes the support test on the article that has those words for other cases (第二十条's
从重追究) or on the item's own words, since the lead is not in the item's passage.

Read here: the case is the clause ending in 的 before the predicate (or, after a demonstrative
subject, the case clause of the text before it in the sentence, else of the sentence before),
placed at the one item of a "下列情形之一的，X：" list that holds most of its character pairs
(PLACED, and clearly ahead of any other item). The predicate, its references, modal and
connecting words aside, agrees with the case when its pairs are in the lead's consequence, in what
the item itself says after its case, or in a paragraph that speaks of that item (前款…, 第M条第（N）项
in another article), with the same parity of negations. When it agrees with none and says the
consequence of another such list of the document (第二十条's 从重追究, 第十八条's 不予追究), it gives the
case the consequence of other cases: flagged. A predicate of no other list's (才追究, 追究运营单位责任)
is left to other readings. (g18miss) A predicate that says the lead's own consequence with the other
parity of negations (可以不追究责任 for 应当追究责任) denies the case what its list gives it: flagged
too. Items numbered 1. / 1、 / 一、 are items as （一） is, and 追究责任 is read as the act 追究
(第十二条's 从重追究 beside a sentence's 从重追究责任). A case with 前款 / 情形 of its own, or not placed, is left to other readings.

And a case that opens with 但 ("但该决定明显违法的，也可以免予追究") is placed at the exception of an item
(…，但是该决定明显违法的除外; EXCEPTED of its pairs, more than the item's own case holds): a predicate
with the lead's act and the lead's parity of negations gives the excepted case what the text
denies it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import paragraph_lines
from . import bare_exemption as wing2_BE
from ..references import cn_int
from .situation_anaphor import _ANAPHOR
from .sources import SourceText, bare, bigrams

PLACED = 0.6              # share of the case's pairs the item must hold
AHEAD = 0.15              # by how much it must lead the next item
AGREES = 0.8              # share of the predicate's pairs a text must hold
_LEAD = re.compile(r"(?:有)?(?:下列|以下)(?:情形|行为|情况)之一的[，,]?(?P<c>.+?)[：:]\s*$")
# an item's mark: （一）, or (g18miss) 1. / 1、 / 一、 where a regulation numbers its items so
_ITEM_MARK = re.compile(r"^\s*(?:[（(](?P<n>[一二三四五六七八九十]+)[)）]|(?P<d>\d+)[.．、]|(?P<c>[一二三四五六七八九十]+)、)")
_REF = re.compile(r"(?:按照?|依照|依据|根据|适用)?(?:《[^》]*》|本办法|本规定|本细则|本条例)?"
                  r"(?:第[零一二两三四五六七八九十百\d]+条)?(?:第[零一二两三四五六七八九十百\d]+款)?"
                  r"(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?(?:的?规定)?")
# modal and connecting words, and the frame 属于…的情形 (the case said to be of the lead's kind)
_FILLER = re.compile(r"应当|应|必须|可以|可|需要|要|会|将|仍然|仍|也|就|都|一律|予以(?=追究|处理)|依法|对其|其|属于|的|"
                     r"(?<=追究)责任|"       # (g18miss) 追究责任 is the act 追究 (从重追究 beside 从重追究责任)
                     r"情形|情况|之一|范围|是")
_NEGATION = re.compile(r"不(?!仅|但|论|管|同|断)|未|没|无(?!论)|免予|免于")
_OWN_CASE = re.compile(r"但|前款|情形|情况|上述|这种|这类|该")
_CLAUSE_END = re.compile(r"[，,；;。！!？?\n]")


@lru_cache(maxsize=1 << 12)
def _pairs(text: str) -> frozenset[str]:
    return bigrams(_FILLER.sub("", text))


def _parity(text: str) -> bool:
    return len(_NEGATION.findall(text)) % 2 == 1


@lru_cache(maxsize=64)
def _items(texts: tuple[SourceText, ...]) -> list[tuple[SourceText, str, str, int, str]]:
    """(passage, the lead's consequence, the item line, its number, the paragraphs that speak of it)
    of every "下列情形之一的，X：" list of the passages."""
    out = []
    for p in texts:
        paras = paragraph_lines.paragraphs(p.text)
        for k, lines in enumerate(paras):
            m = _LEAD.search(lines[0])
            if not m or len(lines) < 2:
                continue
            others = ["".join(x) for j, x in enumerate(paras) if j != k]
            for line in lines[1:]:
                n = _ITEM_MARK.match(line)
                if n is None:
                    continue
                num = cn_int(n.group("n") or n.group("d") or n.group("c"))
                out.append((p, m.group("c"), line, num, "\n".join(others)))
    return out


@lru_cache(maxsize=256)
def _referring(p: SourceText, num: int, texts: tuple[SourceText, ...]) -> list[str]:
    """The paragraphs of other articles that name the item's article (and its item, when one)."""
    if p.article is None:
        return []
    out = []
    for q in texts:
        if q.article == p.article:
            continue
        for line in q.text.splitlines():
            for m in _CITED.finditer(line):
                if cn_int(m.group(1)) == p.article and (m.group(2) is None or cn_int(m.group(2)) == num):
                    out.append(line)
                    break
    return out


_N = r"[零一二两三四五六七八九十百\d]+"
_CITED = re.compile(rf"第({_N})条(?:第{_N}款)?(?:第?[（(]({_N})[)）]项?)?")


def _place(case: str, items: list, cited: str) -> tuple | None:
    """The item the case restates, among those `cited` names when it names any."""
    refs = [(cn_int(m.group(1)), cn_int(m.group(2)) if m.group(2) else None) for m in _CITED.finditer(cited)]
    if refs:
        items = [it for it in items if any(it[0].article == a and n in (None, it[3]) for a, n in refs)]
    mine = _pairs(_REF.sub("", case))
    if len(mine) < 3:
        return None
    scored = sorted(((len(mine & bigrams(it[2])) / len(mine), i) for i, it in enumerate(items)), reverse=True)
    if not scored or scored[0][0] < PLACED or len(scored) > 1 and scored[0][0] - scored[1][0] < AHEAD:
        return None
    return items[scored[0][1]]


def _agrees(pred: str, text: str) -> bool:
    """Whether a clause of `text` holds the predicate's pairs with its parity."""
    mine = _pairs(pred)
    for c in _CLAUSE_END.split(text):
        if mine and len(mine & _pairs(c)) / len(mine) >= AGREES and _parity(c) == _parity(pred):
            return True
    return False


def _denied(pred: str, lead: str) -> bool:
    """(g18miss) The predicate says the lead's consequence with the other parity of negations
    ("可以不追究责任" for the lead's 应当追究责任): the case is denied what its list gives it."""
    mine = _pairs(_NEGATION.sub("", pred))
    return bool(mine) and len(mine & _pairs(_NEGATION.sub("", lead))) / len(mine) >= AGREES and \
        _parity(pred) != _parity(lead)


def _case_before(text: str) -> str:
    """The case a text names: its clauses up to the last one ending in 的 (a clause of references
    alone, 根据第十八条第（三）项, aside)."""
    parts = [c for c in _CLAUSE_END.split(text) if bare(_REF.sub("", c))]
    k = max((i for i, c in enumerate(parts) if _REF.sub("", c).strip().endswith("的")), default=None)
    return "，".join(parts[:k + 1]) if k is not None else ""


def problems(sentence: str, previous: str, texts: list[SourceText]) -> list[str]:
    """The sentence gives a case of a list a consequence its lead does not."""
    s = sentence.strip().rstrip("。！!；;")
    a = _ANAPHOR.search(s)
    if a is not None:
        case = _case_before(s[:a.start()])
        cited = s[:a.start()] if case else previous
        case = case or _case_before(previous)
        pred = s[a.end():]
    else:
        parts = [c for c in _CLAUSE_END.split(s)]
        k = max((i for i, c in enumerate(parts[:-1]) if _REF.sub("", c).strip().endswith("的")), default=None)
        if k is None:
            return []
        case, pred, cited = _case_before("，".join(parts[:k + 1])), "，".join(parts[k + 1:]), s
        if len(parts) - k > 2:
            return []         # (one clause of consequence: a longer tail is other readings')
    if case and (m := _BUT.match(case)):
        return _excepted(case[m.end():], _REF.sub("", pred), _items(tuple(texts)))
    if not case or _OWN_CASE.search(case):
        return []
    pred = _REF.sub("", pred)
    bare_exempt = wing2_BE.is_bare(pred)
    if len(_pairs(pred)) < 2 and not bare_exempt:
        return []
    items = _items(tuple(texts))
    got = _place(case, items, cited) if items else None
    if got is None:
        return []
    p, lead, line, num, others = got
    after = "，".join(_CLAUSE_END.split(_ITEM_MARK.sub("", line))[1:])
    if bare_exempt:        # (wing2) a bare 免: agrees only with a denial of the act (bare_exemption.py)
        mark = f"（{'一二三四五六七八九十'[num - 1]}）" if 0 < num <= 10 else f"（{num}）"
        speaking = [t for t in others.split("\n") if mark in t or f"({mark[1:-1]})" in t]
        for t in [lead, after, *speaking, *_referring(p, num, tuple(texts))]:
            if any(_parity(c) and wing2_BE.exempts(c) for c in _CLAUSE_END.split(t or "")):
                return []
        return [f"“{bare(case)[:30]}”是第{p.article}条所列情形，原文对这类情形的规定是“{lead}”，"
                f"不是“{bare(pred)}”"]
    for t in [lead, after, others, *_referring(p, num, tuple(texts))]:
        if t and _agrees(pred, t):
            return []
    if _denied(pred, lead):
        return [f"“{bare(case)[:30]}”是第{p.article}条所列情形，原文对这类情形的规定是“{lead}”，"
                f"不是“{bare(pred)}”"]
    borrowed = next((it for it in items if it[1] != lead and _agrees(pred, it[1])), None)
    if borrowed is None:
        return []         # (a consequence of no other list: other readings hold it)
    return [f"“{bare(case)[:30]}”是第{p.article}条所列情形，原文对这类情形的规定是“{lead}”；"
            f"“{bare(pred)}”是第{borrowed[0].article}条对另一些情形的规定"]


_BUT = re.compile(r"^\s*(?:但是|但|不过|可是)")
_EXCEPTION = re.compile(r"但(?:是)?(?P<e>[^，,；;。]+?)的?除外")
_THAT = re.compile(r"^(?:该|这个|这一|此)")
EXCEPTED = 0.4            # share of the case's pairs the item's exception must hold


def _excepted(case: str, pred: str, items: list) -> list[str]:
    """"但X的，也可以免予追究": X the exception of an item (…，但是X的除外) given the lead's consequence,
    which the text denies it."""
    mine = _pairs(_THAT.sub("", case.strip()))
    if len(mine) < 3 or len(_pairs(pred)) < 2:
        return []
    scored = []
    for it in items:
        m = _EXCEPTION.search(it[2])
        if m is None:
            continue
        own = len(mine & _pairs(m.group("e"))) / len(mine)
        rest = len(mine & _pairs(it[2][:m.start()])) / len(mine)
        scored.append((own, rest, it, m.group("e")))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < EXCEPTED or scored[0][1] >= scored[0][0] or \
            len(scored) > 1 and scored[1][0] == scored[0][0]:
        return []
    _, _, (p, lead, line, num, _others), exc = scored[0]
    if _parity(pred) != _parity(lead) or not _pairs(pred) & _pairs(lead):
        return []         # (the exception said the other way, or another act: not this reading's)
    return [f"第{p.article}条第（{num}）项把“{bare(exc)}”的情形排除在“{lead}”之外，不能说“{bare(pred)}”"]
