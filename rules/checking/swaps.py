"""A term swapped inside an article's own sentence ("第四条规定，…同时需要追究刑事责任的，依照有关
规定给予党纪政纪处分", where the article says 追究纪律责任): the sentence restates the article word
for word but for a few characters, and those characters are a term of a kind the regulation and
its vocabulary name (a severity, a measure, a role or its rank, a level, a kind of responsibility,
a body, a sanction) where the article has another term of the same kind. That is another rule,
not a paraphrase.

Why not the support test's novelty alone: a two-character term (刑事 for 纪律) is far shorter
than any stretch of new words a paraphrase may add, and aligning every article term by term
(any two short stretches exchanged) flags paraphrases that change function words or say a
term in the vocabulary's other words. Here a difference counts only when both sides are terms of
one kind with different meanings: the vocabulary maps its words to the regulation's (街道书记 is
街道党政领导正职, so saying it is no swap), and a term with a head noun (X责任, X机关, X处分, X组)
is of the head's kind. The sentence's term must be absent from the article (a term the article
has elsewhere is a reordering, left to the other readers).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .sources import SourceText, bare
from . import offence_grades as passes_OG
from . import modifier_bounds as backlog_mod

# function words and pronouns: a stretch of them is no term (它们工作部门 for 其工作部门)
_FUNCTION = re.compile(r"它们|他们|上述|上列|以上|前述|[的了是在和与及或也都就而则所其该这那个些对于为被把将会要能可应]")


def _content(stretch: str) -> str:
    """A stretch without its function words: what of it could be a term."""
    return _FUNCTION.sub("", stretch)


def _merged(ops: list) -> list:
    """The aligner's differences with the single characters it matched between them joined in:
    行政处罚 for 党纪政纪处分 is one exchange, not four (行/党纪, 政, 纪, 处罚/处分)."""
    out: list = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal" or \
                out and len(out) >= 2 and out[-1][0] == "equal" and out[-1][2] - out[-1][1] <= 1 and \
                out[-2][0] != "equal" and op[0] != "equal":
            if out[-1][0] == "equal":
                out.pop()
            first = out.pop()
            out.append(("replace", first[1], op[2], first[3], op[4]))
        else:
            out.append(op)
    return out


# head nouns by kind: a term ending in one names a thing of that kind (纪律责任 / 刑事责任, 司法机关 /
# 检察机关, 党纪政纪处分 / 行政处罚, 初步问责决定 / 最终问责决定)
_HEADS = {"责任": "responsibility", "机关": "body", "部门": "body", "单位": "body", "组": "body",
          "处分": "sanction", "处罚": "sanction", "处理": "sanction", "决定": "decision", "职责": "duty"}
_HEAD = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))
# a head noun's character that begins a verb here (纪检监察机关和有关部门一起组成): no head
_VERB_HEAD = re.compile(r"组(?:成|织|建|合)")
# how far after a differing stretch its head may come (最终 + 问责 + 决定)
HEAD_GAP = 2
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章)|[（(][一二三四五六七八九十\d]+[)）]")
# the share of the sentence's characters that must be the article's, in order, for a restatement
MIN_ALIGNED = 0.7


@lru_cache(maxsize=8)
def _lexicon(book) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """The vocabulary's words, each with (kind, the regulation's word it means)."""
    voc = book.vocabulary
    words: dict[str, tuple[str, str]] = {}
    for canon, ws in voc.severities.items():
        for w in ws:
            words[w] = ("severity", canon)
    for canon, ws in voc.measures.items():
        for w in ws + [canon]:
            words[w] = ("measure", canon)
    for w in voc.not_measures:
        words[w] = ("measure", w)
    for canon, ws in voc.roles.items():
        for w in ws + [canon]:
            words[w] = ("role", canon)
    for rw in voc.ranks:
        for w in rw.words:                         # 领导, 干部: a leader of no rank said
            words.setdefault(w, ("rank", str(rw.rank)))
    for level, ws in voc.levels.items():
        for w in ws:
            words.setdefault(w, ("level", level))
    words = {w: v for w, v in words.items() if len(w) >= 2}
    # (a book without words, such as a passages-only one, matches nothing)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")
    return pattern, words


@lru_cache(maxsize=4096)
def _terms(text: str, book) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, kind, meaning) of the vocabulary's words in a text, leftmost longest."""
    from .claims import _BODIES     # the bodies the claim readers know (纪检监察机关, 司法机关, 市委…)

    pattern, words = _lexicon(book)
    # the longest word at every position, so a word inside another is read too (正职 in 党政领导正职)
    found = [pattern.match(text, i) for i in range(len(text))]
    return tuple([(m.start(), m.end(), *words[m.group(0)]) for m in found if m] +
                 [(m.start(), m.end(), "body", m.group(0)) for m in _BODIES.finditer(text)] +
                 passes_OG.terms(text))     # 违法 for 犯罪 (offence_grades.py)


