"""check(question, draft) -> {passed, problems}: for any draft, whoever wrote it.

What it holds a draft to:
- every article it names exists (第一条 to the regulation's last, `article_count`);
- quoted spans (8 characters or more, “inline” or as lines starting with ">") are verbatim in
  the sources;
- every role–measure pair, deadline and convening body it states agrees with the engine's
  decision for the facts of the question (a sentence's own severity wins over the question's);
- numbers agree with the passages it cites;
- the articles the decision rests on are cited;
- nothing is asserted about the missing part of an article the source is cut in.
Sentences are split on 。！？； and on line breaks.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .engine import decide
from .facts import Facts, extract, repair_typos
from .references import find_refs, format_ref
from .schema import RuleBook

_SENT = re.compile(r"[^。！？；\n]+[。！？；]?")
# A quoted passage in an answer is a block of lines starting with ">" (the fronts render it as a
# blockquote); it must be verbatim, and it asserts nothing of its own.
_QUOTE_LINE = re.compile(r"^>[ \t]?(.*)$", re.M)
# 《标题》二（二）2 or 《标题》第十四条: the figures in a reference are not claims.
_REFERENCE = re.compile(r"《[^》]*》(?:第[零一二三四五六七八九十百]+[章节条款项]|[一二三四五六七八九十百零（）()、\d])*")
_ENUMERATOR = re.compile(r"^\s*\d+[.、．]\s*", re.M)      # "1. 特别重大事故" in a list of options
_QUOTE = re.compile(r"[“「\"]([^”」\"]{1,2000})[”」\"]")
_NUMBER = re.compile(r"(?<![第\[【\d.])(\d+(?:\.\d+)?)(?![\d\]】])")   # not 【1】 markers
_NEGATION = re.compile(r"不会|不用|不必|无需|不需要|没有|不予|不是|不被|不给予|不|未")
_MISSING_OK = re.compile(r"缺失|缺少|不完整|未收录|没有收录|无法|中断|不补写|未载明|不全")
MIN_QUOTE = 8


@dataclass
class CheckResult:
    passed: bool
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"passed": self.passed, "problems": self.problems}


@dataclass(frozen=True)
class Sources:
    """The texts a draft is held to: the regulation's articles by number, and all source text
    (quotes must be verbatim in it). Built once per snapshot by whoever owns the documents; the
    rules read no documents themselves."""

    articles: Mapping[int, str]
    text: str

    @classmethod
    def of(cls, articles: Mapping[int, str], texts: list[str]) -> "Sources":
        return cls(dict(articles), _squash("\n".join(texts)))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _pairs(sentence: str, book: RuleBook) -> list[tuple[str, str, bool]]:
    """(role, measure, negated) stated in a sentence: measures after a group of roles apply to each."""
    marks: list[tuple[int, str, str]] = []
    terms, _ = book.terms
    i = 0
    while i < len(sentence):
        for word, cat, canon in terms:
            if cat in ("role", "measure") and sentence.startswith(word, i):
                marks.append((i, cat, canon))
                i += len(word)
                break
        else:
            i += 1
    out: list[tuple[str, str, bool]] = []
    group: list[tuple[int, str]] = []
    last_measure_end = 0
    for pos, cat, canon in marks:
        if cat == "role":
            if group and group[-1][0] < last_measure_end:
                group = []
            group.append((pos, canon))
        elif group:
            between = sentence[group[-1][0]:pos]
            negated = bool(_NEGATION.search(between))
            out.extend((role, canon, negated) for _, role in group)
            last_measure_end = pos + 1
    return out


def check(question: str, draft: str, book: RuleBook, sources: Sources, facts: Facts | None = None,
          states_decision: bool = True) -> CheckResult:
    """`facts` overrides what is read from the question: a follow-up ("那重大事故呢？") is judged
    with the role it inherited from the conversation. A draft that does not state the decision
    (it quotes passages instead, `states_decision=False`) need not cite the decision's articles;
    everything it does say is still held to the rules."""
    articles = sources.articles
    problems: list[str] = []
    qfacts = facts if facts is not None else extract(question, book)
    outcome = decide(qfacts, book)
    decision = outcome.decision

    # 1. named articles exist
    named: set[int] = set()
    for ref in find_refs(_QUOTE_LINE.sub("", draft)):
        if not ref.internal:
            continue      # 中办发[2009]25号第八条 or another document's article
        if ref.article not in articles:
            problems.append(f"{format_ref(ref.article)}不存在：本规定只有第一条到{format_ref(book.regulation.article_count)}。")
        else:
            named.add(ref.article)

    # 2. quotes are verbatim
    for m in [*_QUOTE_LINE.finditer(draft), *_QUOTE.finditer(_QUOTE_LINE.sub("", draft))]:
        span = _squash(m.group(1))
        if len(span) >= MIN_QUOTE and span not in sources.text:
            problems.append(f"引文“{m.group(1)[:30]}”在来源中找不到原文。")

    unquoted = _QUOTE.sub("", _QUOTE_LINE.sub("", draft))
    severity = qfacts.severity
    for sentence in _SENT.findall(repair_typos(unquoted, book)):
        sf = extract(sentence, book)
        if sf.severity:
            severity = sf.severity
        # 6. the missing part of an article the source is cut in
        for gap in book.regulation.missing:
            label = gap.source.article_label
            if (label in sentence or any(w in sentence for w in gap.words)) and not _MISSING_OK.search(sentence):
                problems.append(f"对{label}{gap.subject}作了断言，但该条所列情形在来源中缺失。")
        if not severity:
            continue
        needed = next((r.consequence for r in book.regulation.accident_decisions
                       if r.severity == severity and r.consequence), None)
        facts = Facts(severity=severity, consequence=qfacts.consequence or sf.consequence or needed)
        truth = decide(facts, book).decision
        if truth is None:
            continue
        # 3. role–measure pairs
        for role, measure, negated in _pairs(sentence, book):
            allowed = truth.measures.get(role)
            if allowed is None:
                if not negated:
                    problems.append(f"本规定没有对{role}规定{severity}事故的初步问责决定，草稿却说{measure}。")
            elif negated and measure in allowed:
                problems.append(f"{severity}事故对{role}的初步问责是{'、'.join(allowed)}，草稿却否定了{measure}。")
            elif not negated and measure not in allowed:
                arts = "、".join(f"第{c.article_label[1:-1]}条" for c in truth.citations if c.core and c.article in book.regulation.table_articles())
                problems.append(f"与{arts}不符：{severity}事故对{role}的初步问责是{'、'.join(allowed)}，不是{measure}。")
        # 3. deadline and convening body
        if truth.convening and ("现场会" in sentence or "小时" in sentence):
            hours = truth.convening.get("hours")
            for h in re.findall(r"(\d+)\s*小时", sentence):
                if hours is None or int(h) != hours:
                    problems.append(f"时限不符：{severity}事故的现场会应在{hours}小时内召开，不是{h}小时。"
                                    if hours else f"{severity}事故没有规定召开现场会的时限（{h}小时）。")
            body = truth.convening["body"]
            says_city, says_district = "市委" in sentence, "区委" in sentence
            if (says_city and "市委" not in body) or (says_district and "区委" not in body and not says_city):
                problems.append(f"召开现场会的是{body}。")

    # 4. numbers agree with the cited passages
    cited_text = "".join(articles[n] for n in named | (decision.core_articles() if decision else set()))
    if cited_text:
        for m in _NUMBER.finditer(_ENUMERATOR.sub("", _REFERENCE.sub("", unquoted))):
            if m.group(1) not in cited_text and not re.match(r"\d{4}", m.group(1)):
                problems.append(f"数字 {m.group(1)} 与所引条文不符。")

    # 5. the articles the decision rests on are cited
    if decision and states_decision:
        for n in sorted(decision.core_articles() - named):
            problems.append(f"没有引用决定所依据的{format_ref(n)}。")
    return CheckResult(not problems, list(dict.fromkeys(problems)))

