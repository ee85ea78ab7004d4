"""What is asked, read where the twelfth regulation's questions slipped through (branch `qs2`;
bot/core/asked.py, bot/core/alternatives.py, bot/core/definitions.py): each reading both ways, the
question the passage does not answer declined and its twin the passage answers kept. Written in
other words than the blind questions of 《鹤川市建筑工地扬尘污染防治责任追究实施细则》: what is
read is the construction."""
from __future__ import annotations

import pytest

from bot.core.alternatives import Alternative, alternative
from bot.core.asked import asked_clauses, unaddressed
from bot.core.definitions import defined_terms, named_by_definition


def _addressed(question: str, texts: list[str], terms: dict[str, str] | None = None) -> bool:
    return not unaddressed(asked_clauses(question, []), texts, frozenset(), frozenset(), terms)


# A passage that shares a word of the question and gives a year: the year is when, not how long
_SINCE = "2019年以来，市民对施工噪声的投诉逐年上升，成为信访的热点之一。"


@pytest.mark.parametrize("question, texts, addressed", [
    # how long until an act: a year (2019年以来) is no length, and the act (退) is not said there
    ("投诉的押金核实以后多久退？", [_SINCE, "投诉人预交押金200元。"], False),
    ("投诉的押金核实以后多久退？", ["投诉经核实的，押金自核实之日起15日内退还投诉人。"], True),
    # a length beside the same words is still one (施工噪声…3个月)
    ("施工噪声投诉多久处理完？", ["施工噪声投诉，应当在3个工作日内处理完毕。"], True),
    # which year: a year, even with its day, answers it
    ("旧办法是哪一年印发的？", ["2031年5月20日印发的《办法》同时废止。"], True),
])
def test_a_time_asked_is_a_length_of_its_own_act(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # a range holding both sides leaves the choice open: which, and by what, is not said
    ("吊销以后到底是禁业2年还是5年，看什么？", ["情节严重的，吊销许可证，禁止其从业2年至5年。"], False),
    # one side given of the matter settles it, in digits or in words
    ("吊销以后到底是禁业2年还是5年，看什么？", ["情节严重的，吊销许可证，禁止其从业五年。"], True),
    # a figure of another matter in the same sentence (13个月 is not 3个月) settles nothing
    ("登记信息保存3个月还是6个月？", ["登记信息保存13个月，检查记录保存1年。"], False),
    ("登记信息保存3个月还是6个月？", ["登记信息保存6个月。"], True),
])
def test_an_alternative_of_figures_asks_which(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("clause, expected", [
    ("禁止从业到底是2年还是5年", Alternative("从业", ("2年", "5年"), True)),
    ("保证金是500元还是1000元", Alternative("保证金", ("500元", "1000元"), True)),
    # no thing before the figures: nothing to hold them to
    ("2年还是5年", None),
])
def test_figure_alternatives_read(clause, expected):
    assert alternative(clause) == expected


@pytest.mark.parametrize("question, texts, addressed", [
    # a limit asked in a yes/no form is a time asked of what the clauses before it name
    ("拿到处罚决定书，想提出异议，有没有期限？", ["当事人对处罚决定有异议的，应当自收到决定书之日起10日内提出。"], True),
    ("拿到处罚决定书，想提出异议，有没有期限？", ["处罚决定书应当载明异议的途径。"], False),
    # a limit on another matter (the hearing's 3日) is no answer about the objection's
    ("拿到处罚决定书，想提出异议，有时间限制吗？", ["听证应当在受理后3日内举行。"], False),
])
def test_a_limit_asked_is_a_time(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, asks", [
    # 那几天, 前几年: "those few", no quantity asked
    ("前几年那批设备还能用吗？", None),
    ("那几天停工了，工资照发吗？", None),
    # 几天 alone asks one
    ("停工几天要报告？", "time"),
])
def test_a_few_after_a_demonstrative_asks_no_number(question, asks):
    assert [c.unit for c in asked_clauses(question, []) if c.unit] == ([asks] if asks else [])


