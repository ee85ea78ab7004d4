"""Wrong sentences that passed (branch wmiss9), each shape read as a mechanism and tested both ways:
the wrong sentence fails, the right sentence of the same shape passes, on 深圳 and on an ingested
regulation where the shape exists."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=None)
def _sources(reg: str | None):
    return shipped_sources() if reg is None else with_documents([DATA / reg])


@lru_cache(maxsize=1)
def _book() -> RuleBook:
    return RuleBook()


def passed(reg: str | None, question: str, draft: str) -> bool:
    return check(question, draft, _book(), sources=_sources(reg)).passed


CASES = [
    # a prohibition worded otherwise than the permission it turns round (进一步追究 for 可…进一步问责)
    (None, "初步问责后还能进一步问责吗？", "初步问责后不能进一步追究。", False),
    (None, "初步问责后还能进一步问责吗？", "初步问责之后，根据事故调查结果，不准再进一步追责。", False),
    (None, "初步问责后还能进一步问责吗？", "第十五条不允许进一步问责。", False),
    (None, "初步问责后还能进一步问责吗？", "初步问责之后，可以根据事故调查结果进一步问责。", True),
    (None, "初步问责后还能进一步问责吗？", "初步问责后不一定要进一步问责。", True),
    ("hechuan-dust-2036.md", "减轻追究怎么处理？", "减轻追究的，不得按照低一个等级处理。", False),
    ("hechuan-dust-2036.md", "减轻追究怎么处理？", "减轻追究的，按照低一个等级处理。", True),
    # a required act denied after the act its article joins it to
    (None, "现场会和初步问责是什么关系？", "初步问责以后还不能开现场会。", False),
    # an order of two acts turned round (召开现场会，并作出初步问责决定)
    (None, "现场会和初步问责哪个先？", "初步问责以后才能开现场会。", False),
    (None, "现场会和初步问责哪个先？", "先作出初步问责决定，再召开现场会。", False),
    (None, "现场会和初步问责哪个先？", "先召开现场会，再作出初步问责决定。", True),
    # an article said to write only one act where its sentence joins another (…召开现场会，并作出…)
    (None, "第十四条规定了什么？", "第十四条只写了区委区政府作出初步问责决定。", False),
    (None, "第十四条规定了什么？", "第十四条只写了区委区政府应在24小时内召开现场会。", False),
    (None, "第十四条规定了什么？", "第十四条对较大事故规定，区委区政府应在24小时内召开现场会，并作出初步问责决定。", True),
    # a list restated with a member added (工作秘密), the list closed by its 的
    ("lanxi-bridge-2036.md", "追究决定要公开吗？", "涉及国家秘密、商业秘密、工作秘密的内容不公开。", False),
    ("lanxi-bridge-2036.md", "追究决定要公开吗？", "第25条第2款规定，涉及国家秘密、商业秘密、工作秘密的内容不公开。", False),
    ("lanxi-bridge-2036.md", "追究决定要公开吗？", "涉及国家秘密、商业秘密和个人隐私的内容不公开。", True),
    ("lanxi-bridge-2036.md", "追究决定要公开吗？", "第25条第2款规定，涉及国家秘密、商业秘密和个人隐私的内容不公开。", True),
    # a plain 不 before the act the passage states (an invented exception)
    ("langchuan-property-2038.md", "信用评价为D级的会怎样？",
     "信用评价为D级的物业服务企业，市住房城乡建设部门应当将其列为重点监管对象。但有一个例外：连续2年信用评价为D级的，不列为重点监管对象。", False),
    ("langchuan-property-2038.md", "信用评价为D级的会怎样？", "连续2年信用评价为D级的，不列为重点监管对象。", False),
    ("langchuan-property-2038.md", "信用评价为D级的会怎样？", "信用评价为D级的物业服务企业，市住房城乡建设部门应当将其列为重点监管对象。", True),
    ("chengchuan-food-2034.md", "未完成年度监督检查计划会怎样？",
     "未完成年度监督检查计划，检查任务完成率低于百分之八十的，不追究过错责任。", False),
    ("chengchuan-food-2034.md", "未完成年度监督检查计划会怎样？",
     "未完成年度监督检查计划，检查任务完成率低于百分之八十的，应当追究过错责任。", True),
    # a term's rule (X，应当…) given to another term of the same frame
    ("tingxi-equipment-2035.md", "减轻追究怎么确定？", "减轻追究应当在本办法第十七条规定的相应档次内从重确定追究方式。", False),
    ("tingxi-equipment-2035.md", "从重追究怎么确定？", "从重追究应当在第十七条规定的相应档次以下降低一档确定追究方式。", False),
    ("tingxi-equipment-2035.md", "减轻追究怎么确定？", "减轻追究应当在第十七条规定的相应档次以下降低一档确定追究方式。", True),
    ("tingxi-equipment-2035.md", "从重追究怎么确定？", "从重追究应当在第十七条规定的相应档次内从重确定追究方式。", True),
]


@pytest.mark.parametrize("reg,question,draft,right", CASES)
def test_both_ways(reg, question, draft, right):
    assert passed(reg, question, draft) is right
