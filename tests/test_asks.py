"""Readings of what a question asks that compose with the first ones (tests/test_asked.py): a
quantity's figure must stand beside what it is of, a comparison needs a passage on both its sides,
a day named from the asker's today is the world's and no document's. Each reading is tested both
ways: an unanswerable form is declined, naming what is missing, and an answerable twin of the
same frame keeps its answer; and the titles' runs are built once per list of titles."""
from __future__ import annotations

import pytest

from bot.core import asked as A
from bot.core.asked import asked_clauses, scene_words, title_words, unaddressed
from bot.core.assistant import Assistant
from bot.settings import Settings
from tests.test_asked import DOCS, answered, declined


@pytest.fixture
def pipeline(snapshot, tmp_path) -> Assistant:
    return Assistant(Settings(data_dir=tmp_path), snapshot)


def asked(question: str, book) -> list:
    return asked_clauses(question, scene_words(book, DOCS, question))


# ---------------------------------------------------------------- a quantity beside what it is of

def test_a_figure_in_the_unit_asked_answers_only_beside_what_it_is_of(book):
    """第十三条's 24小时 is the 现场会's: it answers "多长时间内开现场会", not "多少天内送达"."""
    scene = "发生重大事故后，市委、市政府应在24小时内召开现场会，并作出初步问责决定。"
    assert unaddressed(asked("问责决定作出以后多少天内要送达本人", book), [scene]).figures
    assert not unaddressed(asked("发生重大事故以后，市里要多长时间内开现场会", book), [scene])
    served = scene + "问责决定应当在作出后七日内送达本人。"
    assert not unaddressed(asked("问责决定作出以后多少天内要送达本人", book), [served])


def test_a_figure_bounds_what_comes_before_the_colon_of_a_list_not_the_list(book):
    """第十四条's 24小时 bounds 召开现场会 and 作出初步问责决定; the 停职检查 listed after its colon
    is what the decision contains, and "停职检查要停多长时间" is not answered by it."""
    article = ("发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）应在24小时内召开现场会，并作出初步问责决定："
               "对区有关职能部门领导分管副职责令作出书面检查，对街道党政领导正职责令公开道歉，对街道党政领导分管副职停职检查。")
    assert unaddressed(asked("停职检查一般要停多长时间？", book), [article]).figures
    assert not unaddressed(asked("较大事故以后多长时间内要作出初步问责决定", book), [article])
    # a figure in the listed member's own words answers it
    assert not unaddressed(asked("停职检查一般要停多长时间？", book), [article + "停职检查的期限为三个月。"])


def test_how_long_a_listed_measure_lasts_is_declined_in_the_pipeline(pipeline):
    declined(pipeline.answer("停职检查一般要停多长时间？"), "多长时间")
    answered(pipeline.answer("较大事故以后多长时间内要作出初步问责决定"))


def test_an_amount_asked_needs_a_sum_or_its_computation_beside_it(book):
    """多少钱 asks an amount in 元; a law may give it by how it is computed instead."""
    clauses = asked("被限制人身自由一天赔多少钱", book)
    assert unaddressed(clauses, ["被限制人身自由的人有权取得赔偿。"]).figures == ("多少钱",)
    assert not unaddressed(clauses, ["侵犯公民人身自由的，每日赔偿金按照国家上年度职工日平均工资计算。"])
    assert not unaddressed(clauses, ["限制人身自由的，每日赔偿200元。"])
    rate = asked("银行一年定期存款利率是多少", book)
    assert rate[0].unit == "number"
    assert unaddressed(rate, ["商业银行应当按照中国人民银行规定的存款利率的上下限，确定存款利率，并予以公告。"])
    assert not unaddressed(rate, ["一年期定期存款利率为1.5%。"])


def test_a_count_of_events_is_a_figure_but_a_count_of_listed_things_is_the_list(book):
    """几起 asks a figure (N起); 几种 is answered by the list of the kinds, counted or not."""
    assert [c.unit for c in asked("2015年深圳发生了几起较大以上安全生产事故", book)] == ["起"]
    assert [c.unit for c in asked("问责方式能同时用几种吗", book)] == [None]


def test_a_bare_how_long_asks_a_length_or_a_time(book):
    """"线路总共多长" asks a length (211公里): any figure beside it answers."""
    clauses = asked("地铁在建线路总共多长", book)
    assert clauses[0].unit == "number"
    assert not unaddressed(clauses, ["轨道交通6、8、10号线等7个项目动工，在建线路总长211公里"])


@pytest.mark.parametrize("unanswerable, naming, answerable", [
    ("问责决定作出以后多少天内要送达本人", "送达", "发生重大事故以后，市里要多长时间内开现场会"),
    ("一般事故里造成较大损失是指损失多少钱以上", "多少钱", "报告里说新建了多少公里绿道"),
])
def test_a_quantity_declined_and_its_twin_answered(pipeline, unanswerable, naming, answerable):
    declined(pipeline.answer(unanswerable), naming)
    answered(pipeline.answer(answerable))


# ---------------------------------------------------------------- a comparison speaks of both sides

