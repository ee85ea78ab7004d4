"""Branch holes17: wrong sentences the checker verified, read by construction; each reading both ways
(a right sentence passes, its near wrong twin fails), on the regulations where it occurs."""
from __future__ import annotations

from tests.rules.checking import on


# case_predicate.py: a case of a list, or a demonstrative subject standing for it, given the
# consequence another list's lead gives other cases

def test_anaphor_takes_the_lead_of_its_case_cangxi():
    on("cangxi-drainage-2036")(
        "主动挽回了全部损失，会怎么处理？",
        "主动挽回全部或者大部分损失的，可以从轻或者减轻追究责任。这种情形可以从轻或者减轻追究责任。",
        "主动挽回全部或者大部分损失的，可以从轻或者减轻追究责任。这种情形应当从重追究责任。")


def test_anaphor_after_a_cited_item_cangxi():
    on("cangxi-drainage-2036")(
        "擅自拆除排水设施会怎样？",
        "根据第十三条第（一）项，擅自占压、拆除、改动排水设施的，应当追究责任。这种情形应当追究责任。",
        "根据第十三条第（一）项，擅自占压、拆除、改动排水设施的，应当追究责任。这种情形应当从重追究责任。")


def test_anaphor_chengchuan():
    on("chengchuan-food-2034")(
        "主动纠正了过错，会怎么处理？",
        "主动发现并及时纠正过错，未造成严重后果的，可以从轻或者减轻追究。这种情形可以从轻或者减轻追究。",
        "主动发现并及时纠正过错，未造成严重后果的，可以从轻或者减轻追究。这种情形应当从重追究。")


def test_item_case_given_another_lists_consequence_cangxi():
    on("cangxi-drainage-2036")(
        "擅自占压排水设施会被追究吗？",
        "擅自占压、拆除、改动排水设施的，按第十三条第（一）项应当追究责任。",
        "擅自占压排水设施的，按第十三条第（一）项不予追究。")


def test_exception_said_as_the_rule_wuchuan():
    on("wuchuan-gas-2035")(
        "执行上级书面决定出了事，能免予追究吗？",
        "执行上级书面决定，并已书面提出不同意见的，可以免予追究。但该决定明显违法的，不得免予追究。",
        "执行上级书面决定，并已书面提出不同意见的，可以免予追究。但该决定明显违法的，也可以免予追究。")


def test_exception_said_as_the_rule_chengchuan():
    on("chengchuan-food-2034")(
        "执行上级书面决定造成过错的，要追究吗？",
        "执行上级书面决定造成过错的，不追究监管人员的过错责任（第十条第（三）项）。"
        "但监管人员明知该决定违法而未提出书面异议的，仍要追究。",
        "执行上级书面决定造成过错的，不追究监管人员的过错责任（第十条第（三）项）。"
        "但监管人员明知该决定违法而未提出书面异议的，也不追究。")


def test_exception_said_as_the_rule_linfeng():
    on("linfeng-waste-2036")(
        "因自然灾害导致的，要追究吗？",
        "因自然灾害等不可抗力导致的，不予追究责任（第十六条第（一）项）。但被追究单位未及时采取措施防止损害扩大的，仍要追究。",
        "因自然灾害等不可抗力导致的，不予追究责任（第十六条第（一）项）。但被追究单位未及时采取措施防止损害扩大的，也不予追究。")


# item_case.py: a duty of an item said without the case that opens it

def test_duty_without_its_case_linfeng():
    on("linfeng-waste-2036")(
        "运营单位多长时间内要向市城管局报告？",
        "发生设施故障或者停运的，应当在2小时内报告市城管局（第十条第（四）项）。",
        "应当在2小时内报告市城管局（第十条第（四）项）。")


def test_duty_without_its_case_uncited_linfeng():
    on("linfeng-waste-2036")(
        "运营单位多长时间内要向市城管局报告？",
        "发生设施故障或者停运的，运营单位应当在2小时内报告市城管局。",
        "运营单位应当在2小时内报告市城管局。")


# cleft_case.py: 能Y的只有X

def test_cleft_names_the_case_hechuan():
    on("hechuan-dust-2036")(
        "不良行为记录能提前移出吗？",
        "能申请提前移出的只有较重情形。",
        "能申请提前移出的只有严重情形。")


def test_cleft_names_a_case_the_text_does_not_hechuan():
    on("hechuan-dust-2036")(
        "不良行为记录能提前移出吗？",
        "可以申请提前移出的只有较重情形。",
        "可以申请提前移出的只有一般情形。")


# focus.py: a bare 细则 opening a sentence (细则未规定…) names the one 细则 of the index

def test_bare_short_title_hechuan():
    on("hechuan-dust-2036")(
        "一般情形怎么处理，会被约谈吗？",
        "细则规定一般情形由负责追究的部门约谈其项目负责人或者单位负责人。",
        "细则未规定约谈。")

