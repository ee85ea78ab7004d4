"""A subject outside a provision's ownership qualifier: to "我是一家民营燃气公司的老板…会被追责吗",
"燃气经营企业负责人由市国资委追究责任" where the text says "国有或者国有控股燃气经营企业负责人有下列
情形之一的，由市国资委追究责任".

Regulations often reach a kind of enterprise only under its ownership (国有, 国有控股, 国有独资,
国家出资; 公办 for schools and hospitals). A draft that restates the provision without the
qualifier is close to the text in words, and `qualifier_dropped` leaves a qualifier dropped at the
front of a name alone (people shorten names that way); but when the asker's own subject is
privately owned (民营, 私营, 民办, 个体, 外资, 非国有 in the question), the qualifier is the whole
answer: saying the provision of its qualified subject without it applies it to the asker.

Read here: the question names a private owner, the sentence names neither kind of owner (a sentence
that says 国有 or 民营 weighs the qualifier itself and is left to the other readers) and is no
denial of application; a passage puts an ownership qualifier before a name (…企业负责人) and the
sentence says that name without it.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

_PRIVATE = re.compile(r"民营|私营|民办|私人|私企|个体|外资|外商|非国有|非公")
_STATE = r"(?:国有独资|国有控股|国有全资|国有资本控股|国家出资|国有|国营|公办)"
_QUALIFIED = re.compile(rf"{_STATE}(?:(?:或者|或|和|及|以及|、){_STATE})*的?(?P<name>[\u4e00-\u9fff]{{2,10}}?"
                        r"(?:企业|公司|单位|学校|医院|机构)(?:的)?(?:主要负责人|负责人|法定代表人|管理人员|工作人员|职工)?)")
_OWNERS = re.compile(rf"{_STATE}|{_PRIVATE.pattern}")
_DENIED = re.compile(r"不适用|不属于|不在|不会|不能|不归|无关|管不到|不受|不是")


def problems(sentence: str, question: str, passages: list[SourceText]) -> list[str]:
    if not passages or not _PRIVATE.search(question) or _OWNERS.search(sentence) or _DENIED.search(sentence):
        return []
    mine = bare(sentence)
    for p in passages:
        for m in _QUALIFIED.finditer(p.text):
            name = bare(m.group("name"))
            if len(name) >= 4 and name in mine:
                return [f"“{name}”：{p.label}说的是“{bare(m.group(0))}”，所问的{_PRIVATE.search(question).group(0)}"
                        f"主体不在其内"]
    return []