_DEFINITIONS = ("第三条　本办法下列用语的含义：\n（一）现场负责人，是指施工单位派驻现场、负责日常管理的施工队长；\n"
                "（二）监督人员，是指从事质量监督工作的人员；\n（三）责任单位，是指建设单位、施工单位和监理单位。\n"
                "第九条　被认定为严重情形的，现场负责人一年内不得担任其他工地的现场负责人。")


def test_a_definition_names_its_term_by_its_genus_only():
    # 施工队长 is what the text defines 现场负责人 by; 人员 is a class, a list names members
    assert named_by_definition(_DEFINITIONS) == {"施工队长": "现场负责人"}
    # a genus the text goes on using is its own word for something else
    assert named_by_definition(_DEFINITIONS + "施工队长应当持证上岗。") == {}


@pytest.mark.parametrize("question, addressed", [
    ("施工队长被记了不良记录，以后还能当施工队长吗？", True),
    ("质检员被记了不良记录，以后还能当质检员吗？", False),
])
def test_the_askers_word_for_a_defined_term(question, addressed):
    texts = [_DEFINITIONS.split("\n")[-1]]
    terms = defined_terms(question, [_DEFINITIONS])
    assert _addressed(question, texts, terms) is addressed, (asked_clauses(question, []), terms)


