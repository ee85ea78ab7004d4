"""Readings for drafts about a regulation a user ingests (rules/checking/focus.py, numerals.py,
plain.py, aligned.py), each tested both ways: the right sentence passes, its wrong twin of the
same construction fails. The regulation is tests/data/chengchuan-food-2034.md (fictional)."""
from __future__ import annotations

from functools import partial

from pathlib import Path

import pytest
import yaml

from bot.core.sources import with_documents
from rules.checker import check
from rules.checking import focus
from rules.checking.numerals import arabic
from tests.rules import checking
from tests.rules.checking import BOOK, SOURCES

HERE = Path(__file__).parent
REGULATION = HERE.parent / "data" / "chengchuan-food-2034.md"
WITH = with_documents([REGULATION])
DOC = "chengchuan-food-safety-supervision-fault-2034"


verdict = partial(checking.verdict, sources=WITH)
both_ways = partial(checking.both_ways, sources=WITH, unsupported=True)


# ------------------------------------------------------------------ which document
@pytest.mark.parametrize("question, draft", [
    ("第十九条讲什么？", "第十九条规定，调查组应当听取被调查人的陈述和申辩，并制作笔录。"),
    ("第十一条第二款说了什么？", "第十一条第二款规定，前款规定的追究方式，可以单独适用，也可以合并适用。"),
    ("复查找谁？", "对复核决定仍不服的，可以向市食安办申请复查。"),
    ("本办法什么时候施行？", "本办法自2034年5月1日起施行。"),
])
def test_a_draft_about_the_ingested_regulation_is_held_to_it(question, draft):
    assert focus.document(question, draft, WITH, BOOK) == DOC
    assert verdict(question, draft).passed


@pytest.mark.parametrize("question, draft", [
    ("第十三条讲什么？", "第十三条规定，发生特别重大事故的，市委、市政府应在24小时内召开现场会。"),
    ("哪条规定了问责方式可以合并适用？", "第十一条第二款规定训诫、书面检查、通报批评、公开道歉可单独或合并适用。"),
    ("这个办法后来有什么变化？", "《深圳市行政过错责任追究办法》在2005年和2008年修订过两次，这个办法的过错情形增加到108种。"),
])
def test_the_book_s_regulation_stays_the_default_for_its_own_drafts(question, draft):
    assert focus.document(question, draft, WITH, BOOK) is None


def test_every_shenzhen_round_keeps_the_book_s_regulation_with_a_regulation_ingested():
    """A Shenzhen draft is held to the book's regulation with another one ingested. One that
    restates the ingested text better than the book's (round 21's invented 复核 within 15日, the
    ingested 第二十二条 word for word) may be held to that text instead, so long as its verdict
    stays the one it gets with the shipped sources alone: ingesting a regulation never lets a
    wrong Shenzhen draft through nor flags a right one."""
    moved = []
    for name in sorted(HERE.glob("adversarial_drafts*.yaml")):
        for d in yaml.safe_load(name.read_text(encoding="utf-8"))["drafts"]:
            if focus.document(d["question"], d["draft"], WITH, BOOK) is not None:
                alone = check(d["question"], d["draft"], BOOK, sources=SOURCES).passed
                assert check(d["question"], d["draft"], BOOK, sources=WITH).passed == alone, d["id"]
                moved.append(d["id"])
    assert len(moved) <= 2, moved        # the exception, not the rule


def test_a_bare_article_is_not_looked_up_in_the_book_s_regulation():
    # 第三十三条 exists only in the ingested one; 第三十四条 in neither
    both_ways("本办法什么时候施行？", "按第三十三条，本办法自2034年5月1日起施行。",
              "按第三十四条，本办法自2034年5月1日起施行。")


def test_the_book_s_rules_are_not_applied_to_another_regulation():
    # 诫勉谈话 is no measure of the Shenzhen rule book, but 第十四条 of the ingested one names it
    ok = verdict("免予追究后还有什么处理？", "情节较轻可以免予追究的，应当由所在单位对其进行诫勉谈话。")
    assert ok.passed, ok.problems


# ------------------------------------------------------------------ numerals in one script
@pytest.mark.parametrize("text, read", [
    ("十个工作日", "10个工作日"), ("百分之八十", "80%"), ("一月三十一日", "1月31日"),
    ("三个月以上六个月以下", "3个月以上6个月以下"), ("五万元", "50000元"), ("5万元", "50000元"),
    ("共5种", "共五种"), ("第十九条第（一）项", "第十九条第（一）项"), ("情形之一的", "情形之一的"),
])
def test_numerals_read_in_one_script(text, read):
    assert arabic(text) == read


def test_a_figure_in_arabic_meets_the_text_s_chinese():
    both_ways("法制机构多久内要初步核实？", "法制机构应当自收到线索之日起10个工作日内进行初步核实。",
              "法制机构应当自收到线索之日起7个工作日内进行初步核实。")
    both_ways("抽查比例是多少？", "市食安办每年抽查，比例不低于上一年度已办结案件数的20%。",
              "市食安办每年抽查，比例不低于上一年度已办结案件数的30%。")


