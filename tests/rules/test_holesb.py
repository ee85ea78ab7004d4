"""Wrong sentences the checker passed, read by construction (branch holesb), each tested both
ways in sentences of our own: the right form passes, a near form with the one wrong detail fails.

- a provision applied by reference said to apply directly (rules/checking/by_reference.py);
- a consequence added between a restated provision's clauses (added_consequence.py);
- 这种情形 taking back another item than the text's (situation_anaphor.py);
- another body said to make the text's decision (decision_maker.py);
- a privately owned asker under a provision for state-owned enterprises (ownership.py);
- a document said to be attached that no source annexes (attached.py);
- a list lead naming an article that holds none of its items (lead_article.py);
- a unit of the rule data's roles said with a rank it has no row for (role_composed.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways, ingested, on, verdict

LANJIANG = on("lanjiang-housing-2034")
YUNLAN = on("yunlan-trading-2034")
WUCHUAN = on("wuchuan-gas-2035")
QINGLAN = on("qinglan-medical-2035")
CHENGCHUAN = on("chengchuan-food-2034")


def test_by_reference_is_not_directly():
    LANJIANG("住房租赁补贴的审核怎么办？",
             "住房租赁补贴的发放审核，参照本规定执行。",
             "住房租赁补贴的发放审核，同样直接适用本规定。")
    CHENGCHUAN("卫生健康部门的人出错怎么追究？",
               "卫生健康部门工作人员在食源性疾病监测等工作中的过错责任追究，参照本办法执行。",
               "卫生健康部门工作人员在食源性疾病监测等工作中的过错责任追究，按照本办法执行。")


def test_a_consequence_added_between_the_clauses():
    YUNLAN("私下接触投标人的评标专家会怎样？",
           "有前款第（四）项情形的，取消其评标专家资格，五年内不得再次入选评标专家库。",
           "有前款第（四）项情形的，取消其评标专家资格，扣发其全部评审劳务费，五年内不得再次入选评标专家库。")


def test_this_situation_takes_back_the_item_named_last():
    YUNLAN("第十七条第二款针对哪一项？",
           "针对第一款第（二）项，即应当进场交易而规避进场交易；这种情形且项目合同金额在一千万元以上的，市监管局应当同时通报其行业主管部门。",
           "针对第一款第（四）项，即伪造、篡改、隐匿交易记录；这种情形且项目合同金额在一千万元以上的，市监管局应当同时通报其行业主管部门。")


def test_the_body_that_decides():
    on("lanzhou-monitoring-2035")("分局收到举报后能定立案吗？",
        "县（区）生态环境分局收到举报后登记并报送市生态环境局，由市生态环境局在十个工作日内作出是否立案调查的决定。",
        "县（区）生态环境分局登记举报后，在十个工作日内作出是否立案调查的决定。")
    LANJIANG("举报后谁决定受不受理？",
             "举报受理中心收到举报后三个工作日内登记，十个工作日内作出是否受理的决定。",
             "市住房保障主管部门收到举报后三个工作日内登记，十个工作日内作出是否受理的决定。")


def test_a_private_owner_is_outside_a_state_owned_qualifier():
    q = "我们是私营燃气公司，负责人没建隐患台账，市国资委会追究吗？"
    WUCHUAN(q,
            "不会。第十二条只适用于国有或者国有控股燃气经营企业负责人，私营企业不在其内。",
            "会。燃气经营企业负责人未建立隐患排查治理台账的，由市国资委追究责任。")
    # the same sentence to a question that names no owner is not read by this reading
    r = verdict("燃气企业负责人没建台账由谁追究？", "国有或者国有控股燃气经营企业负责人未建立隐患排查治理台账的，由市国资委追究责任。",
                ingested("wuchuan-gas-2035"))
    assert r.passed, r.problems


def test_a_document_said_to_be_attached():
    q = "第一条提到的中办发[2009]25号是什么文件？"
    both_ways(q, "第一条引用的中办发[2009]25号是《关于实行党政领导干部问责的暂行规定》。",
              "第一条引用的中办发[2009]25号是《关于实行党政领导干部问责的暂行规定》，全文附在本规定后面。",
              unsupported=True)
    both_ways(q, "第一条引用的中办发[2009]25号是《关于实行党政领导干部问责的暂行规定》，来源没有附上它的全文。",
              "第一条引用的中办发[2009]25号是《关于实行党政领导干部问责的暂行规定》，作为附件随本规定印发。",
              unsupported=True)


def test_a_list_lead_names_the_article_of_its_items():
    q = "公共安全管理哪些情形要问责？"
    right = "第五条列了这些情形：\n一是因工作失职，致使本地区发生公共安全事故的；\n二是瞒报、谎报、迟报、漏报公共安全事故信息的。"
    wrong = "第六条列了这些情形：\n一是因工作失职，致使本地区发生公共安全事故的；\n二是瞒报、谎报、迟报、漏报公共安全事故信息的。"
    both_ways(q, right, wrong, unsupported=True)


def test_a_unit_with_a_rank_it_has_no_row_for():
    q = "较大事故谁被停职检查？"
    both_ways(q, "按第十四条，较大事故时街道的分管副职停职检查。",
              "按第十四条，较大事故时区有关职能部门的正职停职检查。", unsupported=True)
    both_ways("较大事故谁写书面检查？", "较大事故由区有关职能部门领导分管副职作出书面检查。",
              "较大事故由区有关职能部门领导正职作出书面检查。", unsupported=True)
    # under 重大, a head of any unit is 有关党政领导正职, which the rows name: no such claim
    r = verdict("重大事故谁要公开道歉？", "重大事故，区党政领导正职责令公开道歉。")
    assert r.passed, r.problems