def test_a_comparison_reads_its_two_sides(book):
    assert asked("5G网络和4G有什么区别", book)[0].pair == ("5G", "4G")
    assert asked("国家的《公职人员政务处分法》和这个问责规定是什么关系", book)[0].pair[0] == "公职人员政务处分法"
    assert asked("跟调查组啥关系", book)[0].pair is None      # a side left to the clause before


def test_a_comparison_is_addressed_only_by_a_passage_on_both_sides(book):
    clauses = asked("5G网络和4G有什么区别", book)
    missing = unaddressed(clauses, ["出台宽带中国示范市实施方案，新建4G基站1.7万个，网络覆盖全市。"])
    assert missing.words == ("5G",)
    assert not unaddressed(clauses, ["5G网络的速率比4G网络高，两者的区别在于带宽。"])


def test_a_comparison_declined_and_its_twin_answered(pipeline):
    """No passage speaks of 政务处分法 beside the regulation; 第十二条 speaks of both groups."""
    declined(pipeline.answer("国家的《公职人员政务处分法》和这个问责规定是什么关系"), "知识库中没有可以回答这个问题的依据")
    answered(pipeline.answer("事故问责组和事故调查组是什么关系"))


# ---------------------------------------------------------------- a day named from today

def test_a_day_from_today_is_read_even_without_a_question_word(book):
    assert [c.day for c in asked("深圳明天天气", book)] == ["明天"]
    assert [c.day for c in asked("如果明天发生重大事故，市里要多长时间内开现场会", book)] == [None]
    assert not asked("深圳天气", book)                      # no frame and no day: nothing is read


def test_a_day_from_today_is_addressed_by_no_passage(book):
    clauses = asked("今天的现场会要求哪些部门参加", book)
    assert unaddressed(clauses, ["今天召开现场会，要求各部门参加。"]).words == ("今天",)


def test_a_day_declined_and_its_supposed_twin_answered(pipeline):
    declined(pipeline.answer("今天的现场会要求哪些部门参加"), "今天")
    answered(pipeline.answer("如果明天发生重大事故，市里要多长时间内开现场会"))


# ---------------------------------------------------------------- the titles, once per index

def test_the_titles_runs_are_built_once_per_list_of_titles():
    """With all the laws, 355 titles were scanned for every substring of every message; their runs
    are now one set per list of titles, and the words found are the same as a scan's."""
    def scanned(question: str, titles: list[str]) -> list[str]:
        out = []
        for run in A._HAN.findall(question):
            i = 0
            while i < len(run) - 1:
                j = max((j for j in range(i + 2, len(run) + 1) if any(run[i:j] in t for t in titles)), default=0)
                out.append(run[i:j]) if j else None
                i = j or i + 1
        return out

    titles = tuple(DOCS) + ("中华人民共和国公职人员政务处分法", "中华人民共和国公务员法")
    A._title_runs.cache_clear()
    for q in ["深圳这个问责暂行规定是根据什么制定的", "公务员法规定的处分有哪几种", "政府工作报告说了什么", "天气"]:
        assert title_words(q, titles) == scanned(q, list(titles))
    info = A._title_runs.cache_info()
    assert info.misses == 1 and info.hits == 3


# ---------------------------------------------------------------- a document the index does not hold

@pytest.mark.parametrize("unanswerable, naming, answerable", [
    # its articles, by its number as people say it (the year left out): 第十七条 only refers to them
    ("中办发25号文第八条具体规定了哪些从重情节", "中办发[2009]25号的正文不在知识库中", "第十七条说从重从轻情节按什么执行"),
    # its date and issuer: the front matter is the held documents', not this one's
    ("《关于实行党风廉政建设责任制的规定》是哪年、谁发布的", "《关于实行党风廉政建设责任制的规定》的正文不在知识库中",
     "《深圳市党政领导干部问责暂行规定》第十四条写了什么"),
])
def test_a_document_not_held_is_said_not_held_and_a_held_one_answers(pipeline, unanswerable, naming, answerable):
    declined(pipeline.answer(unanswerable), naming)
    answered(pipeline.answer(answerable))


def test_a_document_only_mentioned_before_the_question_is_not_its_subject(kb):
    """"规定里提到的《X》，在哪些地方用到了" asks where the regulation refers to it: the clause that
    asks has no document for subject, so the passages answer."""
    from bot.core.asked import outside_subject

    assert outside_subject("规定里提到的《深圳市行政过错责任追究办法》，在哪些地方用到了", kb) is None
    assert outside_subject("《深圳市行政过错责任追究办法》里具体列了哪些情形", kb) == "《深圳市行政过错责任追究办法》"
    assert outside_subject("《深圳市党政领导干部问责暂行规定》是哪年发布的", kb) is None
    assert outside_subject("国办发88号文第三条写了什么", kb) is None          # a number no source writes


def test_a_short_name_the_sources_define_is_theirs_to_explain(kb):
    """第七条 says 以下简称《办法》: "《办法》是指哪个文件" is answered from it, not told the text is not held."""
    from bot.core.asked import outside_subject

    assert outside_subject("《办法》是指哪个文件？", kb) is None
