"""Readings of the twenty-second regulation's misses, each both ways (branch `qs14`; bot/core/asked.py,
bot/core/referred_case.py, bot/core/pipeline.py): what each lets through, and the near case it keeps
out. Written in other words than the blind questions of 《琅川市物业服务监督管理责任追究办法》, over
article texts made up here."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.core.asked import asked_clauses, unaddressed
from bot.core.referred_case import figure_by_reference
from knowledge.retrieval import SearchResult
from tests.made_up import addressed


@pytest.mark.parametrize("question, texts, expected", [
    # 把…定下来: the act is 定 (said by 认定), not the result 下来, which no text says
    ("出了险情以后，应急局多久能把险情级别定下来？", ["第九条　险情级别由区应急管理局自接报之时起24小时内认定。"], True),
    # the same act with a figure of another act beside the same words is no answer
    ("出了险情以后，应急局多久能把险情级别定下来？", ["第九条　区应急管理局接报后24小时内派员赶赴险情现场核查。"], False),
    # without a modal, the same: 定 said by 确定; a figure of objecting to the list is not its settling
    ("区里几天内把名单定下来？", ["第三条　名单由区民政局自申报截止之日起5日内确定。"], True),
    ("区里几天内把名单定下来？", ["第三条　对名单有异议的，可以自公布之日起5日内提出。"], False),
])
def test_a_one_character_verb_with_its_result_is_the_act(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("question, texts, expected", [
    # a bound said in words within the day (当日, 次日) answers how fast
    ("网格员发现井盖丢了，得多快报告？", ["第七条　网格员发现井盖缺失的，应当当日报告街道办事处。"], True),
    ("网格员发现井盖丢了，最迟多快上报？", ["第七条　网格员发现井盖缺失的，应当于次日报告街道办事处。"], True),
    # how long something takes is a length, which 立即 or 当日 at its start does not give
    ("井盖丢失的调查要查多久？", ["第七条　发现井盖缺失的，街道办事处应当当日组织调查。"], False),
    # a bound of another matter's sentence does not, nor does a vague one (及时)
    ("网格员发现井盖丢了，得多快报告？", ["第七条　网格员发现井盖缺失的，应当及时报告街道办事处。"], False),
    # months and years are not answered by a same-day bound
    ("网格员发现井盖丢了，几个月内要换好？", ["第七条　网格员发现井盖缺失的，应当当日报告街道办事处。"], False),
])
def test_a_same_day_bound_in_words_answers_how_fast(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("question, texts, expected", [
    # a count asked of a thing is given by a count of that thing, before or after it
    ("选举理事会需要多少会员到场？", ["第四条　选举理事会，应当有三分之二以上的会员到场。"], True),
    ("选举理事会需要多少会员到场？", ["第四条　选举理事会，到场会员人数不少于半数。"], True),
    # not by a number of something else in a sentence that says it
    ("选举理事会需要多少会员到场？", ["第四条　理事会连续2年未换届的，会员可以申请改选。"], False),
    # the thing is the whole compound, counted after it too (新增…公办学位4.9万个)
    ("今年招了多少社区网格员？", ["第二条　今年招聘社区网格员120名。"], True),
    ("今年招了多少社区网格员？", ["第二条　社区网格员连续2年考核优秀的，给予奖励。"], False),
    # a measure word between the count and the thing (14项审批事项)
    ("今年下放了多少审批事项？", ["第三条　将14项审批事项下放区级行使。"], True),
    # a 多少 with no thing after it answers with any figure, as before
    ("会员费一年是多少？", ["第六条　会员费每年300元。"], True),
])
def test_a_count_asked_of_a_thing_is_a_count_of_it(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("question, texts, expected", [
    # a verb with its result after a modal is the act a time bounds, said by its verb or its result
    ("火警响了，保安最晚几分钟内必须跑到楼层？", ["第八条　火灾报警后，保安人员应当在3分钟内到达报警楼层。"], True),
    # a figure of another act beside the same place is no answer
    ("火警响了，保安最晚几分钟内必须跑到楼层？", ["第八条　火灾报警后，物业应当在30分钟内召开楼层协调会。"], False),
])
def test_a_resultative_after_a_modal_is_the_act(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("question, texts, expected", [
    # a one-character verb the texts never use (晒) asks how long a state lasts: a period named so
    ("被列为失信单位以后，要在网站上晒多久？", ["第十条　失信单位名单在网站公布，公布期为2年。"], True),
    # a deadline for publishing says nothing of how long it stays up
    ("被列为失信单位以后，要在网站上晒多久？", ["第十条　失信单位名单应当自认定之日起5日内在网站公布。"], False),
])
def test_a_period_named_gives_how_long_a_state_lasts(question, texts, expected):
    assert addressed(question, texts) is expected


def _passage(article: int, text: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"d:{article}", doc_id="d", article=article, text=text, meta={"doc_kind": "regulation"})


DUTIES = "第十条　经营者有下列情形之一的，应当追究责任：\n（一）未按期检修设备的；\n（二）隐瞒安全事故不报的。"
FINES = "第十二条　经营者有本办法第10条规定情形的，按照下列规定处以罚款：\n（一）有第（一）项情形的，处1万元以上3万元以下罚款；\n（二）有第（二）项情形的，处5万元以上10万元以下罚款。"
HEARING = "第十五条　拟处20万元以上罚款的，应当告知当事人有要求听证的权利。"
DEADLINE = "第十一条　追究决定应当自调查结束之日起10日内作出。"


class _Index(SimpleNamespace):
    def article(self, n, doc):
        return next((p for p in self.passages if p.article == n and p.doc_id == doc), None)


def _kb(passages):
    chunks = [SimpleNamespace(text=p.text, meta={"doc_id": p.doc_id, "article": p.article, "doc_kind": "regulation"})
              for p in passages]
    return _Index(chunks=chunks, passages=passages)


def _figure(question: str):
    figures = [c for c in asked_clauses(question, []) if c.unit is not None]
    return lambda text: not unaddressed(figures, [text])


@pytest.fixture
def index(monkeypatch):
    from bot.core import referred_case
    from knowledge.links import Link
    passages = [_passage(10, DUTIES), _passage(11, DEADLINE), _passage(12, FINES), _passage(15, HEARING)]
    monkeypatch.setattr(referred_case, "article_links", lambda kb: [Link("d", 12, 10, ())])
    return _kb(passages), passages


def test_the_sum_of_a_case_is_the_referring_articles(index):
    """隐瞒…不报 is named in 第十条; 第十二条 gives its sum by referring to it: it leads, ahead of the
    hearing threshold's 20万元 that shares 罚 with the question."""
    kb, (duties, deadline, fines, hearing) = index
    result = SearchResult([hearing, deadline, duties], "hybrid", {})
    got = figure_by_reference(kb, result, ("商户", "隐瞒"), _figure("商户隐瞒事故不报，会罚多少钱？"),
                              lambda w, t: w in t)
    assert [p.article for p in got.passages][:2] == [12, 10]


