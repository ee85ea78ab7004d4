"""A sentence's parts held to ONE clause of the article it restates (branch `clauses`).

A sentence that restates an article is held by the support test to the article as a whole (its
character pairs, `novel_runs` with a five-character bar, rule rows matched by figure and body), so a
restatement passes when one part of it comes from another clause of the same article, or when a
short term inside an otherwise matching clause is swapped. The article is cut here into its clauses
(each line, an item or a paragraph, cut at 。 and ；), the draft's parts are aligned with the clause
they restate, and three constructions are held to that clause:

(a) *A list* (A、B、C或者D): the clause that says most of the list (members held, then how much
    of each), when it also has the rest of the sentence's words (its frame: what the sentence says
    around its lists, FRAME content pairs at least), must hold each member. A member another clause
    of the same article says more of fails (诫勉或者调离岗位 where the paragraph's list ends at 诫勉,
    调离岗位 being an item's), and so does one the article does not have at all (从重、从轻、减轻情节
    where 第十七条 says 从重、从轻情节). Members are matched as written in the clause: a middle one
    whole, shortened (环保 for 环境保护) or by two thirds of its pairs, the first by its end and the
    last by its beginning (the words that lead into a list and the noun a list shares, 情节, belong
    to no member): a shortened member (书面检查 for 责令作出书面检查) is the clause's own.
(b) *The object of a word the clause shares*: in a draft clause that restates one clause of the
    article (ALIGN of its content pairs there), the term after a word of that clause (up to the next
    mark or conjunction) that ends in the clause's own term's head but whose modifier the article
    never says is another kind of the same thing (召开新闻发布会 where the clause says 召开现场会,
    事故督导组 for 事故核查组). Another verb before the same head (要写书面检查 for 责令作出书面
    检查) is a wording, and so is the clause's term with words added (召开紧急现场会) or a term of
    another head (召开会议): those are left to the support test.
(c) *A consequence attached to one item*: among parallel clauses of an article that each open with a
    condition (受到通报批评的，… / 受到诫勉的，…), a draft clause of consequence said after one item's
    condition must be that item's: "受到通报批评的，…，并且自决定作出之日起6个月内不得提拔" fails
    when 六个月内不得提拔 is the consequence of the next item (受到诫勉的) and not of its own. The
    condition is the item's whose words it says (most of them, with the same polarity: 造成重大损失的
    is not 未造成重大损失的); a part that turns to another condition, or names the other item's
    subject (主要领导责任由提出要求的领导干部承担), is not that item's consequence.

Only what is clearly another fails: a member or object that is in the aligned clause in any of the
ways above, that the article has elsewhere but the sentence does not restate that clause, or that no
clause aligns with confidently, is left to the other readings (fail closed is theirs: this reading
only ever turns a verified sentence into an unsupported one). No word of any regulation is read
here: the clauses, lists and objects are the text's own.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .sources import bare, bigrams, squash
from . import table_rows
from . import condition_item as wping_CI

FRAME = 3         # content pairs the words around a list must share with the clause it restates
ALIGN = 0.6       # share of a draft clause's content pairs in the clause of the article it restates
CONSEQUENCE = 0.7     # share of a consequence clause's pairs in the other item's consequence
OWN = 0.4             # ... and at most this share in its own item's

_LABEL = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]\s*")
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)(?:至第[零一二两三四五六七八九十百\d]+(?:条|款|项))?"
                  r"|[（(][一二三四五六七八九十\d]+[)）]项?|本办法|本规定|本条|该条|这一条")
# particles and conjunctions: no part of a term (书面, 提拔, 会 are words of terms and stay)
_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将吗呢吧啊或者并且还再")
# where a draft's parts are cut: marks that end a clause (、 is kept: it joins a list's members)
_SEG = re.compile(r"[，,。；;：:！!？?“”\"（）()《》\n]")
# the conjunction before a list's last member (及时 is no conjunction)
_JOIN = re.compile(r"或者|以及|或|及(?!时)|和|与")
# where an object ends in the article's clause
_OBJECT_END = re.compile(r"[，,、。；;：:（）()]|并|和|及(?!时)|或者|以及|的")
_COND = re.compile(r"^(.{2,40}?的)[，,]")
_EXCEPTING = re.compile(r"^\s*(?:但是|但|不过)|除外\s*$")
_NEGATIVE = re.compile(r"[不未没无非]")


@dataclass(frozen=True)
class Clause:
    """One clause of an article: a line (paragraph or item) cut at 。 and ；."""

    article: int | None
    line: int
    raw: str                 # the clause as written (marks kept, no whitespace)
    text: str                # its bare form
    grams: frozenset[str]
    condition: str           # an item's opening condition (受到诫勉的), when it opens with one
    consequence: str         # what follows that condition


def _squash(text: str) -> str:
    return squash(text)


@lru_cache(maxsize=512)
def clauses_of(article: int | None, text: str) -> tuple[Clause, ...]:
    """The clauses of one article's text."""
    out = []
    for n, line in enumerate(text.splitlines()):
        row = table_rows.prose(line, text) if "|" in line else None
        if row is not None:
            line = row       # a table's row as the sentence it stands for; its header says nothing
        line = _ITEM.sub("", _LABEL.sub("", _squash(line)))
        for part in re.split(r"[。；;]", line):
            b = bare(part)
            if len(b) < 2:
                continue
            m = _COND.match(part)
            cond, cons = (bare(m.group(1)), bare(part[m.end():])) if m else ("", "")
            if _EXCEPTING.search(part[m.end():] if m else ""):
                # "因不可抗力导致的，但…的除外": what follows the case is an exception to it, not its
                # consequence (that is the lead's: 有下列情形之一的，不予追究责任): alarmsing
                cond, cons = "", ""
            out.append(Clause(article, n, part, b, bigrams(b), cond, cons))
    return tuple(out)


