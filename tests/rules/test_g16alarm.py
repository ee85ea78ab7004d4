"""Branch g16alarm: right drafts about the sixteenth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/lanxi-bridge-2036.md
(a fictional regulation: 第1条 articles, items (一) with half-width brackets and 一、, Arabic
references down to the item, a table), and tests/data/qinglan-forest-fire-2036.md, not taken from
the blind set.
"""
from __future__ import annotations

from rules.checking import classed_case, exception_members, level_body, numerals, period_sum, \
    situation_count, term_severity
from rules.checking.focus import document
from rules.checking.sentences import units
from tests.rules import checking

both = checking.on("lanxi-bridge-2036")
forest = checking.on("qinglan-forest-fire-2036")
SOURCES = checking.ingested("lanxi-bridge-2036")


def test_a_span_counted_with_ge_is_no_count_of_situations():
    items = lambda n: 4                                            # noqa: E731
    assert situation_count.counts("第19条第(四)项：同一单位在12个月内因同类情形被追究2次以上", [19], items) == []
    assert situation_count.counts("第十九条有3个工作日内的情形", [19], items) == []
    wrong = situation_count.counts("第十九条列了五种从重的情形", [19], items)
    assert wrong and not wrong[0].ok
    both("什么情况从重追究？",
         "第19条列了四项：瞒报谎报迟报事故险情；伪造篡改检测数据或巡查养护记录；阻挠干扰调查或拒不提供资料；"
         "同一单位在12个月内因同类情形被追究责任2次以上。",
         "第19条列了四项：瞒报谎报迟报事故险情；伪造篡改检测数据或巡查养护记录；阻挠干扰调查或拒不提供资料；"
         "同一单位在6个月内因同类情形被追究责任2次以上。")


def test_an_article_only_the_ingested_regulation_has_outweighs_a_colloquial_word():
    draft = "第21条第3款：人被调岗了，原岗位期间的责任仍依照本办法追究。"
    assert document("第21条讲什么？", draft, SOURCES, checking.BOOK) == "lanxi-bridge-tunnel-accountability-2036"
    both("第21条讲什么？",
         "第21条第1款：受到停职检查处理的，停职期限一般不超过3个月。",
         "第21条第1款：受到停职检查处理的，停职期限一般不超过6个月。")


def test_a_severity_word_inside_the_texts_own_term():
    plain = "特大桥梁，是指多孔跨径总长超过1000米，或者单孔跨径超过150米的城市桥梁"
    assert term_severity.in_term("总长1200米的桥算特大桥梁", "特别重大", plain)
    assert not term_severity.in_term("发生特大事故", "特别重大", plain)
    both("单孔跨径160米的桥算什么？",
         "单孔跨径超过150米的城市桥梁就是特大桥梁（第3条第(三)项）。",
         "单孔跨径超过250米的城市桥梁就是特大桥梁（第3条第(三)项）。")


def test_an_amount_in_wan_that_ends_its_clause():
    assert numerals.arabic("损失不足500万；") == "损失不足5000000；"
    assert numerals.arabic("每万亩林地") == "每万亩林地"
    both("损失刚好50万元算什么事故？",
         "算一般事故：直接经济损失50万元以上、不足500万。",
         "算一般事故：直接经济损失50万元以上、不足800万。")


def test_a_verb_governs_its_figure_across_its_object():
    both("伪造养护作业记录扣多少？",
         "有第11条第1款第(四)项情形的，每次扣减养护经费2万元（第18条第1款第(二)项）。",
         "有第11条第1款第(四)项情形的，每次扣减养护经费4万元（第18条第1款第(二)项）。")


def test_an_exception_said_with_a_member_left_out():
    texts = ["区城市管理部门负责本辖区内除特大桥梁、城市隧道以外的城市桥梁的安全监督管理"]
    assert exception_members.problem("区里管辖区内除特大桥梁以外的城市桥梁的监督管理", texts)
    assert not exception_members.problem("区里管辖区内除特大桥梁、城市隧道以外的城市桥梁的监督管理", texts)
    both("越江隧道归区里管吗？",
         "不归。区城市管理部门负责本辖区内除特大桥梁、城市隧道以外的城市桥梁的安全监督管理（第5条第2款）。",
         "不归。区城市管理部门负责本辖区内除城市隧道以外的城市桥梁的安全监督管理（第5条第2款）。")


