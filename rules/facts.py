"""Facts the rules need, read from free chat text.

Matching is by the vocabulary file (longest term first), after repairing homophone typos of
vocabulary words by toneless pinyin (事古 -> 事故, 通抱 -> 通报, 引救 -> 引咎). A severity counts only
when it qualifies an accident (重大事故, 较大安全事故, 事故是较大的) or stands alone in a follow-up
(重大的话呢), because 一般 and 较大 are also everyday words; after a negation (不算重大) it names the
class the accident is not. Officials are read as level × rank (rules/titles.py); casualty figures
(死了5个人, 直接经济损失2000万元) are read and classed by the national table as a suggestion only.
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata
from dataclasses import asdict, dataclass, field

from pypinyin import lazy_pinyin

from .references import article_numbers, cn_int
from .schema import NationalClasses, RuleBook, Vocabulary
from .titles import mentions
from .topics import read_topic

# "较大事故", "重大的公共安全责任事故", "重大交通安全责任事故", "特别重大燃气爆炸事故": the class, then
# what kind of accident it was (any words, up to the nearest 事故), never a loss or an influence
# ("造成重大损失的事故" is no 重大 accident)
_ACCIDENT_TAIL = r"(?:的)?(?:(?!损失|影响|后果|以上|以下|或者|和|及)[\u4e00-\u9fff]){0,10}?事故"
# "事故是较大的", "事故属于一般事故": a class said after the accident
_AFTER_ACCIDENT = r"事故(?:的等级|等级|级别)?(?:是|为|属于|算|定为|定性为|认定为)(?:一起)?"
# "重大的话呢", "要是特别重大的呢": a follow-up naming only the class
_FRAGMENT = r"^(?:那|那么|那如果|如果|要是|假如|换成|改成|若是|若)?(?:是|为)?(?:一起)?"
FRAGMENT = 8          # a message this short says only what it adds to a conversation
_NUMBER = r"([0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百千]+)(多|余|几)?(亿|万)?(元)?"


@dataclass
class Facts:
    severity: str | None = None
    roles: list[str] = field(default_factory=list)
    consequence: str | None = None        # major / minor / general_major
    measures: list[str] = field(default_factory=list)
    not_measures: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    accident: bool = False
    articles: list[int] = field(default_factory=list)
    # officials that could not be placed: [{said, roles, always_ask, general}], asked about one by one
    unclear: list[dict] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)          # classes the accident is said not to be
    figures: dict[str, int] = field(default_factory=dict)    # deaths / serious_injuries / direct_loss
    suggested: str | None = None                             # the class the figures suggest
    yes_no: str | None = None                                # a yes/no question's lead key (会 / 需要)
    follow_up: bool = False                                  # "那街道书记呢": leans on a previous question
    fragment: bool = False                                   # "会被免职吗？": too short to stand alone
    # what is asked when it is not what the rules give an official (rules/topics.py): scope,
    # appeals…; None is that outcome, the one reading that needs the official placed
    topic: str | None = None

    def as_json(self) -> dict:
        return asdict(self)

    def empty(self) -> bool:
        return not (self.severity or self.roles or self.consequence or self.measures or self.not_measures
                    or self.accident or self.unclear or self.denied or self.suggested)


# (term, category, canonical) longest first, and toneless pinyin -> term for typo repair
Terms = tuple[list[tuple[str, str, str]], dict[tuple[str, ...], str]]


def build_terms(voc: Vocabulary) -> Terms:
    """The vocabulary's matching tables; RuleBook.terms keeps them, one set per book."""
    terms: list[tuple[str, str, str]] = []
    for canon, words in voc.roles.items():
        terms += [(w, "role", canon) for w in words]
    for canon, words in voc.measures.items():
        terms += [(w, "measure", canon) for w in words]
    terms += [(w, "not_measure", w) for w in voc.not_measures]
    for canon, words in voc.consequences.items():
        terms += [(w, "consequence", canon) for w in words]
        if canon != "minor":
            # 影响恶劣 said 影响很恶劣, 损失惨重 said 损失非常惨重: the noun, a degree adverb, the adjective
            terms += [(m.group(1) + d + m.group(2), "consequence", canon) for w in words
                      if (m := re.fullmatch(r"(影响|损失|后果)(.+)", w))
                      and not any(m.group(2).startswith(x) for x in voc.consequence_degrees)
                      for d in voc.consequence_degrees]
    for canon, words in voc.asks.items():
        terms += [(w, "ask", canon) for w in words]
    terms.sort(key=lambda t: -len(t[0]))
    sounds: dict[tuple[str, ...], str] = {}
    extra = ["事故", "问责", "通报", "引咎"] + [w for ws in voc.severities.values() for w in ws]
    extra += [w for rw in voc.ranks if rw.rank for w in rw.words if len(w) >= 3]
    extra += [w for ws in voc.levels.values() for w in ws if len(w) >= 3]
    for w in [t[0] for t in terms] + extra:
        if len(w) >= 2:
            sounds.setdefault(tuple(lazy_pinyin(w)), w)
    return terms, sounds


