"""Lead-ins that announce a split or a count of an article's measures: "第十条按是否“造成重大损失
或者恶劣影响”分两档：", "第十一条按问责方式分了两套程序：", "九种：后果严重的一档五种，后果不严重
的一档四种。".

Such a lead-in is a claim about the list that follows, not framing: the article's groups are the
rule data's (第十条's measure sets, 第十一条's procedures, each row with its article), so
- a split says how many groups the article makes and by what: the count must be the number of
  rows of that grouping, and what it splits by must be what tells the rows apart (the
  consequences of the measure sets, in the regulation's or the vocabulary's words; the measures
  for the procedures, by the regulation's own name for them);
- a count of the article's measures must be the number of measures its text lists, and a group
  counted by its consequence (后果严重的一档五种) the number of measures of that set.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, find_refs, format_ref, int_cn
from ..schema import RuleBook
from .claims import Verdict, marks
from .paragraph_lines import paragraph
from .sources import bare

_NUM = r"[一二两三四五六七八九十\d]+"
_SPLIT = re.compile(r"(?:按照?|根据|依据|以)(?P<by>[^，,：:。；;]{1,30}?)(?:为标准|来)?(?:分为?|分成|分了|划分为?)(?P<n>" + _NUM +
                    r")(?P<unit>档|套|组|类|种|个)")
_COUNT = re.compile(r"(?<![第\d])(?P<n>" + _NUM + r")(?:种|项|类)")
# words around a criterion that are not the criterion ("是否“造成…”", "不同的问责方式")
_CRITERION_TALK = re.compile(r"是否|有没有|有无|不同的?|[“”\"「」]|的$|(?<=^)的")
# words between an article and its count that only say it lists them ("第十条里一共规定了九种")
_LIST_TALK = re.compile(r"^(?:里|中|的|规定了?|列了?|列出了?|列有|一共|总共|共|有|包括|分别)*$")


def _groupings(book: RuleBook) -> dict[int, tuple[str, list[list[str]], set[str]]]:
    """Per article: (what the groups are, the measures of each group, the words that say what
    tells them apart; the first of them as the regulation says it)."""
    return {a: (k, g, w) for a, (k, g, w, _) in _groupings_said(book).items()}


def _groupings_said(book: RuleBook) -> dict[int, tuple[str, list[list[str]], set[str], str]]:
    """Per article: (what the groups are, the measures of each group, the words that say what
    tells them apart)."""
    reg, voc = book.regulation, book.vocabulary
    out: dict[int, tuple[str, list[list[str]], set[str], str]] = {}
    sets = [s for s in reg.measure_sets if s.source.article]
    if sets:
        words = {reg.wording.consequences[s.consequence].text for s in sets if s.consequence in reg.wording.consequences}
        words |= {w for s in sets for w in getattr(voc, "consequences", {}).get(s.consequence, [])}
        said = "是否" + reg.wording.consequences[sets[0].consequence].text if sets[0].consequence in reg.wording.consequences else ""
        out[sets[0].source.article] = ("measure_sets", [list(s.measures) for s in sets], words, said)
    procs = [p for p in reg.procedures if p.source.article]
    if procs:
        nouns = _measure_nouns(book)
        out[procs[0].source.article] = ("procedures", [list(p.measures) for p in procs], set(nouns), nouns[0] if nouns else "")
    return out


def _measure_nouns(book: RuleBook) -> list[str]:
    """The regulation's own name for its measures, read from the span that lists them
    ("…责令公开道歉的问责方式可以单独适用"): the noun after the last measure."""
    span = book.regulation.combinable.source.span
    last = book.regulation.combinable.measures[-1]
    m = re.match(r"的?([\u4e00-\u9fff]{0,2}方式)", span.split(last, 1)[-1])
    return [m.group(1), "方式"] if m else []


def _article(sentence: str, named: list[int]) -> int | None:
    arts = [r.article for r in find_refs(sentence) if r.article and r.internal] or named
    return arts[0] if len(set(arts)) == 1 else None


# (szalarm4) the weight of the measures (轻重) as what a split goes by
_WEIGHT = re.compile(r"(?:处理|问责|处分|问责方式的?)?轻重(?:程度)?")


def _by_weight(groups: list[list[str]], book: RuleBook) -> bool:
    """Whether groups are told apart by weight: they are the two measure sets of the rule data, one
    of them under the other's consequence negated (未造成…: the lighter), as the tiers are read."""
    sets = [s for s in book.regulation.measure_sets]
    light = [s for s in sets if re.match(r"未|没有|不", s.source.span or "")]
    return len(sets) == 2 and len(light) == 1 and \
        {frozenset(g) for g in groups} == {frozenset(s.measures) for s in sets}


def split_lead(text: str, book: RuleBook, named: list[int]) -> list[Verdict]:
    """"第N条按X分K档/套…": K groups split by X, held to the article's grouping in the rule data."""
    m = _SPLIT.search(text)
    art = _article(text, named)
    groupings = _groupings_said(book)
    if m is None or art not in groupings:
        return []
    kind, groups, words, said = groupings[art]
    n = cn_int(m.group("n"))
    out = []
    if n != len(groups):
        out.append(Verdict(False, f"{format_ref(art)}的{'问责方式' if kind == 'measure_sets' else '程序'}分{int_cn(len(groups))}组，不是{m.group('n')}{m.group('unit')}。"))
    by = bare(_CRITERION_TALK.sub("", m.group("by").strip()))
    by = re.sub(r"^(?:第" + _NUM + r"条)", "", by)
    if not by or not (any(by in bare(w) or bare(w) in by for w in words) or _WEIGHT.fullmatch(by) and _by_weight(groups, book)):
        out.append(Verdict(False, f"{format_ref(art)}按{said or '所列的问责方式'}分组，不是按“{m.group('by')}”。"))
    return out or [Verdict(True, f"{format_ref(art)}分为{len(groups)}组（规则数据）", whole=True)]


