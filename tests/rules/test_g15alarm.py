"""Branch g15alarm: right drafts about the fifteenth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/qinglan-forest-fire-2036.md
(a fictional regulation: chapters on their own lines, items （1） and ①, a table of point
deductions), not taken from the blind set.
"""
from __future__ import annotations

from rules.checking import article_abbrev, case_figure_bound, class_threshold, defined_names, members, per_unit_total
from tests.rules import checking

both = checking.on("qinglan-forest-fire-2036")
SOURCES = checking.ingested("qinglan-forest-fire-2036")


def test_english_article_abbreviation_is_the_chinese_reference():
    assert article_abbrev.chinese("见Art. 26。") == "见第26条。"
    assert article_abbrev.chinese("Article 7(4)规定") == "第7条第4项规定"
    assert article_abbrev.chinese("Party A") == "Party A"
    both("新规定什么时候生效？",
         "Art. 26：本规定自2037年1月1日起施行。",
         "Art. 25：本规定自2037年1月1日起施行。")


def test_a_paragraph_that_states_its_own_number_of_divisions():
    both("考核结果怎么分？",
         "分四档（第十四条第一款）：优秀、合格、基本合格、不合格。",
         "分五档（第十四条第一款）：优秀、合格、基本合格、不合格。")


def test_a_table_below_a_count_lead_is_its_parts():
    table = ("{n}（第十八条）：\n| 线索 | 时限 |\n| --- | --- |\n"
             "| 一般问题线索 | 5个工作日内决定是否立案 |\n| 涉及较大以上森林火灾 | 接到报告后2日内立案 |")
    both("立案有什么时限？", table.format(n="时限分两种情况来看"), table.format(n="时限分三种情况来看"))


def test_a_hedge_before_a_bare_no():
    # the hedge goes, the answer word is judged by the sentence after it
    both("打雷引起的火灾要不要追责？",
         "通常不追。因雷击等自然原因引发森林火灾，有关单位已经依照本规定履行预防、巡护和报告职责的，不予追究责任。",
         "通常不追。因雷击等自然原因引发森林火灾，有关单位已经依照本规定履行预防、巡护和报告职责的，从轻追究责任。")


def test_as_long_as_is_a_condition_not_a_restriction():
    both("雷击起火一定追责吗？",
         "只要有关单位已经履行了预防、巡护和报告职责，因雷击引发的森林火灾就不予追究（第二条第二款）。",
         "只要有关单位已经履行了预防、巡护和报告职责，因雷击引发的森林火灾就从重追究（第二条第二款）。")


def test_only_in_an_article_restricts_the_place_not_the_list():
    both("哪里提到燃放孔明灯？",
         "规定只在第三条把燃放孔明灯列进了野外违规用火的定义。",
         "第三条只把燃放孔明灯列进了野外违规用火的定义。")


def test_a_clause_of_examples_takes_the_polarity_of_its_noun():
    both("野外违规用火指什么？",
         "第三条第三款：在森林防火区内未经批准进行的用火行为，例如炼山、燃放孔明灯等。",
         "第三条第三款：在森林防火区内经批准进行的用火行为，例如炼山、燃放孔明灯等。")


def test_a_short_form_of_a_phrase_beside_the_same_words():
    text = "对查证属实的野外违规用火举报，县林业局给予举报人200元至2000元奖励"
    assert members.abbreviates("查实", "违规用火举报查实的", text)
    assert not members.abbreviates("查实", "主任查实", "村委会主任。" + "甲" * 30 + text)
    assert not members.abbreviates("核实", "违规用火举报核实的", text)
    both("举报有奖励吗？",
         "第二十三条：\n1. 违规用火举报查实的，县林业局给予举报人200元至2000元奖励；\n2. 县林业局应当为举报人保密。",
         "第二十三条：\n1. 违规用火举报查实的，县应急管理局给予举报人200元至2000元奖励；\n2. 县林业局应当为举报人保密。")


def test_a_figure_of_the_row_that_cites_the_named_item():
    both("未按时报告火情考核扣几分？",
         "扣15分的是“未按时报告火情”，对应第七条第（4）项。",
         "扣8分的是“未按时报告火情”，对应第七条第（4）项。")
    both("未按时报告火情考核扣几分？",
         "扣15分的是“未按时报告火情”，对应第七条第（4）项。",
         "扣15分的是“未按时报告火情”，对应第七条第（5）项。")


