"""An ingested regulation's questions asked in the seed's words, and the readings that decide whether
passages address what a question asks (bot/core/regulations.py, bot/core/asked.py).

Measured on 《梧川市城镇燃气安全监督管理责任追究办法》 (held out) on arrival: 10 of 20 answerable
questions cited their article and 4 of 10 near misses were declined; deadlines in working days read
as no figure, 从重处理 as absent from 从重追究, and questions in the seed's words (处理方式, 调查) were
answered from the Shenzhen documents or declined."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from bot.core.regulations import which_document_draft
from bot.telegram.sending import CALLBACK_BYTES, option_data
from tests.conftest import DATA, ingested_env, ask_json as ask

WUCHUAN = "wuchuan-gas-accountability-2035"
TITLE = "《梧川市城镇燃气安全监督管理责任追究办法》"


def _missing(question: str, text: str):
    return unaddressed(asked_clauses(question, []), [text])


@pytest.mark.parametrize("question, text, addressed", [
    # a deadline in working days is a time figure
    ("受理机关多少天内要给我答复？", "受理举报的机关应当自收到举报之日起五个工作日内答复举报人。", True),
    ("受理机关多少天内要给我答复？", "受理举报的机关应当及时答复举报人。", False),
    # a compound whose head is a general verb says its content in its first half
    ("哪些情形要从重处理？", "有下列情形之一的，应当从重追究：", True),
    ("哪些情形要从重处理？", "有下列情形之一的，可以从轻追究：", False),
    # a common first half narrows the head: 培训 alone is not 业务培训
    ("每年要参加多少学时的常规业务培训？", "暂停期间应当参加不少于二十学时的培训。", False),
    # a figure asked of a one-character act (罚) is that act's, not any sum of money
    ("要罚多少钱？", "造成直接经济损失一百万元以上的，属于情节严重。", False),
    ("要罚多少钱？", "逾期不报送的，处五千元罚款。", True),
    # a verb with its result (查完) asks for the act's time, said in the document's own words
    ("调查一般多久能查完？", "调查应当自立案之日起六十日内完成。", True),
])
def test_what_a_passage_addresses(question, text, addressed):
    assert bool(_missing(question, text)) is not addressed, _missing(question, text)


@pytest.fixture(scope="module")
def wuchuan(tmp_path_factory):
    """The shipped sources and the gas regulation, ingested through the command."""
    return ingested_env(tmp_path_factory.mktemp("wcq"), DATA / "wuchuan-gas-2035.md")


def test_a_list_the_seed_and_the_regulation_both_give_is_asked_back(wuchuan):
    """Both the Shenzhen texts and the regulation list their measures: which is meant is asked,
    one button per document, never the Shenzhen paper's sentence as the answer."""
    a = ask(wuchuan, "追责有几种处理方式，能合并吗？")
    assert a["grounded"] is False and a["check"]["passed"], a
    assert TITLE in a["answer"] and "请问您问的是下面哪一份" in a["answer"], a["answer"]
    assert not a["citations"], a["citations"]


def test_a_question_in_the_seeds_words_the_regulation_answers_is_its(wuchuan):
    """从重处理 is the seed's phrase too (its 第十七条 names 从重); the regulation lists the cases."""
    a = ask(wuchuan, "哪些情形要从重处理？")
    assert a["check"]["passed"] and a["citations"][0]["doc_id"] == WUCHUAN and a["citations"][0]["article"] == 18, a


def test_a_figure_no_article_gives_is_declined(wuchuan):
    """第八条 and 第十二条 say when the ledger is due and who is held to account, no fine."""
    a = ask(wuchuan, "燃气公司不按时报送台账，要罚多少钱？")
    assert a["grounded"] is False and a["check"]["passed"], a


def test_the_seeds_table_still_decides(wuchuan):
    a = ask(wuchuan, "较大事故街道主任会受什么处理？")
    assert a["source"] == "rules" and a["check"]["passed"] and a["decision"], a


def test_a_long_option_is_sent_as_its_number():
    """A question naming a document does not fit Telegram's callback data: its number does, and
    the conversation maps the number back to the question."""
    value = f"{TITLE}追责有几种处理方式，能合并吗？"
    assert len(value.encode()) > CALLBACK_BYTES and option_data(2, value) == "opt:2"
    assert option_data(1, "有关党政领导正职") == "opt:有关党政领导正职"


def test_the_question_back_names_each_document():
    class Kb:
        titles = {"a": "甲办法", "b": "乙规定"}
    d = which_document_draft(Kb(), "问题？", ["a", "b"])
    assert [c["value"] for c in d.choices] == ["《甲办法》问题？", "《乙规定》问题？"] and not d.grounded
