"""Branch g23alarm: right drafts about the twenty-third ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against
tests/data/jizhou-muck-transport-2038.md and other regulations (hechuan-dust-2036, langchuan-property-2038,
cangxi-drainage-2036), not taken from the blind sets.
"""
from __future__ import annotations

from functools import partial

from rules.checking import any_one, case_bounds, case_figure_bound, classed, inline_list, members, recipients
from rules.checking import lead_subject, violation_gloss
from rules.checking.sentences import Unit
from rules.checking.sources import SourceText
from tests.rules import checking

jizhou = partial(checking.both_ways, sources=checking.ingested("jizhou-muck-transport-2038"))
hechuan = partial(checking.both_ways, sources=checking.ingested("hechuan-dust-2036"))


def _passage(text: str, label: str = "第十八条", article: int = 18) -> SourceText:
    return SourceText("x", "doc", "某办法", "regulation", label, text, article)


# -- an article of two lists, each numbered from （一）: 第二款第（一）项 is the second list's -----------

TWO_LISTS = ("第十八条 企业有下列情形之一的，处5000元以上2万元以下罚款：\n（一）车辆未密闭的；\n（二）定位装置不在线的。\n"
             "企业有下列情形之一的，处2万元以上10万元以下罚款：\n（一）偷倒乱倒渣土的；\n（二）伪造电子联单的。")


def test_an_item_of_the_second_paragraph_is_read_in_that_paragraph_s_list():
    held, _, _ = classed.judged("偷倒乱倒属于第十八条第二款第（一）项。", "", [_passage(TWO_LISTS)])
    assert held is True
    held, why, _ = classed.judged("偷倒乱倒属于第十八条第一款第（一）项。", "", [_passage(TWO_LISTS)])
    assert held is not True


def test_a_paragraph_s_item_on_the_regulation():
    jizhou("把电子联单改了会怎么罚？", "篡改电子联单属于第十八条第二款第（二）项，由区城市管理部门处2万元以上10万元以下罚款。",
           "篡改电子联单属于第十八条第一款第（二）项，由区城市管理部门处2万元以上10万元以下罚款。")


def test_the_consequence_a_paragraph_s_opening_gives_its_item():
    jizhou("被罚了三次还会怎样？",
           "第十八条第二款第（三）项规定，一年内因第一款规定的情形被处罚3次以上的，由区城市管理部门处2万元以上10万元以下罚款。",
           "第十八条第二款第（三）项规定，一年内因第一款规定的情形被处罚3次以上的，由区城市管理部门处5000元以上2万元以下罚款。")


# -- 违反 an item of duties: the case is the failure of the item's duty --------------------------------

def test_a_case_said_to_violate_an_item_is_held_to_the_items():
    jizhou("工地把土交给一个没有核准的车队运，违反了哪条？", "违反了第十一条第（一）项。", "违反了第十一条第（三）项。")


def test_a_glossed_breach_is_held_to_the_case_the_citing_article_gives():
    texts = ["第十一条 建设单位应当履行下列义务：\n（一）将渣土交由取得核准的企业运输；\n（二）在工地出入口设置车辆冲洗设施，保证车辆冲洗干净后驶出工地。",
             "第十九条 违反本办法第十一条第（二）项规定，未设置车辆冲洗设施或者车辆未冲洗干净驶出工地的，处5000元以上3万元以下罚款。"]
    item = {(11, 2): "（二）在工地出入口设置车辆冲洗设施，保证车辆冲洗干净后驶出工地。"}
    ok, _ = violation_gloss.judged("违反第十一条第（二）项，即工地没有设置车辆冲洗设施。", texts, lambda a, k: item.get((a, k)))
    assert ok is True
    bad, _ = violation_gloss.judged("违反第十一条第（二）项，即工地设置了车辆冲洗设施。", texts, lambda a, k: item.get((a, k)))
    assert bad is False
    jizhou("第十九条第二款是对哪一项的违反？", "违反第十一条第（二）项，也就是工地出入口没有设置车辆冲洗设施。",
           "违反第十一条第（二）项，也就是工地出入口设置了车辆冲洗设施。")


