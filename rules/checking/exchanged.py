"""Novelty by alignment: a term of a sentence that stands in the place of a different term of the
passage sentence it restates (an aligned substitution), in the spirit of ALCE / AlignScore-style
checks but deterministic.

Why: the support test asks a sentence that names no article for ~45 % of its content pairs and
its figures and bodies, and nothing else, so a long paraphrase of the paper or the report with
one detail changed passed ("另一个是从绩效评估反馈到履行职责的闭环" where the paper says 从责任追究
反馈到履行职责; "形成了三个闭环" for 两个; "权责分明" for 权责一致). Here each clause of the sentence
is aligned character by character with the passage sentence it restates most closely; where the
clause and that sentence agree on both sides of a short stretch (at least two characters each
side) and differ inside it, the clause's stretch replaces the passage's. It is an exchanged term
when the two stretches have the same length, the clause's is not in that passage clause at all (a
reordering is no exchange) and neither is a function word, and the stretch is
- a single character: a quantity for a quantity (三 for 两), a polarity or modal character (不应 for
  都应, 可 for 应), or one of a pair of opposites (内部 for 外部), or
- a whole four-character term (绩效评估 for 责任追究), or
- two characters of a short term the passage lists (权责分明 for 权责一致, 部门责任具体化 for
  部门责任法定化, where the passage's term stands beside another after 、).
Other words of two or three characters are left alone: free paraphrase exchanges them for words of
the same meaning (马上 for 立即, 开展 for 进行, 深圳 for 我市), which no alignment can tell from a
wrong one. A paraphrase that rewords freely shares no such frame with one passage clause and is not
read.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterator

from .sources import bare
from . import numerals as N
from . import graded_scales as GS

_CLAUSE = re.compile(r"[，,。；;：:！？!?\n（）()“”\"]")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊即说讲写提到等")
_QUANTITY = set("零一二两三四五六七八九十百千万亿半全多少几各每首")
_POLARITY = set("不没未无非否可应必须得能")
# modal strengths: a character exchanged for one of the same strength says the same (要 for 应)
_MODAL = {"negation": set("不没未无非否"), "duty": set("应必须要"), "permission": set("可能得")}   # 不得 is 不能
# article, paragraph and item references: their numbers are held by the reference readers
_REFS = re.compile(r"第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]")
_SENTENCE = re.compile(r"[。；;！？!?\n]")
MIN_CLAUSE = 8          # characters of a clause below which its alignment says too little
MIN_FRAME = 2           # agreeing characters on each side of the exchanged stretch
MIN_SHARE = 0.6         # share of the clause the passage sentence holds, in order
MIN_TAIL_FRAME = 4      # agreeing characters before a clause's exchanged last words


def _term(a: str) -> bool:
    if all(ch in _FUNCTION for ch in a):
        return False
    if len(a) == 1:
        return a in _QUANTITY or a in _POLARITY
    return True


def _modality(ch: str) -> str:
    return next((name for name, group in _MODAL.items() if ch in group), "")


def _single(a: str, b: str) -> bool:
    """One character for another: a quantity for a quantity, a negation for any other character (不应
    for 都应), a modal character for one of another strength (可 for 应; not 要 for 应, nor 要交 for
    提交), or the opposite of a pair (内 for 外)."""
    ma, mb = _modality(a), _modality(b)
    return (a in _QUANTITY and b in _QUANTITY) or (ma != mb and bool(ma and mb or "negation" in (ma, mb))) or \
        any({a, b} == set(pair) for pair in _OPPOSITES)


def _listed_half(b: str, target: str, j1: int, raw: str) -> bool:
    """The passage's stretch is part of a short term it lists: with the two characters beside
    it, inside a member (three to eight characters) that 、 sets apart in the passage's own text
    (权责一致 in 严格要求、实事求是、权责一致; 部门责任法定化)."""
    for term in (target[j1 - 2:j1] + b, b + target[j1 + len(b):j1 + len(b) + 2]):
        if len(term) < 4:
            continue
        for m in _MEMBER.finditer(raw):
            if term in m.group(0):
                return True
    return False


# a member of a list in the passage's text: the words right before or after 、
_MEMBER = re.compile(r"(?<=、)[^、，,。；;：:\s“”\"]{3,8}|[^、，,。；;：:\s“”\"]{3,8}(?=、)")
# characters whose exchange for each other reverses a meaning (内部 for 外部, 上级 for 下级)
_OPPOSITES = ["内外", "上下", "前后", "高低", "增减", "升降", "正负", "优劣", "长短", "早晚", "先后", "新旧",
              "多少", "大小", "强弱", "松严", "宽严", "轻重", "首末", "直间", "主次", "东西", "南北"]


def _clause_swaps(clause: str, target: str, raw: str) -> list[str]:
    ops = SequenceMatcher(None, clause, target, autojunk=False).get_opcodes()
    matched = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    if matched < MIN_SHARE * len(clause):
        return []
    out = []
    # the clause's last op, a case's closing 的 aside (…内组织调查的 for …内实施挂牌督办的)
    last = len(ops) - 1 - (len(ops) > 1 and ops[-1][0] == "equal" and clause[ops[-1][1]:ops[-1][2]] == "的")
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "insert" and 0 < k < len(ops) - 1 and GS.bound(target[j1:j2]):
            before, after = ops[k - 1], ops[k + 1]
            if before[0] == "equal" and after[0] == "equal" and min(before[2] - before[1], after[2] - after[1]) >= MIN_FRAME:
                # a graded bound left out of the clause: 暴雨预警期间 for 暴雨橙色以上预警期间 (graded_scales.py)
                out.append(f"{clause[i1 - 2:i1 + 2]}（原文：{target[j1 - 2:j2 + 2]}）")
            continue
        if op == "replace" and k == last and k > 0 and ops[k - 1][0] == "equal" and \
                ops[k - 1][2] - ops[k - 1][1] >= MIN_TAIL_FRAME:
            # the clause's last words for the passage clause's (…三个工作日内组织调查 for …内实施挂牌督办的):
            # an act at the end of its clause has its frame on one side only, a longer one (wmiss6)
            a, b = clause[i1:i2], re.sub(r"的$", "", target[j1:j2])
            # (the clause's act may be one the passage gives elsewhere, to another case: that is the change)
            if _unequal_terms(a, b, clause, target, target, same_length=True):
                out.append(f"{a}（原文：{b}）")
            continue
        if op != "replace" or k == 0 or k == len(ops) - 1:
            continue
        a, b = clause[i1:i2], target[j1:j2]
        before, after = ops[k - 1], ops[k + 1]
        framed = (before[0] == "equal" and before[2] - before[1] >= MIN_FRAME
                  and after[0] == "equal" and after[2] - after[1] >= MIN_FRAME)
        if framed and _unequal_terms(a, b, clause, target, raw):
            out.append(f"{a}（原文：{b}）")
            continue
        if not framed or len(a) != len(b) or not 1 <= len(a) <= 4:
            continue
        if a in target or b in clause:
            continue
        if regalarm_reference_restated(a, b, target, raw):
            continue                 # "不受3年追究时效的限制" for 不受前款规定时效的限制 (the earlier paragraph's)
        if len(a) == 1:
            if _single(a, b) or GS.same_scale(a, b):    # 橙色 for 黄色 (graded_scales.py)
                out.append(f"{a}（原文：{b}）")
            continue
        if not _term(a) or not _term(b) or len(a) == 4 and any(ch in _FUNCTION for ch in a + b):
            continue                 # (a four-character term is of content words: not 针对的是 for 有本规定)
        if len(a) in (2, 3) and not (len(a) == 2 and _listed_half(b, target, j1, raw)):
            continue
        out.append(f"{a}（原文：{b}）")
    return out


_MODAL_WORD = re.compile(r"应当|应该|可以|必须|需要|不得|不能|不应|无须|无需")


def _unequal_terms(a: str, b: str, clause: str, target: str, raw: str, same_length: bool = False) -> bool:
    """A whole term for a whole term of another length (初步设计 for 可行性研究, branch wmiss6): both
    four to six characters of content words alone, not one character in common (a paraphrase keeps
    some: 组织调查 for 组织开展调查), the clause's term nowhere in the passage and the passage's
    nowhere in the clause, and framed on both sides (`_clause_swaps`). A term of another length
    is no rewording of the same stretch when nothing of it is kept. `same_length`: a term of the
    same length too (a clause's last words, which the equal-length reading does not align)."""
    if len(a) == len(b) and not same_length or not (4 <= len(a) <= 6 and 4 <= len(b) <= 6):
        return False
    if any(ch in _FUNCTION or ch.isdigit() for ch in a + b) or set(a) & set(b) or \
            any(_MODAL_WORD.search(x) for x in (a, b)):
        return False                      # (a modality said in other words is the polarity readings')
    return a not in bare(raw) and b not in clause


def _closest(clause: str, targets: list[str]) -> str | None:
    """The target sharing most characters with the clause in order; of equals, the shortest (the
    one with least besides). Only the few sharing most character pairs are aligned (time)."""
    return _closest_of(clause, tuple(targets))


@lru_cache(maxsize=1 << 12)
def _raw_pairs(text: str) -> frozenset[str]:
    """The text's character pairs as written (a passage's clauses are asked for again and again)."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


@lru_cache(maxsize=1 << 12)
def _closest_of(clause: str, targets: tuple[str, ...]) -> str | None:
    """(`_closest`, cached: three readings align the same clause with the same passage.)"""
    mine = _raw_pairs(clause)
    near = sorted(targets, key=lambda t: -len(mine & _raw_pairs(t)))[:6]
    return max(near, key=lambda t: (sum(b.size for b in SequenceMatcher(
        None, clause, t, autojunk=False).get_matching_blocks()), -len(t)), default=None)


def exchanged(sentence: str, text: str) -> list[str]:
    """(A fresh list; the reading is cached: the support test asks it once per passage tried.)"""
    return list(_exchanged(sentence, text))


def restating(sentence: str, text: str, shortest: int) -> Iterator[tuple[str, tuple[list[str], list[str]], str]]:
    """Each clause of `sentence` that restates rather than quotes `text` (bare, at least `shortest`
    characters, not found verbatim), with what to align it with: the passage's clauses, then its
    sentences (a clause may restate one clause of the passage, or join words of several), and the
    passage without its article references (a number in 第十三条 is no term). Shared by the readings
    of exchanged and transposed terms."""
    text, sentence = _REFS.sub("", text), _REFS.sub("", sentence)
    clauses = [bare(s) for s in _CLAUSE.split(text) if len(bare(s)) >= MIN_CLAUSE // 2]
    sentences = [bare(s) for s in _SENTENCE.split(text) if len(bare(s)) >= MIN_CLAUSE // 2]
    plain = bare(text)
    for raw in _CLAUSE.split(sentence):
        clause = bare(raw)
        if len(clause) >= shortest and clause not in plain:
            yield clause, (clauses, sentences), text


@lru_cache(maxsize=2048)
def _exchanged(sentence: str, text: str) -> tuple[str, ...]:
    """The terms of the sentence exchanged for others of the passage clause, or sentence, each
    clause of it restates most closely, as "X（原文：Y）"; [] when none."""
    out: list[str] = []
    for clause, (clauses, sentences), text in restating(sentence, text, MIN_CLAUSE):
        for targets in (clauses, sentences):
            best = _closest(clause, targets)
            found = _clause_swaps(clause, best, text) if best else []
            if found:
                out += found
                break
    return tuple(out)


# a passage's reference to its own earlier words: 前款 (the paragraph before), 前两款, 前项, 上款
_EARLIER = re.compile(r"前([两二三])?(款|项)|上(款|项)")


def regalarm_reference_restated(a: str, b: str, target: str, raw: str) -> bool:
    """The sentence's stretch `a` stands where the passage refers back to its own earlier
    paragraph or item (`b`: 前款规定, 前项), saying what that paragraph says: "不受3年追究时效的
    限制" for "不受前款规定时效的限制" when the paragraph before has 时效为三年. A reference is read
    as its content, so the stretch is no exchanged term when each of its figures and content
    characters is in the paragraphs the reference points to (the lines right before the one that
    refers; branch regalarm). A figure the earlier paragraph does not have (5年) stays exchanged."""
    m = _EARLIER.search(b)
    if m is None:
        return False
    line = next((x for x in raw.split("\n") if bare(x) and target in bare(x)), None)
    if line is None:
        return False
    before = [x for x in raw[:raw.find(line)].split("\n") if x.strip()]
    back = 2 if m.group(1) in ("两", "二") else 3 if m.group(1) == "三" else 1
    earlier = N.arabic(bare("".join(before[-back:])))
    said = N.arabic(a)
    figures = re.findall(r"\d+(?:\.\d+)?", said)
    words = re.sub(r"\d+(?:\.\d+)?|[年月日天次人名元个]", "", said)
    return bool(before) and all(f in re.findall(r"\d+(?:\.\d+)?", earlier) for f in figures) \
        and all(ch in earlier for ch in words if ch not in _FUNCTION)
