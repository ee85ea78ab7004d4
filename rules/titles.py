"""Officials' titles read as level × rank: "街道的一把手" is the 街道's principal, "区住建局分管副局长"
a deputy of a 区 department, "主任" a principal of a level not said.

Everything it knows comes from the vocabulary (levels, bare_levels, departments, ranks, positions,
level_readings): a title is never looked up whole in a flat list, so that "街道主要负责人" and
"区主要负责人" cannot both fall on the one role a flat list gives 主要负责人. What cannot be
placed is returned with its candidate roles, for the engine to ask about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .schema import Vocabulary

PUNCT = "，,。；;？?！!：:\n（）()"


@dataclass
class Mention:
    """One official named in the text: the roles it may be (one when it is certain) and whether
    the rules must ask even when those roles decide alike (the level or the rank was not said)."""

    said: str
    roles: list[str]
    always_ask: bool = False
    start: int = 0
    rank: str | None = None
    level: str | None = None

    @property
    def rank_said(self) -> bool:
        return self.rank is not None

    @property
    def certain(self) -> bool:
        return len(self.roles) == 1 and not self.always_ask


@dataclass
class _Tok:
    start: int
    end: int
    kind: str            # role / level / rank
    value: str | None    # role name, level, or rank (None: rank not said)
    level: str | None = None


_Word = tuple[str, str, "str | None", "str | None"]
# a vocabulary's words by first character, and its department pattern, built once per vocabulary
# (kept with the vocabulary itself, so an id is never reused for another one)
_INDEXED: dict[int, tuple[Vocabulary, dict[str, list[_Word]], re.Pattern | None]] = {}


def _index(voc: Vocabulary) -> tuple[dict[str, list[_Word]], re.Pattern | None]:
    """The words `_tokens` tries at a position, longest first, under the character they start
    with (trying every word at every position took 15 ms a question)."""
    got = _INDEXED.get(id(voc))
    if got is not None and got[0] is voc:
        return got[1], got[2]
    words: list[_Word] = []
    for role, ws in voc.roles.items():
        words += [(w, "role", role, None) for w in ws]
    for level, ws in voc.levels.items():
        words += [(w, "level", level, None) for w in ws]
    for rw in voc.ranks:
        words += [(w, "rank", rw.rank, rw.level) for w in rw.words]
    words.sort(key=lambda t: -len(t[0]))
    by_first: dict[str, list[_Word]] = {}
    for word in words:
        if word[0]:
            by_first.setdefault(word[0][0], []).append(word)
    dept = None
    if voc.departments:
        names = "|".join(sorted(map(re.escape, voc.departments.names), key=len, reverse=True))
        sufs = "|".join(sorted(map(re.escape, voc.departments.suffixes), key=len, reverse=True))
        prefixes = "|".join(re.escape(p) for p in voc.department_levels if p)
        dept = re.compile(f"({prefixes})?(?:{names})(?:{sufs})" if prefixes else f"(?:{names})(?:{sufs})")
    _INDEXED[id(voc)] = (voc, by_first, dept)
    return by_first, dept


def _tokens(text: str, voc: Vocabulary) -> list[_Tok]:
    """Role phrases, levels and ranks in `text`, left to right, longest first at each position."""
    by_first, dept = _index(voc)
    out: list[_Tok] = []
    i = 0
    while i < len(text):
        best: _Tok | None = None
        for w, kind, value, level in by_first.get(text[i], ()):
            if text.startswith(w, i) and not (kind == "level" and _part_of_word(text, i, voc)):
                best = _Tok(i, i + len(w), kind, value, level)
                break
        if dept is not None:
            m = dept.match(text, i)
            if m and (best is None or m.end() - i > best.end - best.start) and not _part_of_word(text, i, voc):
                prefix = m.group(1) or ""
                best = _Tok(i, m.end(), "level", voc.department_levels.get(prefix))
        if best is None:
            bare = voc.bare_levels.get(text[i])
            if bare is not None and not (i and text[i - 1] in bare.not_after):
                best = _Tok(i, i + 1, "level", bare.level)
        if best is not None and best.kind == "rank" and best.value == "正职" and text.startswith("副", best.start - 1):
            best = None       # 副主任's 主任: the deputy word was matched (or typed apart)
        if best is not None and best.kind == "rank" and best.value is None and voc.leader_attributes \
                and text.startswith(tuple(voc.leader_attributes), best.end):
            best = None       # 领导责任, 干部选拔任用: the leader word qualifies a thing
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


def _part_of_word(text: str, i: int, voc: Vocabulary) -> bool:
    """A 区/市 that is the end of another word: 辖区住建局 is still a department, but its 区 is no
    level, and 辖区里 is no 区里."""
    bare = voc.bare_levels.get(text[i])
    return bare is not None and i > 0 and text[i - 1] in bare.not_after


def _readings(level: str | None, voc: Vocabulary) -> list[str]:
    if level is None:
        return list(voc.level_readings.get("unplaced", []))
    return list(voc.level_readings.get(level, [level]))


def _roles(levels: list[str], rank: str | None, voc: Vocabulary) -> list[str]:
    ranks = [rank] if rank else list(dict.fromkeys(r for lv in levels for r in voc.positions.get(lv, {})))
    out = [voc.positions[lv][r] for lv in levels for r in ranks if r in voc.positions.get(lv, {})]
    return list(dict.fromkeys(out))


def _refine(own: str | None, before: str | None, voc: Vocabulary) -> str | None:
    """The level of a rank word: its own (区长) unless the words before it name a level its own
    may be (区住建局 + 局长's 有关职能部门 -> 区有关职能部门); else the level before it."""
    if own is None:
        return before
    if before is not None and (before in voc.level_readings.get(own, []) or before == own):
        return before
    return own


# A causative with the asker as its object (领导让我查, 领导叫我问问): the leader before it sends the
# asker; the question is about whoever else it names
_SENDS_ME = re.compile(r"(?:让|叫|要|请|安排|派|嘱咐|吩咐|交代)我")


def mentions(text: str, voc: Vocabulary) -> list[Mention]:
    """The officials named in `text`, in order."""
    toks = _tokens(text, voc)
    out: list[Mention] = []
    pending: _Tok | None = None          # the last level not yet taken by a rank
    last_level: str | None = None        # the level of the previous official, for lists
    last_end = -1
    for t in toks:
        if t.kind == "level":
            # "区里有关职能部门": a level word right before a department of no level places it
            # (the vocabulary's department_levels: 区 -> 区有关职能部门)
            placed = voc.department_levels.get(pending.value or "") if pending is not None else None
            if placed and t.value == voc.department_levels.get("") and _near(text, pending.end, t.start, voc):
                t = _Tok(pending.start, t.end, "level", placed)
            pending = t
            continue
        if t.kind == "role":
            out.append(Mention(text[t.start:t.end], [t.value], start=t.start))
            # "街道书记和分管副主任": the phrase's level carries to the next title in a list
            last_level, last_end, pending = level_of(t.value, voc), t.end, None
            continue
        if t.value is None and pending is None and _SENDS_ME.match(text[t.end:]):
            continue          # "领导让我查一下": the one who asks the asker, not an official asked about
        before = None
        if pending is not None and _near(text, pending.end, t.start, voc):
            before = pending.value
        elif out and last_level is not None and _joined(text, last_end, t.start, voc):
            before = last_level
        level = _refine(t.level, before, voc)
        said = text[(pending.start if before is not None and pending is not None and before == pending.value
                     else t.start):t.end]
        levels = _readings(level, voc)
        roles = _roles(levels, t.value, voc)
        # a rank with no level at all, or a leader with no rank: asked even if the roles agree
        always = level is None or t.value is None
        if roles:
            out.append(Mention(said, roles, always_ask=always, start=t.start, rank=t.value, level=level))
        last_level, last_end, pending = level, t.end, None
    # "我们街道出了较大事故，我是分管安全的副主任": a title with no level of its own takes the one
    # level the question names that no title took
    free = {t.value for t in toks if t.kind == "level" and t.value and not _taken(t, toks, text, voc)}
    if len(free) == 1:
        (level,) = free
        for m in out:
            if m.always_ask and m.rank_said and m.level is None:
                m.roles, m.always_ask = _roles(_readings(level, voc), m.rank, voc), False
    return out


def _taken(level: _Tok, toks: list[_Tok], text: str, voc: Vocabulary) -> bool:
    after = [t for t in toks if t.start >= level.end]
    return bool(after) and after[0].kind != "level" and _near(text, level.end, after[0].start, voc)


def _near(text: str, end: int, start: int, voc: Vocabulary) -> bool:
    """A level and a title with at most `level_gap` characters between them, and no punctuation or
    predicate: in "区里的处长算不算党政领导干部" 算不算 parts the subject (区里的处长) from what it is
    asked to be (党政领导干部), so 区 is not the level of 领导."""
    gap = text[end:start]
    return len(gap) <= voc.level_gap and not any(c in PUNCT for c in gap) \
        and not any(f in gap for f in voc.scope_forms)


def _joined(text: str, end: int, start: int, voc: Vocabulary) -> bool:
    """"街道书记和分管副主任": the second title follows the first after a joining word only."""
    gap = text[end:start]
    for j in sorted(voc.role_joins, key=len, reverse=True):
        if gap.startswith(j) and len(gap) - len(j) <= voc.level_gap and not any(c in PUNCT for c in gap[len(j):]):
            return True
    return False


def level_of(role: str, voc: Vocabulary) -> str | None:
    """The one level whose position `role` is, if only one is (有关党政领导正职 is several)."""
    places = [lv for lv, ranks in voc.positions.items() if role in ranks.values()]
    return places[0] if len(places) == 1 else None
