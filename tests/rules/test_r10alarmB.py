"""Round 10's right drafts that were flagged (branch r10alarmB): each reading tested both ways, in
the draft's wording and in others, the true sentence passing and its wrong twin failing."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checking.complement import complement
from rules.checking.situation_frame import situation
from tests.rules.checking import both_ways, verdict

PAPER_DOCS = (
    "一是《深圳市政府部门行政首长问责暂行办法》：政府部门有执行不力、违规决策、疏于管理等6类35种情形之一的，"
    "可对部门行政首长采取诫勉谈话、责令整改、书面检查、公开道歉，直至责令辞职、建议免职等方式问责。"
    "二是《深圳市政府部门行政首长财经责任问责暂行办法》：市政府所属各部门有不履行或不正确履行财经职责7种情形之一的，"
    "追究行政首长（含主持工作的副职）责任。")
PAPER_STEPS = ("先是初步探索：2001年12月，市政府颁布《深圳市行政机关工作人员行政过错责任追究暂行办法》，在国内率先开展行政问责的探索。"
               "然后是系统推行：2005年10月，市委市政府在全市开展“问责治庸”，行政问责制开始在全市系统、全面推行。")


# --- a lead counting the parts marked after it (rules/checking/counted_items.py) -------------

@pytest.mark.parametrize("lead, wrong", [
    ("论文提到两份文件。", "论文提到三份文件。"),
    ("论文里介绍了两个文件。", "论文里介绍了三个文件。"),
    ("据论文，有两点。", "据论文，有四点。"),
])
def test_a_count_of_the_documents_listed_below(lead, wrong):
    both_ways("行政首长问责有哪些规定？", lead + PAPER_DOCS, wrong + PAPER_DOCS, unsupported=True)


@pytest.mark.parametrize("lead, wrong", [
    ("按论文的说法分两步走。", "按论文的说法分三步走。"),
    ("论文说分两个阶段。", "论文说分三个阶段。"),
])
def test_a_count_of_the_steps_listed_below(lead, wrong):
    both_ways("深圳行政问责制是怎么起步的？", lead + PAPER_STEPS, wrong + PAPER_STEPS, unsupported=True)


def test_a_count_lead_of_another_document_than_the_parts_rest_on_fails():
    assert not verdict("行政首长问责有哪些规定？", "报告提到两份文件。" + PAPER_DOCS).passed


def test_documents_counted_over_parts_that_name_none_fail():
    assert not verdict("深圳行政问责制是怎么起步的？", "论文提到两份文件。" + PAPER_STEPS).passed


# --- what the parts themselves say ---------------------------------------------------------

def test_a_permission_over_a_list_of_measures_is_a_choice_among_them():
    q = "行政首长问责有哪些规定？"
    both_ways(q, "论文说，政府部门有执行不力等6类35种情形之一的，可对部门行政首长采取诫勉谈话、责令整改、书面检查等方式问责。",
              "论文说，政府部门有执行不力等6类35种情形之一的，可对部门行政首长予以问责。", unsupported=True)


def test_a_negated_duty_inside_a_situation_is_no_body_taking_no_part():
    q = "行政首长财经责任怎么问责？"
    both_ways(q, "论文说，市政府所属各部门有不履行或不正确履行财经职责7种情形之一的，追究行政首长（含主持工作的副职）责任。",
              "论文说，市政府所属各部门有不履行或不正确履行财经职责8种情形之一的，追究行政首长（含主持工作的副职）责任。")
    assert situation("市政府所属各部门有不履行或不正确履行财经职责7种情形之一的", 7)
    assert not situation("纪检监察机关不履行本规定中的职责", 6)
    assert not verdict("谁来问责？", "纪检监察机关不履行本规定中的职责。").passed


@pytest.mark.parametrize("recipient", ["行政监督部门", "行政监督部门作进一步处理"])
def test_a_recipient_qualified_before_de(recipient):
    q = "论文讲的移送制度是什么？"
    right = f"论文说，监察、财政、人事、审计、法制部门发现涉嫌违法违规问题，除依职权处理外，还要及时移送有权作其他处理的{recipient}。"
    both_ways(q, right, right.replace("行政监督部门", "司法机关"), unsupported=True)
    both_ways(q, right.replace("有权作其他", "有权作出其他"), right.replace("有权作其他", "有权作出其他").replace("行政监督部门", "审判机关"))


# --- verdicts that the sources hold nothing of what is asked ------------------------------

@pytest.mark.parametrize("lead", ["这个在资料里查不到具体内容。", "来源里看不到。", "资料里找不到相关规定。"])
def test_not_found_leads_in_more_words(lead):
    q = "从重从轻的情节有哪些？"
    rest = "第十七条只是说从重、从轻情节按照中办发[2009]25号第八条、第九条执行，而中办发[2009]25号文件本身没有收录在来源中。"
    both_ways(q, lead + rest, lead + "第十七条规定了从重、从轻情节。")


def test_a_quote_whose_inner_marks_differ_is_the_same_text():
    q = "报告收录了哪些部分？"
    both_ways(q, "收录的报告只有第一部分\"2015年工作回顾和'十二五'发展成就\"的前半段。",
              "收录的报告只有第一部分\"2015年工作回顾和'十三五'发展成就\"的前半段。", unsupported=True)


def test_the_complement_of_what_a_source_only_holds():
    q = "2016年工作报告里2016年的增长目标是多少？"
    assert verdict(q, "收录的报告只有第一部分的前半段，后面讲2016年工作安排的内容都没有收录。").passed
    note = "来源只收录了报告第一部分的前半；报告其余部分缺失。"
    right = "收录的报告只有第一部分的前半段，后面的内容都没有收录。"
    assert complement(right, right.index("没有"), "收录。", note)
    for wrong in ("报告没有收录第一部分。", "收录的报告只有第一部分的前半段，2015年工作回顾的内容都没有收录。"):
        assert not complement(wrong, wrong.index("没有"), "收录。", note), wrong


@pytest.mark.parametrize("right, wrong", [
    ("收录的报告只有第一部分的前半段，后面讲2016年工作安排的内容都没有收录，因此无法回答2016年的目标。",
     "收录的报告只有第一部分的前半段，后面的内容都没有收录，因此无法回答2015年的PM2.5年均浓度。"),
    ("来源没有写论文的作者，所以无法确定论文的作者。", "报告没有署名，所以无法确定报告的发表时间。"),
])
def test_what_cannot_be_answered_is_read_as_an_absence(right, wrong):
    both_ways("这个问题能回答吗？", right, wrong, unsupported=True)


def test_an_absence_of_a_b_whose_b_is_worded_with_a_word_left_out_fails():
    assert not verdict("2015年的PM2.5是多少？", "报告没有写2015年的PM2.5浓度。").passed


# --- a residual article, a short name, a conditional item ---------------------------------

@pytest.mark.parametrize("besides", ["除前面几条以外", "除上面各条之外", "除了前面的条款以外"])
def test_the_other_of_a_residual_article_said_out(besides):
    q = "第九条说了什么？"
    right = f"第九条是个兜底条款：{besides}，其他给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，也要按照有关规定对党政领导干部问责。"
    both_ways(q, right, right.replace("第九条", "第八条"), unsupported=True)
    assert not verdict(q, right.replace("造成损失", "造成重大损失")).passed


def test_later_articles_said_to_use_a_short_name():
    q = "第七条的内容？"
    right = "此外，第七条还把《深圳市行政过错责任追究办法》简称为《办法》，后面的条文沿用这个简称。"
    both_ways(q, right, right.replace("《深圳市行政过错责任追究办法》", "《深圳市行政决策责任追究办法》"))
    both_ways(q, "第七条把《深圳市行政过错责任追究办法》简称为《办法》，后文也使用这个简称。",
              "第七条把《深圳市行政过错责任追究办法》简称为《规定》，后文也使用这个简称。")


_ALIASED = """---
id: test-alias-2040
title: 白石市测试管理办法
kind: regulation
issuer: 白石市人民政府（虚构）
date: 2040-01-01
---

