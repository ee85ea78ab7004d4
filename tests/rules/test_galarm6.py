"""Branch galarm6: right drafts about ingested regulations that the checker flagged, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one
wrong detail fails), on more than one regulation where the shape occurs. The sentences are written
here, not taken from the blind sets.
"""
from __future__ import annotations

from functools import partial

from tests.rules import checking

wuchuan = partial(checking.both_ways, sources=checking.ingested("wuchuan-gas-2035"))
chengxi = partial(checking.both_ways, sources=checking.ingested("chengxi-eldercare-2036"))
qinglan = partial(checking.both_ways, sources=checking.ingested("qinglan-forest-fire-2036"))
langchuan = partial(checking.both_ways, sources=checking.ingested("langchuan-property-2038"))


def test_a_count_of_conditions_glued_to_its_first_part():
    # 第二十条第一款第（三）项 (wuchuan): 在推进燃气安全改革创新中出现失误，且未谋取私利、未造成人员伤亡的
    wuchuan("燃气安全改革创新里出了失误，还追究吗？",
            "可以免予追究，但要同时满足两个条件：没有谋取私利，也没有造成人员伤亡。这是第二十条第一款第（三）项的规定。",
            "可以免予追究，但要同时满足三个条件：没有谋取私利，也没有造成人员伤亡。这是第二十条第一款第（三）项的规定。")
    # what a part says is still judged
    wuchuan("燃气安全改革创新里出了失误，还追究吗？",
            "可以免予追究，但要同时满足两个条件：没有谋取私利，也没有造成人员伤亡。这是第二十条第一款第（三）项的规定。",
            "可以免予追究，但要同时满足两个条件：没有谋取私利，也没有造成重大损失。这是第二十条第一款第（三）项的规定。")
    # 第17条第2款第（3）项 (qinglan): 到岗不满30日，且已经将前任遗留问题书面报告的
    qinglan("新调来的乡镇干部，对前任的问题能不追责吗？",
            "能，但要同时满足两个条件：到岗不满30日，并且已经将前任遗留问题书面报告。",
            "能，但要同时满足两个条件：到岗不满60日，并且已经将前任遗留问题书面报告。")
    # numbered parts after the count: 要看两个条件是否同时满足：一是…；二是…
    chengxi("台风刮倒了院墙，老人受了伤，机构要担责吗？",
            "要看两个条件是否同时满足：一是这起服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。",
            "要看三个条件是否同时满足：一是这起服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。")


def test_conditions_the_text_gives_as_alternatives_are_not_said_to_hold_together():
    # 第十四条第一款第（一）项 (wuchuan): 造成重伤一人以上二人以下，或者直接经济损失十万元以上不满一百万元，
    # 且无人员死亡的 — the two are alternatives; "同时满足" of them is wrong (it passed before, unread)
    wuchuan("什么情况算情节较轻？",
            "情节较轻要同时满足两个条件：造成重伤1人以上2人以下或者直接经济损失10万元以上不满100万元，且无人员死亡。",
            "情节较轻要同时满足两个条件：造成重伤1人以上2人以下，直接经济损失10万元以上不满100万元。")