def _content(grams: frozenset[str] | set[str]) -> set[str]:
    """Pairs with no function character (的, 和, 或者…): the words a clause is recognised by."""
    return {g for g in grams if not (set(g) & _FUNCTION)}


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """What the sentence takes from another clause than the one it restates (empty when nothing,
    or when no clause aligns with confidence). `articles`: (number, text) of the articles the
    sentence is held to."""
    if not articles:
        return []
    s = _squash(sentence)
    clauses = [c for n, t in articles for c in clauses_of(n, t)]
    if len(clauses) < 1:
        return []
    texts = {n: t for n, t in articles}
    out: list[str] = []
    if "、" in s:
        out += _lists(s, clauses, texts)
    if not out:
        out += _objects(s, clauses, texts)
    if not out:
        out += _consequences(s, clauses)
    if not out and "、" in s and _COUNTED.search(s):
        out += _counted(s, clauses)
    return out


def list_problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """(a) alone: a list member taken from another clause, or one the text does not have (for a
    section of a paper or report, whose figures and objects the other readings hold: wpsz)."""
    if not articles or "、" not in sentence:
        return []
    clauses = [c for n, t in articles for c in clauses_of(n, t)]
    return _lists(_squash(sentence), clauses, {n: t for n, t in articles}) if clauses else []


# ---------------------------------------------------------------- (d) a list said whole by its count

# "列了三种报送问题：瞒报、谎报、迟报…": a count, a few words of what is counted, then the list
_COUNTED = re.compile(r"(?P<n>[一二两三四五六七八九十\d]+)(?:种|项|类|个|样)[^，,。；;：:、一二两三四五六七八九十\d]{0,8}?(?:[：:]|——|—|，即|，分别是|即|包括)"
                      r"(?P<list>[^，,。；;：:]+)")


def _run_of(raw: str, members: list[tuple[str, str]]) -> int:
    """How many members the clause's own list has where the draft's members are (its run of 、)."""
    best, size = 0, 0
    for part in re.split(r"[，,：:]", raw):
        pieces = part.split("、")
        if len(pieces) < 2:
            continue
        b = bare(part)
        got = sum(_strength(m, w, b, bigrams(b)) >= 2 for m, w in members)
        if got > best:
            best, size = got, len(pieces)
    return size if best == len(members) else 0


