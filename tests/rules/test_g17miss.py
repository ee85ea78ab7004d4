"""Branch `g17miss`: the seventeenth regulation's wrong drafts that passed, read by construction.

Each reading tested both ways, in our own words, on ingested regulations of tests/data: the right
sentence passes, its near twin (same construction, one detail wrong) is flagged."""
from __future__ import annotations

import pytest

from tests.rules.checking import on

EVENTS = on("qinglan-events-2037")
BRIDGE = on("lanxi-bridge-2036")
DUST = on("hechuan-dust-2036")


# graded_clauses.py: a figure of one graded clause given to a member of another clause
def test_graded_clause_member_of_a_list_named_by_the_sentence() -> None:
    DUST("工地扬尘问题的整改期限是多久？",
         "涉及围挡设置的，整改期限不超过7日。",
         "涉及围挡设置的，整改期限不超过3日。")


def test_graded_clause_default_figure_given_to_a_listed_case() -> None:
    EVENTS("重大事故的调查报告多久交？",
           "重大事故的调查组，应当自事故发生之日起60日内提交。",
           "重大事故的调查组应当自事故发生之日起30日内提交事故调查报告。")


def test_graded_clause_case_taken_from_the_question() -> None:
    EVENTS("承办者发生重大事故后，公安机关多长时间内不受理它的许可申请？",
           "自处理决定作出之日起2年内不予受理。",
           "从处理决定作出之日起算，1年内公安机关不予受理它的安全许可申请。")


def test_graded_clause_single_case_clause() -> None:
    BRIDGE("举行了听证，追究决定多久作出？",
           "举行听证的，应当自听证结束之日起10个工作日内作出。",
           "举行听证的，市城管局应当在15个工作日内作出追究决定。")


# reference_frame.py: a clause restated but for the article or item it refers to
def test_reference_in_the_same_frame() -> None:
    BRIDGE("管理单位维修超期会被追责吗？",
           "按第10条第(四)项，管理单位对评定为C级、D级的桥梁隧道，未在本办法第8条第1款规定的期限内完成维修或者维修加固的，要被追责。",
           "按第10条第(四)项，管理单位对评定为C级、D级的桥梁隧道，未在本办法第7条第1款规定的期限内完成维修或者维修加固的，要被追责。")


def test_reference_to_an_article_in_an_item() -> None:
    BRIDGE("管理单位报告事故晚了会被追责吗？",
           "按第10条第(六)项，管理单位未在本办法第9条规定的时限内报告事故或者险情的，要被追责。",
           "按第10条第(六)项，管理单位未在本办法第7条规定的时限内报告事故或者险情的，要被追责。")


# definition_swap.py: a term glossed with another term's definition
def test_definition_swapped_between_terms() -> None:
    BRIDGE("城市隧道指什么？",
           "城市隧道：城市道路上的隧道，包括下穿通道和越江隧道。",
           "城市隧道：城市道路上的桥梁，包括立交桥、高架道路、人行天桥和跨河桥梁。")


def test_definition_swapped_with_shi_zhi() -> None:
    DUST("项目负责人是谁？",
         "项目负责人，是指施工单位派驻施工现场、对工程项目施工负全面管理责任的项目经理。",
         "项目负责人，是指受市住房和城乡建设局委托，对建筑工地扬尘污染防治情况开展巡查、监测的专业机构。")


# sentence_figures.py: a figure the statement the whole sentence restates does not give
def test_range_of_another_item_in_a_penalty_article() -> None:
    EVENTS("超容量卖票但没出事故，罚多少？",
           "有第二十条第（二）项规定情形而未发生事故的，处5万元以上10万元以下罚款。",
           "有第二十条第（二）项规定情形而未发生事故的，处20万元以上50万元以下罚款。")


# joined_measures.py: a condition put before a measure the text joins with 并
def test_condition_invented_before_a_joined_measure() -> None:
    DUST("巡查机构发现问题后要做什么？",
         "第三方巡查机构发现问题的，应当当场拍照取证，并在24小时内将巡查记录上传监管平台。",
         "第三方巡查机构发现问题的，应当当场拍照取证；问题严重的，再在24小时内将巡查记录上传监管平台。")


def test_condition_invented_within_one_sentence() -> None:
    BRIDGE("E级桥梁怎么处理？",
           "评定为E级的，自检测报告出具之日起24小时内封闭交通，并在3个工作日内书面报告市城管局。",
           "评定为E级的，自检测报告出具之日起24小时内封闭交通，情况紧急的，在3个工作日内书面报告市城管局。")


# referent_words.py: an item cited by reference said to name a sibling item
def test_item_by_reference_named_in_words() -> None:
    BRIDGE("第16条第2款说“前款第(三)项仅适用于养护单位”，这个第(三)项是什么？",
           "指的是扣减养护经费。",
           "指的是列入本市桥梁隧道行业不良行为记录。")


# shared_topic.py: a topic of several members carried into a predicate the text gives fewer
def test_topic_members_carried_into_a_second_predicate() -> None:
    EVENTS("通报批评谁来作出、在哪公布？",
           "对单位和非公职人员的通报批评由市公安局作出；对单位的通报批评还由市公安局在市人民政府门户网站公开。",
           "对单位和非公职人员的通报批评由市公安局作出，同时由市公安局在市人民政府门户网站公开1年。")


# universal.py (extended): 各X都 over what the text names with a qualifier
def test_distributive_over_a_qualified_noun() -> None:
    BRIDGE("哪些单位1年内不能承接政府投资的养护项目？",
           "列入不良行为记录的养护单位、检测单位，自列入之日起1年内不得承接本市政府投资的桥梁隧道养护、检测项目。",
           "各养护单位都自列入之日起1年内不得承接本市政府投资的桥梁隧道养护、检测项目。")
