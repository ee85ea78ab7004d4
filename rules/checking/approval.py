"""Whose approval a step needs: "经X批准 / 决定 / 同意" held to the article the rest of the sentence
restates (branch reg5).

"情况复杂、需要延长初步核查期限的，须经市统计局局务会议决定，可以延长十五日" passed where the
article on the preliminary check says 经市统计局主要负责人批准: the support test finds 局务会议 in
the document (it approves another extension, in another article), and `aligned` has no clause to
hold it to, since the paraphrase of the condition spreads over two statements and the approval
clause alone is mostly the body. Here the rest of the sentence (the approval taken out) chooses
the article it restates, by its own words; when that article needs another body's approval (经Y),
does not name X at all, X is a body the document names elsewhere (a body exchanged for another
of the text, not a word for the same one: 局长 for 主要负责人 is left to the other readers), and no
article that names X explains the rest about as well, the approval is another article's.
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText, bare, bigrams

# the approving body after 经 and before the act of approval
_APPROVAL = re.compile(r"经过?(?P<who>[^，,。；;：:经]{2,20}?)(?:集体讨论)?(?:批准|同意|审批|核准|决定|审议|讨论)")
MIN_SHARE = 0.5           # share of the rest's words in the article it restates
RIVAL = 0.1               # how close an article that names X may come


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    m = _APPROVAL.search(sentence)
    if m is None:
        return []
    who = bare(m.group("who"))
    doc = bare("\n".join(p.text for p in whole))
    if who not in doc:
        return []
    rest = AL._REFS.sub("", sentence[:m.start()] + "|" + sentence[m.end():])
    said = CH.words(AL._stripped(CH._unitless(rest), []))
    if len(said) < 3:
        return []
    scored = sorted(((AL._share(said, bigrams(p.text)), p) for p in (passages or whole) if p.article is not None),
                    key=lambda t: -t[0])
    if not scored or scored[0][0] < MIN_SHARE:
        return []
    share, best = scored[0]
    theirs = [bare(x.group("who")) for x in _APPROVAL.finditer(best.text)]
    if who in bare(best.text) or not theirs or who in theirs:
        return []
    rival = any(who in bare(p.text) and s >= share - RIVAL for s, p in scored)
    if rival:
        return []
    return [f"“经{m.group('who')}”不是原文这一条所说的（原文：经{theirs[0]}）"]


# a duty word that governs only the approval: 须经X批准, 必须经过X同意, 需要经X批准
_NEEDED = re.compile(r"(?:必须|须|需要?|要|应当)经过?(?P<who>[^，,。；;：:经]{2,20}?)(?P<act>批准|同意|审批|核准|决定)")


def reg7alarm_needed(clause: str, text: str) -> bool:
    """Whether the clause's duty is only that the approval the text makes a condition is needed:
    "情况复杂需要延长的，须经市交易管委会批准，最多延长30日" beside "情况复杂的，经市交易管委会批准，
    可以延长三十日". 经X批准，可以V makes X's approval the condition of V, so V without it is not
    allowed: 须经 says just that. The text must give the same approval (经 … the same act) before
    its 可以; the clause must say no other duty. Whether X is the text's approving body is held by
    `problems` above (branch reg7alarm)."""
    m = _NEEDED.search(clause)
    if m is None or AL._DUTY.search(clause[:m.start()] + clause[m.end():]):
        return False
    given = _APPROVAL.search(text)
    return given is not None and given.group(0).endswith(m.group("act")) and bool(AL._MAY.search(text[given.end():]))
