"""What a question asks for (bot/core/asked.py), and "no basis" when the passages an answer would
rest on do not address it. Each reading is tested both ways: an unanswerable form is declined,
naming what is missing, and an answerable near-twin of the same frame keeps its answer."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, scene_words, unaddressed
from bot.core.assistant import Assistant
from bot.settings import Settings

DOCS = ["深圳市党政领导干部问责暂行规定", "深圳市实施行政问责制的实践与思考", "深圳市2016年政府工作报告"]


@pytest.fixture
def pipeline(snapshot, tmp_path) -> Assistant:
    return Assistant(Settings(data_dir=tmp_path), snapshot)


def asked(question: str, book) -> list:
    return asked_clauses(question, scene_words(book, DOCS, question))


# ---------------------------------------------------------------- the reading, on its own

@pytest.mark.parametrize("question, words, scene", [
    ("停职检查期间工资还照发吗", ("照发",), ()),                   # the predicate after the last modal
    ("被通报批评了，影不影响当年的年度考核和评优", ("年度", "考核", "评优"), ()),  # the A-not-A verb's object
    ("被问责的领导工资待遇会降吗", ("工资待遇",), ()),             # an empty predicate: its subject
    ("什么情况下可以免于问责", ("免于",), ("问责",)),              # a question word in the scene
    ("被问责的官员会被要求公开道歉吗", (), ("公开道歉",)),          # a measure asked is the rules' own
    ("街道主任会被撤职吗", (), ("撤职",)),                         # so is a word that is no measure
])
def test_the_asked_words_come_from_the_clause_that_asks(book, question, words, scene):
    assert [(c.words, c.scene) for c in asked(question, book)] == [(words, scene)]


def test_the_scene_is_not_what_is_asked(book):
    """Severities, titles, measures and the documents' own words set the scene of a question
    with a question word: "较大事故街道主任会怎样" asks nothing beyond the table."""
    assert all(not c.words for c in asked("较大事故街道主任会怎样", book))
    assert [c.words for c in asked("深圳这个问责规定是根据什么制定的", book)] == [("制定",)]


def test_a_clause_is_addressed_by_one_of_its_words_and_not_by_the_scene(book):
    clauses = asked("停职检查期间工资还照发吗", book)
    scene_only = "第十一条 对党政领导干部问责给予责令公开道歉、停职检查、引咎辞职的程序按照文件执行。"
    assert unaddressed(clauses, [scene_only]).words == ("照发",)
    assert not unaddressed(clauses, [scene_only + "停职检查期间工资照发。"])


def test_a_quantity_needs_a_figure_in_its_unit(book):
    clauses = asked("事故死几个人算重大事故", book)
    assert unaddressed(clauses, ["发生重大事故后，市委、市政府应在24小时内召开现场会。"]).figures == ("几个人",)
    assert not unaddressed(clauses, ["死亡10人以上的事故为重大事故。"])
    hours = asked("较大事故出了以后区委区政府多少小时内要作出初步问责决定", book)
    assert not unaddressed(hours, ["区委、区政府应在24小时内召开现场会，并作出初步问责决定"])
    assert unaddressed(hours, ["区委、区政府应当召开现场会，并作出初步问责决定"]).figures


def test_a_duration_is_the_acts_its_noun_names(book):
    """"整改期限是多少天" asks 整改's duration: a figure said of another act in the same sentence
    (排查's 十五日, beside 整改台账) or in a case clause (学校无法自行整改的，…五个工作日内) does
    not answer it; one said of 整改 does, in its own clause or after a table's label."""
    clauses = asked("学校安全隐患的整改期限是多少天", book)
    assert [c.owner for c in clauses] == ["整改"]
    other = ["每学期开学后十五日内组织一次全员安全隐患排查，并建立隐患整改台账",
             "学校无法自行整改的，县教育局应当自收到报告之日起五个工作日内提出处置意见"]
    assert unaddressed(clauses, other).figures
    assert not unaddressed(clauses, other + ["学校应当在三十日内完成整改"])
    assert not unaddressed(clauses, ["主要时限如下：隐患整改，三十日内；申请复核，十五日内"])
    # no duration noun: the figure may be anywhere beside the asked words, as before
    assert asked("整改要多少天完成", book)[0].owner is None


def test_a_number_asked_with_a_copula_is_its_subjects(book):
    """"Y是多少" asks Y's number: a passage with the scene's other words and some figure (评标专家's
    暂停三个月) does not answer "劳务报酬是多少"; one that gives 报酬 a figure does, and the
    documents' word for Y counts as Y (GDP: 生产总值)."""
    pay = asked("评标专家参加一次评标的劳务报酬是多少？", book)
    assert [c.owner for c in pay] == ["报酬"]
    suspended = ["评标专家私下接触投标人的，暂停其评标资格三个月至一年。"]
    assert unaddressed(pay, suspended).figures
    assert not unaddressed(pay, suspended + ["评标专家每次评标的劳务报酬为八百元。"])
    gdp = asked("深圳2015年GDP是多少", book)
    assert [c.owner for c in gdp] == ["GDP"]
    assert not unaddressed(gdp, ["初步核算，本市生产总值1.75万亿元，增长8.9%。"])
    # no copula ("死几个人算…"): no subject is named, the figure may stand beside any asked word
    assert [c.owner for c in asked("事故死几个人算重大事故", book)] == [None]


def test_a_duration_asked_of_an_act_leads_with_that_acts_figure():
    """A table of durations shares 期限 with "调查期限，三十日": the lead is the act's own row."""
    from bot.core.asked import bounds, duration_owner
    assert duration_owner("对处理决定不服，申请复核的期限是几天？") == "复核"
    assert bounds("复核", "申请复核，十五日内")
    assert not bounds("复核", "调查期限，三十日，可延长十五日")


def test_which_article_is_answered_by_an_article(book):
    clauses = asked("“按照干部管理权限进行”问责，这句话出自哪一条", book)
    assert not unaddressed(clauses, ["第三条 问责按照干部管理权限进行。"])


def test_the_kind_a_question_word_names_addresses_but_is_never_missing(book):
    """哪些原则: a passage that says 原则 answers though it lacks the verb 遵循; one without 原则
    is missing only 遵循, since the principles may be named without the word."""
    clauses = asked("市里作初步问责决定要遵循哪些原则", book)
    assert [(c.words, c.kinds) for c in clauses] == [(("遵循",), ("原则",))]
    assert not unaddressed(clauses, ["根据严格要求、实事求是原则，作出初步问责决定"])
    assert unaddressed(clauses, ["作出初步问责决定"]).words == ("遵循",)


def test_a_compound_is_present_when_its_halves_are(book):
    clauses = asked("被问责了还会再给党纪处分吗", book)
    assert not unaddressed(clauses, ["需要追究纪律责任的，依照有关规定给予党纪政纪处分。"])
    assert unaddressed(clauses, ["需要追究纪律责任的，依照有关规定处理。"])


# ---------------------------------------------------------------- the pipeline, both ways

def declined(a, naming: str) -> None:
    assert a.source == "none" and not a.grounded and not a.citations and a.decision is None, a.text
    assert naming in a.text.splitlines()[0] and "知识库中没有可以回答这个问题的依据" in a.text
    assert a.check.passed and not a.rejected, a.check.problems


def answered(a) -> None:
    assert a.grounded and a.source in ("rules", "passages") and a.citations, a.text
    assert a.check.passed and not a.rejected


@pytest.mark.parametrize("unanswerable, naming, answerable", [
    # a yes/no predicate after a modal
    ("停职检查期间工资还照发吗", "照发", "引咎辞职的同时还能责令公开道歉吗"),
    ("引咎辞职以后一年内能不能再提拔", "提拔", "训诫和通报批评可以一起给吗"),
    # the predicate says nothing of its own: its subject is asked
    ("被问责的领导工资待遇会降吗？还是照样拿高薪", "工资待遇", "被问责的官员会被要求公开道歉吗"),
    # an A-not-A verb and its object
    ("被通报批评了，影不影响当年的年度考核和评优", "评优", "瞒报事故信息要不要问责"),
    # how long, with what it is about
    ("被免职的干部要过多久才能重新安排职务", "重新安排", "发生重大事故以后，市里要多长时间内开现场会"),
    # a count in a unit the sources give no figure in
    ("事故死几个人算重大事故、几个人算较大事故", "几个人", "出事后开现场会是要在几个小时内开？"),
    ("中央那个《关于实行党政领导干部问责的暂行规定》一共有几章几条", "几章", "违反干部选拔任用规定的问责情形在第几条"),
])
def test_each_reading_declines_the_unanswerable_and_answers_its_twin(pipeline, unanswerable, naming, answerable):
    declined(pipeline.answer(unanswerable), naming)
    answered(pipeline.answer(answerable))


@pytest.mark.parametrize("q", ["街道主任会被撤职吗", "问责会罚款吗", "街道书记要写检查吗", "要不要向老百姓道歉"])
def test_a_predicate_in_the_regulations_own_words_is_answered(pipeline, q):
    """A measure asked for, or a word that names none (撤职), is the rules' to answer in the
    regulation's words (写检查 is 责令作出书面检查): never "no basis" for the words it is asked in."""
    a = pipeline.answer(q)
    assert a.grounded and a.source in ("rules", "passages"), a.text


@pytest.mark.parametrize("q", ["较大事故街道主任会怎样", "一般事故但损失比较大，区里怎么处理分管副职",
                               "影响不大的一般给什么处理，会调岗吗", "街道主任出了事故会怎样",
                               "火灾死了9个人，区应急管理局副局长怎么处理", "出了事故，街道书记和区应急局局长会怎样"])
def test_the_tables_keep_their_answers_however_asked(pipeline, q):
    """The severity and consequence tables answer what they give an official in any wording
    ("怎么处理", "会调岗吗"): the asked-for reading never turns them into "no basis"."""
    a = pipeline.answer(q)
    assert a.source == "rules" and a.grounded and (a.decision or a.options), a.text


def test_a_topic_word_the_regulation_words_otherwise_is_addressed_by_the_topics_rows(pipeline):
    """纪委 is the vocabulary's word for the conductors topic (第三条 says 纪检监察机关)."""
    answered(pipeline.answer("问责到底是谁来搞？纪委吗"))


def test_words_found_elsewhere_are_said_missing_from_the_nearest_article_only(pipeline):
    """评优 is in no document; 年度 and 考核 are in the work report, so the answer says only that
    the nearest article lacks them, an absence the checker verifies there."""
    a = pipeline.answer("被通报批评了，影不影响当年的年度考核和评优")
    lines = a.text.splitlines()
    assert lines[0] == "知识库的资料中没有提到“评优”。"
    assert lines[1].startswith("与问题最接近的《深圳市党政领导干部问责暂行规定》第") and "没有提到“年度”“考核”" in lines[1]
    assert a.check.passed