def test_a_body_with_de_between_its_level_and_name():
    doc = "由所在区城市管理部门确定"
    assert level_body.joined("由两个区的城市管理部门商量", doc) == "由两个区城市管理部门商量"
    assert level_body.joined("区的领导小组", doc) == "区的领导小组"
    both("跨区的桥谁定管理单位？",
         "跨区桥梁的管理单位，由市城管局确定（第5条第5款）。",
         "跨区桥梁由两个区的城市管理部门一起商定管理单位（第5条第5款）。")


def test_the_item_a_sentence_names_and_an_event_among_alternatives():
    q = "桥被船撞了，要做什么？"
    both(q, "船舶撞击后7日内要委托特殊检测；没委托的，依照第10条第(三)项追究管理单位及其责任人员的责任。",
         "船舶撞击后7日内要委托特殊检测；9日内没委托的，依照第10条第(三)项追究管理单位及其责任人员的责任。")


def test_a_case_figure_with_a_classifier_of_its_own():
    both("我们有4座小桥，专职安全员要配几名？",
         "4座不足10座，按10座计，配1名就行。",
         "4座超过10座，按10座计，配1名就行。")


def test_a_bound_read_within_its_figures_clause():
    both("普通桥梁专职安全员怎么配？",
         "第6条第(二)项：特大桥梁和城市隧道每座不少于2名，其他桥梁隧道每10座不少于1名，不足10座的按10座算。",
         "第6条第(二)项：特大桥梁和城市隧道每座不少于2名，其他桥梁隧道每10座不少于3名，不足10座的按10座算。")


def test_a_class_said_by_its_name():
    assert classed_case.said("评定为D级的", "检测结果是D级")
    assert not classed_case.said("评定为D级的", "检测结果是C级")
    both("检测评了C级，管理单位要干什么？",
         "检测报告出具之日起90日内完成维修（第8条第1款第(一)项）。",
         "检测报告出具之日起60日内完成维修（第8条第1款第(一)项）。")


def test_a_lone_closing_bracket_is_no_sentence():
    assert [u.text for u in units("（见第9条。）")] == ["（见第9条。"]


def test_the_total_of_two_chained_periods():
    text = ["应当在10个工作日内完成初步核实，并自初步核实完成之日起5个工作日内决定是否立案"]
    said = "先10个工作日完成初步核实，再自初步核实完成之日起5个工作日内决定，前后最多15个工作日"
    assert "15" not in period_sum.read(said, text)
    assert "16" in period_sum.read(said.replace("15", "16"), text)
    both("举报线索多久能决定立不立案？",
         "先在10个工作日内完成初步核实，再自初步核实完成之日起5个工作日内决定是否立案，加起来最多15个工作日。",
         "先在10个工作日内完成初步核实，再自初步核实完成之日起5个工作日内决定是否立案，加起来最多20个工作日。")


def test_an_item_read_with_the_provision_it_refers_to():
    both("第14条第(一)项的频次是多少？",
         "第14条第(一)项说的是：街道办事处每月连1次都没巡查人行天桥和下穿通道的，由区人民政府追究责任。",
         "第14条第(一)项说的是：街道办事处每月连3次都没巡查人行天桥和下穿通道的，由区人民政府追究责任。")


def test_a_lead_time_said_with_tiqian():
    both("听证怎么通知？",
         "按第24条第2款，市城管局在10个工作日内组织听证、提前7日通知听证的时间和地点。",
         "按第24条第2款，市城管局在10个工作日内组织听证、提前5日通知听证的时间和地点。")


def test_an_exception_said_as_excluded():
    both("E级的人行天桥能不能论证后不封？",
         "第8条第2款允许专家论证后采取限载、限速、单向通行等措施不封闭交通，但把人行天桥评定为E级的情形排除在外。",
         "第8条第2款允许专家论证后采取限载、限速、单向通行等措施不封闭交通，但把下穿通道评定为E级的情形排除在外。")


def test_a_bare_figure_answers_the_statement_that_has_one():
    forest("护林员被解除聘用，几年内不能再被聘？", "2年。", "5年。")


def test_a_tie_between_statements_goes_to_the_one_in_the_clauses_order():
    forest("护林员被解聘以后呢？",
           "被解除聘用的护林员，2年之内不能再被聘为护林员。",
           "被解除聘用的护林员，4年之内不能再被聘为护林员。")