# 白石市测试管理办法

第一条 为了规范测试工作，根据《白石市质量监督条例》（以下简称《条例》），制定本办法。

第二条 本办法适用于本市的测试机构。

第三条 测试机构应当每年报告一次工作情况。
"""


def test_a_short_name_no_later_article_uses(tmp_path: Path):
    f = tmp_path / "test-alias-2040.md"
    f.write_text(_ALIASED, encoding="utf-8")
    sources = with_documents([f])
    said = "第一条把《白石市质量监督条例》简称为《条例》，后面的条文沿用这个简称。"
    got = verdict("《白石市测试管理办法》第一条说了什么？", "《白石市测试管理办法》" + said, sources)
    assert not got.passed


@pytest.mark.parametrize("right, wrong", [
    ("问责的同时如果还需要追究纪律责任，就依照有关规定给党纪政纪处分；如果涉嫌犯罪，就移送司法机关依法处理。",
     "问责的同时如果还需要追究纪律责任，就依照有关规定给行政处罚；如果涉嫌犯罪，就移送司法机关依法处理。"),
    ("问责的同时如果还需要追究纪律责任，就依照有关规定给党纪政纪处分；一旦涉嫌犯罪，就移送司法机关依法处理。",
     "问责的同时如果还需要追究刑事责任，就依照有关规定给党纪政纪处分；一旦涉嫌犯罪，就移送司法机关依法处理。"),
])
def test_a_conditional_item_under_a_list_lead(right, wrong):
    both_ways("问责之外还可能有什么后果？", "第四条规定了两种衔接：" + right, "第四条规定了两种衔接：" + wrong, unsupported=True)


# --- the missing list of 第十八条 ------------------------------------------------------------

def test_what_the_opening_of_the_cut_article_is_worded():
    q = "不予问责的情形是什么？"
    right = "第十八条的开头写的是\"党政领导干部有下列情形之一的，不予问责\"，但后面的情形清单在来源里缺失了。"
    both_ways(q, right, right.replace("不予问责\"", "从轻问责\""), unsupported=True)
    both_ways(q, "第十八条开头写着不予问责，但后面的情形清单在来源里缺失了。",
              "第十八条的开头写的是不予问责的三种情形，但后面的情形清单在来源里缺失了。")
    assert not verdict(q, "第十八条规定了不予问责的三种情形，但后面的情形清单在来源里缺失了。").passed


GRADED = "请批改：“第十八条规定了不予问责的情形，但清单在来源中缺失。”"
GRADED_WRONG = "请批改：“第十八条规定了从轻问责的情形，但清单在来源中缺失。”"


@pytest.mark.parametrize("mark", ["这个回答是对的。", "回答没有编造清单内容，做法正确。", "答案没有虚构情形，表述准确。"])
def test_a_mark_on_the_quoted_answer(mark):
    assert verdict(GRADED, mark).passed, mark
    assert not verdict(GRADED_WRONG, mark).passed, mark


@pytest.mark.parametrize("mark", ["回答编造了清单内容，做法错误。", "这个回答是错的。"])
def test_a_negative_mark_on_a_right_answer_fails(mark):
    assert not verdict(GRADED, mark).passed, mark


def test_the_cut_article_affirmed_with_queh_shi():
    q = GRADED
    both_ways(q, "第十八条确实是关于不予问责的，具体情形没有收录。", "第十八条确实是关于从轻问责的，具体情形没有收录。")


# --- what is left of a document's front matter (rules/checking/only_title.py) --------------

@pytest.mark.parametrize("q, right, wrong", [
    ("这篇论文是谁写的，哪年发表？", "能确定的只有题目——《深圳市实施行政问责制的实践与思考》。",
     "能确定的只有题目——《深圳市实施行政问责制的探索》。"),
    ("这份报告是谁写的？", "来源没有写论文的作者，只能看到标题《深圳市实施行政问责制的实践与思考》。",
     "来源没有写报告的作者，只能看到标题《深圳市2016年政府工作报告》。"),
    ("这份规定是哪个机关发布的？", "转载的规定文本没有列出发文机关，只能看到标题《深圳市党政领导干部问责暂行规定》和条文本身。",
     "转载的规定文本没有列出发文机关，只能看到标题《深圳市行政过错责任追究办法》和条文本身。"),
])
def test_only_the_title_is_known(q, right, wrong):
    both_ways(q, right, wrong, unsupported=True)


def test_only_the_title_when_the_date_is_recorded_fails():
    assert not verdict("这份规定是哪年发布的？", "能确定的只有标题《深圳市党政领导干部问责暂行规定》。").passed


# --- a lead into a table (rules/checking/table_lead.py) -----------------------------------

TABLE = """

