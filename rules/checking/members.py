"""A member added to an article's list ("街道党政领导成员和村（居）委会主任" under "第二条规定的党政领导
干部包括：", or a sentence restating 第二条's list with 社区书记 at its end): each conjunct of a list
item, or of a sentence that restates the list, is a member the article must have.

Why its own reader: the support test flags novel wording only at five or more new content
characters in a row (a paraphrase adds connectives and talk), so a short member (村委会主任,
社区书记, 事业单位) rides on the members that are the article's. Inside a list the unit is the
conjunct, a noun phrase, so the bar can be the member's own words: a conjunct with two new
content characters in a row (characters in no character pair the article has) names something
the article's list does not. Function words, pronouns and deictics (它们, 上面这些, 上列) are no
content; a short gloss in brackets (村（居）委会) is read without its brackets.
"""
from __future__ import annotations

import re
from typing import Callable

from .sources import bare, bigrams

# members of a list: 、 ， and the conjunctions between noun phrases
_JOIN = re.compile(r"[、，,；;]|以及|及其|及|和|与|或者|或")
# words that carry no content of their own inside a member: function words, pronouns, deictics,
# and the words that say a member is one of the list
_EMPTY = re.compile(r"它们|他们|其|该|这些|那些|这|那|上面|上述|上列|以上|前述|前面|上边|各|的|等|在内|均|都|也|还|"
                    r"包括|包含|是指|指的是|就是|含|即|分别是|分别|是|为")
# what says a sentence gives the article's list: an inclusion (包括), a definition (是指, 所称)
_RESTATES = re.compile(r"包括|包含|是指|指的是|所称|列了|列出|列明|分别是|有以下|有下列")
# what begins a clause rather than a member: a denial, a restriction, a consequence
_CLAUSE = re.compile(r"[不没未非只仅]|所以|因此|按照|按|由|应当|可以")
# a figure with its unit: what makes a list's line a statement rather than a member's name
_STATEMENT = re.compile(r"\d+(?:\.\d+)?\s*(?:个)?(?:小时|日|天|个工作日|工作日|月|年|周|分钟|元|万元|次|人|倍)")
# the new content characters in a row that make a member novel
MIN_NEW = 2


def _new_run(member: str, have: set[str], same: Callable[[str], list[tuple[int, int]]] | None = None) -> str:
    """The longest stretch of the member's characters that are in no character pair of the
    article (within the member: 主任 of 村委会主任, whose 委会 the article has in 管委会), nor in a
    word the vocabulary reads as one the article has (`same`: 区委 for 区党委)."""
    plain = bare(_EMPTY.sub("", member))
    covered = [False] * len(plain)
    for i in range(len(plain) - 1):
        if plain[i:i + 2] in have:
            covered[i] = covered[i + 1] = True
    for i, j in same(plain) if same else []:
        covered[i:j] = [True] * (j - i)
    best, run = "", ""
    for c, ok in zip(plain, covered):
        run = "" if ok else run + c
        best = max(best, run, key=len)
    return best


def added_members(sentence: str, text: str, item: bool,
                  same: Callable[[str], list[tuple[int, int]]] | None = None) -> list[str]:
    """The members of the sentence's list the article's list does not have. `item`: the sentence
    is a line of a list under a lead naming the article (every conjunct is a member); else only a
    sentence restating the list (包括, 是指, 所称…) is read, from the words after the inclusion."""
    if item and _STATEMENT.search(sentence):
        # a line holding a figure with its unit (在1小时内报…) states what the article says, it names
        # no member: the support and figure readings hold it ("按第十四条：1. 运输企业在1小时内报…")
        return []
    if not item:
        found = list(_RESTATES.finditer(sentence))
        if not found:
            return []
        sentence = sentence[found[-1].end():]      # 本规定所称党政领导干部，是指…: the list after 是指
        # (包括：A，B，C: the colon introduces the list, it pairs nothing; branch passes)
        sentence = re.sub(r"^\s*[：:]", "", sentence)
    # a short gloss in brackets is part of the name (村（居）委会); a longer one glosses
    sentence = re.sub(r"[（(]([^）)]{1,2})[）)]", r"\1", sentence)
    sentence = re.sub(r"[（(][^）)]*[）)]", "", sentence)
    if re.search(r"[：:]", sentence):
        return []                      # "特别重大事故：对…": a pair, not a member
    if item and _CONDITIONAL.search(sentence):
        # "如果涉嫌犯罪，就移送司法机关": the words that make a clause a condition are no member's
        sentence = _CONDITIONAL_WORDS.sub("", sentence)
    have = bigrams(text)
    members = [x for x in _JOIN.split(re.sub(r"[。！!]$", "", sentence.strip())) if bare(x)]
    if not item:
        # the list ends where a clause of its own begins (，不限于正职: a denial, not a member)
        cut = next((k for k, x in enumerate(members) if _CLAUSE.search(x)), len(members))
        members = members[:cut]
        kept = [x for x in members if len(_new_run(x, bigrams(text), same)) < MIN_NEW]
        if len(members) < 3 or len(kept) * 2 < len(members) or not any(bare(x) in bare(text) for x in members):
            return []                  # not a restatement of the article's list
    out = []
    for x in members:
        run = _new_run(x, have, same)
        if len(run) >= MIN_NEW and not abbreviates(run, x, text):
            out.append(bare(x))
    return out


NEAR = 12            # how far from the short form's neighbours its phrase may stand


def abbreviates(run: str, member: str, text: str) -> bool:
    """Whether a two-character run is the usual short form of a four-character phrase of the text
    that stands by the words it stands by in the member: its first character with its third or its
    last (举报查实 for 查证属实的…举报, g15alarm). The phrase must be within a few characters of a
    pair of the member next to the run (主任 is no short form of a 主要责任 elsewhere in the article)."""
    if len(run) != 2:
        return False
    plain = bare(member)
    at = plain.find(run)
    near = {plain[max(0, at - 2):at], plain[at + 2:at + 4]} - {""} if at >= 0 else set()
    a, b = map(re.escape, run)
    for m in re.finditer(rf"{a}[\u4e00-\u9fff]{b}[\u4e00-\u9fff]|{a}[\u4e00-\u9fff]{{2}}{b}", text):
        around = text[max(0, m.start() - NEAR):m.end() + NEAR]
        if any(len(w) == 2 and w in around for w in near):
            return True
    return False


# (r10alarmB) an item that is a conditional sentence (如果A，就B; 凡A的): the words of the condition
# and its consequence (如果, 就, 的话) are no content of a member; its clauses are read as before
_CONDITIONAL = re.compile(r"如果|假如|倘若|若是|一旦|[，,]就|^凡")
_CONDITIONAL_WORDS = re.compile(r"如果|假如|倘若|若是|一旦|的话|(?<=[，,])就|^凡|还(?=需要?|要|应)")
