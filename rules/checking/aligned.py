"""A sentence held to the clause of the document it restates, not to the whole document.

The support test finds a sentence's figures and bodies *somewhere* in the passages; a draft that
moves a figure (三十日 where the article says 十五日, 三十日 being another article's), swaps a
body for another the text names (法制机构 for 督察机构), reverses a bound (不低于 for 不超过),
flips a negation or a modality, or drops a condition (无正当理由, 但是…除外) still passes that test.
Here each clause of the sentence is aligned with the statement of the document it restates (the
one sharing most of its words, the figures and bodies themselves left out, so that they cannot
choose their own statement), and what the clause says is held to that statement:
- every figure of the clause is the statement's (numerals in one script, see `numerals`);
- every body the document names (a run ending in 机构 / 机关 / 部门 / 领导班子 / 负责人…, or a
  short name the document defines: 以下简称市食安办) is the statement's;
- a bound next to a figure keeps its direction (不超过 / 以内 / 以下 are one, 不少于 / 以上 /
  至少 another, 低于 / 超过 strict);
- a negation agrees (不能 and 没 read as 不得 and 未), and a modality is neither weakened (可以
  where it says 应当) nor strengthened (必须 where it says 可以);
- a condition of the statement is not dropped: every part of a listed situation (an item: 无正当
  理由, 已履行审慎审查义务仍无法发现的) and every exception (但是…, …除外) is said somewhere in
  the draft.
A clause that aligns with no statement confidently is left to the support test.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

MIN_ALIGN = 0.5           # share of a clause's content pairs in the statement it restates
MIN_KEPT = 0.3            # share of a condition's content pairs the draft must say
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊即说讲写提到还再]")
_REFS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]项?|本办法|本规定|前款")
_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
_BODY_END = r"(?:机构|机关|部门|领导班子|负责人|调查组|委员会|办公室|人民政府)"
_DEFINED = re.compile(r"以下简称“?([^）)”]{2,12})”?[)）]")
_NEGATION = re.compile(r"不(?!仅|但|论|管|同|断)|未|没|无(?!论)|非(?!常)|免予|禁止|严禁")
_MAY = re.compile(r"可以|可(?!能)")
_DUTY = re.compile(r"应当|应(?!用)|必须|须|务必|一律")
_BOUNDS = {
    "upper": re.compile(r"不超过|不多于|不高于|以下|以内|之内|内|最高|最多|至多|上限"),
    "lower": re.compile(r"不少于|不低于|以上|至少|最少|最低|下限|起码"),
    "below": re.compile(r"低于|少于|不足|不到|未满"),
    "above": re.compile(r"超过|多于|高于"),
}
_EXCEPTION = re.compile(r"^(?:但是|但|除|不过)|除外")


def statements(text: str) -> list[str]:
    """The statements of a text: its lines, cut at 。 and ；."""
    return [s.strip() for line in text.splitlines() for s in re.split(r"[。；;]", line) if bare(s)]


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，,；;：:。！!？?\n]", text) if bare(c)]


def bodies_of(doc_text: str) -> list[str]:
    """The short names a document defines (以下简称市食安办)."""
    return list(dict.fromkeys(_DEFINED.findall(doc_text)))


def _bodies(clause: str, doc_text: str, defined: list[str]) -> list[str]:
    """The bodies a clause names, each as the longest run of the clause ending in a body word
    (or a defined short name) that the document itself has."""
    out = [d for d in defined if d in clause]
    for m in re.finditer(_BODY_END, clause):
        best = None
        for start in range(max(0, m.start() - 10), m.start() - 1):
            run = clause[start:m.end()]
            if run in doc_text and not re.search(r"[，,。；;、]", run):
                best = run
                break
        if best and len(best) >= 4 and not any(best in d or d in best for d in out):
            out.append(best)
    return out


def _pairs(text: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", _REFS.sub("", text)))


def _share(mine: set[str], text: str) -> float:
    return len(mine & bigrams(text)) / len(mine) if mine else 0.0


def _stripped(clause: str, bodies: list[str]) -> str:
    """The clause without what is held to its statement (figures, bodies, negations, modal
    words, bounds): the words that choose the statement."""
    out = clause
    for b in sorted(bodies, key=len, reverse=True):
        out = out.replace(b, "|")
    out = _FIGURE.sub("|", out)
    for pat in [_NEGATION, _MAY, _DUTY, *_BOUNDS.values()]:
        out = pat.sub("|", out)
    return out


def _bound(text: str, fig_start: int, fig_end: int) -> str | None:
    """The direction of the bound said next to a figure (within a few characters after it, else
    before it)."""
    after = text[fig_end:fig_end + 8]
    before = text[max(0, fig_start - 6):fig_start]
    for where in (after, before):
        hits = []
        for kind, pat in _BOUNDS.items():
            for m in pat.finditer(where):
                hits.append((m.start(), -len(m.group(0)), kind))
        if hits:
            # the nearest word (the longest at one place: 不超过 before 超过)
            hits.sort(key=lambda h: h[0] if where is after else -h[0])
            return hits[0][2] if where is after else sorted(hits, key=lambda h: (-h[0], h[1]))[0][2]
    return None


def _aligned(clause: str, units: list[str], bodies: list[str]) -> tuple[str, float] | None:
    mine = _pairs(_stripped(clause, bodies))
    if len(mine) < 3:
        return None
    scored = sorted(((_share(mine, u), u) for u in units), key=lambda t: -t[0])
    if not scored or scored[0][0] < MIN_ALIGN:
        return None
    return scored[0][1], scored[0][0]


def problems(sentence: str, pool: str, doc_text: str, draft: str, question: str = "") -> list[str]:
    """What the sentence's clauses say against the statements of `pool` they restate (the
    articles it names, else its document), with `doc_text` the document's whole text (which
    bodies it names) and `draft` the whole draft (where a condition may be said)."""
    units = statements(pool)
    if not units:
        return []
    defined = bodies_of(doc_text)
    out: list[str] = []
    conditions: set[str] = set()
    for clause in _clauses(_REFS.sub("", sentence)):
        bodies = _bodies(clause, doc_text, defined)
        hit = _aligned(clause, units, bodies)
        if hit is None:
            continue
        unit, share = hit
        parts = [p for p in _clauses(unit)]
        part = max(parts, key=lambda p: _share(_pairs(_stripped(clause, bodies)), p)) if parts else unit
        for m in _FIGURE.finditer(clause):
            fig = m.group(0)
            found = [u for u in re.finditer(rf"(?<![\d.]){re.escape(fig)}(?![\d])", unit)]
            if not found:
                out.append(f"“{fig}”不是原文这一句的数字（原文：{unit}）")
                continue
            mine = _bound(clause, m.start(), m.end())
            theirs = {_bound(unit, u.start(), u.end()) for u in found}
            if mine and None not in theirs and mine not in theirs:
                out.append(f"“{fig}”的界限与原文不符（原文：{unit}）")
        for b in bodies:
            if b not in unit:
                out.append(f"“{b}”不是原文这一句所说的机关（原文：{unit}）")
        if share >= 0.6:
            said, held = bool(_NEGATION.search(clause)), bool(_NEGATION.search(part))
            if said != held and not re.search(r"[吗呢？?]$", clause):
                out.append(f"“{clause}”的肯定与否定与原文相反（原文：{part}）")
            if _MAY.search(clause) and _DUTY.search(unit) and not _MAY.search(unit):
                out.append(f"“{clause}”把原文的“应当”说成了“可以”（原文：{unit}）")
            if _DUTY.search(clause) and _MAY.search(part) and not _DUTY.search(part):
                out.append(f"“{clause}”把原文的“可以”说成了义务（原文：{part}）")
        is_item = bool(re.match(r"^[（(][一二三四五六七八九十]+[)）]", unit))
        for c in _clauses(re.sub(r"^[（(][一二三四五六七八九十]+[)）]", "", unit)):
            if is_item or _EXCEPTION.search(c):
                conditions.add(c)
    said_all = bigrams(_FUNCTION.sub("", draft + question))
    for c in sorted(conditions):
        g = _pairs(c)
        if len(g) >= 3 and len(g & said_all) / len(g) < MIN_KEPT:
            out.append(f"略去了原文的条件“{c}”")
    return list(dict.fromkeys(out))