def _counted(s: str, clauses: list[Clause]) -> list[str]:
    """A list the sentence says whole by counting it (三种：A、B、C) that drops members of the
    clause's own list (A、B、C、D) restated: the count and the list leave the rest out (r19miss)."""
    from ..references import cn_int
    for m in _COUNTED.finditer(s):
        n = cn_int(m.group("n"))
        members = _split_list(m.group("list"))
        if not n or not members or len(members) != n:
            continue
        for c in clauses:
            if not all(_strength(x, w, c.text, c.grams) >= 2 for x, w in members):
                continue
            size = _run_of(c.raw, members)
            if size > n:
                return [f"所复述的“{c.raw[:30]}”列了{size}项，不是{n}项"]
    return []


# ---------------------------------------------------------------- (a) lists

def _suffix_in(m: str, text: str) -> int:
    return next((k for k in range(len(m), 1, -1) if m[-k:] in text), 0)


def _prefix_in(m: str, text: str) -> int:
    return next((k for k in range(len(m), 1, -1) if m[:k] in text), 0)


def _abbreviated(m: str, text: str) -> bool:
    """A short form of a term of the text: its characters in order within a stretch at most twice
    as long (环保 for 环境保护, 调离现岗 for 调离现工作岗位)."""
    if len(m) < 2:
        return False
    for i, ch in enumerate(text):
        if ch != m[0]:
            continue
        j, k = i + 1, 1
        while k < len(m) and j < min(len(text), i + 2 * len(m)):
            if text[j] == m[k]:
                k += 1
            j += 1
        if k == len(m):
            return True
    return False


def _strength(m: str, where: str, text: str, grams: frozenset[str]) -> int:
    """How much of a member of a draft list a clause says: the first by its end, the last by its
    beginning (the characters matched), a middle one whole, or shortened or by two thirds of its
    pairs (one less)."""
    if where == "first":
        return _suffix_in(m, text)
    if where == "last":
        return _prefix_in(m, text)
    if m in text:
        return len(m)
    g = bigrams(m)
    if _abbreviated(m, text) or (len(m) >= 3 and bool(g) and len(g & grams) * 3 >= len(g) * 2):
        return len(m) - 1
    return 0


def _member_in(m: str, where: str, text: str, grams: frozenset[str]) -> bool:
    return _strength(m, where, text, grams) >= 2


def _clean(term: str) -> bool:
    """A term of its own: two to six characters, none a function word."""
    return 2 <= len(term) <= 6 and not (set(term) & _FUNCTION) and not re.search(r"[\d\W]", term)


def _own_words(m: str, where: str, aligned: list[Clause]) -> str:
    """What of a member is its own, not the noun it shares with the aligned clause's list (减轻
    of 减轻情节 beside 从轻情节)."""
    if where != "last":
        return m
    k = max((_suffix_in(m, c.text) for c in aligned), default=0)
    return m[:max(2, len(m) - k)] if 2 <= k < len(m) else m


def _split_list(seg: str) -> list[tuple[str, str]] | None:
    """The members of a list of terms in one clause of the draft: (bare member, first / middle /
    last). A list whose middle members are clauses (符合条件的人被错误排除) is no list of terms."""
    pieces = seg.split("、")
    if len(pieces) < 2:
        return None
    last = pieces[-1]
    j = _JOIN.search(last)
    tail = [last[:j.start()], last[j.end():]] if j and j.start() >= 2 else [last]
    parts = [bare(p) for p in pieces[:-1] + tail]
    if any(len(p) < 2 for p in parts):
        return None
    middles = parts[1:-1]
    if any(not (2 <= len(p) <= 10) or set(p) & _FUNCTION for p in middles):
        return None
    # a list of references (第八条、第九条) or figures is no list of terms
    if any(_REF.fullmatch(p) or re.fullmatch(r"[\d.%]+|[零一二两三四五六七八九十百]+", p) for p in parts[1:]):
        return None
    roles = ["first"] + ["middle"] * (len(parts) - 2) + ["last"]
    return list(zip(parts, roles))


