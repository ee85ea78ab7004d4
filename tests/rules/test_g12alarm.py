"""Right sentences the checker flagged about the twelfth regulation (a 细则 with Markdown chapter
headings), read by construction (branch g12alarm), each tested both ways in sentences of our own,
on that regulation and on another:

- bound words defined past a semicolon without 所称 again, and a duration set beside a threshold
  in a unit the figure list does not know (case_bounds.py);
- 细则本身 / 办法本身: the reflexive after the kind word by which an absence names its scope (absence.py);
- 不良 (one word, "bad") no negation a clause could reverse (negation_scope.py);
- the pronoun 其 said or left out between a denial and its object (one_clause.py `_turned`);
- （见本细则第十五条）: a citation alone with a pointer 见 (checker);
- 只要A，就B where the text's condition of B is A且C (sufficient_condition.py);
- 根据本细则制定实施办法: what is made on the basis of the document is no claim of who issued it (names.py);
- a framing lead into a list that cites its article in parentheses (cited_lead.py);
- an item "case的，measure，measure" whose measures are no conditions when the sentence says the case
  (item_consequence.py);
- a right the text grants (有权进行陈述、申辩) as a permission of the whole act (permitted_contrary.py)."""
from __future__ import annotations

from rules.checking import (case_bounds, cited_lead, item_consequence, permitted_contrary,
                            sufficient_condition)
from tests.rules.checking import DATA, on

HECHUAN = on("hechuan-dust-2036")
CANGXI = on("cangxi-drainage-2036")
LINFENG = on("linfeng-waste-2036")
LANZHOU = on("lanzhou-monitoring-2035")
LANJIANG = on("lanjiang-housing-2034")


def _texts(name: str) -> list[str]:
    return [line for line in (DATA / f"{name}.md").read_text(encoding="utf-8").splitlines() if line.strip()]


def test_definitions_go_on_past_a_semicolon():
    defined = case_bounds.definitions(["本细则所称“以上”“以下”，包括本数；“超过”“低于”，不包括本数。"])
    assert defined == {"以上": True, "以下": True, "超过": False, "低于": False}
    HECHUAN("PM10正好150微克算超标吗？",
            "不算，正好150不算在内，细则说“超过”不包括本数。",
            "算，正好150也算在内，细则说“超过”包括本数。")


def test_a_duration_beside_a_threshold_is_no_comparison():
    texts = _texts("hechuan-dust-2036")
    assert case_bounds.read("浓度连续2小时超过150微克/立方米的，平台预警。", "", texts)[0] == ""
    assert case_bounds.read("1小时超过2小时。", "", texts)[0]          # same unit: still arithmetic
    HECHUAN("平台什么时候会发预警？",
            "PM10小时平均浓度连续2小时超过150微克/立方米的，监管平台自动向施工单位发出预警。",
            "PM10小时平均浓度连续3小时超过150微克/立方米的，监管平台自动向施工单位发出预警。")
    drainage = _texts("cangxi-drainage-2036")
    assert case_bounds.read("降雨连续1小时超过100毫米的，超出设计标准。", "", drainage)[0] == ""
    assert case_bounds.read("降雨量1小时超过24小时的。", "", drainage)[0]


def test_the_kind_word_itself_scopes_an_absence():
    HECHUAN("扬尘超标要罚款多少？", "细则本身未规定罚款数额。", "细则本身未规定通报批评。")
    CANGXI("内涝要罚款多少？", "办法本身未规定罚款数额。", "办法本身未规定通报批评。")


def test_buliang_is_no_negation():
    HECHUAN("严重情形的不良行为记录能提前移出吗？",
            "严重情形的记录不能提前移出。",
            "严重情形的记录可以提前移出。")


def test_a_pronoun_left_out_keeps_the_denial():
    HECHUAN("按细则追究了还要承担法律责任吗？",
            "依照本细则追究责任的，不免除依法应当承担的法律责任。",
            "依照本细则追究责任的，免除依法应当承担的法律责任。")
    LINFENG("被追究单位承担责任后，还要承担其他法律责任吗？",
            "被追究单位承担责任后，不免除依法应当承担的其他法律责任。",
            "被追究单位承担责任后，免除依法应当承担的其他法律责任。")


def test_a_citation_with_a_pointer():
    HECHUAN("较重情形记录多久？",
            "较重情形的，不良行为记录期限为6个月。（见本细则第十五条）",
            "较重情形的，不良行为记录期限为8个月。（见本细则第十五条）")
    CANGXI("发现井盖缺失多久要设警示标志？",
           "发现检查井盖缺失的，应当在2小时内设置警示标志。（见本办法第九条）",
           "发现检查井盖缺失的，应当在2小时内设置警示标志。（见本办法第九十条）")


