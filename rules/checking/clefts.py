"""Who is given a measure, said the other way round, and roles said to be left out beside it.

- The cleft: "较大事故中被责令公开道歉的是街道党政领导正职" puts the measure first and the officials
  after 的是. The reader of role–measure pairs (`claims.role_measures`) pairs a measure with the
  roles before it, so a cleft was paired with nothing, and any official passed ("…的是街道党政领导
  分管副职" too). The cleft is written back in the usual order ("对街道党政领导正职责令公开道歉";
  的不是 / 并非 as a denial), and judged as such.
- A role named only to say an article leaves it out ("第十四条没有提到有关党政领导正职，那里被责令
  公开道歉的是街道党政领导正职"): its clause, which has no measure, is judged on its own as the
  no-rule claim it is, and its roles are not grouped with the measure of the clause after it.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C
from . import measure_label as r20alarmA_ML

# (r20miss) "停职检查的共四类：A、B、C": a count of the officials (共N类 / 有N种人) before the list, then a
# copula or a colon that opens it; a counted list says who all of them are, as 是 does
_COUNTED = r"(?P<count>(?:一共|总共|共有|共|有)?[一二两三四五六七八九十\d]+(?:类|种|个|位|名)(?:人|干部|对象|领导|官员)?)"
_CLEFT = re.compile(r"(?:处理|问责)?的(?:人|干部|对象|领导|官员)?(?:" + _COUNTED + r"(?P<colon>[：:])?)?"
                    r"(?P<neg>不是|并不是|并非|就是|正是|是|为|只有|有|(?(colon)|[：:]))")
_JOIN = re.compile(r"[、和及与]|以及")
_BEFORE = re.compile(r"(?:要|会|应|应当|将)?(?:被|受到|给予|予以)$")


def _roles_after(sentence: str, ms: list, i: int, pos: int) -> tuple[list[str], int]:
    """The roles a cleft lists right after its 的是 (at `pos`), joined by 、 / 和 / 及, from the
    marks after the measure at `i`; and where the list ends."""
    roles: list[str] = []
    for s0, e0, c0, r in ms[i + 1:]:
        if c0 != "role" or s0 < pos or (roles and not _JOIN.fullmatch(sentence[pos:s0])) or (not roles and s0 != pos):
            break
        roles.append(r)
        pos = e0
    return roles, pos


def unclefted(sentence: str, book: RuleBook) -> str:
    """The sentence with each cleft (被M的是R、R) written as 对R、RM (对R不M when denied)."""
    ms = C.marks(sentence, book)
    for i in range(len(ms) - 1, -1, -1):
        start, end, cat, canon = ms[i]
        if cat != "measure":
            continue
        m = _CLEFT.match(sentence, end)
        if m is None:
            continue
        roles, pos = _roles_after(sentence, ms, i, m.end())
        if not roles:
            continue
        lead = _BEFORE.search(sentence[:start])
        a = lead.start() if lead else start
        neg = "不" if m.group("neg") in ("不是", "并不是", "并非") else ""
        sentence = sentence[:a] + "对" + "、".join(roles) + neg + canon + sentence[pos:]
    return sentence


def role_measures(sentence: str, book: RuleBook, severity: str | None, consequence: str | None,
                  condition_said: bool) -> list[C.Verdict]:
    """`claims.role_measures` on the sentence read as above (and a measure as the label of the
    roles after its colon, measure_label.py)."""
    sentence, miscounted = r20alarmA_ML.labeled(sentence, book)
    sentence = unclefted(sentence, book)
    out: list[C.Verdict] = [C.Verdict(False, why) for why in miscounted]
    parts = re.split(r"(?<=[，,；;])", sentence)
    if len(parts) > 1 and any(cat == "measure" for *_, cat, _ in C.marks(sentence, book)):
        for k, part in enumerate(parts):
            ms = C.marks(part, book)
            if C._NO_RULE.search(part) and any(c == "role" for *_, c, _ in ms) and not any(c == "measure" for *_, c, _ in ms):
                sevs = C.severities_in("".join(parts[:k + 1]), book)
                out += C.role_measures(part, book, sevs[-1] if sevs else severity, consequence, condition_said)
                for s0, e0, c0, _ in reversed(ms):
                    if c0 == "role":
                        part = part[:s0] + part[e0:]
                parts[k] = part
        sentence = "".join(parts)
    return out + C.role_measures(sentence, book, severity, consequence, condition_said)


def by_article(sentence: str, book: RuleBook, refs: list[tuple[int, int | None]], consequence: str | None,
               condition_said: bool) -> list[C.Verdict]:
    """Role–measure pairs said of an article with no severity anywhere in sight ("第十四条对街道党政
    领导分管副职责令公开道歉", the question naming none): judged under the severity of the rows the
    cited article (its item, when named) rests on, when those rows are of one severity. Before, no
    severity meant no pairs were judged, and the support test found every word in the article."""
    if C.severities_in(sentence, book) or len({a for a, _ in refs}) != 1:
        return []
    art, item = refs[0]
    sevs = {r.severity for r in book.regulation.accident_decisions
            if r.source.article == art and (item is None or r.source.item == item)}
    if len(sevs) != 1:
        return []
    return role_measures(sentence, book, sevs.pop(), consequence, condition_said)


_WHOLE = ("是", "就是", "正是", "为", "只有")


def left_out(sentence: str, book: RuleBook, severity: str | None, consequence: str | None) -> list[C.Verdict]:
    """A cleft that names its officials as a list ("被免职的是A、B和C这几类副职", or 只有A) says who
    all of them are: under the severity in sight, a role the rows give the same measure that the
    list leaves out makes the sentence wrong (branch `r19miss`). One official after 是 is an
    identification the rows decide on their own (role_measures), not a list said whole."""
    if not severity:
        return []
    ms = C.marks(sentence, book)
    out: list[C.Verdict] = []
    for i, (start, end, cat, canon) in enumerate(ms):
        if cat != "measure":
            continue
        m = _CLEFT.match(sentence, end)
        if m is None or m.group("neg") not in _WHOLE and not m.group("count"):
            continue
        roles, pos = _roles_after(sentence, ms, i, m.end())
        if len(roles) < 2 and m.group("neg") != "只有" or not roles:
            continue
        if re.match(r"\s*(?:等|之类|在内|也|还有)", sentence[pos:]):
            continue                  # "…等": the list says it is not whole
        given = [r.role for r in book.regulation.accident_decisions if r.severity == severity and canon in r.measures
                 and (consequence is None or r.consequence is None or r.consequence == consequence)]
        missed = list(dict.fromkeys(x for x in given if x not in roles))
        if missed:
            out.append(C.Verdict(False, f"{severity}事故中被{canon}的还有{'、'.join(missed)}"))
    return out
