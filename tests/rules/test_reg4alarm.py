"""The readings added on the fourth blind regulation's right drafts that were flagged
(《青岚市医疗机构投诉处理办法》, tests/data/qinglan-medical-2035.md), each tested both ways on two of
the fictional regulations: the right sentence passes, its wrong twin is flagged. The twins are
written here, not taken from the blind drafts.
"""
from __future__ import annotations


from rules.checking import count_lead, plain
from tests.rules import checking


qinglan = checking.on("qinglan-medical-2035")
chengchuan = checking.on("chengchuan-food-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")


def test_an_item_applying_another_article_is_held_to_the_article_that_refers_so():
    qinglan("青岚的医院投诉查实了要做什么？",
            "投诉经调查属实的，医疗机构应当根据具体情形采取下列措施：\n"
            "- 向投诉人说明情况、赔礼道歉；\n- 依照第二十五条处理相关人员。",
            "投诉经调查属实的，医疗机构应当根据具体情形采取下列措施：\n"
            "- 向投诉人说明情况、赔礼道歉；\n- 依照第二十四条处理相关人员。")
    lanzhou("澜州参与弄虚作假的人员举报的，能从轻吗？",
            "参与弄虚作假的人员举报的，不予奖励，但是可以依照第二十一条从轻或者减轻追究。",
            "参与弄虚作假的人员举报的，不予奖励，但是可以依照第二十二条从轻或者减轻追究。")


def test_a_bare_count_lead_is_judged_by_the_list_below_it():
    assert count_lead.count("一共四种：") == 4 and count_lead.count("有3项：") == 3
    assert count_lead.count("一共四种情形，都要改正：") is None      # more than a count: not this reading
    items = ("1. 没按第六条设投诉管理部门或者没配专职工作人员；\n2. 没按第八条第一款公布投诉相关信息；\n"
             "3. 没按第十二条报告重大投诉；\n4. 没有正当理由，投诉逾期未处理。")
    qinglan("青岚的医院哪些情形会被区县卫健部门责令改正？", "一共四种：\n" + items,
            "一共三种：\n" + "\n".join(items.splitlines()[:3]))
    chengchuan("澄川的监管人员在抽样检验中哪些情形要追究？",
               "一共三种：\n1. 未按规定程序抽样，导致检验结论无效的；\n"
               "2. 收到不合格检验结论后，未在24小时内对相关食品采取控制措施的；\n3. 隐瞒、谎报或者迟报检验结果的。",
               "一共两种：\n1. 未按规定程序抽样，导致检验结论无效的；\n"
               "2. 收到不合格检验结论后，未在24小时内对相关食品采取控制措施的。")


def test_mei_you_after_a_place_is_an_absence():
    doc = "未按照规定 不予受理 未提出"
    assert plain.legal("情形里也没有拒绝签字这一项", doc) == "情形里也没有拒绝签字这一项"
    assert plain.legal("他没有采取措施", doc) == "他未采取措施"
    qinglan("青岚的投诉人拒绝签字，医院能不受理吗？",
            "第十一条列的不予受理情形里也没有拒绝签字这一项。",
            "第十一条列的不予受理情形里也没有重复投诉这一项。")
    chengchuan("澄川的监管人员泄露举报人信息，第八条管吗？",
               "《澄川市食品安全监管过错责任追究办法》第八条列的情形里没有泄露投诉举报人信息这一项。",
               "《澄川市食品安全监管过错责任追究办法》第七条列的情形里没有泄露投诉举报人信息这一项。")


def test_a_clause_restating_an_item_s_lead_has_the_lead_s_polarity():
    qinglan("青岚的投诉已经由医调委达成调解协议，医院还受理吗？",
            "投诉事项已经由医疗纠纷人民调解委员会受理或者已经达成调解协议的，属于不予受理的情形。",
            "投诉事项已经由医疗纠纷人民调解委员会受理或者已经达成调解协议的，不属于不予受理的情形。")
    # (not on 澄川's 第十条, whose lead 不追究…过错责任 a clause shares too few words with for the
    # polarity check to be reached at all: its double negation passes on main as here)


def test_an_alternative_with_a_negation_does_not_negate_the_other():
    qinglan("青岚的医院员工犯了错但主动改了，一定会被追责吗？",
            "主动发现并纠正问题、积极整改，而且情节较轻的，可以从轻处理，甚至免予追究责任。",
            "主动发现并纠正问题、积极整改，而且情节较轻的，也不能从轻处理。")
    # (not on 澜江's 第四条, 可以从轻、减轻或者免予追究: "不得从轻、减轻追究" there aligns below the share
    # at which polarity is checked, 不得 leaving 得 behind, and passes on main as here)