@lru_cache(maxsize=1 << 14)
def _syllable(ch: str) -> str:
    """A character's syllable without its tone (pypinyin takes about a millisecond a call; the
    same few thousand characters come back in every text)."""
    return lazy_pinyin(ch)[0]


def repair_typos(text: str, book: RuleBook) -> str:
    """Replace windows that sound like a vocabulary word but are spelt otherwise."""
    _, sounds = book.terms
    syllables = [_syllable(ch) if "\u4e00" <= ch <= "\u9fff" else ch for ch in text]
    out = list(text)
    lengths = sorted({len(k) for k in sounds}, reverse=True)
    crossing = _spelt_words(text, book)
    i = 0
    while i < len(text):
        for n in lengths:
            key = tuple(syllables[i:i + n])
            word = sounds.get(key)
            if word and "".join(out[i:i + n]) != word and all("\u4e00" <= c <= "\u9fff" for c in text[i:i + n]) \
                    and not any(s < i < e or s < i + n < e for s, e in crossing):
                # only where at least one character is not already part of the word
                out[i:i + n] = list(word)
                i += n - 1
                break
        i += 1
    return "".join(out)


def _spelt_words(text: str, book: RuleBook) -> list[tuple[int, int]]:
    """Where vocabulary words stand spelt right: a repair may not cut through one ("街道班子成员"
    is not 街道办 + 子成员)."""
    words = book.__dict__.get("_spelt_words")
    if words is None:                    # (the book's words, gathered once per book)
        voc = book.vocabulary
        every = {w for w, _, _ in book.terms[0]} | set(book.terms[1].values())
        every |= {w for rw in voc.ranks for w in rw.words} | {w for ws in voc.levels.values() for w in ws}
        words = book.__dict__["_spelt_words"] = sorted(w for w in every if len(w) >= 2)
    out = []
    for w in words:
        start = text.find(w)
        while start >= 0:
            out.append((start, start + len(w)))
            start = text.find(w, start + 1)
    return out


_TITLE = re.compile(r"《[^《》]*》")


def _titles_blanked(text: str) -> str:
    """The text with what stands inside 《》 blanked (same length, so positions hold): a document's
    title names no official (《关于实行党政领导干部问责的暂行规定》 is not a 领导干部 to ask about)."""
    return _TITLE.sub(lambda m: "《" + "\u3000" * (len(m.group(0)) - 2) + "》", text)


def extract(text: str, book: RuleBook) -> Facts:
    text = unicodedata.normalize("NFKC", text)
    articles = article_numbers(text)     # as retrieval reads them, before typo repair rewrites any character
    text = repair_typos(text, book)
    voc = book.vocabulary
    facts = Facts(articles=articles)
    text = _read_severity(text, voc, facts)
    facts.accident = any(w in text for w in voc.accident_words) or "事故" in text
    if book.national is not None:
        _read_figures(text, book.national, facts)
        facts.accident = facts.accident or bool(facts.figures)
    for m in mentions(_titles_blanked(text), voc):
        if m.certain:
            if m.roles[0] not in facts.roles:
                facts.roles.append(m.roles[0])
        else:
            # general: neither level nor rank said (干部, 领导干部): officials at large, not one official
            facts.unclear.append({"said": m.said, "roles": m.roles, "always_ask": m.always_ask,
                                  "general": m.level is None and m.rank is None})
    terms, _ = book.terms
    said: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        for word, cat, canon in terms:
            if text.startswith(word, i):
                if cat == "role" and not voc.positions and canon not in facts.roles:
                    facts.roles.append(canon)        # a vocabulary without level × rank: fixed phrases
                elif cat == "measure" and canon not in facts.measures:
                    facts.measures.append(canon)
                elif cat == "not_measure" and canon not in facts.not_measures:
                    facts.not_measures.append(canon)
                elif cat == "consequence":
                    said.append((i, i + len(word), canon))
                elif cat == "ask" and canon not in facts.asks:
                    facts.asks.append(canon)
                i += len(word)
                break
        else:
            i += 1
    facts.consequence = _consequence(text, said)
    facts.yes_no = _yes_no(text, voc)
    t = text.strip().rstrip("？?。!！ ")
    facts.follow_up = t.startswith(tuple(voc.follow_up_starts)) or t.endswith("呢")
    facts.fragment = len(t) <= FRAGMENT
    facts.topic = read_topic(text, book)
    return facts