# -- the subject an item takes from its list's lead, at the head of a sentence that cites the item ------

def test_the_lead_s_subject_at_the_head_of_a_sentence_citing_the_item_later():
    lead = "建设单位、施工单位应当履行下列义务："
    assert lead_subject.without_subject("建设单位应当在首次出土3日前备案（第十一条第（三）项）。", lead) == \
        "在首次出土3日前备案（第十一条第（三）项）。"
    assert lead_subject.without_subject("消纳场运营单位应当在首次出土3日前备案（第十一条第（三）项）。", lead) == \
        "消纳场运营单位应当在首次出土3日前备案（第十一条第（三）项）。"
    assert lead_subject.without_subject("建设单位应当在首次出土3日前备案。", lead) == "建设单位应当在首次出土3日前备案。"


def test_the_lead_s_subject_on_two_regulations():
    jizhou("出土前要做什么？", "施工单位应当在首次出土3日前，把出土计划和运输合同报区城市管理部门备案（第十一条第（三）项）。",
           "消纳场运营单位应当在首次出土3日前，把出土计划和运输合同报区城市管理部门备案（第十一条第（三）项）。")
    hechuan("扬尘方案什么时候报？", "建设单位应当不迟于开工前10个工作日，向区住建部门报送扬尘污染防治方案（第六条第（二）项）。",
            "施工单位应当不迟于开工前10个工作日，向区住建部门报送扬尘污染防治方案（第六条第（二）项）。")


def test_the_lead_s_subject_after_a_clause_naming_where_an_item_points():
    jizhou("第十五条第三项说的频次是多少？",
           "第十五条第（三）项指向第六条第（二）项：区城市管理部门每月对辖区内渣土运输企业监督检查不少于2次。",
           "第十五条第（三）项指向第六条第（二）项：区城市管理部门每月对辖区内渣土运输企业监督检查不少于3次。")


# -- a list's line stating a figure is a statement, no member's name --------------------------------

def test_a_line_with_a_figure_is_no_member_of_the_list():
    text = "发生事件的，企业应当在1小时内报告区城市管理部门。"
    assert members.added_members("企业在1小时内报区城市管理部门", text, True) == []
    assert members.added_members("村委会", "街道办事处、乡镇人民政府", True) == ["村委会"]


# -- 移送的 before a noun qualifies what is handed over ----------------------------------------------

def test_handed_over_said_before_de_names_no_recipient():
    text = "对区城市管理部门移送的车辆交通违法线索，应当作出处理并书面反馈移送部门。"
    assert recipients.recipients("区城市管理部门移送的交通违法线索，由交警处理。", text) == []
    assert recipients.recipients("线索移送市公安局处理。", "线索移送区城市管理部门处理。") == ["市公安局"]


def test_handed_over_on_the_regulation():
    jizhou("交警多久处理城管移过来的线索？",
           "区城市管理部门移送的交通违法线索，由交警支队在3个工作日内处理，并书面反馈移送部门（第七条）。",
           "区城市管理部门移送的交通违法线索，由交警支队在5个工作日内处理，并书面反馈移送部门（第七条）。")


# -- 满足其一即可: the join of the listed cases ----------------------------------------------------------

def test_any_one_is_enough_where_the_text_joins_by_or():
    p = [_passage("（三）较大事件：造成1人以上重伤，或者污染道路面积1000平方米以上的；", "第十三条", 13),
         _passage("（三）辖区内发生较大事件2起以上，且负有责任的。", "第十七条", 17)]
    assert any_one.judged("满足其一即可。", "污染道路面积1000平方米以上。", p)[0] is True
    assert any_one.judged("满足其一即可。", "负有责任。", p)[0] is False
    assert any_one.judged("满足其一即可。", "与此无关的话。", p)[0] is None
    assert not any_one.says("满足其一即可获得奖励，还要备案。")


