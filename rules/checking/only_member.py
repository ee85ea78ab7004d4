"""One member of an article's list said to be all of it: "第（二）项只管安全生产领域发生的公共安全
事故" where 第五条第（二）项 lists 市场监管、环境保护、土地管理、安全生产、食品药品安全等领域. Every
word of such a sentence is the passage's, so the support test finds it; what it adds is the
restriction (只 / 仅 / 仅限于 / 单单), which turns one member of the list into the whole.

The restricted phrase (from the restriction word to the end of its clause) is read against each
list of the passage (enumerations: three or more members joined by 、): it names some members of
a list and not all of them, and names no whole list of the passage, so it says the passage covers
less than it does. Lists of the regulation's measures are left to the rule claims, which read them
against the rule data (第十条第二款 only allows four of 第十条's measures to be combined), and
runs of article numbers (第五、六、七、九条) to the readers of references."""
from __future__ import annotations

import re

from ..references import cn_int, find_refs
from ..schema import RuleBook
from .claims import marks
from .enumerations import _lists
from .sources import SourceText, bare, bigrams

# (只要 is "as long as", the condition of a rule, not a restriction: "只要已经履行了预防、巡护和报告职责，
# …不予追究" names no part of a list as the whole; g15alarm)
_ONLY = re.compile(r"(?:只(?!要)|仅仅?|单单|唯独)(?:是|有|管|针对|限于|适用于|涉及|包括|指|对|在)*(?P<x>[^，,。；;：:！!？?]{2,30})")
# an article right after the restriction (只在第三条…) restricts where the text says it, not its list (g15alarm)
_PLACE = re.compile(r"第[零一二两三四五六七八九十百\d]+条")
_NOT = re.compile(r"不只|不仅|不止|并非只|不是只|不单")


def _core(member: str, first: bool, last: bool) -> str:
    """A member as the sentence would name it: the first of a list may carry the clause's words
    before it (在市场监管), the last those after it (食品药品安全等领域发生…的)."""
    if last:
        member = re.split(r"等|的", member, maxsplit=1)[0]
    if first and len(member) > 4:
        member = member[-4:]
    return member


def _joined_lists(text: str) -> list[list[str]]:
    """The lists whose last member is joined by 和 / 及 / 与 and goes on with what it qualifies
    ("追究其主要负责人、分管负责人和直接责任人员的责任"), which the lists of enumerations.py keep
    as two members only: the last one is cut at its 的 (wmiss5)."""
    out = []
    for clause in re.split(r"[，,；;。：:\n]", text):
        parts = [bare(x) for x in clause.split("、")]
        if len(parts) < 2:
            continue
        last = re.split(r"以及|和|及|与", parts[-1], maxsplit=1)
        if len(last) != 2 or "的" not in last[1]:
            continue
        last[1] = last[1].split("的", 1)[0]
        items = parts[:-1] + last
        if len(items) >= 3 and all(2 <= len(x) <= 12 for x in items[1:]):
            out.append(items)
    return out


def narrowed(sentence: str, named: list[SourceText], book: RuleBook) -> str | None:
    """Why the sentence restricts a list of a passage it names to part of it; None when it does not."""
    if not named or _NOT.search(sentence):
        return None
    for m in _ONLY.finditer(sentence):
        if _PLACE.match(m.group("x")):
            continue                     # 只在第三条把…列进定义里: the restriction is to a place of the text
        x = bare(m.group("x"))
        for p in named:
            lists = _lists(p.text) + _joined_lists(p.text)
            found = []
            for members in lists:
                cores = [_core(a, i == 0, i == len(members) - 1) for i, a in enumerate(members)]
                if any(cat == "measure" for *_, cat, _ in marks("、".join(cores), book)):
                    continue
                if any(re.search(r"第|条|\d", a) for a in members) or not all(2 <= len(c) <= 10 for c in cores):
                    continue             # a run of article numbers (第五、六、七、九条), or no list of things
                hit = [c for c in cores if c and c in x]
                found.append((hit, cores))
            if any(hit and len(hit) == len(cores) for hit, cores in found):
                continue                 # a whole list of the passage restricted to: as the passage says
            for hit, cores in found:
                if hit:
                    rest = [c for c in cores if c not in hit]
                    return f"{p.label}所列不只“{'、'.join(hit)}”，还有“{'、'.join(rest)}”。"
            if (why := _colon_member(x, p)) is not None:
                return why
    return None


# the share of a member's character pairs the restricted phrase must hold to name that member
_MEMBER_SHARE = 0.7


def _colon_member(x: str, p: SourceText) -> str | None:
    """The restricted phrase names one of the clauses a passage lists after its colon ("…作出初步问责
    决定：对A责令作出书面检查，对B责令公开道歉，对C停职检查") and not the others: "只说了对B责令公开
    道歉" says that clause is all the passage says there (wmiss11). Each list is the text after a
    colon up to the end of its sentence, split at ，/；; a list of one clause, or a phrase that names
    every clause, restricts nothing away."""
    said = bigrams(x)
    for m in re.finditer(r"[：:]([^。：:\n]+)", p.text):
        members = [bare(c) for c in re.split(r"[，,；;]", m.group(1)) if len(bare(c)) >= 4]
        if len(members) < 2:
            continue
        named = [c for c in members if len(bigrams(c) & said) >= _MEMBER_SHARE * len(bigrams(c))]
        if named and len(named) < len(members):
            rest = [c for c in members if c not in named]
            return f"{p.label}冒号后所列不只“{'，'.join(named)}”，还有“{'，'.join(rest)}”。"
    return None


_BARE_ITEM = re.compile(r"第?[（(]([一二三四五六七八九十]+)[)）]项")


def asked(sentence: str, question: str, sources, doc: str, item_of) -> list[SourceText]:
    """The passage a sentence that names no article is about: the one article (or item) the
    question names; a bare item of the sentence (第（二）项) is that article's item."""

    refs = [r for r in find_refs(question) if r.article and not r.doc_number]
    if len(refs) != 1 or (p := sources.article(refs[0].article, doc)) is None:
        return []
    own = _BARE_ITEM.search(sentence)
    item = cn_int(own.group(1)) if own else refs[0].item
    return [item_of(p, item) if item else p]
