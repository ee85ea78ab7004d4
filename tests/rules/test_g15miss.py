"""Branch g15miss: wrong sentences about ingested regulations that passed, read by construction.

Each reading is tried both ways: a right sentence of the construction passes, a near one with one
detail wrong is flagged. Sentences are written here, against the regulations in tests/data.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules import checking

FOREST = "qinglan-forest-fire-2036.md"
ELDER = "chengxi-eldercare-2036.md"
CHARGE = "lanchuan-charging-2036.md"


def _passes(reg: str, question: str, draft: str) -> bool:
    """The verdict on a draft with that regulation ingested (its sources built once per process)."""
    return checking.verdict(question, draft, checking.ingested(Path(reg).stem)).passed


CASES = [
    # period_swapped.py: the years counted from the one a clause speaks of (当年 / 下一年度 / 次年)
    (FOREST, "考核不合格，补助资金扣哪一年的？", "考核不合格的，扣减下一年度森林防火专项补助资金的30%。", True),
    (FOREST, "考核不合格，补助资金扣哪一年的？", "考核不合格的，扣减当年森林防火专项补助资金的30%。", False),
    # rate_figure.py: a rate's figure held to the text's rates of its measure word
    (FOREST, "隐患没有按期整改，考核怎么扣分？", "隐患未按期整改的，每处扣2分，累计最高扣10分。", True),
    (FOREST, "隐患没有按期整改，考核怎么扣分？", "隐患未按期整改的，每处扣3分，累计最高扣10分。", False),
    (FOREST, "野外用火查处不力被通报，考核怎么扣分？", "被通报的，每次扣3分。", True),
    (FOREST, "野外用火查处不力被通报，考核怎么扣分？", "被通报的，每次扣5分。", False),
    # unbounded_term.py: no time limit said of a bar the clause bounds by a period
    (ELDER, "第三方评估机构造假会怎样？",
     "第三方评估机构出具虚假评估报告的，区民政部门应当解除委托，并且3年内不得再委托该机构。", True),
    (ELDER, "第三方评估机构造假会怎样？",
     "第三方评估机构出具虚假评估报告的，区民政部门应当解除委托，并且永久不得再委托该机构。", False),
    (ELDER, "第三方评估机构造假会怎样？",
     "第三方评估机构出具虚假评估报告的，区民政部门应当解除委托，以后不得再委托该机构，没有期限限制。", False),
    # swapped_term.py: a case said as a label before a colon names its item
    (FOREST, "考核结果不好有什么后果？", "基本合格：对乡镇主要负责人进行约谈，扣减下一年度森林防火专项补助资金的10%。", True),
    (FOREST, "考核结果不好有什么后果？", "不合格：对乡镇主要负责人进行约谈，扣减下一年度森林防火专项补助资金的30%。", False),
    # subject_swap.py: one party's predicate said of the other party of the article
    (FOREST, "第五条怎么分工？", "县林业局负责森林防火的监督检查。", True),
    (FOREST, "第五条怎么分工？", "县应急管理局负责森林防火的监督检查。", False),
    # party_measure.py: a measure moved between the parties of one clause
    (FOREST, "发生重大森林火灾怎么追责？", "发生重大森林火灾的，对属地乡镇人民政府主要负责人予以诫勉。", True),
    (FOREST, "发生重大森林火灾怎么追责？", "发生重大森林火灾的，对属地乡镇人民政府主要负责人给予政务处分或者处分。", False),
    # universal_agent.py: an act said to be one body's in every case the text divides
    (FOREST, "护林员失职，谁作追究决定？", "对护林员的责任追究，都由县林业局依照本规定作出决定。", True),
    (FOREST, "护林员失职，谁作追究决定？", "森林防火的责任追究都由县林业局依照本规定作出决定。", False),
    # bar_scope.py: a bar over an act the text bars nowhere (its 不得 governs another act)
    (ELDER, "申辩会不会被加重追究？", "不得因被追究对象陈述、申辩或者要求听证而加重追究。", True),
    (ELDER, "被追究对象能要求听证吗？", "被追究对象不得要求听证。", False),
    (ELDER, "第三方评估的费用谁出？", "评估费用由区财政承担，不得向养老机构收取。", True),
    (ELDER, "第三方评估的费用谁出？", "养老机构不得接受第三方评估。", False),
    # sibling_bound.py: the asker's figure meets a later item's bound
    (CHARGE, "充电棚冒烟了，没人受伤，但损失大概8万元，怎么报告？",
     "造成直接经济损失5万元以上的，属于第八条第一款第（二）项，应当在1小时内报告区应急管理部门和街道办事处。", True),
    (CHARGE, "充电棚冒烟了，没人受伤，但损失大概8万元，怎么报告？",
     "属于第八条第一款第（一）项，在2小时内报告所在地街道办事处。", False),
    # quoted_group_body.py: a quoted group of the text given to another body than its clause's
    (CHARGE, "我们有200个充电端口，出了问题谁追究？",
     "市应急管理局只负责500个端口以上的运营单位，200个端口属于“前款规定以外的运营单位”，归区应急管理部门追究。", True),
    (CHARGE, "我们有200个充电端口，出了问题谁追究？",
     "市应急管理局只负责500个端口以上的运营单位，200个端口属于“前款规定以外的运营单位”，归市应急管理局追究。", False),
]


@pytest.mark.parametrize("reg, question, draft, ok", CASES)
def test_reading(reg: str, question: str, draft: str, ok: bool) -> None:
    assert _passes(reg, question, draft) is ok
