"""Branch r21miss: readings of constructions the checker let through in round 21 (see README,
"Branch `r21miss`"). Each reading both ways: a right sentence it must pass, a near one with a
wrong detail it must flag."""
from __future__ import annotations

from pathlib import Path

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()


def passes(question: str, draft: str) -> bool:
    return check(question, draft, BOOK, sources=SOURCES).passed


# --- universal.py held to the articles a sentence is held to: 所有X over the text's qualified X
def test_universal_over_a_qualified_list_is_flagged():
    assert not passes("哪些问责方式能合并用？", "按第十条第二款，一切问责方式均可以单独适用。")


def test_the_qualified_list_itself_passes():
    assert passes("哪些问责方式能合并用？",
                  "按第十条第二款，训诫、责令作出书面检查、通报批评、责令公开道歉的问责方式可以单独适用。")


# --- every_grade.py: 不论等级，都… over articles of each grade
def test_act_said_of_every_grade_that_one_grade_lacks_is_flagged():
    assert not passes("事故后都要开现场会吗？", "发生公共安全责任事故的，无论等级大小，都要在24小时内召开现场会。")


def test_act_said_of_the_grades_that_have_it_passes():
    assert passes("较大事故后要开现场会吗？", "要。第十四条规定，发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）应在24小时内召开现场会。")


# --- basis_named.py: a principle or power given as the basis of an act
def test_other_principle_as_basis_is_flagged():
    assert not passes("谁来问责？", "第三条规定，党委、政府及其工作部门按照分级负责原则进行问责。")


def test_the_articles_own_basis_passes():
    assert passes("谁来问责？", "第三条规定，党委（党工委）、政府（管委会）及其工作部门按照干部管理权限进行问责。")


# --- mentioned_in.py: articles said to mention a document
def test_article_said_to_mention_a_title_it_does_not_name_is_flagged():
    assert not passes("《深圳市行政决策责任追究办法》在哪里出现？", "《深圳市行政决策责任追究办法》，第七条和第十一条都引用了它。")


def test_articles_that_name_the_title_or_its_number_pass():
    assert passes("《关于实行党政领导干部问责的暂行规定》在哪里出现？",
                  "《关于实行党政领导干部问责的暂行规定》，第一条和第十五条都提到了它。")


# --- owed_to.py: the party after 向
def test_other_addressee_after_xiang_is_flagged():
    assert not passes("政府部门出了重大事故要向谁说明？",
                      "负有管理责任的政府部门必须在一个月内就管理制度是否缺失、行政措施是否适当、责任机制是否健全等，向市监察局作出说明。")


def test_the_passages_addressee_passes():
    assert passes("政府部门出了重大事故要向谁说明？",
                  "负有管理责任的政府部门必须在一个月内就管理制度是否缺失、行政措施是否适当、责任机制是否健全等，向本级人民政府作出说明。")


# --- which_article.lead_misanswered: 属于第N条… answering 哪条
def test_matter_placed_in_another_article_is_flagged():
    assert not passes("对上级交办的党风廉政事项拒不办理，归哪一条管？", "属于第六条的情形，按第六条问责。")


def test_matter_placed_in_its_own_article_passes():
    assert passes("对上级交办的党风廉政事项拒不办理，归哪一条管？",
                  "属于第八条的情形：对上级领导机关交办的党风廉政责任范围内的事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》追究党政领导干部的责任。")


# --- places_lead.count_alone: a count of the places a document is cited, with no list after it
def test_count_of_places_alone_that_is_wrong_is_flagged():
    assert not passes("中办发[2009]25号在规定里出现几次？", "中办发[2009]25号一共在三处被引用。")
    assert not passes("中办发[2009]25号在规定里出现几次？", "中办发[2009]25号在六个地方出现。")


def test_count_of_places_alone_that_is_right_passes():
    assert passes("中办发[2009]25号在规定里出现几次？", "中办发[2009]25号在四个地方出现。")


# --- external_articles.py: another document's articles given as the rule for a matter
def test_external_articles_tied_to_an_article_that_does_not_name_them_is_flagged():
    assert not passes("进一步问责按什么来？", "按中办发[2009]25号文件第九条进一步问责（第十五条）。")


def test_external_articles_as_basis_of_another_matter_is_flagged():
    assert not passes("进一步问责按什么来？", "进一步问责依照中办发[2009]25号第九条。")


def test_external_articles_tied_to_their_own_article_pass():
    assert passes("从重情节看哪里？", "从重、从轻情节按照中办发[2009]25号第八条、第九条执行（第十七条）。")
    assert passes("进一步问责按什么来？", "按第十五条，可依照中办发[2009]25号文件进一步问责。")


def test_basis_pointed_at_or_counted_passes():
    assert passes("初步问责决定依据什么原则？", "市委、市政府依据这四项原则作出初步问责决定（第十三条）。")
    assert passes("初步问责决定依据什么原则？", "第十三条要求按照严格要求、实事求是、权责一致、惩教结合的原则作出初步问责决定。")


def test_universal_over_the_residual_the_sentence_names_passes():
    assert passes("第九条说什么？", "第九条讲其他失职行为：凡是给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，按照有关规定对党政领导干部问责。")


# --- named_as.py: what a quoted phrase is said to name
def test_quoted_phrase_said_to_name_another_thing_is_flagged():
    assert not passes("论文用什么词概括深圳的问责实践？", "论文把深圳的问责实践总结为“奖勤罚懒”。")


def test_quoted_phrase_said_to_name_its_own_thing_passes():
    assert passes("论文怎么说两个闭环？", "作者把两个闭环的正、负反馈功能概括为“奖勤罚懒”。")


# --- agent_act.py: the act itself said of the body (not one character pair in common)
LINFENG = with_documents([Path(__file__).parent.parent / "data" / "linfeng-waste-2036.md"])


def test_act_no_sentence_gives_the_body_is_flagged():
    assert not check("收运单位情节较重怎么处理？", "由区城管部门注销其收运资格。", BOOK, sources=LINFENG).passed


def test_act_a_sentence_gives_the_body_passes():
    assert check("收运单位情节较重怎么处理？", "情节较重的，除责令限期改正外，由区城管部门约谈其主要负责人，并在全区范围内通报批评。",
                 BOOK, sources=LINFENG).passed


# --- checker._subdivisions: a run of paragraphs after an article, each of them there
def test_run_of_paragraphs_one_missing_is_flagged():
    assert not passes("训诫能单独用吗？", "见第十条第二、三款。")
    assert not passes("训诫能单独用吗？", "见第10条第2、3款。")


def test_run_of_paragraphs_all_there_passes():
    assert passes("训诫能单独用吗？", "见第十条第一、二款。")


# --- short_answers._act_said: a bare figure answers only where the question's act is said
def test_bare_figure_for_an_act_no_passage_says_is_flagged():
    assert not passes("问责决定作出后多少天内要送达本人？", "24小时。")


def test_bare_figure_for_the_act_its_sentence_says_passes():
    assert passes("较大事故后多久要开现场会？", "24小时。")
