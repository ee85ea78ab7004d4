"""Our own composing held to what the sources bear, and the asker's everyday words for signs and
acts (branch `qs8`; bot/core/leading.py, bot/core/drafting.py, bot/core/asked.py, bot/core/guard.py,
bot/core/scales.py, rules/checking/paragraph_lines.py, rules/checking/absence.py,
knowledge/everyday_words.yaml). Each reading both ways: what it lets through, and the near case it
keeps out. Written in other words than the blind questions of 《栖川市户外广告设施和招牌安全管理
责任追究办法》, over article texts made up here."""
from __future__ import annotations

import pytest

from bot.core.guard import refuse
from bot.core.leading import _list_paragraph
from bot.core.scales import below_covered
from knowledge.everyday import terms
from rules.checking.absence import surely_absent
from rules.checking.paragraph_lines import item
from tests.made_up import addressed

TWO_LISTS = ("第九条　有下列情形之一的，可以减轻处理：\n（一）主动说明情况的；\n（二）及时退回款项的。\n"
             "有下列情形之一的，不予处理：\n（一）因地震导致损失的；\n（二）事先书面提醒而对方未采纳的。")
ONE_LIST = "第三条　安装单位应当：\n（一）设置围挡；\n（二）安排专人看守。"


_addressed = addressed


def test_an_item_of_the_second_list_is_cited_with_its_paragraph():
    """Two lists both number a （二）: the second's is 第二款第（二）项, and the checker reads that line."""
    assert _list_paragraph(TWO_LISTS, "（二）事先书面提醒而对方未采纳的。") == 2
    assert item(TWO_LISTS, "（二）", 2).endswith("事先书面提醒而对方未采纳的。")
    # the first list's item keeps its own line; an article with one list is cited as before
    assert item(TWO_LISTS, "（二）").endswith("及时退回款项的。")
    assert _list_paragraph(ONE_LIST, "（二）安排专人看守。") is None


def test_an_absence_is_said_only_when_the_checker_would_hold_it():
    """公务人员 is not said word for word, yet 公务员…人员 in one sentence is there as the checker reads."""
    texts = ["公务员被追究责任的情况要抄送人事部门和有关人员。", "第五条　本办法自公布之日起施行。"]
    assert not surely_absent("公务人员", texts)
    assert surely_absent("滑雪场", texts)


@pytest.mark.parametrize("word, term", [
    ("广告牌", "户外广告设施"), ("门头", "招牌"), ("施工队", "施工单位"), ("这一片", "辖区"),
    ("通知", "告知"), ("上报", "报告"), ("检查", "巡查"), ("公务人员", "工作人员"),
])
def test_everyday_words_for_signs_crews_and_acts(word, term):
    assert term in terms(word)


@pytest.mark.parametrize("question, texts, addressed", [
    # 上报 is said by the text's 报告, 通知 by 告知
    ("出了事业主多长时间内要上报？", ["发生事故后，业主应当在2小时内向区应急部门报告。"], True),
    ("出了事业主多长时间内要上报？", ["发生事故后，业主应当在2小时内公开道歉。"], False),
    ("检测机构发现问题多长时间内要通知业主？", ["检测机构发现重大问题的，应当在1小时内告知业主。"], True),
    ("检测机构发现问题多长时间内要通知业主？", ["检测机构发现重大问题的，应当在10日内公示。"], False),
])
def test_the_texts_verb_for_the_askers(question, texts, addressed):
    assert _addressed(question, texts) is addressed


@pytest.mark.parametrize("question, texts, addressed", [
    # 自己 is no act: 多久自己检查一次 is answered by a rate of inspecting
    ("灯箱多久要自己检查一次？", ["灯箱的所有人应当每月至少巡查灯箱1次。"], True),
    ("灯箱多久要自己检查一次？", ["灯箱的所有人应当建立档案，记录保存3年。"], False),
])
def test_oneself_is_no_act_in_how_often(question, texts, addressed):
    assert _addressed(question, texts) is addressed


@pytest.mark.parametrize("question, texts, addressed", [
    # 多久出: the text says the act that makes the report come out (提交)
    ("鉴定结论多久出？", ["鉴定结论应当在接受委托之日起20日内提交。"], True),
    ("鉴定结论多久出？", ["鉴定机构应当具备相应资质。"], False),
])
def test_coming_out_said_by_the_act_that_makes_it(question, texts, addressed):
    assert _addressed(question, texts) is addressed


@pytest.mark.parametrize("question, texts, addressed", [
    # a duration asked of a noun by a copula is that noun's: no passage names a 保修年限, none gives it
    ("电子屏的保修年限是多少年？", ["电子屏每2年至少检测1次。"], False),
    ("电子屏的保修年限是多少年？", ["电子屏的保修年限为5年。"], True),
])
def test_a_duration_of_the_noun_before_the_copula(question, texts, addressed):
    assert _addressed(question, texts) is addressed


@pytest.mark.parametrize("question, texts, addressed", [
    # 怎么罚 asks an act of its subject: a passage on that subject that fines no one does not answer
    ("环保局会怎么罚？", ["环保局负责噪声污染的监督管理。"], False),
    ("环保局会怎么罚？", ["环保局对超标排放的，处2万元罚款。"], True),
])
def test_a_one_character_act_asked_by_its_manner(question, texts, addressed):
    assert _addressed(question, texts) is addressed


def test_a_request_verb_is_no_time_word():
    """来 before what it asks for is a request (来个广告词); 暴雨来之前 is a time."""
    assert refuse("暴雨来之前没把广告牌拆下来，会被罚吗？") is None
    assert refuse("来个广告词吧") == "off_topic"


def test_a_warning_level_below_the_texts_threshold():
    texts = ["气象台发布暴雨橙色以上预警后2小时内，应当停止户外作业。"]
    assert below_covered("暴雨黄色预警时要停止户外作业吗？", texts) == "黄色预警"
    # a level the threshold covers, or one the passages name themselves, is theirs to answer
    assert below_covered("暴雨红色预警时要停止户外作业吗？", texts) is None
    assert below_covered("暴雨黄色预警时要停止户外作业吗？", texts + ["黄色预警期间应当加强巡查。"]) is None
