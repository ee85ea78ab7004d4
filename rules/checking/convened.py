"""Who convenes, said clause by clause, and bodies said not to: two readings around
`glosses.convening` (which pairs bodies with severities glossed in parentheses).

- Severities that lead their own clause: "特别重大和重大事故由市委、市政府召开，较大事故由区委
  （党工委）、区政府（管委会）召开，两种情况的时限都是…24小时内". Read whole, every body was held to
  every severity, and the right pairing was wrong. Each clause that names severities opens a group
  that runs until the next one; a clause that names none belongs to the group before it, unless it
  says it holds for all of them (都 / 均 / 两种 / 两者 / 各), when it is judged under each severity
  of the sentence. A body paired with the wrong severity, or a deadline wrong for one of them,
  still fails.
- A body denied in a correction: "不是市委、市政府，而是区一级：第十四条规定较大事故由区委…召开" /
  "…由区委（党工委）召开，不是市委". The denied body is no subject that convenes; it is judged as a
  denial: right when it is not the body the rule row gives for the severity, wrong when it is.
"""
from __future__ import annotations

import re

from ..references import find_refs
from ..schema import RuleBook
from . import claims as C
from . import glosses as GL

_CLAUSE = re.compile(r"[，,；;]")
_ALL = re.compile(r"都|均|两种|两者|二者|各|同样")
_TALK = re.compile(r"现场会|召开|召集|初步(?:问责)?决定|小时")
# 不是X，而是Y / 并非X，是Y, and Y，而不是X / Y，不是X (X a short run of bodies)
_NOT_BUT = re.compile(r"(?:并?不是|并非|而非)(?:由)?(?P<x>[^，,。；;：:]{2,12}?)[，,]\s*(?:而|却)?(?:是|由)")
_BUT_NOT = re.compile(r"[，,]\s*(?:而)?(?:并?不是|并非|而非)(?:由)?(?P<x>[^，,。；;：:]{2,12}?)(?=[，,。；;：:]|$)")


def _denied(sentence: str) -> tuple[str, list[str]]:
    """The sentence without the bodies a correction denies, and those bodies. A denial is taken
    out only when it is made of bodies and nothing else (and the 、/和 between them)."""
    denied: list[str] = []
    for rx in (_NOT_BUT, _BUT_NOT):
        for m in reversed(list(rx.finditer(sentence))):
            x = m.group("x")
            named = C.bodies(x)
            rest = C._BODIES.sub("", x)
            if not named or re.sub(r"[、和与及（）()\s]|党工委|管委会", "", rest):
                continue
            denied += named
            sentence = sentence[:m.start("x")] + sentence[m.end("x"):]
    return sentence, denied


def _same(body: str, row_body: str) -> bool:
    """As `claims.convening` compares: 区政府 is in 区委（党工委）、区政府（管委会）, 市委 is not."""
    base = body[1:] if body[0] in "市区省" else body
    return body in row_body or (base in row_body and body[0] == row_body[0])


def _groups(sentence: str, book: RuleBook) -> tuple[list[tuple[list[str], str]], list[str]] | None:
    """(severities, clause text) per group, and the clauses said of all; None when fewer than two
    clauses name severities of their own (the sentence is read whole)."""
    clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
    groups: list[tuple[list[str], str]] = []
    shared: list[str] = []
    lead = ""
    for c in clauses:
        sevs = C.severities_in(c, book)
        if sevs:
            groups.append((sevs, lead + c))
        elif groups and _ALL.search(c):
            shared.append(c)
        elif groups:
            groups[-1] = (groups[-1][0], groups[-1][1] + "，" + c)
        else:
            lead += c + "，"
    if len(groups) < 2 or len({tuple(s) for s, _ in groups}) < 2 or \
            not all(C.bodies(text) for _, text in groups):
        return None                       # (较大事故也是这样: a group with no body of its own is read whole)
    return groups, shared


def cited_severity(sentence: str, book: RuleBook, severity: str | None, numbers: list[int]) -> str | None:
    """The severity a convening claim is said under when the sentence names none: that of the
    article it cites for it ("按第十三条，应由…召开现场会" is 第十三条's 特别重大 / 重大), else the one
    in context. (A claim is then held under the context's severity as well.)"""
    if severity is None or C.severities_in(sentence, book):
        return severity                   # (no severity in context: the sentence is read as before)
    rows = [r for r in book.regulation.convening if r.source.article in numbers]
    if len({r.source.article for r in rows}) != 1:
        return severity
    sevs = [s for r in rows for s in r.severities]
    return severity if severity in sevs else sevs[0]


