"""The measure sets of one article matched to the procedures of another: "记法：第十条里适用于
“造成重大损失或者恶劣影响”的五种方式，程序都按25号文件；", and, after the procedures are listed,
"正好对应第十条里“造成重大损失或者恶劣影响”和“未造成”的两组方式。".

Why: such a sentence names a set by its condition (第十条's consequence, quoted) and a procedure
by its document (25号文件, 《办法》), two articles apart: held to the article it cites, the
procedure's document number was not found there, and the correspondence itself is written in
neither article. It is read against the rule data, which has both the sets (with their
consequence, as worded in the article) and the procedures (with their measures):
- a set is named by the quoted words its article's wording starts with (“未造成” is the set of
  未造成重大损失或者恶劣影响; a quote that starts both sets', or neither, names none);
- *a set said to follow a procedure* (…的N种方式，程序都按Y): Y must name one procedure (its
  wording in the article: 25号文件, 《办法》), whose measures are the set's; N, if said, its size;
- *the groups above said to match the sets* (正好对应/就是…“A”和“B”的两组): every procedure's
  measures must be one of the quoted sets', the quotes must name as many different sets as there
  are procedures, and a count (两组) must be that number. The groups are those of the lines above,
  which must speak of procedure (程序).
Anything else in the sentence keeps it to the other readings (None).
"""
from __future__ import annotations

import re

from ..references import cn_int
from ..schema import RuleBook
from .sources import bare

_QUOTE = re.compile(r"[“「]([^”」]{2,30})[”」]")
_TALK = re.compile(r"程序|对应|对得上|吻合|一致")
_FOLLOWS = re.compile(r"^(?:记法[：:]|规律是[：:]|换句话说[，,]?)?(?:第(?P<art>[零一二两三四五六七八九十百\d]+)条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:里|中)?)?"
                      r"(?:适用于|针对)?[“「](?P<q>[^”」]{2,30})[”」](?:的|情形的)?(?P<n>[一二两三四五六七八九十\d]+)?(?:种|类|项)?"
                      r"(?:问责)?(?:方式|处理)?[，,]\s*(?:其)?程序(?:都|均|一律|全都|全部)?(?:按照?|依照|适用|走)(?P<y>[^，,；;。]{2,24}?)"
                      r"(?:执行|办理|的程序)?[；;。]?$")
_MATCHES = re.compile(r"^(?:这|这样|这两组|两组|两路|这两路)?(?:也)?(?:正好|恰好|刚好)?(?:对应|对得上|就是|吻合|一致于)"
                      r"(?:第(?P<art>[零一二两三四五六七八九十百\d]+)条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:里|中)?)?(?P<qs>(?:[“「][^”」]{2,30}[”」][和与、及]?)+)"
                      r"(?:的)?(?:(?P<n>[一二两三四五六七八九十\d]+)(?:组|档|类|套))?(?:问责)?(?:方式)?[。；;]?$")


def _set_named(quoted: str, book: RuleBook):
    """The measure set whose wording starts with the quoted words, when exactly one does."""
    q = bare(quoted)
    hits = [s for s in book.regulation.measure_sets if bare(s.source.span).startswith(q)]
    return hits[0] if len(hits) == 1 else None


def _procedure_named(words: str, book: RuleBook):
    """The procedure whose wording (after 程序) holds the words, when exactly one does."""
    w = bare(re.sub(r"文$", "文件", words.strip()))
    if len(w) < 2:
        return None
    hits = [p for p in book.regulation.procedures
            if w in bare(p.source.span.partition("程序")[2] or p.source.span) or w in bare(p.procedure)]
    return hits[0] if len(hits) == 1 else None


def judged(sentence: str, above: str, book: RuleBook) -> tuple[bool, str] | None:
    """(holds, why) for a sentence of the two kinds above; None when it is neither."""
    if not _TALK.search(sentence) or not book.regulation.measure_sets or not book.regulation.procedures:
        return None
    text = sentence.strip()
    if (m := _FOLLOWS.match(text)):
        s, p = _set_named(m.group("q"), book), _procedure_named(m.group("y"), book)
        if s is None or p is None:
            return None
        if m.group("art") and cn_int(m.group("art")) != s.source.article:
            return False, f"“{m.group('q')}”的一组问责方式在第{s.source.article}条，不在第{m.group('art')}条。"
        if set(s.measures) != set(p.measures):
            return False, f"“{m.group('q')}”的一组问责方式（{'、'.join(s.measures)}）的程序不是{m.group('y')}。"
        if m.group("n") and cn_int(m.group("n")) != len(s.measures):
            return False, f"“{m.group('q')}”的一组问责方式有{len(s.measures)}种，不是{m.group('n')}种。"
        return True, f"{s.id}与{p.id}的问责方式相同（规则数据）"
    if (m := _MATCHES.match(text)) and "程序" in above:
        sets = [_set_named(q, book) for q in _QUOTE.findall(m.group("qs"))]
        if any(s is None for s in sets) or len({s.id for s in sets}) != len(sets):
            return None
        if m.group("art") and any(cn_int(m.group("art")) != s.source.article for s in sets):
            return False, "所说的各组问责方式不在所引的条文中。"
        procs = book.regulation.procedures
        if m.group("n") and cn_int(m.group("n")) != len(procs):
            return False, f"程序分{len(procs)}组，不是{m.group('n')}组。"
        if len(sets) != len(procs) or any(not any(set(p.measures) == set(s.measures) for s in sets) for p in procs):
            return False, "各程序的问责方式与所说的各组问责方式不一一对应。"
        return True, "各程序的问责方式与" + "、".join(s.id for s in sets) + "一一对应（规则数据）"
    return None
