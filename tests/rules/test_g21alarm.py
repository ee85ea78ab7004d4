"""Branch g21alarm: right drafts about the twenty-first ingested regulation (and round 26) that the
checker flagged, each reading tested both ways (the right sentence passes, a near sentence of the
same construction with one wrong detail fails). The sentences are written here, against
tests/data/yanchuan-geohazard-2038.md (a fictional regulation: items 1. 2. under （一）, a 节 level,
penalties for 单位 and 个人 side by side, a table annex) and the shipped Shenzhen sources, not
taken from the blind sets.
"""
from __future__ import annotations

from functools import partial

from rules.checking import denied_subdivision, lead_subject
from tests.rules import checking

NAME = "yanchuan-geohazard-2038"
either = partial(checking.both_ways, sources=checking.ingested(NAME))
shenzhen = checking.both_ways


def test_a_range_whose_lower_end_is_bound_to_nothing_binds_its_upper_end_to_nothing():
    # (the 以上 before 2万元 joins the range; it is no word the text binds to 50万元 elsewhere)
    either("单位毁坏了监测设施，罚款多少？",
           "第二十二条：对个人处500元以上2000元以下罚款；要是单位干的，处5000元以上2万元以下罚款。",
           "第二十二条：对个人处500元以上2000元以下罚款；要是单位干的，处5000元以上3万元以下罚款。")


def test_a_condition_naming_the_party_chooses_its_parallel_penalty():
    # 对单位处5000元以上2万元以下，对个人处500元以上2000元以下: the party said in the condition
    either("在隐患点附近爆破的，怎么罚？",
           "第二十二条：如果是个人干的，处500元以上2000元以下罚款。",
           "第二十二条：如果是个人干的，处5000元以上2万元以下罚款。")
    either("在隐患点附近爆破的，怎么罚？",
           "第二十二条：单位的话，处5000元以上2万元以下罚款。",
           "第二十二条：单位的话，处500元以上2000元以下罚款。")


def test_the_subject_of_a_list_of_duties_said_with_one_item():
    lead = "第十条　乡镇人民政府、街道办事处应当履行下列职责："
    assert lead_subject.without_subject("第十条第（三）项要求乡镇、街道组织培训。", lead) == "第十条第（三）项要求组织培训。"
    assert lead_subject.without_subject("第十条第（三）项要求区政府组织培训。", lead) == "第十条第（三）项要求区政府组织培训。"
    either("群测群防员培训多久一次？",
           "第十条第（三）项要求乡镇、街道每年组织群测群防员培训不少于一次。",
           "第十条第（三）项要求区政府每年组织群测群防员培训不少于一次。")
    either("群测群防员培训多久一次？",
           "第十条第（三）项规定，乡镇人民政府、街道办事处应当每年组织群测群防员培训不少于一次。",
           "第十条第（三）项规定，乡镇人民政府、街道办事处应当每年组织群测群防员培训不少于二次。")


def test_a_tally_the_reader_is_told_to_note_before_the_answers_own_parts():
    either("什么情况要从重？",
           "第二十五条第（一）项：瞒报、谎报险情或者灾情的，应当从重追究责任。请注意两个限定：一是“瞒报、谎报”，二是“险情或者灾情”。",
           "第二十五条第（一）项：瞒报、谎报险情或者灾情的，应当从重追究责任。请注意三个限定：一是“瞒报、谎报”，二是“险情或者灾情”。")


def test_the_no_to_a_question_that_asks_a_negated_predicate_with_ma():
    either("隐患点还没核销，乡镇能先不巡查吗？",
           "不能。第十五条第二款规定，隐患点未经核销的，乡镇人民政府、街道办事处不得停止巡查。",
           "不能。第十五条第二款规定，隐患点未经核销的，乡镇人民政府、街道办事处可以停止巡查。")


def test_an_item_said_to_point_at_another_article():
    either("第十六条第三项引用的复核要求是什么？",
           "第十六条第（三）项指向第九条第一款第（二）项的复核：对险情等级为Ⅰ级、Ⅱ级的隐患点每月组织专业技术人员复核不少于一次。",
           "第十六条第（三）项指向第九条第一款第（三）项的复核：对险情等级为Ⅰ级、Ⅱ级的隐患点每月组织专业技术人员复核不少于一次。")


def test_a_written_replys_closing_formula():
    shenzhen("问责之后涉及犯罪怎么办",
             "经查，《深圳市党政领导干部问责暂行规定》第四条规定：涉嫌犯罪的，移送司法机关依法处理。特此说明。",
             "经查，《深圳市党政领导干部问责暂行规定》第四条规定：涉嫌犯罪的，移送司法机关依法处理。特此说明，也可以不移送。")


def test_a_title_given_with_the_document_number_it_is_cited_by():
    shenzhen("责令辞职的程序按什么执行？",
             "责令辞职的程序按照《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）执行。",
             "责令辞职的程序按照《关于实行党政干部问责的规定》（中办发[2009]25号）执行。")


def test_a_subdivision_said_not_to_exist():
    assert denied_subdivision.denied("因此不存在“第四条第（二）项”。") == "第四条第（二）项"
    assert denied_subdivision.denied("因此不存在第四十条。") is None
    shenzhen("第四条第（二）项说的什么？",
             "第四条没有分项。因此不存在“第四条第（二）项”。",
             "第四条没有分项。因此不存在“第五条第（二）项”。")


def test_a_term_after_the_comma_is_the_subject_of_its_own_denial():
    shenzhen("免职能单独或合并适用吗？在那个名单里吗",
             "不在。第十条第二款列了训诫、责令作出书面检查、通报批评、责令公开道歉这四种，免职没有列进去。",
             "不在。第十条第二款列了训诫、责令作出书面检查、通报批评、责令公开道歉这四种，通报批评没有列进去。")


def test_a_measure_said_to_be_one_of_another_articles_measures():
    shenzhen("训诫和免职能一起给吗？",
             "可以。第十条第二款规定，训诫既可以单独适用，也可以和其他问责方式合并适用，免职也是第十条规定的问责方式之一。",
             "可以。第十条第二款规定，训诫既可以单独适用，也可以和其他问责方式合并适用，免职也是第十条第二款规定的问责方式之一。")
