"""Groups of an article's measures named by a plain adjective: "第十条共列九种：重的一组4种，轻的
一组5种" where 第十条 gives five measures where 造成重大损失或者恶劣影响 and four where not.
`partitions.measure_counts` reads a group named by its consequence (后果严重的一档五种); a group
named 重的 / 轻的 / 严重的 / 较轻的 / 不那么严重的 (一组 / 一档 / 一类 / 一套) names no consequence,
so it was left unread and the counts passed with the article's total.

The groups are the rule data's measure sets, ordered by their weight: the set whose condition is
the other's denied (未造成… against 造成…) is the lighter one. A counted group must have as many
measures as its set. Only a count that is wrong is judged here; a right one is left to the readers
that verify the rest of the sentence."""
from __future__ import annotations

import re

from ..references import cn_int, find_refs
from ..schema import RuleBook
from .claims import NEGATION, Verdict, marks

_HEAVY, _LIGHT = "严重|严厉|重", "轻微|宽松|轻"
_TIER = re.compile(r"(?P<neg>不那么|没那么|不太|不)?(?:较为|比较|较|更|偏)?(?P<adj>" + _HEAVY + "|" + _LIGHT +
                   r")(?:一些|一点|些)?的?(?:那|这)?一?(?:组|档|类|套)")
# words around a count that only say an article lists it ("第十条一共列了九种问责方式", "其中…有")
_TALK = re.compile(r"其中|一共|总共|共|规定了?|列了?|列出了?|列有|里|中|的|有|问责方式|方式|分[为成]?|两[组档类套]|[这那]|\s")
_REFS = re.compile(r"(?:《[^》]*》)?第[零一二两三四五六七八九十百\d]+条")
_SPLIT = re.compile(r"分[为成]?([两二三四])[组档类套]")
_COUNT = re.compile(r"(?<![第\d])(?P<n>[一二两三四五六七八九十]+|\d+)(?:种|项|个)")


def _by_weight(book: RuleBook) -> list:
    """The measure sets, heaviest first: a set whose condition is another's with a denial before
    it is lighter than that set."""
    sets = [s for s in book.regulation.measure_sets if s.source.article]
    texts = {s.id: book.regulation.wording.consequences[s.consequence].text
             for s in sets if s.consequence in book.regulation.wording.consequences}
    if len(texts) != len(sets) or len(sets) != 2:
        return []

    def lighter(s) -> bool:
        m = NEGATION.match(texts[s.id])
        return bool(m) and any(texts[o.id] == texts[s.id][m.end():] for o in sets if o is not s)
    ordered = sorted(sets, key=lighter)
    return ordered if lighter(ordered[1]) and not lighter(ordered[0]) else []


def plain_tiers(sentence: str, book: RuleBook) -> list[Verdict]:
    """Wrong counts of groups named 重的 / 轻的 (…一组N种); [] when every such count is right or
    none is said."""
    sets = _by_weight(book)
    arts = {r.article for r in find_refs(sentence) if r.article and r.internal}
    if not sets or arts - {sets[0].source.article}:
        return []           # the groups of another article (its items, a table's rows) are not these
    out, read = [], []
    total = sum(len(x.measures) for x in sets)
    clauses = [c for c in re.split(r"[，,：:；;。、]", sentence) if c.strip()]
    for clause in clauses:
        tiers = list(_TIER.finditer(clause))
        counts = list(_COUNT.finditer(clause))
        if not tiers and len(counts) == 1 and cn_int(counts[0].group("n")) == total and \
                not _TALK.sub("", _REFS.sub("", clause.replace(counts[0].group(0), ""))):
            read.append(clause)         # "第十条共列九种": the sets' measures together
            continue
        split = _SPLIT.search(clause)
        if not tiers and not counts and split and cn_int(split.group(1)) == len(sets) and \
                not _TALK.sub("", _REFS.sub("", clause)):
            read.append(clause)         # "第十条分两档"
            continue
        if len(tiers) != 1 or len(counts) != 1 or any(cat in ("consequence", "severity") for *_, cat, _ in marks(clause, book)):
            continue
        if not _TALK.sub("", clause.replace(t.group(0) if (t := tiers[0]) else "", "").replace(counts[0].group(0), "")):
            read.append(clause)
        t = tiers[0]
        heavy = bool(re.fullmatch(_HEAVY, t.group("adj"))) != bool(t.group("neg"))
        s = sets[0] if heavy else sets[1]
        n = cn_int(counts[0].group("n"))
        if n != len(s.measures):
            out.append(Verdict(False, f"与{s.source.article_label}不符：较{'重' if heavy else '轻'}的一组问责方式有"
                                      f"{len(s.measures)}种：{'、'.join(s.measures)}，不是{counts[0].group(0)}。"))
    out += _members(sentence, book, sets)
    if not out and len(read) == len(clauses) and any(_TIER.search(c) for c in read):
        # every clause is a group counted right or the total: the sentence says no more
        return [Verdict(True, "；".join(f"较{'重' if i == 0 else '轻'}的一组{len(x.measures)}种（{x.id}）"
                                       for i, x in enumerate(sets)), whole=True)]
    return out


# (r20miss) a denial or a contrast between a group and a measure after it: the measure is not
# said to be the group's ("轻的一组不包括责令公开道歉", "重的一组比轻的多了…")
_NOT_OURS = re.compile(r"不|没|未|非|无|除|外|比|而|但|另")


def _members(sentence: str, book: RuleBook, sets: list) -> list[Verdict]:
    """Measures listed as a group's ("轻的那一档，四种：训诫、…、责令公开道歉") that are not its set's
    (branch r20miss). A sentence that names one group by its weight and then measures, with no
    denial or contrast between them and no other group, consequence or severity named, says those
    measures are the group's; one of the other set (责令公开道歉 is the heavier set's) makes it
    wrong. The count readers above judge only how many; the support test found each measure
    somewhere in the article (its second paragraph lists four of them together)."""
    tiers = list(_TIER.finditer(sentence))
    if len(tiers) != 1:
        return []
    ms = marks(sentence, book)
    if any(cat in ("consequence", "severity") for *_, cat, _ in ms):
        return []
    t = tiers[0]
    heavy = bool(re.fullmatch(_HEAVY, t.group("adj"))) != bool(t.group("neg"))
    own, other = (sets[0], sets[1]) if heavy else (sets[1], sets[0])
    after = [(s0, canon) for s0, _, cat, canon in ms if cat == "measure" and s0 >= t.end()]
    if not after or _NOT_OURS.search(sentence[t.end():after[-1][0]]):
        return []
    wrong = [canon for _, canon in after if canon not in own.measures and canon in other.measures]
    if not wrong:
        return []
    return [Verdict(False, f"与{own.source.article_label}不符：较{'重' if heavy else '轻'}的一组问责方式是"
                           f"{'、'.join(own.measures)}，{'、'.join(wrong)}属于较{'轻' if heavy else '重'}的一组。")]
