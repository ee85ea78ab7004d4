"""The wcalarm2 readings, each both ways: the supported sentence passes, a wrong twin of the same
construction fails. On the eighth fictional regulation (《梧川市城镇燃气安全监督管理责任追究办法》,
tests/data/wuchuan-gas-2035.md) and another ingested one where it has the construction."""
from __future__ import annotations

from tests.rules.checking import ingested, on, verdict

WUCHUAN = on("wuchuan-gas-2035")
TITLE = "《梧川市城镇燃气安全监督管理责任追究办法》"


def test_an_articles_paragraphs_counted():
    q = f"{TITLE}第二十七条讲了什么？"
    WUCHUAN(q, "第二十七条共有三款：", "第二十七条共有两款：")
    q = f"{TITLE}第十四条讲了什么？"
    WUCHUAN(q, "第十四条分两款。", "第十四条分三款。")


def test_a_paragraphs_items_counted():
    q = f"{TITLE}第十四条怎么分档？"
    WUCHUAN(q, "第十四条第一款的三档：", "第十四条第一款的四档：")
    # a paragraph with no items has no tiers to count
    WUCHUAN(q, "第十四条第一款的三档：", "第十四条第二款的三档：")


def test_whole_sentences_quoted_after_the_articles_label():
    q = "以上包括本数吗？"
    right = f"{TITLE}第三十条：本办法所称“以上”“以下”包括本数，“不满”“超过”不包括本数。"
    ok = verdict(q, right, ingested("wuchuan-gas-2035"))
    assert ok.passed and ok.sentences[0].verdict == "quote", ok.problems
    # in quote marks, after 规定：
    WUCHUAN("地震引起的燃气事故追责吗？",
            "第二十条第二款规定：“因不可抗力导致燃气事故发生或者损失扩大的，不予追究责任。”",
            "第二十条第二款规定：“因不可抗力导致燃气事故发生的，不予追究责任。”")
    # a cut quote (its condition's end dropped) is no quote of whole sentences
    cut = verdict("地震引起的燃气事故追责吗？", "第二十条第二款：因不可抗力导致燃气事故发生或者损失扩大",
                  ingested("wuchuan-gas-2035"))
    assert not cut.sentences or cut.sentences[0].verdict != "quote"


def test_a_document_said_not_to_be_in_the_text():
    q = f"{TITLE}里燃气事故怎么分级？"
    right = ("第十条第二款规定，燃气事故的分级、应急响应和调查处理，按照《梧川市燃气事故应急预案》的有关规定执行，"
             "而该预案并未收录在本办法中。")
    WUCHUAN(q, right, right.replace("按照《梧川市燃气事故应急预案》的有关规定执行", "由市城管局决定"))
    # the regulation itself is in the knowledge base: said not to be, the clause stays and fails
    WUCHUAN(q, right, right.replace("而该预案并未收录在本办法中", "而该办法并未收录在本办法中"))


def test_a_citation_naming_this_regulation():
    q = "被调查人多久内要申辩？"
    said = "被调查人应当自收到告知之日起五个工作日内提出陈述和申辩。\n"
    WUCHUAN(q, said + "（本办法第二十五条第一款）", said + "（本办法第二十五条第一款），逾期可以补交。")


def test_past_the_time_limit_is_overdue():
    q = "被调查人多久内要申辩？"
    said = "被调查人应当自收到告知之日起五个工作日内提出陈述和申辩。"
    WUCHUAN(q, said + "超过这个期限没提出的，视为放弃。", said + "超过这个期限没提出的，视为同意。")