def _lists(s: str, clauses: list[Clause], texts: dict) -> list[str]:
    # a reference ends a list of terms (…减轻情节按照中办发[2009]25号第八条、第九条: the second 、
    # joins references, not the terms before them)
    cut = _REF.sub("，", s)
    segs = _SEG.split(cut)
    # the frame: what the sentence says around its lists (every list left out), and what leads into
    # a list's first member (taken as long as the member after it)
    around = "，".join(x for x in segs if "、" not in x)
    every = frozenset().union(*(bigrams(bare(t)) for t in texts.values()))
    for seg in segs:
        members = _split_list(seg)
        if not members:
            continue
        first = members[0][0]
        k = len(members[1][0]) if members[1][1] == "middle" else min(len(members[1][0]), 4)
        frame = _content(bigrams(around)) | _content(bigrams(first[:-k]))
        if members[-1][1] == "last":
            # (wpsz) and what follows the last member: the noun the list shares (…辞退等多种组织手段)
            frame |= _content(bigrams(members[-1][0][k:]))
        # the clause that says most of the list (members held, then how much of each), when the
        # words around the list are there too
        held = {}
        for c in clauses:
            got = [_strength(m, w, c.text, c.grams) for m, w in members]
            held[c] = (sum(g >= 2 for g in got), sum(got))
        most = max(held.values(), default=(0, 0))
        aligned = [c for c in clauses if held[c] == most and most[0] >= 2 and most[0] * 2 >= len(members)
                   and len(frame & c.grams) >= FRAME]
        if not aligned:
            continue
        home = {c.article for c in aligned}
        for m, w in members:
            mine = max(_strength(m, w, c.text, c.grams) for c in aligned)
            # another clause of the article that says more of it (责令辞职 whole, where the aligned
            # clause has only 责令书面检查's 责令) has it, not the aligned one
            others = sorted(((_strength(m, w, c.text, c.grams), c) for c in clauses
                             if c.article in home and c not in aligned), key=lambda x: -x[0])
            if others and others[0][0] >= 2 and others[0][0] >= mine + 2:
                return [f"“{_said(m, w)}”是同条另一处（{others[0][1].raw[:24]}）的内容，"
                        f"不在所复述的“{aligned[0].raw[:30]}”所列之中"]
            if mine >= 2:
                continue
            own = _own_words(m, w, aligned)
            if w != "first" and _clean(own) and not (bigrams(own) & every) and \
                    not any(_abbreviated(own, t) for t in texts.values()):
                return [f"所复述的“{aligned[0].raw[:30]}”没有“{own}”"]
    return []


def _said(m: str, where: str) -> str:
    """The member as a problem names it: the first by its last words, the last by its first."""
    if where == "first":
        return m[-4:]
    if where == "last":
        return m[:4]
    return m


# ---------------------------------------------------------------- (b) objects

def _best(plain: str, clauses: list[Clause]) -> tuple[Clause | None, float]:
    mine = _content(bigrams(plain))
    if len(mine) < 3:
        return None, 0.0
    scored = sorted(((len(mine & c.grams), c) for c in clauses), key=lambda x: -x[0])
    if not scored or scored[0][0] < 3:
        return None, 0.0
    return scored[0][1], scored[0][0] / len(mine)


def _objects(s: str, clauses: list[Clause], texts: dict) -> list[str]:
    """A term after a word of the aligned clause that is another kind of the clause's own term
    there: the same head (会 of 新闻发布会 and 现场会), a modifier the article never says."""
    for seg in _SEG.split(_squash(s)):
        plain = bare(_REF.sub("", seg))
        if len(plain) < 4:
            continue
        c, share = _best(plain, clauses)
        if c is None or share < ALIGN:
            continue
        have = bigrams(bare(texts[c.article]))
        for i in range(1, len(plain) - 2):
            verb = plain[i - 1:i + 1]
            if plain[i:i + 2] in have or set(verb) & _FUNCTION or verb not in c.text:
                continue
            e = _OBJECT_END.search(plain[i + 1:])
            mine = plain[i + 1:i + 1 + e.start()] if e else plain[i + 1:]
            if not _clean(mine) and not (2 <= len(mine) <= 8 and not set(mine) & _FUNCTION):
                continue
            for theirs in _objects_after(verb, c.raw):
                if not (2 <= len(theirs) <= 8) or set(theirs) & _FUNCTION or theirs in mine:
                    continue
                head = 0
                while head < min(len(mine), len(theirs)) - 1 and mine[-1 - head] == theirs[-1 - head]:
                    head += 1
                a, b = mine[:len(mine) - head], theirs[:len(theirs) - head]
                # (the same head with a different verb before it is a wording: 要写书面检查 for
                # 责令作出书面检查; a polarity is the polarity readers')
                if 1 <= head < min(len(a), len(b)) and not _NEGATIVE.search(a + b) and not (bigrams(a) & bigrams(b)) \
                        and not (bigrams(a) & have) and not _abbreviated(a, bare(texts[c.article])):
                    return [f"所复述的“{c.raw[:30]}”{verb}的是“{theirs}”，不是“{mine}”"]
    return []