def test_any_one_under_a_lead_of_cases_on_another_regulation():
    text = ("（二）重大事件，是指有下列情形之一的：\n①造成1人或者2人死亡的；\n②造成3人以上不满10人重伤的；\n"
            "③直接经济损失300万元以上不满1000万元的；\n④供水或者供电中断影响1000户以上，且持续超过72小时的。")
    p = [_passage(text, "第14条", 14)]
    # (① … ④ are sub-items, not （一） items: the 之一 of the lead is not read for them, and the join
    # before ③ is a line break: nothing decides)
    assert any_one.judged("满足其一即可。", "直接经济损失300万元以上不满1000万元。", p)[0] is None
    assert any_one.judged("满足其一即可。", "持续超过72小时。", p)[0] is False


def test_any_one_on_the_regulation():
    jizhou("较大运输事件怎么认定？",
           "较大运输事件（第十三条第（三）项）：\n- 造成1人以上不满5人重伤；\n- 偷倒乱倒渣土500立方米以上不满2000立方米。\n满足其一即可。",
           "第十七条第（三）项：\n- 辖区内一年内发生较大以上运输事件2起以上；\n- 负有责任。\n满足其一即可。")


# -- a case figure said inside the range the sentence gave ---------------------------------------------

def test_a_case_figure_in_a_range():
    texts = ["（二）重大事件：造成1人以上不满3人死亡的；", "本办法所称\"以上\"\"以下\"，包括本数；\"不满\"\"超过\"，不包括本数。"]
    assert case_figure_bound.read("规定1人以上不满3人死亡为重大，2人死亡在此范围内。", "死了2个人", texts)[0] == ""
    assert case_figure_bound.read("规定1人以上不满3人死亡为重大，3人死亡在此范围内。", "死了3个人", texts)[0]


def test_bound_words_defined_in_straight_quotes():
    assert case_bounds.definitions(['本办法所称"以上""以下"，包括本数；"不满""超过"，不包括本数。']) == \
        {"以上": True, "以下": True, "不满": False, "超过": False}
    assert case_bounds.definitions(["本办法所称「以上」，包括本数。"]) == {"以上": True}


def test_a_case_figure_in_a_range_on_two_regulations():
    jizhou("渣土车撞死了3个人算哪一级？", "特别重大运输事件。第十三条第（一）项规定造成3人以上死亡的为特别重大，3人死亡在此范围内。",
           "重大运输事件。第十三条第（二）项规定造成1人以上不满3人死亡的为重大，3人死亡在此范围内。")
    checking.both_ways("重伤了5个人是几级？", "第14条第（二）项规定造成3人以上不满10人重伤的为重大事件，5人重伤在此范围内。",
                       "第14条第（二）项规定造成3人以上不满10人重伤的为重大事件，5人重伤不在此范围内。",
                       sources=checking.ingested("langchuan-property-2038"))


# -- a count, then its article in brackets, then a colon: a list lead with items on its line -----------

def test_a_count_before_its_bracketed_article_leads_a_list():
    got = inline_list.parts(Unit("三种情况（第十七条）：一是未按频次巡查；", "sentence", 0))
    assert got is not None and got[0].text == "三种情况（第十七条）："
    assert inline_list.parts(Unit("三种情况：一是未按频次巡查；", "sentence", 0)) is None
    jizhou("街道会因为什么被追责？",
           "三种情况（第十七条）：一是没按第九条的频次巡查；二是发现偷倒乱倒没在2小时内报告；三是辖区一年内发生较大以上运输事件2起以上且负有责任。",
           "两种情况（第十七条）：一是没按第九条的频次巡查；二是发现偷倒乱倒没在2小时内报告。")


# -- a date's year said for the whole date ------------------------------------------------------------

def test_a_date_s_year_said_for_the_date():
    jizhou("旧规定还有效吗？", "2035年的《霁州市渣土运输管理责任追究暂行规定》同时废止（第三十三条）。",
           "2038年的《霁州市渣土运输管理责任追究暂行规定》同时废止（第三十三条）。")