def test_a_condition_said_to_be_enough():
    texts = _texts("hechuan-dust-2036")
    assert sufficient_condition.problem("较重情形的不良行为记录满3个月，只要完成了整改，就可以向市住建局申请提前移出。", texts)
    assert not sufficient_condition.problem("只要有其中一项，就可以从轻追究。", texts)
    HECHUAN("较重记录什么时候能申请提前移出？",
            "较重情形的不良行为记录满3个月，只要已完成整改且未再被追究，就可以向市住建局申请提前移出。",
            "较重情形的不良行为记录满3个月，只要已完成整改，就可以向市住建局申请提前移出。")
    LANZHOU("失信名单什么时候能申请提前移出？",
            "列入失信名单满二年，只要未再发生弄虚作假行为且已全面整改，就可以向市生态环境局申请提前移出。",
            "列入失信名单满二年，只要已全面整改，就可以向市生态环境局申请提前移出。")


def test_what_is_made_on_the_basis_of_the_document():
    HECHUAN("各区能自己定办法吗？",
            "可以。各区人民政府可以根据本细则制定具体实施办法，并报市住建局备案（《细则》第三十四条）。",
            "可以。各区人民政府可以根据本细则制定具体实施办法，并报市人民政府备案（《细则》第三十四条）。")
    HECHUAN("这个细则是谁发的？", "《细则》是鹤川市人民政府办公室印发的。", "《细则》是各区人民政府印发的。")
    LANJIANG("区县能定实施细则吗？",
             "能。各区（县）人民政府可以根据本规定制定实施细则，并报市住房保障主管部门备案（本规定第二十九条）。",
             "能。各区（县）人民政府可以根据本规定制定实施细则，并报市人民政府备案（本规定第二十九条）。")


def test_a_framing_lead_that_cites_its_article():
    assert cited_lead.without_citation("整理一下时间节点（《细则》第28条）：") == "整理一下时间节点："
    assert cited_lead.without_citation("整理一下时间节点：") is None
    HECHUAN("复核要多久？",
            "整理一下时间节点（《细则》第28条）：\n- 申请复核：收到决定书之日起15日内，向作出决定的部门提出；\n"
            "- 复核决定：作出决定的部门自收到复核申请之日起30日内作出；",
            "整理一下时间节点（《细则》第28条）：\n- 申请复核：收到决定书之日起15日内，向作出决定的部门提出；\n"
            "- 复核决定：作出决定的部门自收到复核申请之日起60日内作出；")
    HECHUAN("复核要多久？",
            "整理一下时间节点（第二十八条）：\n- 复核决定：作出决定的部门自收到复核申请之日起30日内作出；",
            "整理一下时间节点（第二十五条）：\n- 复核决定：作出决定的部门自收到复核申请之日起30日内作出；")


def test_an_items_measures_after_its_case():
    assert item_consequence.item_consequences(["严重情形的", "予以通报批评", "记录不良行为"], "严重：记录不良行为") == \
        {"予以通报批评", "记录不良行为"}
    assert item_consequence.item_consequences(["较重情形的", "予以通报批评"], "一般情形：通报批评") == set()
    HECHUAN("严重情形怎么处理？",
            "严重：不良行为记录1年，并暂停在本市参加房屋建筑和市政工程投标活动3个月至6个月。",
            "一般：不良行为记录1年，并暂停在本市参加房屋建筑和市政工程投标活动3个月至6个月。")
    CANGXI("井盖缺了多久要设警示标志？",
           "发现检查井盖缺失的，应当在2小时内设置警示标志。",
           "发现检查井盖缺失的，应当在12小时内设置警示标志。")
    LINFENG("处理设施停运了运营单位要做什么？",
            "发生设施故障或者停运的，运营单位要在2小时内报告市城管局。",
            "发生设施故障或者停运的，运营单位要在2小时内报告区城管部门。")


def test_a_right_granted_is_a_permission_of_the_act():
    HECHUAN("拟定较重的，能申辩吗？",
            "拟定为较重的，被追究单位也可以陈述申辩。",
            "拟定为较重的，负责追究的部门可以因陈述申辩加重追究。")
    waste = "\n".join(_texts("linfeng-waste-2036"))
    article = next(line for line in _texts("linfeng-waste-2036") if "不得因被追究单位陈述、申辩而加重追究" in line)
    assert permitted_contrary.forbidden("被追究单位可以陈述申辩。", article, waste) == []
    assert permitted_contrary.forbidden("调查部门可以因陈述申辩加重追究。", article, waste)
