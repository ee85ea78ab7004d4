"""A proviso or a further clause added to a statement restated in the text's words.

"各区政府可以根据本办法制定实施细则，但须报市人民政府批准后施行" restates 第三十一条's statement
(…制定实施细则) word for word and then adds its own proviso; "…不适用本办法，但是这类项目的交易结果
不用备案" turns the text's proviso (其交易结果应当…备案) round; "…责令改正，并暂停其交易资格" adds a
consequence the article does not carry. The support test weighs the sentence whole, and a close
restatement carries a short clause of other words past its bar.

Read here: a clause the sentence opens with 但 / 但是 / 并 / 并且 / 且 / 同时 / 而且 / 另外 after a
statement that restates a passage it is held to (the statement's words at least four fifths the
passage's) must itself be that passage's: most of its words in the passages held, and no negation
or duty the passage does not have. What the proviso says is held to the passages the sentence
names (else the one nearest it), so a proviso of another article said of this one fails as well.
"""
from __future__ import annotations

import re

from . import item_membership as g22alarm_IM
from .numerals import arabic
from .sources import SourceText, bare, bigrams
from .support import added_polarity, coverage

# (并不 / 并没有 / 并未 / 并非: an emphatic negation, no clause joined on)
_MARK = re.compile(r"^(?:但是|但|并且|并(?![不没未非无])|而且|且|同时|另外|此外)(?=[\u4e00-\u9fff])")
_CLAUSES = re.compile(r"[，,；;]")
_REFERS = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]|[（(][一二三四五六七八九十\d]+[)）]")
HEAD_BAR = 0.8          # the statement before the proviso restates the passage
TAIL_BAR = 0.6          # under it, a proviso with a run of new words is not the passage's …
FAR_BAR = 0.35          # … and under this one, any proviso
NEW_RUN = 3             # characters in a row in no character pair of the passages
# a clause about the material itself (但资料中没有这两条的原文): what the sources hold is judged by
# the readings of what is said of the sources, not as a proviso of the statement
_SOURCES = re.compile(r"资料|知识库|来源|原文|全文|正文|文本|附件")
# words that say what the text does with its words (并注明下同), not what it provides
_TALK = re.compile(r"^(?:注明|写明|标明|载明|指出|说明|强调|提到|规定|写|说)了?")
# an exception said as an act of exclusion: (明确)把X(的情形)排除在外, the text's X的除外
_EXCLUDED = re.compile(r"^(?:又|还|也)?(?:明确|特别|专门|明文)?(?:地)?(?:把|将)(?P<x>.+?)(?:的?情形|的?情况)?(?:都|也)?(?:排除在外|排除)$")
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些被把将对]")


def _new_run(said: str, held: str) -> int:
    """The longest run of the proviso's content characters in no character pair of the passages."""
    plain, have = bare(_FUNCTION.sub("", said)), bigrams(held)
    covered = [False] * len(plain)
    for i in range(len(plain) - 1):
        if plain[i:i + 2] in have:
            covered[i] = covered[i + 1] = True
    best = run = 0
    for ok in covered:
        run = 0 if ok else run + 1
        best = max(best, run)
    return best


def _novel(said: str, held: str) -> bool:
    """Most of the proviso's words are not the passages' (a paraphrase of the text's own proviso,
    只能延长1次 for 延长以一次为限, keeps a few of them and no long run of new ones)."""
    share = coverage(said, held)
    return share < FAR_BAR or share < TAIL_BAR and _new_run(said, held) >= NEW_RUN


def _lead_remarks(said: str, leads: list[str]) -> str:
    """(g22alarm) The proviso without a bracketed remark restating what the item's list's lead
    gives every item (item_membership.lead_remarks)."""
    return g22alarm_IM.lead_remarks(said, set().union(*(bigrams(x) for x in leads)) if leads else set())


def problems(sentence: str, passages: list[SourceText], leads: list[str] = ()) -> list[str]:
    """`leads`: the lines leading into the lists of the passages that are items (what they say of
    every item)."""
    if not passages or not re.search(r"[，,；;](?:但|并|且|同时|而且|另外|此外)", sentence):
        return []
    clauses = [c for c in _CLAUSES.split(sentence.rstrip("。！")) if bare(c)]
    held = "\n".join(p.text for p in passages)
    for i in range(1, len(clauses)):
        m = _MARK.match(clauses[i].strip())
        if m is None:
            continue
        head = "，".join(clauses[:i])
        if len(bare(_REFERS.sub("", head))) < 6 or not any(coverage(head, p.text) >= HEAD_BAR for p in passages):
            continue                  # not a statement restated in the text's words
        tail = clauses[i].strip()
        if _REFERS.search(tail) or _SOURCES.search(tail):
            continue                  # a proviso that names its own provision (judged with it), or talk of the sources
        said = arabic(_lead_remarks(_TALK.sub("", tail[m.end():]), list(leads)))
        # (但把X的情形排除在外 says the text's 但是，X的除外, with X word for word: g16alarm)
        if (excluded := _EXCLUDED.match(said)) is not None:
            theirs = [bare(x) for x in re.findall(r"[，,]([^，,。；;]+?)的?除外", arabic(held))]
            if any(bare(excluded.group("x")) in x for x in theirs):
                continue
            return [f"“{tail}”不见于{'、'.join(p.label for p in passages)}：原文除外的不是这一情形"]
        if len(bare(said)) < 3:
            continue
        if _novel(said, arabic(held)):
            return [f"“{tail}”不见于{'、'.join(p.label for p in passages)}：原文没有这一附加的内容"]
        turned = added_polarity(said, arabic(held))
        if turned:
            return [f"“{tail}”中的“{turned}”与{'、'.join(p.label for p in passages)}的原文不符"]
    return []
