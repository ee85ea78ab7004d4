"""What the lead of a list says of its items (有下列情形之一的，不追究… / 不予受理), said of one item:
"X的，要追究…" and "X的，不属于不追究…的情形" deny the lead, "X的，不追究…" and "X的，属于不予受理的
情形" restate it (rules/checking/aligned.py). Of two items whose words tie, the one naming the
clause's body is the one restated. Both ways, on two fictional regulations."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, ingested

CHENGCHUAN = ingested("chengchuan-food-2034")
QINGLAN = ingested("qinglan-medical-2035")

FORCE = "因不可抗力致使无法履行职责的，"
MEDIATED = "投诉事项已经由医疗纠纷人民调解委员会受理的，"


@pytest.mark.parametrize("right, wrong", [("不追究监管人员的过错责任。", "要追究监管人员的过错责任。"),
                                         ("属于不追究过错责任的情形。", "不属于不追究过错责任的情形。")])
def test_an_item_said_with_its_leads_consequence(right, wrong):
    both_ways("澄川的监管人员因不可抗力没法履职，要追究吗？", FORCE + right, FORCE + wrong,
              sources=CHENGCHUAN, unsupported=True)


@pytest.mark.parametrize("right, wrong", [("不予受理。", "医疗机构要受理。"),
                                         ("属于不予受理的情形。", "不属于不予受理的情形。")])
def test_an_item_chosen_by_the_body_it_names(right, wrong):
    both_ways("青岚的投诉已经在医调委受理了，医院还受理吗？", MEDIATED + right, MEDIATED + wrong,
              sources=QINGLAN, unsupported=True)
