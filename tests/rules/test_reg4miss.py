"""The readings added on the fourth blind regulation's wrong drafts that passed (《青岚市医疗机构
投诉处理办法》, tests/data/qinglan-medical-2035.md), each tested both ways on at least two of the
four fictional regulations: the right sentence passes, its wrong twin of the same construction is
flagged. The sentences are written here, not taken from the blind drafts.
"""
from __future__ import annotations


from rules.checking import aligned, figure_units
from tests.rules import checking

QINGLAN = checking.ingested("qinglan-medical-2035")
CHENGCHUAN = checking.ingested("chengchuan-food-2034")
LANJIANG = checking.ingested("lanjiang-housing-2034")

qinglan = checking.on("qinglan-medical-2035")
chengchuan = checking.on("chengchuan-food-2034")
lanjiang = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")


# a figure's unit (figure_units.py, rules/data/figure_units.yaml)

def test_the_unit_after_a_figure_is_read_from_the_data_and_a_date_is_no_unit():
    assert figure_units.unit_after("15个工作日内", 2) == "working_days"
    assert figure_units.unit_after("15天内", 2) == figure_units.unit_after("15日内", 2) == "days"
    assert figure_units.unit_after("3月31日前", 1) is None


def test_working_days_for_days_are_another_figure():
    qinglan("对处理结果不服，多久内申请复核？",
            "可以自收到处理结果之日起15天内，向医疗机构所在地区（县）卫生健康主管部门申请复核。",
            "可以自收到处理结果之日起15个工作日内，向医疗机构所在地区（县）卫生健康主管部门申请复核。")


def test_days_for_working_days_are_another_figure():
    chengchuan("立案调查要多久？",
               "调查应当自立案之日起六十日内完成。",
               "调查应当自立案之日起60个工作日内完成。")
    lanjiang("复审多久完成？",
             "区（县）住房保障部门负责复审，复审应当自收到初审材料之日起十五个工作日内完成。",
             "区（县）住房保障部门负责复审，复审应当自收到初审材料之日起15日内完成。")


# the parallel part of one statement (parallel.py)

def test_a_figure_of_the_parallel_part_is_flagged():
    qinglan("三甲医院投诉办至少几个专职人员？",
            "三级医疗机构的专职工作人员不得少于3名。",
            "三级医疗机构的专职工作人员不得少于2名。")
    lanjiang("举报多久登记？",
             "举报受理中心应当自收到举报之日起3个工作日内登记。",
             "举报受理中心应当自收到举报之日起10个工作日内登记。")


def test_a_condition_and_its_consequence_are_no_parallel_parts():
    # (对…超过3%的街道、乡镇 is the condition of 抽查比例应当提高到15%, not a part beside it)
    assert checking.verdict("抽查比例有哪些数字？", "上一年度抽查问题家庭比例超过3%的街道、乡镇，抽查比例提高到15%。",
                            LANJIANG).passed


# a short tail after a restated clause (tails.py)

def test_a_short_tail_denying_what_the_article_allows_is_flagged():
    qinglan("重大投诉的处理期限能延长吗？",
            "重大投诉应当自受理之日起10个工作日内作出处理，确需延长的，经所在地区（县）卫生健康主管部门同意，可以延长5个工作日。",
            "重大投诉应当自受理之日起10个工作日内作出处理，不得延长。")
    chengchuan("调查期限能延长吗？",
               "调查应当自立案之日起60日内完成，情况复杂的，经本部门主要负责人批准，可以延长30日。",
               "调查应当自立案之日起60日内完成，不能延长。")


# a universal over a qualified subject (universal.py)

def test_a_universal_over_what_the_text_qualifies_is_flagged():
    qinglan("哪些医院要设医患关系办公室？",
            "二级以上医疗机构都应当设置医患关系办公室或者指定专门部门，并配备专职工作人员。",
            "所有医疗机构都应当设置医患关系办公室或者指定专门部门，并配备专职工作人员。")
    lanzhou("不立案要告诉谁？",
            "决定不予立案的，应当在作出决定后5个工作日内告知实名举报人并说明理由。",
            "决定不予立案的，应当在作出决定后5个工作日内告知所有举报人并说明理由。")


def test_the_whole_amount_is_no_universal():
    # (全部赔偿费用 is an amount the text itself says, not every kind of cost)
    assert checking.verdict("故意的要赔多少？", "属于故意的，可以责令其承担全部赔偿费用。", CHENGCHUAN).passed


# the special case the sentence names (special_case.py)