def _objects_after(verb: str, raw: str) -> list[str]:
    """What follows each occurrence of a word in a clause, up to the next mark or conjunction."""
    plain = _squash(raw)
    found = []
    for m in re.finditer(re.escape(verb), plain):
        rest = plain[m.end():]
        e = _OBJECT_END.search(rest)
        found.append(bare(rest[:e.start()] if e else rest))
    return found


# ---------------------------------------------------------------- (c) consequences

# a condition that announces a list (有下列情形之一的, 具有以下行为的): its consequence is its items'
_LEAD = re.compile(r"下列|以下|如下")


# a denial of the act right after it: 不予追究, 免予处分, 不得提拔, 没有追究
# (不能提拔, 不会被追究: a modal or a passive may stand between the denial and the act)
_DENY = re.compile(r"(?:不予|不得|不再|免予|免于|免除|无须|无需|没有|不|未|免|没)(?:能|可以?|会|应当?|准|许|被|用|必|需要?|要|再){0,2}$")


def _denied_at(text: str, word: str) -> bool | None:
    """Whether `word` stands denied where the text says it (a denial, with its modal or passive,
    right before it); None when the text does not say it."""
    at = text.find(word)
    if at < 0:
        return None
    return any(_DENY.search(text[max(0, at - k):at]) for k in range(1, 6))


# the pronoun 其 (其依法应当承担的, 对其进行), said or left out with nothing of polarity in it; not
# the 其 of a word (其他, 其中, 其余, 及其, 尤其)
_PRONOUN = re.compile(r"(?<![及与尤极])其(?![他它中余次实间])")


