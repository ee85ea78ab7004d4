"""The asker's words searched when they find passages, an A-not-A word read as the frame, the
definitions article put last for a reading in the table's terms, and the everyday words for an
owner and the market regulator (branch `qs9`; bot/core/pipeline.py, bot/core/asked.py,
knowledge/everyday.py, knowledge/everyday_words.yaml). Each reading both ways. Written in other
words than the blind questions of 《栖川市户外广告设施和招牌安全管理责任追究办法》, over texts made up here."""
from __future__ import annotations

from bot.core.asked import asked_clauses
from bot.core.pipeline import _meaning_last, _says
from knowledge.everyday import in_their_words, terms
from knowledge.retrieval import Passage, SearchResult
from tests.made_up import addressed

DEFINITIONS = "第三条　本规定下列用语的含义：\n（一）灯箱，是指夜间发光的广告装置；\n（二）安装单位，是指承接安装作业的单位。"
DUTY = "第八条　安装单位应当在作业现场设置围挡，并安排专人看守。"
FINE = "第十二条　经营者未按规定加固灯箱的，处3000元以上1万元以下罚款。"


def _passage(n: int, text: str) -> Passage:
    return Passage(f"p{n}", "made-up", "某市灯箱管理规定", n, f"第{n}条", text, 1.0 / n)


def test_an_a_not_a_word_is_the_frame_not_the_thing_asked():
    """算不算 kept whole by the cut asks whether; what it asks about is the rest of the clause."""
    clause = asked_clauses("屋顶上的灯箱算不算", ["灯箱"])[-1]
    assert "算不算" not in clause.words
    assert addressed("灯箱到底算不算", [DEFINITIONS], ["灯箱"])
    # the way back: a word of its own that no passage says is still asked
    assert not addressed("灯箱到底算不算违章建筑", [DEFINITIONS], ["灯箱"])


def test_the_definitions_go_last_unless_a_meaning_is_asked():
    """A reading in the table's terms ranks the definitions first; the duty asked leads instead."""
    found = SearchResult([_passage(3, DEFINITIONS), _passage(8, DUTY)], "hybrid")
    assert [p.article for p in _meaning_last(found, "安装单位要注意什么").passages] == [8, 3]
    # the way back: a question on what a word means keeps the definitions first
    assert [p.article for p in _meaning_last(found, "灯箱具体指什么").passages] == [3, 8]
    assert [p.article for p in _meaning_last(found, "霓虹灯算不算灯箱").passages] == [3, 8]


def test_the_table_words_are_read_only_when_asked_for():
    """With the asker's words finding passages, the table's words stay; a light head is still read."""
    mentions = lambda w: w in "施工单位从重追究"
    assert in_their_words("施工队会被从重处理吗", mentions, lambda: "从重追究", table_words=False) == "施工队会被从重追究吗"
    assert in_their_words("施工队会被从重处理吗", mentions, lambda: "从重追究") == "施工单位会被从重追究吗"


def test_an_owner_is_the_one_the_texts_hold_responsible():
    """老板 is said by a passage on the 经营者 or a 责任人; a passage on neither does not say it."""
    assert {"经营者", "责任人"} <= set(terms("老板"))
    assert _says("老板", FINE) and _says("老板", "第七条　安全责任人应当每月检查1次。")
    assert addressed("灯箱没加固，老板要罚多少钱", [FINE])
    assert not _says("老板", DUTY)
    assert not addressed("灯箱没加固，老板要罚多少钱", [DUTY])


def test_the_market_regulators_short_name():
    """市场监管局 is the texts' 市场监督管理局; a passage on another office does not say it."""
    assert "市场监督管理局" in terms("市场监管局")
    assert _says("市场监管局", "市市场监督管理局负责广告内容的监督管理。")
    assert not _says("市场监管局", "区城市管理部门负责备案。")


def test_the_act_a_within_bounds_is_the_verb_after_it():
    """要在多长时间内上报: the act is 上报 after the 内, though the modal comes before the quantity."""
    question = "安装单位要在多长时间内上报"
    assert asked_clauses(question, [])[-1].act == "上报"
    assert addressed(question, ["安装单位应当在完工后5日内向区城市管理部门报告。"])
    # the way back: a time of another act (整改), the report said in another sentence, does not answer it
    assert not addressed(question, ["安装单位应当在5日内完成整改。整改完成后向区城市管理部门报告。"])