def test_the_general_body_for_the_special_case_is_flagged():
    qinglan("重大投诉的处理结果不服找谁复核？",
            "由于您的事项属于重大投诉，应当向市卫生健康委员会申请复核。",
            "由于您的事项属于重大投诉，应当向医疗机构所在地区（县）卫生健康主管部门申请复核。")
    lanjiang("举报涉及区县住房保障部门负责人的，谁来调查？",
             "举报涉及区（县）住房保障部门负责人的，由市住房保障主管部门直接调查。",
             "举报涉及区（县）住房保障部门负责人的，举报受理中心应当将举报材料转交问题发生地的区（县）住房保障部门调查。")


def test_the_general_measure_for_a_case_the_text_excludes_from_it_is_flagged():
    qinglan("工作人员打击报复投诉人怎么处理？",
            "有打击报复投诉人情形的，应当依法给予处分，不得只批评教育。",
            "工作人员有打击报复投诉人情形的，由所在医疗机构给予批评教育、调离岗位等处理，情节严重的才依法给予处分。")
    # the whole list, the special case among its members, keeps the general rule
    assert checking.verdict("第二十五条怎么处理相关人员？",
                            "工作人员有推诿拖延、泄露投诉人信息、打击报复投诉人等情形的，由所在医院给予批评教育、调离岗位等处理。",
                            QINGLAN).passed


# a body exchanged in a clause that borrows words (body_swap.py) and bracketed body names (aligned.py)

def test_a_body_name_with_a_bracketed_part_is_one_name():
    names = aligned._body_names("由区（县）卫生健康主管部门负责。")
    assert "区（县）卫生健康主管部门" in names


def test_a_body_swapped_for_another_the_text_names_is_flagged():
    qinglan("年度考核谁负责？",
            "由市卫生健康委员会每年对二级以上医疗机构上一年度的投诉处理工作进行考核。",
            "由各区（县）卫生健康主管部门每年对本辖区内二级以上医疗机构上一年度的投诉处理工作进行考核。")
    lanjiang("家庭不再符合条件的，谁来取消资格？",
             "复核中发现家庭收入、住房等情况已不符合保障条件的，区（县）住房保障部门应当在30日内作出取消保障资格的决定。",
             "复核中发现家庭收入、住房等情况已不符合保障条件的，市住房保障主管部门应当在30日内作出取消保障资格的决定。")


# an absence of a time limit the text gives in other words (absence.py)

def test_an_absent_time_limit_the_text_gives_is_flagged():
    qinglan("复核决定多久作出？",
            "办法没有规定复核决定送达的期限。",
            "办法没有规定复核机关作出复核决定的期限。")
    chengchuan("调查多久完成？",
               "本办法没有规定被追究人提交申辩材料的期限。",
               "本办法没有规定立案后调查完成的期限。")
    lanjiang("复审多久完成？",
             "本规定没有写申请人提交材料的期限。",
             "本规定没有写区（县）住房保障部门负责复审的期限。")


# a member of a list that is none of the items of the list its lead restates (listed_members.py)

def test_a_list_member_that_is_no_item_of_the_list_is_flagged():
    qinglan("年度考核看哪些内容？",
            "考核主要包括四项内容：投诉按期办结率、投诉人满意率、重大投诉报告情况，以及整改措施落实情况。",
            "考核主要包括四项内容：投诉按期办结率、投诉人满意率、重大投诉报告情况，以及全年投诉数量。")
    chengchuan("哪些情形可以从轻？",
               "可以从轻或者减轻追究的情形有三种：主动发现并及时纠正过错且未造成严重后果的、在调查中如实说明情况积极配合调查的、过错行为系受他人胁迫所致的。",
               "可以从轻或者减轻追究的情形有三种：主动发现并及时纠正过错且未造成严重后果的、在调查中如实说明情况积极配合调查的、首次发生过错且主动退赔损失的。")


def test_a_counted_list_goes_on_after_a_comma_only_with_a_joining_word():
    """(merge of g22alarm) A count's list ends at its first comma unless the next clause joins its last
    member on (…、C，以及D): four members counted as four pass, the same list counted as three fails,
    and a clause after the comma that joins nothing (…，及时整改) adds no member."""
    from rules.checking import inline_count
    members = "考核主要包括{n}项内容：投诉按期办结率、投诉人满意率、重大投诉报告情况，以及整改措施落实情况。"
    assert not inline_count.problems(members.format(n="四"), [], [])
    assert inline_count.problems(members.format(n="三"), [], [])
    assert inline_count.problems("考核包括四项：办结率、满意率、报告情况，及时整改的从轻。", [], [])