def _per_article(sentence: str, book: RuleBook, numbers: list[int]) -> list[tuple[str, int]] | None:
    """(r18alarm) A sentence citing two articles of the accident table, each in a clause of its
    own: "第十三条还要求市委、市政府在国务院、省作出问责决定前作出初步问责决定，第十四条没有这一
    要求". Read whole, the sentence could not tell which article's severity its bodies are said
    under, and held them to the severity carried from the sentence before. Each clause that
    speaks of convening is then held to the one article it cites; a clause that speaks of it
    and cites none or several leaves the sentence to be read whole (None). Clauses that do not
    speak of convening are other readings' (the denial 第十四条没有这一要求)."""
    arts = {r.source.article for r in book.regulation.convening}
    if len(arts & set(numbers)) < 2:
        return None
    out: list[tuple[str, int]] = []
    for clause in _CLAUSE.split(sentence):
        if not _TALK.search(clause):
            continue
        own = {r.article for r in find_refs(clause) if r.article and not r.doc_number} & arts
        if len(own) != 1 or C.severities_in(clause, book):
            return None
        out.append((clause, own.pop()))
    return out or None


# a parenthesis after a run of severities: what it glosses them with (its article, its body)
_GLOSS = re.compile(r"[（(]([^（()）]{2,40})[）)]")


def _glossed(sentence: str, book: RuleBook) -> list[str] | None:
    """(r20alarmA) Severities each glossed by a parenthesis of their own: "特别重大、重大（第十三条，
    市委、市政府作出）和较大（第十四条，区委、区政府作出）". Read whole, every body was held to every
    severity; a gloss is said of the severities right before it (after the gloss before). Each
    group is read as a sentence of its own: the words before the first severity (what the groups
    are of), the group's severities and its gloss. None unless two glosses or more each follow
    severities and name a body."""
    glosses = list(_GLOSS.finditer(sentence))
    if len(glosses) < 2:
        return None
    sev_at = [(s0, c) for s0, _, cat, c in C.marks(sentence, book) if cat == "severity"]
    if not sev_at:
        return None
    head = sentence[:sev_at[0][0]]
    out, last = [], 0
    for g in glosses:
        sevs = [c for s0, c in sev_at if last <= s0 < g.start()]
        if not sevs or not C._BODIES.search(g.group(1)):
            return None
        if any(last <= s0 < g.start() for s0, _ in sev_at) and C._BODIES.search(sentence[last:g.start()]):
            return None                       # a body outside the gloss: the sentence is read whole
        out.append(f"{head}{'、'.join(sevs)}事故：{g.group(1)}。")
        last = g.end()
    if any(s0 >= last for s0, _ in sev_at):
        return None                           # a severity left without a gloss
    return out


def convening(sentence: str, book: RuleBook, severity: str | None, numbers: list[int] = (),
               asked: list[str] | None = None) -> list[C.Verdict]:
    """The convening claims of a sentence, its denied bodies and its clauses read as above;
    else `glosses.convening` on the sentence whole. `asked`: the severities the question asks
    about, when known; a severity only carried over from the sentences before (not asked) gives
    way to the one of the article the sentence cites (alarms16: "第十三条还写明在国务院、省作出问责
    决定前…" after a line on 第十四条's 较大 accident)."""
    if not _TALK.search(sentence):
        return GL.convening(sentence, book, severity)
    glossed = _glossed(sentence, book)
    if glossed is not None:               # 特别重大、重大（…市委、市政府作出）和较大（…区委、区政府作出）
        return [v for part in glossed for v in convening(part, book, None, [], asked)]
    each = _per_article(sentence, book, list(numbers))
    if each is not None:                  # "第十三条还要求…，第十四条没有这一要求": each clause its own article's
        return [v for clause, art in each for v in convening(clause, book, severity, [art], asked)]
    cited = cited_severity(sentence, book, severity, list(numbers))
    if cited != severity and severity is not None and asked is not None and severity not in asked and cited is not None:
        severity = None
    if cited != severity and severity is not None:
        # held under both: what the question asks about and what the cited article covers
        return convening(sentence, book, severity) + convening(sentence, book, cited)
    severity = cited
    rest, denied = _denied(sentence)
    out: list[C.Verdict] = []
    if denied:
        sevs = C.severities_in(rest, book) or ([severity] if severity else [])
        for sev in sevs:
            row = next((r for r in book.regulation.convening if sev in r.severities), None)
            if row is None:
                continue
            for b in denied:
                ok = not _same(b, row.body)
                out.append(C.Verdict(ok, f"{row.id}: {row.body}，不是{b}" if ok else
                                     f"{sev}事故召开现场会、作出初步问责决定的正是{row.body}，不能说不是{b}。"))
    split = _groups(rest, book)
    if split is None:
        return out + GL.convening(rest, book, severity)
    groups, shared = split
    for _, text in groups:
        out += GL.convening(text, book, severity)
    every = list(dict.fromkeys(s for sevs, _ in groups for s in sevs))
    for c in shared:
        for sev in every:
            out += C.convening(c, book, sev)
    return out