def _headed_case(sentence: str, book: RuleBook, sets: dict) -> set:
    """The one consequence of a measure set said in a label before the sentence's first colon
    ("未造成重大损失或者恶劣影响的："), else an empty set."""
    m = re.match(r"^([^：:。；;]+)[：:]", sentence)
    if m is None:
        return set()
    head = m.group(1)
    said, last = set(), None
    for start, end, cat, k in sorted(x for x in marks(head, book) if x[2] == "consequence" and x[3] in sets):
        # "没造成重大损失或恶劣影响": a consequence joined to the one before it by 或 / 和 is a
        # part of that one's object, under its verb and negation, no case of its own
        if last is not None and re.fullmatch(r"或者?|和|及|、", head[last:start]):
            last = end
            continue
        said.add(k)
        last = end
    literal = [k for k in sets if k in book.regulation.wording.consequences
               and book.regulation.wording.consequences[k].text in head]
    if len(said) > 1 and literal:
        said = {max(literal, key=lambda k: len(book.regulation.wording.consequences[k].text))}
    return said if len(said) == 1 else set()


def measure_counts(sentence: str, book: RuleBook, named: list[int], article_text: Callable[[int], str]) -> list[Verdict]:
    """"第十条里一共九种问责方式：后果严重的一档五种，后果不严重的一档四种": the article's measures
    counted, and each group counted by its consequence. Judged only when every count of the
    sentence is read; else left to the other readers."""
    art = _article(sentence, named)
    groupings = _groupings(book)
    sets = {s.consequence: s for s in book.regulation.measure_sets}
    if art is None and not named and not find_refs(sentence):
        # no article named, but a set's own consequence counted ("造成重大损失或者恶劣影响的适用四种"):
        # the consequence names the article whose sets it conditions
        said = {k for *_, cat, k in marks(sentence, book) if cat == "consequence" and k in sets}
        arts = {sets[k].source.article for k in said}
        art = arts.pop() if len(arts) == 1 and _COUNT.search(sentence) else None
    if art not in groupings or groupings[art][0] != "measure_sets":
        return []
    # (r21alarm) "四种：训诫、…（第十条第二款）": a paragraph named counts that paragraph's measures
    paras = {r.paragraph for r in find_refs(sentence) if r.article == art and r.internal and r.paragraph}
    if len(paras) > 1:
        return []
    held = paragraph(article_text(art), next(iter(paras))) if paras else article_text(art)
    if held is None:
        return []
    listed = {c for *_, cat, c in marks(held, book) if cat == "measure"}
    nouns = _measure_nouns(book)
    out: list[Verdict] = []
    for clause in re.split(r"[，,：:；;。]", sentence):
        counts = list(_COUNT.finditer(clause))
        if not counts:
            continue
        if len(counts) > 1 or any(cat in ("measure", "role", "severity") for *_, cat, _ in marks(clause, book)):
            return []
        c = counts[0]
        n = cn_int(c.group("n"))
        conseq = {k for *_, cat, k in marks(clause, book) if cat == "consequence" and k in sets}
        # "未造成重大损失或者恶劣影响的": the longest consequence said word for word is the one meant
        # (its 造成…恶劣影响 is marked on its own too)
        literal = [k for k in sets if k in book.regulation.wording.consequences
                   and book.regulation.wording.consequences[k].text in clause]
        if len(conseq) > 1 and literal:
            conseq = {max(literal, key=lambda k: len(book.regulation.wording.consequences[k].text))}
        if not conseq and not find_refs(clause):
            # (r27alarm) "没造成重大损失或恶劣影响的：训诫、…，一共四种": a case put before a colon
            # heads the whole sentence, so the count after it counts that case's measures
            conseq = _headed_case(sentence, book, sets)
        before = re.sub(r"第" + _NUM + r"条", "", clause[:c.start()])
        after = clause[c.end():]
        if len(conseq) == 1:
            s = sets[conseq.pop()]
            out.append(Verdict(n == len(s.measures), f"{s.id}：{len(s.measures)}种" if n == len(s.measures) else
                               f"与{s.source.article_label}不符：这一组的问责方式有{len(s.measures)}种：{'、'.join(s.measures)}。"))
        elif not conseq and _LIST_TALK.match(before) and (not after or after in nouns) and listed:
            label = format_ref(art) + (f"第{int_cn(next(iter(paras)))}款" if paras else "")
            out.append(Verdict(n == len(listed), f"{label}列有{len(listed)}种问责方式" if n == len(listed) else
                               f"{label}列有{int_cn(len(listed))}种问责方式，不是{c.group('n')}种。"))
        else:
            return []
    if out and paras and (outside := [c for *_, cat, c in marks(sentence, book) if cat == "measure" and c not in listed]):
        # a measure the sentence counts that the paragraph does not list (the article's other one)
        return [Verdict(False, f"{format_ref(art)}第{int_cn(next(iter(paras)))}款没有列{'、'.join(dict.fromkeys(outside))}。")]
    if out and all(v.ok for v in out):
        return [Verdict(True, "；".join(v.message for v in out), whole=True)]
    return [v for v in out if not v.ok]
