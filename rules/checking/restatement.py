"""What a sentence restating a passage may not change, read from the passage's own words (the
fifth blind round): the modality (可以 where the passage says 应 or states the act plainly), the
level of the place (全省 where the article says 我市), which figure stands beside which (a year
moved to another figure, the pairs a passage's 分别 makes) and the 及其 that widens a named group
to the bodies themselves. Each reader returns the words that are not the passage's, or nothing.
"""
from __future__ import annotations

import re

from .sources import bare, squash

# a permission said where the passage imposes the act: 可以 before words the passage has without it
_MAY = re.compile(r"(?<![不无])(可以|可能|可)(?!以外|见|知|能性|行|谓|靠|是)")
_QUOTE_MARKS = re.compile(r"[“”\"「」‘’]")
MIN_RESTATED = 4


_PERMITTED = re.compile(r"可|有权|允许|准许")


def _imposed_act(after: str, spans: list[str]) -> str | None:
    """The longest opening of `after` (at least `MIN_RESTATED` characters) that the passage's
    sentences state, when none of those sentences has a 可: an act the passage imposes, which
    words of permission or choice before it weaken (`weakened`, `left_to_choice`)."""
    for n in range(len(after), MIN_RESTATED - 1, -1):
        having = [x for x in spans if after[:n] in x]
        if having:
            # (a right is a permission: 有权向…举报 is 可以向…举报; branch wcalarm)
            return after[:n] if all(not _PERMITTED.search(x) for x in having) else None
    return None


def weakened(sentence: str, text: str) -> str | None:
    """"可以移送司法机关" where 第四条 says 移送司法机关依法处理, "“可以”在24小时内召开现场会"
    where 第十三条 says 应在24小时内召开: what follows the permission is the passage's act (at
    least `MIN_RESTATED` characters of it, word for word), and the passage has no 可 before it;
    or, however short, an act the passage puts right after 应/应当 and never after 可 ("可以问责"
    where 第五条 says 应当问责)."""
    spans = [bare(x) for x in re.split(r"[。；;\n]", text)]
    said = squash(_QUOTE_MARKS.sub("", sentence))
    for m in _MAY.finditer(said):
        if "、" in said[m.end():m.end() + 12] or chosen_among(said[m.end():]):
            continue                      # "可给予责令公开道歉、停职检查…": a choice among the listed measures
        # (the act ends with its clause: "可以要求听证，而且要在…内提出" permits 要求听证, and its
        # 而且 begins another clause, not an act "要求听证而" of the text's 要求听证而加重追究; g15alarm)
        after = bare(re.split(r"[，,。；;]", said[m.end():m.end() + 24])[0])[:12]
        # a short act the passage itself puts under a duty (第五条: 应当问责) is imposed however short
        for n in range(min(len(after), MIN_RESTATED - 1), 1, -1):
            owed = [x for x in spans if re.search(r"应当?" + re.escape(after[:n]), x)]
            if owed and not any(re.search(r"可(?:以)?" + re.escape(after[:n]), x) for x in spans):
                return m.group(1) + after[:n]
        act = _imposed_act(after, spans)
        if act:
            return m.group(1) + act
    return None


# the level of a place the sentence says it is about: 全省 is not 我市
_LEVEL_WORD = re.compile(r"(全|我|本)(省|国|市|区)")


def other_level(sentence: str, text: str) -> list[str]:
    """"结合全省实际" where 第一条 says 结合我市实际: a 全/我/本 + level word whose level the
    passage never names."""
    plain = bare(text)
    return [m.group(0) for m in _LEVEL_WORD.finditer(bare(sentence)) if m.group(2) not in plain]


_FIGURE = re.compile(r"\d+(?:\.\d+)?")
MAX_GAP = 6
_RESPECTIVELY = re.compile(r"分别")


def _predecessors(text: str) -> dict[str, list[str | None]]:
    """For every figure of the text, the figure it stands beside (the one just before it in the same
    sentence, at most `MAX_GAP` characters away, or None): "从2011年的487项" pairs 487 with 2011.
    "A…，B…，分别增长x和y" pairs x with A and y with B."""
    out: dict[str, list[str | None]] = {}
    for part in re.split(r"[。；;\n]", squash(text)):
        part = re.sub(r"[，,、：:（）()“”]", "", part)
        ms = list(_FIGURE.finditer(part))
        resp = _RESPECTIVELY.search(part)
        if resp:
            before = [m for m in ms if m.end() <= resp.start()]
            after = [m for m in ms if m.start() >= resp.end()]
            if len(after) >= 2 and len(before) >= len(after):
                for a, b in zip(before[-len(after):], after):
                    out.setdefault(b.group(0), []).append(a.group(0))
                ms = [m for m in ms if m not in after]
        for i, m in enumerate(ms):
            prev = ms[i - 1] if i else None
            close = prev is not None and m.start() - prev.end() <= MAX_GAP
            out.setdefault(m.group(0), []).append(prev.group(0) if close else None)
    return out


# a year said relative to the clause's own (比上年, 较去年, 与前一年相比): the year before it
_LAST_YEAR = re.compile(r"上年|上一年|去年|前一年|上年度")
_YEAR = re.compile(r"(\d{4})年")