def _turned(seg: str, consequence: str) -> bool:
    """The draft's consequence says the act of its condition's own consequence with the opposite
    polarity (the same act word, denied on one side only). A pronoun 其 between a denial and the
    word it stands before is read away on both sides: "不免除依法应当承担的" keeps the denial of
    "不免除其依法应当承担的" (g12alarm)."""
    seg, consequence = _PRONOUN.sub("", seg), _PRONOUN.sub("", consequence)
    shared = _content(bigrams(seg)) & _content(bigrams(consequence))
    for word in sorted(shared):
        a, b = _denied_at(seg, word), _denied_at(consequence, word)
        if a is not None and b is not None and a != b:
            return True
    return False


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts: after the last clause mark before it (brackets and
    quotes do not end a clause)."""
    return max(text.rfind(m, 0, end) for m in "，,。；;：:！!？?\n") + 1


def _consequences(s: str, clauses: list[Clause]) -> list[str]:
    items = [c for c in clauses if c.condition]
    if len(items) < 2:
        return []
    squashed = _squash(s)
    segs = [bare(_REF.sub("", x)) for x in _SEG.split(squashed)]
    # (each seg's words as written, from the clause mark before it: the item it names, 第（一）项, is
    # cut out of the seg by its brackets: condition_item.py)
    ends = [m.start() for m in _SEG.finditer(squashed)] + [len(squashed)]
    written = [squashed[_clause_start(squashed, e):e] for e in ends] if "项" in squashed else [""] * len(segs)
    own: Clause | None = None
    right_after = False
    for seg, seg_written in zip(segs, written):
        if len(seg) < 2:
            continue
        topic = _topic(seg, items) if not seg.endswith("的") else None
        if topic is not None:
            # "一般情形由…约谈…": an item's condition said as the sentence's topic, without its 的;
            # what follows it is that item's consequence
            own, seg = topic
            right_after = True
            if len(seg) < 2:
                continue
        mine = _content(bigrams(seg))
        if seg.endswith("的"):
            # a condition: the item whose condition it says (most of each one's words, and the
            # same polarity: 造成重大损失的 is not 未造成重大损失的)
            def fit(c: Clause) -> float:
                g = _content(bigrams(c.condition))
                if not g or not mine or bool(_NEGATIVE.search(c.condition)) != bool(_NEGATIVE.search(seg)):
                    return 0.0
                if wping_CI.other_item(seg_written, c.condition):
                    return 0.0       # (another item's condition: condition_item.py)
                if any((mine - g) & _content(bigrams(o.condition)) for o in items if o is not c):
                    return 0.0       # (a word of another item's condition it lacks: 情节较轻的 is not
                    #                   情节较重的, though most of the words of that short one: galarm4)
                # (a condition of alternatives, A或者B的, is met by one said alone: 造成重伤不满三人的 of
                # 造成直接经济损失…或者造成重伤不满三人的; each alternative, and the whole, read: wmiss6)
                ways = [a for x in re.split(r"或者|或", c.condition) if len(a := _content(bigrams(x))) >= 2]
                return max(min(len(mine & a) / len(a), len(mine & a) / len(mine)) for a in [g] + ways)
            scored = sorted(((fit(c), c) for c in items), key=lambda x: -x[0])
            tied = len(scored) > 1 and scored[1][0] == scored[0][0]
            own = scored[0][1] if scored[0][0] >= 0.5 and not tied else None
            right_after = True
            continue
        if own is None or len(mine) < 4:
            continue
        # 因不可抗力…的，应当从重追究 where the text says 不予追究责任: only the part right after the
        # condition (what follows it may speak of another subject: …，主要责任由…承担)
        if right_after and _turned(seg, own.consequence):
            return [f"“{seg}”说反了：原文“{own.condition}”之后是“{own.consequence}”"]
        right_after = False
        if any(len(mine & _content(bigrams(c.condition))) >= 3 for c in items):
            own = None               # the talk turns to another condition (不在造成重大损失那一档)
            continue
        here = len(mine & bigrams(own.consequence)) / len(mine)
        if here > OWN:
            continue
        rivals = [(len(mine & bigrams(c.consequence)) / len(mine), c) for c in items
                  if c is not own and c.article == own.article]
        if not rivals:
            continue
        share, other = max(rivals, key=lambda x: x[0])
        if _LEAD.search(other.condition) and other.line < own.line:
            continue                 # a lead's consequence (有下列情形之一的，不追究…) is each item's below it
        extra = mine & bigrams(other.consequence) - bigrams(own.consequence)
        if share >= CONSEQUENCE and len(extra) >= 3 and \
                all(len(mine & c.grams) / len(mine) < share for c in clauses if not c.condition):
            return [f"“{seg}”是“{other.condition}”的后果，不是“{own.condition}”的"]
    return []


_TOPIC_LEAD = re.compile(r"^(?:对于|对|凡是|凡|如果|若|属于|是)")
_TOPIC_TAIL = re.compile(r"^(?:时|的话|的情况下|情况下|下|方面|这一档|这档|的)")


def _topic(seg: str, items: list[Clause]) -> tuple[Clause, str] | None:
    """The item whose condition (without its 的: 一般情形) the segment opens with, and the rest of
    the segment; None when none or more than one does."""
    head = _TOPIC_LEAD.sub("", seg)
    found = [(c, len(core)) for c in items if len(core := c.condition[:-1]) >= 3 and head.startswith(core)]
    if not found:
        # the grade alone (一般：…) for 一般情形的 beside 较重情形的: the words that tell the condition
        # from its siblings, what they all end with (情形) set aside
        cores = [c.condition[:-1] for c in items]
        k = 0
        while k < min(map(len, cores)) and len({x[len(x) - k - 1] for x in cores}) == 1:
            k += 1
        if k:
            found = [(c, len(c.condition) - 1 - k) for c in items
                     if len(own := c.condition[:len(c.condition) - 1 - k]) >= 2 and head.startswith(own)
                     and not any(d is not c and d.condition.startswith(own) for d in items)]
    if len(found) != 1:
        return None
    c, n = found[0]
    return c, _TOPIC_TAIL.sub("", head[n:])


def may_concern(sentence: str) -> bool:
    """Cheaply: is the sentence long enough to restate a clause at all (a list, a verb and its
    object, a condition and its consequence)?"""
    return len(sentence) >= 8