# ------------------------------------------------------------------ plain words
def test_plain_negation_and_duty_words_read_as_the_text_s():
    both_ways("被暂停执法资格的能提拔吗？",
              "受到暂停执法资格追究的，自追究决定作出之日起两年内不能提拔任用。",
              "受到暂停执法资格追究的，自追究决定作出之日起两年内可以提拔任用。")
    both_ways("抽检不合格要多快处理？", "收到不合格检验结论后，没在二十四小时内对相关食品采取控制措施的，应当追究过错责任。",
              "收到不合格检验结论后，没在十二小时内对相关食品采取控制措施的，应当追究过错责任。")


# ------------------------------------------------------------------ held to the clause restated
def test_a_figure_of_another_article_is_not_this_clause_s():
    # 三十日 is 第二十三条's (复核决定), not the time to apply for 复查 (十五日)
    both_ways("多久之内可以申请复查？", "对复核决定仍不服的，可以自收到复核决定之日起十五日内向市食安办申请复查。",
              "对复核决定仍不服的，可以自收到复核决定之日起三十日内向市食安办申请复查。")


def test_a_body_the_text_names_elsewhere_is_not_this_clause_s():
    both_ways("立案后谁来调查？", "立案后，由本部门督察机构组成调查组开展调查。",
              "立案后，由本部门法制机构组成调查组开展调查。")
    both_ways("被调查人是本部门负责人的，谁来调查？", "被调查人为本部门负责人的，由上一级市场监督管理部门组织调查。",
              "被调查人为本部门负责人的，由市食安办组织调查。")


def test_a_bound_keeps_its_direction():
    both_ways("举报奖励多少？", "举报经查证属实的，由受理举报的部门给予举报人不超过二千元的奖励。",
              "举报经查证属实的，由受理举报的部门给予举报人不低于二千元的奖励。")


def test_negation_is_held_to_the_clause():
    both_ways("复核期间追究决定还执行吗？", "复核、复查期间，不停止追究决定的执行。",
              "复核、复查期间，停止追究决定的执行。")


def test_modality_is_held_to_the_clause():
    both_ways("出了较大事故对直接责任人员怎么处理？",
              "造成较大以上食品安全事故的，对直接责任人员应当调离执法岗位，并依法给予政务处分。",
              "造成较大以上食品安全事故的，对直接责任人员可以调离执法岗位，并依法给予政务处分。")


def test_a_condition_of_a_situation_is_not_dropped():
    both_ways("对同一家店查得太勤会被追责吗？",
              "无正当理由，在一个年度内对同一经营者进行日常检查超过三次的，应当追究过错责任。",
              "在一个年度内对同一经营者进行日常检查超过三次的，应当追究过错责任。")


def test_an_exception_is_not_dropped():
    both_ways("执行上级书面决定出了错要担责吗？",
              "执行上级书面决定造成过错的，不追究过错责任，但是明知该决定违法而未提出书面异议的除外。",
              "执行上级书面决定造成过错的，不追究过错责任。")


def test_a_consequence_is_the_one_its_condition_has():
    both_ways("培训考核不合格会怎样？", "培训考核不合格的，暂停期限延长三个月。", "培训考核不合格的，调离执法岗位。")


def test_a_count_of_listed_situations_is_the_article_s():
    right = "监督检查中应当追责的情形共有五种：未完成年度监督检查计划，检查任务完成率低于百分之八十的；"
    both_ways("监督检查中哪些情形要追责？", right, right.replace("五种", "四种"))


def test_an_item_under_a_lead_is_held_to_the_lead_s_article():
    lead = "投诉举报处理中要追责的情形有三种：\n（一）未在收到投诉举报之日起七个工作日内决定是否立案；\n"
    both_ways("投诉举报处理中哪些做法会被追责？", lead + "（二）未按规定向投诉举报人反馈处理结果。",
              lead + "（二）在检查中泄露投诉举报人信息。")


def test_the_shipped_sources_alone_are_unchanged():
    # without an ingested regulation nothing changes for the book's own drafts
    d = "根据第十四条，对街道党政领导正职撤职。"
    assert check("较大事故街道主任会怎样", d, BOOK, sources=SOURCES).passed is False
    assert check("较大事故街道主任会怎样", d, BOOK, sources=WITH).passed is False


def test_a_quote_is_the_words_of_the_item_it_is_given_as():
    both_ways("第七条第（五）项是什么情形？", "第七条第（五）项是“伪造、篡改检查记录的”。",
              "第七条第（三）项是“伪造、篡改检查记录的”。")


def test_a_statement_is_not_widened_to_a_word_joined_to_its_own():
    both_ways("暂停执法资格的决定复核时还执行吗？", "暂停执法资格的决定，在复核期间暂缓执行。",
              "暂停执法资格的决定，在复核和复查期间暂缓执行。")


def test_a_short_name_the_sources_define_is_not_another_title_that_ends_with_it():
    # 《办法》 is 第七条's short name for 《深圳市行政过错责任追究办法》, not the ingested 《…追究办法》
    ok = verdict("《办法》指什么？", "这里的《办法》是第七条里简称的《深圳市行政过错责任追究办法》。")
    assert ok.passed, ok.problems
    both_ways("纪律责任按什么追究？", "第四条规定，需要追究纪律责任的，依照有关规定给予党纪政纪处分。",
              "第四条规定，需要追究纪律责任的，依照《办法》给予党纪政纪处分。")