def _read_severity(text: str, voc: Vocabulary, facts: Facts) -> str:
    """Set facts.severity (or facts.denied) and return the text with the class words taken out,
    so that 较大 in 较大事故 is not read again as 较大损失."""
    words = sorted(((w, canon) for canon, ws in voc.severities.items() for w in ws), key=lambda t: -len(t[0]))
    canon_of = dict(words)
    sev = "(" + "|".join(re.escape(w) for w, _ in words) + ")"
    neg = "(" + "|".join(re.escape(w) for w in sorted(voc.severity_negations, key=len, reverse=True)) + ")?" \
        if voc.severity_negations else "()?"
    order = list(voc.severities)                 # most severe first
    patterns = [re.compile(neg + "(?:是|为)?" + sev + _ACCIDENT_TAIL),
                re.compile(_AFTER_ACCIDENT.replace("(?:是|为|", "(?:") + neg + "(?:是)?" + sev + "(?:的|级)?"),
                re.compile(_AFTER_ACCIDENT + sev + "(?:的|级)?"),
                re.compile(_FRAGMENT + neg + sev + r"(?:的)?(?:话)?(?:呢|吗)?[？?。!！]*$"),
                re.compile(r"(?<![不没])(?:算|属于|是)(?:一起)?" + sev + "(?:的|级别|级)"),
                re.compile(neg.replace(")?", ")") + "(?:是)?" + sev) if voc.severity_negations else None]
    found: list[tuple[re.Match, str, bool]] = []
    for pattern in patterns:
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            groups = [g for g in m.groups()]
            word = groups[-1]
            negated = len(groups) > 1 and bool(groups[0])
            found.append((m, canon_of[word], negated))
    positive = [f for f in found if not f[2]]
    if positive:
        m, canon, _ = positive[0]
        facts.severity = canon
        return text[:m.start()] + "事故" + text[m.end():]
    if found:
        m, canon, _ = found[0]
        # not this class: nor any more severe one ("不算重大" is not 特别重大 either)
        facts.denied = order[:order.index(canon) + 1] if canon in order else [canon]
        return text[:m.start()] + "事故" + text[m.end():]
    return text


def _consequence(text: str, said: list[tuple[int, int, str]]) -> str | None:
    """One consequence from all those said: a loss or an influence that was there outweighs one
    that was not ("损失不大但社会影响很坏"), except where it only continues a denial ("没有造成较大
    损失或者不良影响")."""
    kept: list[str] = []
    denied_end = -1
    for start, end, canon in said:
        if canon != "minor" and re.search(r"[没无未]|不是", text[max(0, start - 3):start]):
            canon = "minor"           # "也没有不良影响"
        if canon == "minor":
            denied_end = end
        elif denied_end >= 0 and text[denied_end:start] in ("", "或者", "或", "和", "、", "及", "或是", "也没有", "和不良"):
            denied_end = end
            continue
        kept.append(canon)
    positive = [c for c in kept if c != "minor"]
    return positive[0] if positive else (kept[0] if kept else None)


def _number(m: re.Match) -> int:
    digits, _, unit, _ = m.groups()
    value = float(digits) if digits[0].isdigit() else cn_int(digits)
    value *= {"亿": 100_000_000, "万": 10_000}.get(unit or "", 1)
    return int(value)


def _read_figures(text: str, table: NationalClasses, facts: Facts) -> None:
    """Deaths, serious injuries and direct loss said in numbers, and the class they suggest."""
    for name in ("deaths", "serious_injuries", "direct_loss"):
        for form in table.figures.get(name, []):
            m = re.search(form.replace("{n}", _NUMBER), text)
            if m:
                n = _number(re.match(_NUMBER, m.group(0)[m.start(1) - m.start():]))
                if name == "direct_loss" and not m.group(3):
                    continue          # "损失3" without 万 / 亿 is no amount we can class
                facts.figures[name] = n
                break
    if "deaths" not in facts.figures and any(w in text for w in table.figures.get("no_deaths", [])):
        if facts.figures:
            facts.figures["deaths"] = 0
    facts.suggested = table.classify(facts.figures.get("deaths"), facts.figures.get("serious_injuries"),
                                     facts.figures.get("direct_loss"))


def _yes_no(text: str, voc: Vocabulary) -> str | None:
    """The lead key of a yes/no question ("会被免职吗" -> 会, "要写检查不" -> 需要), else None."""
    t = text.strip().rstrip("？?。!！ ")
    asks = bool(re.search(r"[吗么](?:[？?，,。；;!！\s]|$)|(?:不|否|没有)$", t))
    forms = sorted(((f, key) for key, fs in voc.yes_no.items() for f in fs), key=lambda x: -len(x[0]))
    for form, key in forms:
        if form in t and (asks or re.search(r"(.)不\1", form) or form in ("是否", "是不是")):
            return key
    # "停职检查吗": no verb, asked all the same; the first lead key (会) answers it
    return next(iter(voc.yes_no), None) if asks else None
