"""Absences about a document's front matter ("来源没有写日期", "报告没有署名作者", "来源页面没有列出
这部规定的发布日期"): the thing said to be missing is a field of the front matter (its date, its
issuer or author, where the text came from), so the claim is held to that field, not to the
passages. The absence reader (`absence.judge`) looks for the thing in the text of the scope, where a
date or an issuer never is, so every such claim passed; but the front matter of the regulation
gives a date, and the report's gives an issuer.

Only the false claims are decided here (the field has a value); a true one (the paper's date is
null, the regulation's issuer 未载明) is left to the absence reader, which passes it with the
sources' own record of what is missing. Which document's field: the one the sentence names (by
title, 规定, 论文/文章, 报告), else the one the sentence before it names, else the one the
question names, else the default regulation. A
date of entry into force (施行日期) is no front-matter field, and a clause about the articles
(条文, 条款, 正文, 第N条) speaks of the text, where the date indeed is not.

(r21alarm) The same field asked as an indirect question and said not to be known from the text
("所以是谁发的，单凭这份文本说不出来", "什么时候印发的，从材料里看不出来") is held to that field both
ways: true when the front matter records it as missing, false when it gives a value.
"""
from __future__ import annotations

import re

from .absence import ABSENT
from .sources import DocumentFacts, SourceSet

# the front matter's fields, each with the words that name it
_FIELDS = {
    "date": re.compile(r"(?<![施生实])(?:发布|印发|发文|发表|成文|颁布|出台|制定|落款|标注的?)(?:日期|时间|年份)|"
                       r"(?<![施生实行效期限])日期"),
    "issuer": re.compile(r"发文机关|发布机关|印发机关|制定机关|发文单位|发布单位|作者|署名"),
    "origin": re.compile(r"出处(?![分理置罚])"),    # not 列出处分
}
_FIELD_NAMES = {"date": "日期", "issuer": "发文机关或作者", "origin": "出处"}
_TEXT_SCOPE = re.compile(r"条文|条款|正文|第[零一二两三四五六七八九十百\d]+条|施行|生效")
_DENIED = re.compile(r"不是|并非|并不是")
_CLAUSE = re.compile(r"[^，,；;。]+")
_EMPTY = re.compile(r"^(?:未载明|未署名|未注明|没有|无|null|none)", re.I)


def _value(facts: DocumentFacts, field: str) -> str:
    """The field's value, "" when the front matter records it as missing."""
    value = {"date": facts.date, "issuer": facts.issuer, "origin": facts.origin}[field] or ""
    return "" if _EMPTY.match(value.strip()) else value


def _documents(text: str, sources: SourceSet, default_doc: str) -> set[str]:
    """The documents a text names: by title, by kind (论文/文章, 报告), by 规定 (the default one)."""
    docs = {d for t in re.findall(r"《([^》]+)》", text) if (d := sources.doc_by_title(t))}
    kinds = {"article": r"论文|文章", "paper": r"论文|文章", "report": r"报告"}
    for kind, words in kinds.items():
        if re.search(words, text):
            docs |= {d.doc_id for d in sources.documents.values() if d.kind == kind}
    if re.search(r"规定", text) and default_doc in sources.documents:
        docs.add(default_doc)
    return docs


def contradicted(sentence: str, question: str, sources: SourceSet, default_doc: str, previous: str = "") -> str | None:
    """Why the sentence's absence of a front-matter field is false (the document's front matter
    has it), else None (no such absence, or it is true, or the clause speaks of the articles).
    A sentence naming no document (作者和发表日期未载明) is of the one the sentence before it named."""
    for clause in _CLAUSE.findall(sentence):
        m = ABSENT.search(clause)
        if m is None or _TEXT_SCOPE.search(clause) or _DENIED.search(clause[:m.start()]):
            continue
        fields = [f for f, words in _FIELDS.items() if words.search(clause)]
        if not fields:
            continue
        docs = _documents(clause, sources, default_doc) or _documents(sentence, sources, default_doc) or \
            _documents(previous, sources, default_doc) or _documents(question, sources, default_doc) or \
            ({default_doc} & set(sources.documents))
        for doc in sorted(docs):
            facts = sources.documents[doc]
            for f in fields:
                value = _value(facts, f)
                if value:
                    return f"《{facts.title}》的来源说明载有{_FIELD_NAMES[f]}（{value[:40]}），不是没有。"
    return None