def _year_before(part: str, prev: re.Match, m: re.Match, beside: list[str | None]) -> bool:
    """(szalarm5) Whether the sentence leaves out, between two figures, the year the passage sets
    beside the second and says it relative to its own: 上年 between them, and every figure the
    passage has beside the second is the year before the last year the sentence names ahead of
    them (2006年…上年 for 2005). Another year there (上年 for the passage's 2004) stays a new pair."""
    if not _LAST_YEAR.search(part[prev.end():m.start()]):
        return False
    years = _YEAR.findall(part[:prev.start()])
    return bool(years) and all(x == str(int(years[-1]) - 1) for x in beside)


_ARABIC_REF = re.compile(r"第\s*[（(]?\d+[)）]?\s*[条款项章节目]")


def neighbours(sentence: str, text: str) -> list[str]:
    """"2014年PM2.5年均浓度降至29.8" where the passage says 2015年PM2.5…: a figure the sentence
    sets just beside another (within `MAX_GAP` characters) that the passage always sets beside a
    third. A figure the passage has alone somewhere is left to the other tests. References
    written in Arabic digits (第18条第1款第(二)项) are numbers of provisions, no figures: taken out
    of both first (g16alarm)."""
    sentence, text = _ARABIC_REF.sub("|", sentence), _ARABIC_REF.sub("|", text)
    theirs = _predecessors(text)
    out = []
    for part in re.split(r"[。；;\n]", squash(sentence)):
        part = re.sub(r"[，,、：:（）()“”]", "", part)
        ms = list(_FIGURE.finditer(part))
        for prev, m in zip(ms, ms[1:]):
            if m.start() - prev.end() > MAX_GAP:
                continue
            a, b = prev.group(0), m.group(0)
            if a == b:
                continue                  # "最高只扣10分，所以扣10分": a figure said again pairs with nothing (g15alarm)
            beside = theirs.get(b)
            if beside and a in theirs and all(x is not None and x != a for x in beside):
                if _year_before(part, prev, m, beside):
                    continue              # "2006年…占21%，比上年上升90.9%" for 与2005年相比上升90.9% (szalarm5)
                out.append(f"“{a}”与“{b}”的搭配")
    return out


_AND_ITS = re.compile(r"及其|和其|及所属|及下属")


def widened_group(sentence: str, text: str) -> list[str]:
    """"市委、市政府及其工作部门领导班子成员" where 第二条 says 市委、市政府工作部门领导班子成员:
    the group read without the sentence's 及其 is the passage's, with it the passage's is not —
    the bodies themselves were added to their departments."""
    plain = bare(text)
    out = []
    for clause in re.split(r"[，,；;。：:\n]", sentence):
        b = bare(clause)
        for m in _AND_ITS.finditer(b):
            right = b[m.end():m.end() + 6]
            for n in range(6, 2, -1):      # the longest words before 及其 that the passage joins to those after
                left = b[max(0, m.start() - n):m.start()]
                if len(left) == n and len(right) >= 3 and left + right in plain:
                    if left + m.group(0) + right not in plain:
                        out.append(f"{left}{m.group(0)}{right}")
                    break
    return out


# a choice said where the passage imposes the act: "可以根据情况决定是否在24小时内召开" for
# 应在24小时内召开. The words of discretion compose: a permission (可以) or a decider (决定/选择是否,
# 酌情, 视/根据情况); a bare 是否 is an embedded question (就…是否缺失), not a choice.
_CHOICE = re.compile(r"(?<![不无])(?:可以|可)(?:(?:根据|视|按|依)(?:具体|实际)?情况|酌情|自行)?(?:决定|而定|选择)?是否"
                     r"|(?:决定|选择)是否|(?:(?<![不无])(?:可以|可))?(?:(?:根据|视|按|依)(?:具体|实际)?情况|酌情)(?:决定)?(?:是否)?")


def left_to_choice(sentence: str, text: str) -> str | None:
    """"可以根据情况决定是否在24小时内召开现场会" where 第十三条 says 市委、市政府应在24小时内召开
    现场会: what follows the words of choice is the passage's act (at least `MIN_RESTATED`
    characters of it, word for word), and the passage states that act with no 可 — a duty made
    a choice. (`weakened` reads a bare 可以 right before the act.)"""
    spans = [bare(x) for x in re.split(r"[。；;\n]", text)]
    said = squash(_QUOTE_MARKS.sub("", sentence))
    for m in _CHOICE.finditer(said):
        if not m.group(0) or "、" in said[m.end():m.end() + 12]:
            continue
        after = bare(said[m.end():m.end() + 24])[:12]
        act = _imposed_act(after, spans)
        if act:
            return m.group(0) + act
    return None


# "可对部门行政首长采取诫勉谈话、责令整改…等方式问责": a verb of choosing whose object is a list
_CHOSEN_LIST = re.compile(r"^[^，,。；;]{0,16}?(?:采取|给予|予以|选择|适用)[^，,。；;、]{1,8}、")


def chosen_among(after: str) -> bool:
    """The permission governs a list of alternatives (a verb of choosing, then items joined by 、),
    however long the words before the verb: what is allowed is a choice among them, which the
    passage's own list of the same measures (将采取A、B…直至C) makes, not an act it imposes."""
    return bool(_CHOSEN_LIST.match(after))