def same_terms(text: str, article: str, book) -> list[tuple[int, int]]:
    """Where the text has a word of the vocabulary whose meaning the article has in its own
    words (区委 where it says 区党委): no new term."""
    have = {(t[2], t[3]) for t in _terms(bare(article), book)}
    return [(t[0], t[1]) for t in _terms(text, book) if (t[2], t[3]) in have]


def _over(terms, i: int, j: int) -> list[tuple[int, int, str, str]]:
    """The terms touching the span [i, j) (an empty span: the terms it falls strictly inside)."""
    if i == j:
        return [t for t in terms if t[0] < i < t[1]]
    return [t for t in terms if t[0] < j and i < t[1]]


def _head_kind(text: str, i: int, j: int) -> tuple[str, int]:
    """(the kind of the head noun inside the span [i, j) or just after it, where it ends), ("", j)
    when none: the kind of the term the span modifies or is."""
    m = _HEAD.search(text, i, min(len(text), j + HEAD_GAP + 2))
    if m is not None and _VERB_HEAD.match(text, m.start()):
        m = None            # 组 in 组成 / 组织 / 组建 is a verb's first character, no head noun (branch szalarm)
    if m is None or m.start() > j + HEAD_GAP:
        return "", j
    return _HEADS[m.group(0)], m.end()


def _determiner(word: str, document: str) -> bool:
    """Whether the article's modifier is a determiner rather than a term: the document puts it
    before many different words (有关规定, 有关部门, 有关职责), where a term of a kind qualifies one
    head (纪律责任, 司法机关). "相关职责" for "有关职责" says the same."""
    plain = bare(document)
    after = {plain[m.end():m.end() + 2] for m in re.finditer(re.escape(word), plain)} if word else set()
    return len(after) >= 3


def swapped(sentence: str, named: list[SourceText], book, document: str = "") -> list[str]:
    """The terms of the sentence exchanged for the article's (“刑事责任”（原文：纪律责任）), when the
    sentence restates one sentence of an article it names; [] otherwise. `document`: the whole
    text of the articles' document, where a determiner shows as such."""
    mine = bare(_REF.sub("", sentence))
    if len(mine) < 6 or not named:
        return []
    article = "\n".join(p.text for p in named)
    whole = bare(article)
    document = document or article
    # the article's sentences, and their clauses (a sentence may restate half of 第四条)
    units = {bare(u) for p in named for s in re.split(r"[。\n]", p.text) for u in [s, *re.split(r"[；;]", s)]
             if len(bare(u)) >= 6}
    best, best_ops = (0.0, 0.0), []
    for unit in sorted(units):
        sm = SequenceMatcher(None, mine, unit, autojunk=False)
        matched = sum(b.size for b in sm.get_matching_blocks())
        score = (round(matched / len(mine), 2), matched / len(unit))
        if score > best:
            best, best_ops = score, (unit, sm.get_opcodes())
    if best[0] < MIN_ALIGNED:
        return []
    unit, ops = best_ops[0], _merged(best_ops[1])
    mine_terms, unit_terms = _terms(mine, book), _terms(unit, book)
    in_article = {t[3] for t in _terms(whole, book)}
    out = []
    for op, i1, i2, j1, j2 in ops:
        # (a stretch at the sentence's end is a term only when the article has one there too; the
        # article may go on after it: 训诫，对街道… where the sentence ends with 警告)
        if op == "replace" and i2 >= len(mine):
            j2 = min(j2, j1 + (i2 - i1) + 4)
        if op == "equal" or i1 == 0 or i2 - i1 > 6 or j2 - j1 > 6 or i2 >= len(mine) and op != "replace":
            continue
        ours = _over(mine_terms, i1, i2)
        theirs = _over(unit_terms, j1, j2)
        # a term of one kind on both sides, whose meaning the other side has under no word of it
        pair = next(((a, b) for a in ours for b in theirs if a[2] == b[2]
                     and a[3] not in {t[3] for t in theirs if t[2] == a[2]}
                     and b[3] not in {t[3] for t in ours if t[2] == b[2]}
                     and a[3] not in in_article and mine[a[0]:a[1]] not in whole), None)
        if pair:
            a, b = pair
            out.append(f"{mine[a[0]:a[1]]}（原文：{unit[b[0]:b[1]]}）")
            continue
        # the words right before the head qualify it (规定中的有关职责: 有关); those before a 的 do not
        i1 += mine[i1:i2].rfind("的") + 1
        j1 += unit[j1:j2].rfind("的") + 1
        if len(_content(mine[i1:i2])) >= 2 and (j1 == j2 or _content(unit[j1:j2])):
            # a modifier exchanged (刑事 for 纪律) or added (的刑事责任 for 的责任) before a head noun
            # both sides share: a term of the head's kind the article does not have
            kind, end = _head_kind(mine, i1, i2)
            theirs_kind, their_end = _head_kind(unit, j1, j2)
            term = mine[i1:end]
            if kind and kind == theirs_kind and term not in whole and not _determiner(_content(unit[j1:j2]), document) \
                    and not backlog_mod.not_modifier(_content(mine[i1:i2]), term, sentence) \
                    and not backlog_mod.determined(mine[i2:end]):
                out.append(f"{term}（原文：{unit[j1:their_end]}）")
    return out