# (r21alarm) who issued it / when, asked indirectly, then said not to be known from the text
_ASKED_FIELD = re.compile(
    r"^(?:所以|因此|因而|至于)?(?:它|这份规定|本规定|这部规定|这份文件)?(?:到底|究竟)?"
    r"(?P<ask>(?:是|由)?谁(?:来)?(?:发|印发|发布|制定|颁布|出台|写|撰写)的|(?:是|由)?哪个(?:机关|部门|单位)(?:发|印发|发布|制定|颁布|出台)的|"
    r"发文机关是谁|(?:是)?什么时候(?:发|印发|发布|颁布|出台)的|哪(?:一)?年(?:发|印发|发布|颁布|出台)的)"
    r"[，,]?(?:单凭|仅凭|光凭|只凭|从|根据|凭)?(?:这份|本|现有的?|手头的?|这些)?(?:文本|材料|来源|资料)?(?:里|中|上)?(?:都|也|是)?"
    r"(?:说不出来?|看不出来?|无从(?:得知|知道|判断|说起)|不得而知|无法(?:确定|得知|知道|判断|说明))[。！!]?$")


# (r27alarm) the same, the inability said first: "我没法确定《…》是哪个单位发布的", "无法判断这份规定是谁印发的"
_UNABLE_FIRST = re.compile(
    r"^(?:所以|因此|因而)?(?:我|我们|这里|目前)?(?:也|都)?(?:没法|无法|没办法|无从|不能|说不出|不知道|不清楚)"
    r"(?:确定|判断|得知|知道|说清楚?|确认|告诉您|告诉你)?(?:《[^》]+》|这份规定|本规定|这部规定|这份文件|这个规定|它)?"
    r"(?:到底|究竟)?(?P<ask>(?:是|由)?谁(?:来)?(?:发|印发|发布|制定|颁布|出台|写|撰写)的|(?:是|由)?哪个(?:机关|部门|单位)(?:发|印发|发布|制定|颁布|出台)的|"
    r"(?:是)?什么时候(?:发|印发|发布|颁布|出台)的|哪(?:一)?年(?:发|印发|发布|颁布|出台)的)[。！!]?$")


def _field_missing(clause: str, docs: set[str], sources: SourceSet) -> bool:
    """Whether the clause says a front-matter field is missing and every document's front matter
    records it as missing."""
    m = ABSENT.search(clause)
    fields = [f for f, words in _FIELDS.items() if words.search(clause)]
    return bool(m and fields and docs and not _TEXT_SCOPE.search(clause)) and \
        all(not _value(sources.documents[d], f) for d in docs for f in fields)


def unknowable(sentence: str, question: str, sources: SourceSet, default_doc: str,
               previous: str = "") -> tuple[bool, str] | None:
    """(right, why) for "是谁发的，单凭这份文本说不出来": the field asked, of the document named
    (else the one the sentence before or the question names), must be recorded as missing."""
    m = _ASKED_FIELD.match(sentence.strip()) or _UNABLE_FIRST.match(sentence.strip())
    if m is None:
        # "手头的文本没有列出发文机关，我没法确定…是哪个单位发布的": the inability after clauses that
        # each say a front-matter field is missing, each true of the document (else `contradicted`
        # has failed the sentence): the inability decides it
        clauses = _CLAUSE.findall(sentence)
        docs = _documents(sentence, sources, default_doc) or ({default_doc} & set(sources.documents))
        if len(clauses) < 2 or not all(_field_missing(c, docs, sources) for c in clauses[:-1]):
            return None
        m = _ASKED_FIELD.match(clauses[-1].strip() + "。") or _UNABLE_FIRST.match(clauses[-1].strip())
        if m is None:
            return None
    field = "date" if re.search(r"什么时候|哪(?:一)?年", m.group("ask")) else "issuer"
    docs = _documents(sentence, sources, default_doc) or _documents(previous, sources, default_doc) or \
        _documents(question, sources, default_doc) or ({default_doc} & set(sources.documents))
    if not docs:
        return None
    for doc in sorted(docs):
        facts = sources.documents[doc]
        value = _value(facts, field)
        if value:
            return False, f"《{facts.title}》的来源说明载有{_FIELD_NAMES[field]}（{value[:40]}），可以看出来。"
    return True, "、".join(f"《{sources.documents[d].title}》的来源说明没有载明{_FIELD_NAMES[field]}" for d in sorted(docs))
