"""The support test for sentences that are not rule claims (the report, the paper, any ingested
document, and what an article says): a deterministic test in the spirit of ALCE's citation recall.

A sentence is supported by a passage when
- every figure in it (numbers, years, counts, durations) appears in the passage,
- every named body (市委, 区政府, 纪检监察机关, …) and every accident severity it names appears there,
- most of its content (character pairs, after the article references are taken out) is found there
  (`MIN_COVERAGE`), and
- it adds no negation and no stronger modality (必须 where the passage says 可) than the passage has.
The passage is the article(s) the sentence names when it names any, else the closest passages of
the documents it names, else of the whole index (the answer's own citations among them).
"""
from __future__ import annotations

import re

from .claims import bodies
from .sources import SourceSet, SourceText, bare, bigrams

MIN_COVERAGE = 0.45
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]项?|本规定|该条|这一条|本条|原文|规定")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CN_COUNT = re.compile(r"([零一二两三四五六七八九十百千万]+)(?=[个项种类条年月日天小时名人万亿元次家])")
_NEGATORS = ["不包括", "不属于", "不适用", "不需要", "不用", "无需", "不必", "不能", "不可以", "不得", "不会", "不是", "并非",
             "不予", "没有", "未", "无"]
_STRONG = re.compile(r"必须|一定要|一定会|务必|只能")


def figures(sentence: str) -> list[str]:
    """Numbers as written, and Chinese counts as digits too (六项 -> 6)."""
    from ..references_compat import cn_int

    out = [m.group(0) for m in _NUMBER.finditer(sentence)]
    for m in _CN_COUNT.finditer(sentence):
        try:
            out.append(str(cn_int(m.group(1))))
        except Exception:
            out.append(m.group(1))
    return out


def _has_figure(fig: str, text: str) -> bool:
    if fig in text:
        return True
    try:
        from ..references_compat import int_cn

        return fig.isdigit() and int_cn(int(fig)) in text
    except Exception:
        return False


def missing_terms(sentence: str, text: str, severities: list[str]) -> list[str]:
    """Figures, bodies and severities of the sentence that the passage text does not have."""
    plain = bare(text)
    out = [f for f in figures(_REF.sub("", sentence)) if not _has_figure(f, plain)]
    out += [b for b in bodies(sentence) if bare(b) not in plain and bare(b[1:]) not in plain]
    out += [s for s in severities if s not in plain]
    return out


_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊即就是说讲写提到]")
_NEGATED = re.compile(r"(?:不包括|不属于|不适用|不需要|不用|无需|不必|不能|不可以|不得|不会|不是|并非|不予|没有|并没有|未|没|不涉及|没提)"
                      r"([^，,。；;！？]{1,16})")


def coverage(sentence: str, text: str) -> float:
    """Share of the sentence's content character pairs found in the text (function characters and
    article references set aside)."""
    mine = bigrams(_FUNCTION.sub("", _REF.sub("", sentence)))
    if not mine:
        return 1.0
    return len(mine & bigrams(text)) / len(mine)


def added_polarity(sentence: str, text: str) -> str | None:
    """A negation that denies what the passage asserts, or a modality stronger than the passage's.
    A negation of something the passage does not say ("第十二条没有规定由哪个部门牵头") is an
    absence claim, not a contradiction."""
    plain = bare(text)
    for m in _NEGATED.finditer(sentence):
        neg = sentence[m.start():m.start(1)]
        if bare(neg) in plain:
            continue
        content = m.group(1)
        if len(bare(content)) >= 2 and coverage(content, text) >= 0.75:
            return neg
    m = _STRONG.search(sentence)
    if m and m.group(0) not in plain and not re.search(r"应当|应|必须", plain):
        return m.group(0)
    return None


def candidates(sentence: str, sources: SourceSet, named: list[SourceText], docs: set[str] | None,
               cited: list[SourceText]) -> list[SourceText]:
    if named:
        return [SourceText("+".join(p.id for p in named), named[0].doc_id, named[0].doc_title, named[0].doc_kind,
                           "、".join(p.label for p in named), "\n".join(p.text for p in named))]
    near = [p for _, p in sources.closest(sentence, k=4, docs=docs)]
    return list({p.id: p for p in cited + near}.values())


def support(sentence: str, sources: SourceSet, named: list[SourceText], docs: set[str] | None,
            cited: list[SourceText], severities: list[str],
            min_coverage: float = MIN_COVERAGE, polarity: bool = True) -> tuple[SourceText | None, str]:
    """(the supporting passage, "") or (None, why not)."""
    best_why = "知识库中找不到支持这句话的原文。"
    best_cov = -1.0
    for p in candidates(sentence, sources, named, docs, cited):
        cov = coverage(_NEGATED.sub(lambda m: m.group(0) if coverage(m.group(1), p.text) >= 0.75 else "", sentence), p.text)
        missing = missing_terms(sentence, p.text, severities)
        added = added_polarity(sentence, p.text) if polarity else None
        if cov >= min_coverage and not missing and not added:
            return p, ""
        if cov > best_cov:
            best_cov = cov
            if missing:
                best_why = f"{'、'.join(missing)}在{p.label}中找不到。"
            elif added:
                best_why = f"“{added}”与{p.label}的原文不符。"
            else:
                best_why = f"{p.label}不支持这句话（只有{cov:.0%}的内容见于原文）。"
    return None, best_why