@pytest.mark.parametrize("question, texts, nowhere, addressed", [
    # the kind asked (什么执照) is in no document: no passage names one, whatever it says of the rest
    ("夜间施工的值班员要有什么执照？", ["施工单位应当为夜间施工配备值班员。"], {"执照"}, False),
    ("夜间施工的值班员要有什么执照？", ["夜间施工的值班员应当持有电工执照。"], set(), True),
])
def test_a_kind_no_document_names(question, texts, nowhere, addressed):
    got = not unaddressed(asked_clauses(question, []), texts, frozenset(), frozenset(nowhere))
    assert got is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # who pays: the thing paid for is asked, not the equipment the text says is to be installed
    ("噪声监测仪的费用谁出？", ["施工单位应当安装噪声监测仪，并与平台联网。"], False),
    ("噪声监测仪的费用谁出？", ["噪声监测仪的购置费用由建设单位承担。"], True),
])
def test_who_does_an_act_to_a_thing(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


class _Chunk:
    def __init__(self, doc_id: str, article: int | None, text: str):
        self.text, self.meta = text, {"doc_id": doc_id, "article": article, "doc_kind": "regulation"}


class _Kb:
    """The least of an index `repealed` reads: the documents held, their chunks, an article."""

    laws: set[str] = set()

    def __init__(self, titles: dict[str, str], chunks: list[_Chunk]):
        from knowledge.retrieval import DocumentInfo
        self._docs = [DocumentInfo(i, t, "", "", 1) for i, t in titles.items()]
        self.titles, self.chunks = titles, chunks

    def documents(self):
        return self._docs

    def article(self, number, doc_id=None):
        from types import SimpleNamespace
        c = next(c for c in self.chunks if c.meta["article"] == number and c.meta["doc_id"] == doc_id)
        title = dict((d.id, d.title) for d in self._docs)[doc_id]
        return SimpleNamespace(doc_id=doc_id, doc_title=title, article=number, label=f"《{title}》第{number}条",
                               text=c.text, truncated=False, meta={})


_HELD = _Kb({"new": "丰河市餐饮油烟治理办法", "sz": "深圳市党政领导干部问责暂行规定"},
            [_Chunk("new", 30, "第三十条　本办法自2030年1月1日起施行。2024年3月1日印发的《丰河市餐饮油烟管理暂行办法》同时废止。")])


@pytest.mark.parametrize("question, article", [
    ("2024年的那个油烟暂行办法还有效吗？", 30),
    # another year: not the document the text repeals
    ("2019年的那个油烟暂行办法还有效吗？", None),
    # the held document named: its own front matter answers
    ("丰河市餐饮油烟治理办法还有效吗？", None),
])
def test_a_document_a_held_text_repeals(question, article):
    from bot.core.about import repealed
    gone = repealed(_HELD, question)
    assert (gone[0].article if gone else None) == article, gone


@pytest.mark.parametrize("question, texts, addressed", [
    # the predicate ends in the asker's own word (津贴) after the scene's (政府): that word is asked
    ("政府有津贴吗？", ["市政府负责组织实施本办法。"], False),
    # ending in the scene's word (政府), the knowledge base's own: theirs to answer
    ("津贴由政府出吗？", ["市政府负责组织实施本办法。"], True),
])
def test_a_predicate_headed_by_the_askers_own_word(question, texts, addressed):
    assert not unaddressed(asked_clauses(question, ["政府"]), texts) is addressed, asked_clauses(question, ["政府"])


def test_ahead_of_time_still_asks():
    """提前几天: 前 is the verb's, and 几 asks how many days."""
    assert [c.unit for c in asked_clauses("开会要提前几天通知？", [])] == ["time"]


def _p(i: str, text: str):
    from types import SimpleNamespace
    return SimpleNamespace(id=i, text=text)


class _Ranked:
    """An index whose ranking puts the scene's passages first and the answering one further down."""

    def __init__(self, passages):
        self.passages = passages

    def search(self, question, k=5, within=None):
        from knowledge.retrieval import SearchResult
        return SearchResult(self.passages[:k], "hybrid")


_RANKED = [_p("a", "投诉人对答复不满意的，可以向上级部门反映。"), _p("b", "投诉应当实名。"), _p("c", "投诉材料应当存档。"),
           _p("d", "投诉人应当如实反映情况。"), _p("e", "投诉登记表由受理部门保存。"),
           _p("f", "受理部门应当自收到投诉之日起5个工作日内到现场调查。")]


@pytest.mark.parametrize("question, first", [
    # the days asked are the 现场调查's: the passage that gives them comes first, from further down
    ("投诉以后最晚几天要到现场调查？", "f"),
    # no figure of that matter anywhere: the ranking stays as it was, and the reading declines
    ("投诉以后最晚几天要书面回复？", "a"),
])
def test_a_figure_asked_is_looked_for_further_down(question, first):
    from bot.core.pipeline import _figure_further_down
    kb = _Ranked(_RANKED)
    top = kb.search(question)
    got = _figure_further_down(kb, question, top, asked_clauses(question, []))
    assert got.passages[0].id == first and len(got.passages) == len(top.passages), [p.id for p in got.passages]


@pytest.mark.parametrize("question, text, addressed", [
    # a year in words is no length either, nor is its last numeral (一年 of 二〇三一年)
    ("旧标准废止以后多久失效？", "二〇三一年旧标准废止，同时失效。", False),
    ("旧标准废止以后多久失效？", "旧标准废止一年后失效。", True),
])
def test_a_year_in_words_is_no_length(question, text, addressed):
    assert _addressed(question, [text]) is addressed, asked_clauses(question, [])


def test_a_figure_further_down_is_of_the_clauses_own_words():
    """A clause naming nothing of its own (要完成吗) is about the clause before; a passage further down
    with a figure beside a word of that clause (区政府) is another matter's."""
    from bot.core.pipeline import _figure_further_down
    ranked = _RANKED[:5] + [_p("g", "约谈后三个月内仍未整改到位的，依照本办法对区政府负责人追究责任。")]
    kb = _Ranked(ranked)
    question = "区政府打算出台细则，规定了几个月内要完成吗？"
    top = kb.search(question)
    assert _figure_further_down(kb, question, top, asked_clauses(question, [])).passages[0].id == "a"
