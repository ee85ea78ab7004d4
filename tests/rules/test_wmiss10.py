"""Wrong sentences about ingested regulations that passed (branch wmiss10), each shape read as a
mechanism and tested both ways: the wrong sentence fails, the right one of the same shape passes,
on two regulations where the shape exists."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checker import check
from rules.schema import RuleBook

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=None)
def _sources(reg: str):
    return with_documents([DATA / reg])


@lru_cache(maxsize=1)
def _book() -> RuleBook:
    return RuleBook()


def passed(reg: str, question: str, draft: str) -> bool:
    return check(question, draft, _book(), sources=_sources(reg)).passed


CASES = [
    # a repealed document said to stay in force, in words the text never uses (继续有效 for 同时废止)
    ("jizhou-muck-transport-2038.md", "原来的暂行规定还有效吗？",
     "《霁州市渣土运输管理责任追究暂行规定》（霁政规〔2035〕2号）继续有效（第三十三条）。", False),
    ("jizhou-muck-transport-2038.md", "原来的暂行规定还有效吗？",
     "本办法施行后，《霁州市渣土运输管理责任追究暂行规定》仍然适用（第三十三条）。", False),
    ("jizhou-muck-transport-2038.md", "原来的暂行规定还有效吗？",
     "《霁州市渣土运输管理责任追究暂行规定》（霁政规〔2035〕2号）同时废止（第三十三条）。", True),
    ("hechuan-dust-2036.md", "以前的暂行办法还能用吗？",
     "《鹤川市建筑工地扬尘污染防治管理暂行办法》（鹤政办发〔2031〕12号）继续执行（第三十五条）。", False),
    ("hechuan-dust-2036.md", "以前的暂行办法还能用吗？",
     "《鹤川市建筑工地扬尘污染防治管理暂行办法》（鹤政办发〔2031〕12号）同时废止（第三十五条）。", True),
    # figures of a two-character measure denied (没有规定任何浓度数值) where a clause gives them
    ("hechuan-dust-2036.md", "细则有没有规定扬尘浓度超标的标准？",
     "细则只要求按规模安装扬尘在线监测设备并与监管平台联网，没有规定任何浓度数值。", False),
    ("hechuan-dust-2036.md", "细则有没有扬尘浓度的标准？", "细则未规定浓度的具体数值。", False),
    ("hechuan-dust-2036.md", "细则有没有扬尘浓度的标准？",
     "有，PM10小时平均浓度连续2小时超过150微克/立方米的，监管平台自动发出预警。", True),
    ("hechuan-dust-2036.md", "细则规定了噪声限值吗？", "细则没有规定任何噪声数值。", True),
    ("chengxi-eldercare-2036.md", "扣减补贴有没有数额？", "办法没有规定任何补贴金额。", False),
    ("chengxi-eldercare-2036.md", "扣减补贴有没有数额？",
     "单个养老机构被扣减运营补贴超过20万元的，区民政部门应当报市民政局备案。", True),
    # an exemption's later condition dropped under words that only widen it (只要是…造成的，…一律不予追究)
    ("lanjiang-housing-2034.md", "申请人造假骗过了审核，审核人员有没有责任？",
     "只要是申请人隐瞒真实情况或者提供虚假材料造成的，审核人员一律不予追究。", False),
    ("lanjiang-housing-2034.md", "申请人弄虚作假，审核的人要担责吗？",
     "凡是申请人提供虚假材料导致的，审核人员一概不予追究审核责任。", False),
    ("lanjiang-housing-2034.md", "申请人弄虚作假，审核的人要担责吗？",
     "申请人提供虚假材料，审核人员已经尽到核查义务仍没能发现的，不追究审核责任。", True),
    ("qinglan-forest-fire-2036.md", "雷击引发的山火要追责吗？",
     "只要是雷击等自然原因引发森林火灾的，有关单位一律不予追究责任。", False),
    ("qinglan-forest-fire-2036.md", "雷击引发的山火要追责吗？",
     "因雷击等自然原因引发森林火灾，有关单位已经依照本规定履行预防、巡护和报告职责的，不予追究责任。", True),
]

LISTS = [
    # two lists of one article, each under its own lead: one lead over the other list's items
    ("chengxi-eldercare-2036.md", "哪些情形可以免予追究？",
     "第20条规定，有下列情形之一的，免予追究：\n1. 积极救治、妥善安置受影响的老年人，有效防止损失扩大的；\n"
     "2. 主动赔偿受害老年人或者其近亲属损失的。", False),
    ("chengxi-eldercare-2036.md", "哪些情形可以免予追究？",
     "第20条规定，有下列情形之一的，免予追究：\n1. 老年人或者其监护人拒绝养老机构依据评估结果提出的照护措施，"
     "并书面签字确认的；\n2. 情节轻微，在区民政部门发现前已经自行纠正，且未造成损害后果的。", True),
    ("chengxi-eldercare-2036.md", "哪些情形可以从轻？",
     "第20条规定，有下列情形之一的，可以从轻或者减轻追究：\n1. 老年人或者其监护人拒绝养老机构依据评估结果提出的照护措施，"
     "并书面签字确认的；\n2. 情节轻微，在区民政部门发现前已经自行纠正，且未造成损害后果的。", False),
    ("chengxi-eldercare-2036.md", "哪些情形可以从轻？",
     "第20条规定，有下列情形之一的，可以从轻或者减轻追究：\n1. 积极救治、妥善安置受影响的老年人，有效防止损失扩大的；\n"
     "2. 主动赔偿受害老年人或者其近亲属损失的。", True),
    ("langchuan-property-2038.md", "哪些情形不予追究？",
     "第27条规定，有下列情形之一的，不予追究责任：\n（一）主动配合调查，如实说明情况的；\n"
     "（二）物业服务安全事件发生后积极采取措施，有效避免损失扩大的。", False),
    # one duty line made of two items' words (全市渣土运输 of one item, 核准 of another)
    ("jizhou-muck-transport-2038.md", "市城管局在渣土运输上具体干什么？",
     "第五条规定市城管局履行下列职责：\n- 组织调查重大以上运输事件；\n- 负责全市渣土运输的核准。", False),
    ("jizhou-muck-transport-2038.md", "市城管局在渣土运输上具体干什么？",
     "第五条规定市城管局履行下列职责：\n- 组织调查重大以上运输事件；\n- 指导、监督各区的核准和执法工作。", True),
    ("langchuan-property-2038.md", "区住建部门管什么？",
     "根据第8条，区住房城乡建设部门履行下列职责：\n（一）对本辖区物业服务企业开展日常监督检查；\n"
     "（二）受理物业服务投诉；\n（三）指导街道办事处、乡镇人民政府开展物业服务监督管理工作。", True),
]


def test_lists_swapped_item_is_named() -> None:
    """The list reading itself says the item belongs to the other lead (not only another reading)."""
    reg, question, draft, _ = LISTS[0]
    problems = check(question, draft, _book(), sources=_sources(reg)).problems
    assert any("所列的情形" in p for p in problems), problems


@pytest.mark.parametrize("reg,question,draft,right", LISTS)
def test_wmiss10_lists(reg: str, question: str, draft: str, right: bool) -> None:
    assert passed(reg, question, draft) is right


@pytest.mark.parametrize("reg,question,draft,right", CASES)
def test_wmiss10(reg: str, question: str, draft: str, right: bool) -> None:
    assert passed(reg, question, draft) is right