def test_a_row_of_a_table_pairs_its_figure_with_its_own_case():
    both("考核表里哪项扣8分？",
         "第十三条表中扣8分的是“半专业扑火队伍未组建、人数或者演练人次不足”。",
         "第十三条表中扣8分的是“护林员配备不足”。")


def test_the_paragraph_before_is_what_qianku_refers_to():
    both("要求听证有期限吗？",
         "拟扣减森林防火专项补助资金10万元以上、要求听证的，应当在收到告知书之日起7个工作日内提出。",
         "拟扣减森林防火专项补助资金10万元以上、要求听证的，应当在收到告知书之日起15个工作日内提出。")


def test_a_permissions_act_ends_with_its_clause():
    both("什么情况可以听证？",
         "拟扣减森林防火专项补助资金10万元以上的，被追究对象可以要求听证，并且须在收到告知书之日起7个工作日内提出。",
         "拟扣减森林防火专项补助资金5万元以上的，被追究对象可以要求听证，并且须在收到告知书之日起7个工作日内提出。")


def test_a_full_name_is_the_short_name_it_was_defined_for():
    text = "县人民政府建立县森林防火联席会议（以下简称联席会议），由分管林业工作的副县长担任召集人。"
    assert defined_names.in_text_words("向县森林防火联席会议申诉", text) == "向联席会议申诉"
    assert defined_names.in_text_words("向市森林防火联席会议申诉", text) == "向市森林防火联席会议申诉"
    both("不服决定找谁申诉？",
         "可以自收到决定之日起15日内向县森林防火联席会议申诉。",
         "可以自收到决定之日起15日内向县森林防火指挥部申诉。")


def test_a_run_of_paragraph_numbers_is_a_reference():
    both("申诉期间停止执行吗？",
         "申诉期间，不停止追究决定的执行（第22条第1、2款）。",
         "申诉期间，停止追究决定的执行（第22条第1、2款）。")


def test_a_table_rows_case_and_figure_are_parts():
    both("隐患没整改怎么扣分？",
         "（第13条表：隐患未按期整改，每处2分，累计最高扣10分）",
         "（第13条表：隐患未按期整改，每处2分，累计最高扣20分）")


def test_a_total_worked_out_from_a_rate_per_thing():
    assert per_unit_total.read("按每处2分算是8分。", "有4处隐患", ["每处2分"]) == "按每处2分算是；。"
    assert per_unit_total.read("按每处2分算是9分。", "有4处隐患", ["每处2分"]) == "按每处2分算是9分。"
    both("有6处隐患没整改，扣几分？",
         "按每处2分算是12分，但累计最高扣10分，所以扣10分。",
         "按每处2分算是14分，但累计最高扣10分，所以扣10分。")
    both("有6处隐患没整改，扣几分？",
         "按每处2分算是12分，但累计最高扣10分，所以扣10分。",
         "按每处2分算是12分，但累计最高扣10分，所以扣12分。")


def test_the_askers_score_inside_a_quoted_bound():
    both("考核得了66分算什么等级？",
         "66分落在“60分以上不足75分”，属于基本合格（第十四条第一款）。",
         "66分落在“75分以上不足90分”，属于合格（第十四条第一款）。")
    # a score inside one bound of the pair and outside the other
    tiers = ["年度考核结果分为四个等级：合格（75分以上不足90分）、基本合格（60分以上不足75分）。"]
    written = "{x}分落在“60分以上不足75分”，属于基本合格。"
    assert case_figure_bound.read("66分落在，属于基本合格。", "得了66分", tiers, written.format(x=66))[0] == ""
    assert case_figure_bound.read("82分落在，属于基本合格。", "得了82分", tiers, written.format(x=82))[0]


def test_the_askers_figure_short_of_a_class_threshold():
    texts = ["3. 较大服务安全事件，是指造成1人以上死亡，或者3人以上受伤需住院治疗，或者10人以上食物中毒的服务安全事件；"]
    said = "{n}人食物中毒已经达到较大服务安全事件的标准。"
    assert class_threshold.problem(said.format(n=8), "有8位老人食物中毒", texts)
    assert class_threshold.problem(said.format(n=12), "有12位老人食物中毒", texts) is None
    # the threshold on the figure's own words: 4人受伤 reaches 3人以上受伤
    assert class_threshold.problem("4人受伤需住院，属于较大服务安全事件。", "4位老人受伤住院", texts) is None
    assert class_threshold.problem("2人受伤需住院，属于较大服务安全事件。", "2位老人受伤住院", texts)
