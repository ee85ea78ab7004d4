"""A case the text excepts from a rule, said to take the rule all the same (branch `wsz3`).

"…有关单位已经依照本办法履行…职责的，不予追究责任；但是，灾后未依照本办法第7条第1款第(三)项规定进行
特殊检测的除外。" A draft that says "灾后没有做特殊检测的，也能免" (or "…，仍可不予追究") gives the
excepted case the rule's consequence. Its words are all the article's, so the support test finds it;
`excepted_included` reads the case put under the rule with 也 / 同样 in the case's own clause and
no negation, and this case carries a negation of its own (未…检测), the consequence sits in the
next clause, and 免 says 不予追究 in other words.

Read here, against the articles a verified sentence is held to: each rule "…的，P；但是，X的除外" gives
a consequence P and an excepted case X (X without its references and light verbs: 依照本办法第N条
规定, 进行). A clause of the sentence that says most of X's content words (and says no exception of
its own: 除外, 例外, 不包括) is the case; what the sentence says after it is its consequence. The
consequence gives the case the rule when it speaks of the same thing as P (a content pair of P's,
or 免 where P is an exemption, 不予 / 免予 …) and has the same parity of negation as P (免 counted
as a negation): "也能免", "仍不予追究", "照样可以不封闭" take the rule; "不能免", "仍要追究", "必须
封闭" do not. Only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare, content_pairs

# a rule with its exception in one sentence of the text: …的，P；但是，X的除外
_RULE = re.compile(r"的[，,]([^，,；;。]{2,30})[；;][ \t]*(?:但是|但)[，,]?([^，,。；;：:]{4,60}?)的?除外")
# the references and light words of an excepted case, which a restatement leaves out
_REFERENCE = re.compile(r"(?:依照|按照|根据|违反)?(?:本办法|本规定|本条例|本细则)?"
                        r"(?:第[\d一二三四五六七八九十百]+[条款项]|第?[（(][\d一二三四五六七八九十]+[)）]项?)+(?:的)?(?:规定)?")
_LIGHT = re.compile(r"进行|依照|按照|规定")
_CLAUSE = re.compile(r"[，,；;。！？\n]")
_OWN_EXCEPTION = re.compile(r"除外|例外|不包括|不含|排除|除了|不在[^，,。；;]{0,12}(?:之列|范围)")
_NEGATION = re.compile(r"不|未|没|无|非|免")
_EXEMPTION = re.compile(r"不予|免予|免于|免除|不追究|不处罚|不承担|不处分")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将仅只可以能应当要仍还照样同样一样依然")
SHARE = 0.7


def _content(text: str) -> set[str]:
    return content_pairs(text, _FUNCTION)


def _case_words(case: str) -> set[str]:
    return _content(_LIGHT.sub("", _REFERENCE.sub("", case)))


def _takes_rule(consequence: str, rule: str) -> bool:
    said = bare(consequence)
    if not said or _OWN_EXCEPTION.search(said):
        return False
    same_thing = bool(_content(said) & _content(rule)) or ("免" in said and bool(_EXEMPTION.search(rule)))
    parity = len(_NEGATION.findall(said)) % 2 == len(_NEGATION.findall(bare(rule))) % 2
    return same_thing and parity


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    clauses = [c for c in _CLAUSE.split(sentence) if bare(c)]
    for _, text in articles:
        for m in _RULE.finditer(text):
            rule, case = m.group(1), m.group(2)
            pairs = _case_words(case)
            if len(pairs) < 3:
                continue
            for i, clause in enumerate(clauses[:-1]):
                if _OWN_EXCEPTION.search(clause) or len(pairs & _content(clause)) / len(pairs) < SHARE:
                    continue
                consequence = "，".join(clauses[i + 1:])
                if _takes_rule(consequence, rule):
                    return [f"原文“{bare(m.group(0)[2:])}”，{bare(case)}的不在“{bare(rule)}”之列"]
    return []


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"[，,；;]", sentence))
