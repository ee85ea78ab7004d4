"""Branch galarm: right drafts about ingested regulations that the checker flagged, each reading
tested both ways (the right sentence passes, a near sentence of the same construction with one
wrong detail fails). The sentences are written here, against tests/data/chengxi-eldercare-2036.md
and tests/data/lanchuan-charging-2036.md (fictional regulations), not taken from the blind sets.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from bot.core.sources import with_documents
from rules.checking import paragraph_lines
from tests.rules import checking

DATA = Path(__file__).parent.parent / "data"
CHENGXI = with_documents([DATA / "chengxi-eldercare-2036.md"])
LANCHUAN = with_documents([DATA / "lanchuan-charging-2036.md"])

chengxi = partial(checking.both_ways, sources=CHENGXI, unsupported=True)
lanchuan = partial(checking.both_ways, sources=LANCHUAN, unsupported=True)


# ------------------------------------------------------------------ items numbered 1. / 1、
ARTICLE = """第9条 有下列情形之一的，可以减轻：
1. 主动报告的；
2. 积极补救的。
有下列情形之一的，不予处理：
1. 不可抗力造成的；
2. 已经自行纠正的。
有本办法第3条第1项情形的，不适用前两款规定。"""


def test_items_numbered_in_arabic_digits_are_the_articles_items_per_paragraph():
    assert [n for n, _ in paragraph_lines.item_lines(ARTICLE, 2)] == [1, 2]
    assert paragraph_lines.item(ARTICLE, "（二）", 2) == "有下列情形之一的，不予处理：\n2. 已经自行纠正的。"
    assert paragraph_lines.item(ARTICLE, "（二）", 1) == "有下列情形之一的，可以减轻：\n2. 积极补救的。"
    # two lists and no paragraph named: which 第2项 is meant is not known
    assert paragraph_lines.item(ARTICLE, "（二）") is None
    # an article with （一） items keeps them; its 1. lines are sub-items
    shaped = "第五条 有下列情形的：\n（一）甲；\n1. 子项；\n（二）乙。"
    assert [n for n, _ in paragraph_lines.item_lines(shaped)] == [1, 2]


def test_an_item_numbered_1_is_found_and_held_to_its_own_line():
    chengxi("老人走失了要多久报告？",
            "依据本办法第8条第1款第1项，老年人走失的，养老机构应当在2小时内报告所在地区民政部门和镇街。",
            "依据本办法第8条第1款第4项，老年人走失的，养老机构应当在2小时内报告所在地区民政部门和镇街。")


def test_a_body_borrowed_from_a_sibling_item_fails():
    chengxi("老人摔伤了一般的事件怎么报？",
            "按第8条第3项，发生其他服务安全事件的，养老机构应当在24小时内报告所在地区民政部门。",
            "按第8条第3项，发生其他服务安全事件的，养老机构应当在24小时内报告所在地区民政部门和镇街。")


def test_an_item_of_the_second_paragraph_is_that_paragraphs_item():
    chengxi("院里因为台风出了事，能免责吗？",
            "第20条第2款第1项：因不可抗力造成服务安全事件，且养老机构已履行本办法第7条规定义务的，免予追究。",
            "第20条第2款第4项：因不可抗力造成服务安全事件，且养老机构已履行本办法第7条规定义务的，免予追究。")


# ------------------------------------------------------------------ the item an article refers to
def test_the_item_one_article_refers_to_is_the_one_it_names():
    chengxi("哪种情形不能减轻？",
            "第20条第3款把第12条第1款第1项的情形排除在外，谎报、瞒报服务安全事件的不适用前两款。",
            "第20条第3款把第12条第1款第3项的情形排除在外，谎报、瞒报服务安全事件的不适用前两款。")


# ------------------------------------------------------------------ agents one level apart
def test_a_body_one_level_down_is_another_agent():
    chengxi("较大事件谁调查？",
            "第22条第2款规定，发生较大服务安全事件的，由市民政局直接组织调查，区民政部门予以配合。",
            "第22条第2款规定，发生较大服务安全事件的，由区民政部门直接组织调查，市民政局予以配合。")


# ------------------------------------------------------------------ the asker's figure and a bound
def test_the_askers_figure_inside_a_bound_the_sentence_states():
    chengxi("区里打算扣我们15万元运营补贴，可以申请听证吗？",
            "扣减运营补贴10万元以上的，被追究对象可以要求听证，15万元符合这个条件。",
            "扣减运营补贴10万元以上的，被追究对象可以要求听证，15万元不符合这个条件。")


def test_the_askers_figure_below_the_bound_is_not_inside_it():
    q = "区里打算扣我们8万元运营补贴，可以申请听证吗？"
    bad = checking.verdict(q, "扣减运营补贴10万元以上的，被追究对象可以要求听证，8万元符合。", CHENGXI)
    assert not bad.passed
    ok = checking.verdict(q, "扣减运营补贴10万元以上的才可以要求听证，8万元不符合。", CHENGXI)
    assert not any("8" in p and "找不到" not in p and "之内" in p for p in ok.problems), ok.problems


def test_the_askers_figure_outside_the_bound_said_with_以外():
    lanchuan("我们公司有120个充电端口，归谁追究？",
             "市应急管理局负责充电端口数在500个以上的运营单位，120个端口属于第四条第二款所说的“前款规定以外的运营单位”，"
             "归区应急管理部门追究。",
             "市应急管理局负责充电端口数在500个以上的运营单位，120个端口属于第四条第一款所说的这一范围。")


# ------------------------------------------------------------------ a figure worked out from the text's
def test_a_raised_maximum_worked_out_from_the_texts_figures():
    right = ("查证属实的举报，奖励在500元以上5000元以下。被举报养老机构的工作人员来举报的，可以在这个基础上提高50%，"
             "即最多可以到7500元。")
    chengxi("举报奖励最高多少？", right, right.replace("7500元", "8000元"))


def test_a_worked_out_figure_needs_the_texts_share():
    right = ("查证属实的举报，奖励在500元以上5000元以下。被举报养老机构的工作人员来举报的，可以在这个基础上提高50%，"
             "即最多可以到7500元。")
    # the share the text gives is 50%; 7500 from 5000 by another share is not read
    chengxi("举报奖励最高多少？", right, right.replace("提高50%", "提高60%").replace("7500元", "8000元"))


# ------------------------------------------------------------------ a defined name said by its head
def test_the_head_a_definition_gives_a_name_is_that_name():
    # 养老机构，是指…的机构: 被举报机构 is the 被举报养老机构 of 第28条; another kind of 机构 is not
    chengxi("员工举报自己单位有奖励吗？",
            "举报人是被举报机构工作人员的，可以在前款规定标准的基础上提高50%给予奖励。",
            "举报人是被举报评估机构工作人员的，可以在前款规定标准的基础上提高50%给予奖励。")


# ------------------------------------------------------------------ a paragraph named, with the basis words
def test_a_paragraph_named_after_依照本办法_with_anothers_words_fails():
    chengxi("报告以后情况变了怎么办？",
            "依照本办法第8条第2款的规定，即报告后情况发生变化的，养老机构应当及时续报。",
            "依照本办法第8条第1款的规定，即报告后情况发生变化的，养老机构应当及时续报。")