def test_a_case_no_article_names_moves_nothing(index):
    """A case word said in none of the retrieved articles (or in all of them) names no article."""
    kb, (duties, deadline, fines, hearing) = index
    result = SearchResult([hearing, deadline, duties], "hybrid", {})
    got = figure_by_reference(kb, result, ("商户", "偷税"), _figure("商户偷税，会罚多少钱？"), lambda w, t: w in t)
    assert got is result


def test_the_referring_article_must_give_the_figure_asked(index):
    """A time asked of the case is not the referring article's sums."""
    kb, (duties, deadline, fines, hearing) = index
    result = SearchResult([hearing, deadline, duties], "hybrid", {})
    got = figure_by_reference(kb, result, ("隐瞒",), _figure("隐瞒事故不报，多久要作出决定？"), lambda w, t: w in t)
    assert got is result


def test_an_amount_or_a_span_after_duoshao_is_no_count():
    """多少 before a sum (养护费, 罚款) or a span of time (时间内) asks how much or how long, not how many
    of a thing: the count reading (多少业主) must not decline "一次扣多少养护费" because no passage
    counts 养护费 one by one, nor "多少时间内必须上报" for want of a count of 时间 (merge of qs14)."""
    from bot.core.asked import _counted
    assert _counted("一次扣多少养护费") is None
    assert _counted("要交多少罚款") is None
    assert _counted("承办方多少时间内必须上报") is None
    assert _counted("多少天内答复") is None
    # things counted one by one are still counts
    assert _counted("成立业主委员会需要多少业主同意") == "业主"
    assert _counted("需要多少公办学位") == "公办学位"