| 指标 | 2010年 | 2015年 |
|---|---|---|
| 地区生产总值 | 9581.5亿元 | 1.75万亿元 |
| 全社会研发投入 | 333.3亿元 | 709.3亿元 |
| 商事主体 | 78万户 | 214万户 |"""


@pytest.mark.parametrize("lead, wrong", [
    ("报告把2015年和2010年做了对比（\"八个大幅增长\"中的几项）：", "报告把2015年和2005年做了对比（\"八个大幅增长\"中的几项）："),
    ("报告把2015年和2010年做了对比（\"八个大幅增长\"中的几项）：", "报告把2015年和2010年做了对比（\"八个大幅下降\"中的几项）："),
    ("报告中2010年与2015年几个主要指标的对比：", "报告中2005年与2015年几个主要指标的对比："),
])
def test_a_lead_into_a_table_is_held_to_the_passage_of_its_rows(lead, wrong):
    both_ways("“十二五”期间几个主要指标怎么变化的？", lead + TABLE, wrong + TABLE, unsupported=True)


@pytest.mark.parametrize("right", [
    "来源没有写明作者，只知道题目是《深圳市实施行政问责制的实践与思考》。",
    "来源没有写明作者。能确定的只有论文标题《深圳市实施行政问责制的实践与思考》。",
])
def test_only_the_title_in_other_words(right):
    assert verdict("这篇论文是谁写的？", right).passed
    assert not verdict("这份报告是谁写的？", right.replace("深圳市实施行政问责制的实践与思考", "深圳市2016年政府工作报告")
                       .replace("论文", "报告")).passed


def test_parts_marked_first_and_second():
    q = "深圳行政问责制是怎么起步的？"
    steps = ("首先，2001年12月，市政府颁布了《深圳市行政机关工作人员行政过错责任追究暂行办法》。"
             "其次，2005年10月，市委市政府在全市开展“问责治庸”，行政问责制开始在全市系统、全面推行。")
    both_ways(q, "论文讲了两个阶段。" + steps, "论文讲了三个阶段。" + steps, unsupported=True)