def test_the_counted_conditions_taken_back():
    # "两者都满足的，免予追究" / "两条缺一不可" after the counted parts: the parts joined, judged whole
    chengxi("台风刮倒了院墙，老人受了伤，机构要担责吗？",
            "要看两个条件是否同时满足：一是服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。"
            "两者都满足的，免予追究（第20条第2款第1项）。",
            "要看两个条件是否同时满足：一是服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。"
            "两者都满足的，扣减当年运营补贴（第20条第2款第1项）。")
    chengxi("台风刮倒了院墙，老人受了伤，机构要担责吗？",
            "要看两个条件是否同时满足：一是服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。"
            "两者都满足的，免予追究（第20条第2款第1项）。",
            "要看两个条件是否同时满足：一是服务安全事件是不可抗力造成的；二是机构已经履行了本办法第7条规定的服务安全义务。"
            "三者都满足的，免予追究（第20条第2款第1项）。")
    qinglan("新调来的乡镇干部，对前任的问题能不追责吗？",
            "要看两个条件是否同时满足：一是到岗不满30日；二是已经将前任遗留问题书面报告。两者都满足的，免予追究（第17条第2款第3项）。",
            "要看两个条件是否同时满足：一是到岗不满30日；二是已经将前任遗留问题书面报告。两者都满足的，免予追究（第17条第2款第1项）。")
    # a consequence in the count's lead (才能免予追究：) is the text's for the parts together
    qinglan("新调来的乡镇干部，对前任的问题能不追责吗？",
            "需要同时满足两个条件才能免予追究：一是到岗不满30日；二是已经把前任遗留问题书面报告了。两条缺一不可（第17条第2款第3项）。",
            "需要同时满足两个条件才能从轻追究：一是到岗不满30日；二是已经把前任遗留问题书面报告了。两条缺一不可（第17条第2款第3项）。")
    qinglan("新调来的乡镇干部，对前任的问题能不追责吗？",
            "需要同时满足两个条件才能免予追究：一是到岗不满30日；二是已经把前任遗留问题书面报告了。两条缺一不可（第17条第2款第3项）。",
            "需要同时满足两个条件才能免予追究：一是到岗不满30日；二是已经把前任遗留问题书面报告了。两条缺一不可（第17条第2款第1项）。")


def test_an_items_subject_given_by_the_duties_its_list_opens_with():
    # 第7条 (langchuan): 市住房城乡建设部门履行下列职责：…（三）每年组织全市物业服务质量专项检查不少于2次
    langchuan("市里的物业专项检查一年搞几次？",
              "第7条第（三）项要求市住房城乡建设部门每年组织全市物业服务质量专项检查不少于2次。",
              "第7条第（三）项要求区住房城乡建设部门每年组织全市物业服务质量专项检查不少于2次。")
    langchuan("市里的物业专项检查一年搞几次？",
              "第7条第（三）项要求市住房城乡建设部门每年组织全市物业服务质量专项检查不少于2次。",
              "第7条第（三）项要求市住房城乡建设部门每年组织全市物业服务质量专项检查不少于4次。")


def test_a_default_hedge_beside_the_next_case():
    # 第8条第（一）项 (langchuan): 每季度…不少于1次；对上一年度信用评价为C级、D级的…，每月检查不少于1次
    head = "区住房城乡建设部门日常监督检查的频次（第8条第（一）项）：\n"
    other = "- 上一年度信用评价为C级、D级的物业服务企业所服务的物业管理区域，每月检查不少于1次。"
    langchuan("区里多久查一次小区物业？",
              head + "- 一般情况下，每季度对每个物业管理区域检查不少于1次；\n" + other,
              head + "- 一般情况下，每季度对每个物业管理区域检查不少于3次；\n" + other)
    # with no other case after it, the hedge is a claim of its own and stays judged
    langchuan("区里多久查一次小区物业？",
              head + "- 一般情况下，每季度对每个物业管理区域检查不少于1次；\n" + other,
              head + "- 一般情况下，每季度对每个物业管理区域检查不少于1次。")


def test_a_term_said_as_the_figure_its_provision_fixes():
    # 第21条第2款 (langchuan): 未在本办法第9条第2款规定的期限内书面告知…; 第9条第2款: 应当在24小时内书面告知
    said = "消防救援机构没有在第9条第2款规定的{}内书面告知区住房城乡建设部门，导致发生较大以上物业服务安全事件的，从重追究责任。"
    langchuan("消防救援机构拖着不告知会怎样？", said.format("24小时"), said.format("12小时"))
    # the span read through the provision the sentence names: another paragraph's gives none
    langchuan("消防救援机构拖着不告知会怎样？", said.format("24小时"),
              said.replace("第9条第2款", "第9条第1款").format("24小时"))
