"""Branch g17alarm: right drafts about the seventeenth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/qinglan-events-2037.md
(a fictional regulation: 第一条 articles in chapters, sub-items 1. within an item, a grading table
by four measures, 以上 / 不满 defined, an exclusion of two items by 前款, an outside 规范 cited), not
taken from the blind set.
"""
from __future__ import annotations

from rules.checking import classed, figure_sentence_end, inline_count, negation_scope, table_case
from rules.references import find_refs
from tests.rules import checking

both = checking.on("qinglan-events-2037")


def test_a_clause_of_a_cited_table_is_not_the_citing_definitions():
    # 第三条（六） defines 险情 by 第四条's consequences, 但…: a row of 第四条 restated is no omission
    # of that definition's 但…
    both("活动中断多久算轻微事故，多久算一般事故？",
         "中断1小时以上不满3小时的是轻微事故；中断3小时以上就是一般事故。",
         "中断1小时以上不满3小时的是轻微事故；中断3小时以上就是较大事故。")


def test_colloquial_mei_is_the_texts_wei():
    assert negation_scope.polarity("过期没交的视为放弃", "逾期未提出的，视为放弃", ["逾期未提出的", "视为放弃"],
                                   ["逾期未提出的"], negation_scope.re.compile("不|未|没"), []) == (False, False)
    both("告知书收到后，申辩的期限是多少？",
         "当事人自收到告知书之日起5个工作日内提出陈述和申辩，逾期没提出的，视为放弃。",
         "当事人自收到告知书之日起5个工作日内提出陈述和申辩，逾期没提出的，不视为放弃。")


def test_items_joined_by_huozhe_are_both_cited():
    assert [(r.article, r.item) for r in find_refs("有本办法第三十一条第（一）项或者第（二）项规定情形的")] == \
        [(31, 1), (31, 2)]
    both("不可抗力导致的事故都能免责吗？",
         "不一定，有谎报、瞒报事故，或者隐匿、伪造证据的，就不适用免予追究（第三十三条）。",
         "不一定，有1年内因同类情形被追究2次以上的，就不适用免予追究（第三十三条）。")


def test_a_count_before_cases_cut_at_semicolons_counts_them_all():
    assert inline_count.problems("从重的有两种：谎报、瞒报事故的；", [], [], None, "隐匿证据的。") == []
    assert inline_count.problems("从重的有三种：谎报、瞒报事故的；", [], [], None, "隐匿证据的。")
    both("哪些情形可以从轻？",
         "共三种：主动发现并及时报告险情、积极采取措施避免事故发生的；事故发生后积极组织救援、有效避免损失扩大的；"
         "主动交代问题、如实说明情况、积极配合调查的。",
         "共四种：主动发现并及时报告险情、积极采取措施避免事故发生的；事故发生后积极组织救援、有效避免损失扩大的；"
         "主动交代问题、如实说明情况、积极配合调查的。")


def test_a_run_cut_inside_a_figure_restates_no_span():
    both("8000人的活动找谁申请许可？",
         "找市公安局；区公安分局只管1000人以上不满5000人的活动。",
         "找市公安局；市公安局只管5000人以上的。")


def test_a_case_said_by_the_figure_of_the_provision_its_item_cites():
    whole = checking.ingested("qinglan-events-2037").of_document("qinglan-large-events-accountability-2037")
    assert classed.judged("低于80%的就属于第二十二条第（二）项的情形", "", whole)[0] is True
    assert classed.judged("低于90%的就属于第二十二条第（二）项的情形", "", whole)[0] is None
    both("持证保安的比例低到多少会被追责？",
         "低于80%的就属于第二十二条第（二）项的情形。",
         "低于90%的就属于第二十二条第（二）项的情形。")


def test_the_askers_case_classed_into_a_row_of_the_grading_table():
    assert table_case.problem("属于一般事故。", "死了3个人算什么事故？", [open(checking.DATA / "qinglan-events-2037.md",
                                                                           encoding="utf-8").read()])
    both("这次活动中断了两个小时，算哪一级事故？", "属于轻微事故。", "属于一般事故。")
    both("重伤了12个人算什么事故？", "较大事故。", "一般事故。")


def test_a_clause_past_its_figures_sentence_is_another_sentence_of_the_text():
    text = "本办法自2037年5月1日起施行。2029年8月5日发布的《暂行办法》同时废止。"
    assert figure_sentence_end.past_end("1", ["日起施行"], "日起施行", text)
    assert not figure_sentence_end.past_end("1", ["日起施行"], "", text)
    # a ； cuts the grades of one rule, no sentence: a clause said of one grade with another grade's
    # words (并责令停业) stays a swap (found by the held-out eighteenth regulation after the merge)
    graded = "有前款第（一）项情形的，处2000元以上4000元以下罚款；有前款第（二）项情形的，处4000元以上8000元以下罚款，并责令停业。"
    assert not figure_sentence_end.past_end("4000", ["元以下罚款"], "元以下罚款", graded)
    both("以前那个暂行办法还有效吗？",
         "本办法自2037年5月1日起施行，《青岚市大型群众性活动安全管理责任追究暂行办法》同时废止。",
         "本办法自2037年6月1日起施行，《青岚市大型群众性活动安全管理责任追究暂行办法》同时废止。")


def test_an_absence_with_its_thing_before_the_regulation_named_by_kind():
    both("办法规定了演出票价吗？",
         "第七条第（四）项只要求按核定容量发售门票。票价办法里没提。",
         "第七条第（四）项只要求按核定容量发售门票。入场凭证办法里没提。")
