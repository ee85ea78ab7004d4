"""Branch wmiss8: wrong comparisons, ratios, definitions and paragraph labels that passed, each read
as a mechanism and tested both ways.

A ratio said without its article, one of its terms changed (1:5 for the text's 1:4); a comparison
said the other way round with no figure to hold it (高于规定比例 where the text says 低于); a definition
given to another term after its basis, or to a term the document uses without defining it
(从重追究是指…降低一档 where the text defines 减轻追究 that way); a paragraph's words quoted under
another paragraph's label (第十七条第一款：+ 第二款's words); a case said to lose a provision that the
text takes from other items of its list only (有这种情形的，也不适用第十九条)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checker import check
from rules.checking import ratio_figure, turned_comparison
from rules.schema import RuleBook

BOOK = RuleBook()
DATA = Path(__file__).parents[1] / "data"
CHENGXI = with_documents([DATA / "chengxi-eldercare-2036.md"])
CHENGCHUAN = with_documents([DATA / "chengchuan-food-2034.md"])
TINGXI = with_documents([DATA / "tingxi-equipment-2035.md"])
CANGXI = with_documents([DATA / "cangxi-drainage-2036.md"])
LANZHOU = with_documents([DATA / "lanzhou-monitoring-2035.md"])


def _passes(question: str, draft: str, sources) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("draft,ok", [
    ("对失能老年人，护理人员与老年人的配备比例不得低于1:4。", True),
    ("失能老年人的护理人员与老年人的配备比例不得低于1∶4。", True),
    ("对失能老年人，护理人员与老年人的配备比例不得低于1:5。", False),
    ("失能老年人的护理人员与老年人的配备比例不得低于1比3。", False),
    ("对失能老年人，护理人员与老年人的配备比例不得低于4:1。", False),
])
def test_a_ratio_is_held_as_one_figure(draft, ok):
    assert _passes("养老机构给失能老人配多少护理人员？", draft, CHENGXI) is ok


def test_ratio_reader_on_its_own():
    text = "每名安全员负责的岗位与安全员的比例不得超过10:1；值守时间为8时30分至17时。"
    assert ratio_figure.unheld("比例不得超过10∶1", text) == []
    assert ratio_figure.unheld("比例不得超过10比1", text) == []
    assert ratio_figure.unheld("比例不得超过12:1", text) == ["12:1"]
    assert ratio_figure.unheld("比例不得超过1:10", text) == ["1:10"]
    assert ratio_figure.unheld("值守从8:30开始", text) == []         # a clock time the passage writes as 8时30分
    assert ratio_figure.unheld("值守从9:30开始", text) == ["9:30"]


@pytest.mark.parametrize("draft,ok", [
    ("床位数较少、低于规定数量的养老机构，可以由其他管理人员兼任安全管理人员。", True),
    ("床位数没达到规定数量的小机构，安全管理人员可以由其他管理人员兼任。", True),
    ("床位数较多、高于规定数量的养老机构，可以由其他管理人员兼任安全管理人员。", False),
    ("床位数多于规定数量的机构，安全管理人员可以由其他管理人员兼任。", False),
])
def test_a_comparison_turned_round_in_an_article_that_bounds_both_ways(draft, ok):
    assert _passes("安全管理人员可以兼任吗？", draft, CHENGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("未完成年度监督检查计划、检查任务完成率低于规定比例的，应当追究责任。", True),
    ("年度监督检查计划没完成、检查任务完成率少于规定比例的，要追究过错责任。", True),
    ("未完成年度监督检查计划、检查任务完成率高于规定比例的，应当追究责任。", False),
    ("未完成年度监督检查计划，检查任务完成率超过规定比例的，应当追究过错责任。", False),
])
def test_a_comparison_turned_round_without_a_figure(draft, ok):
    assert _passes("监督检查中哪些情形要追究？", draft, CHENGCHUAN) is ok


def test_comparison_reader_on_its_own():
    text = "从业人员在50人以上的，应当设立安全机构；从业人员不足50人的，可以委托专业机构提供安全服务。"
    said = "从业人员超过规定人数的单位，可以委托专业机构提供安全服务。"
    assert turned_comparison.turned(said, text)
    assert not turned_comparison.turned(said.replace("超过", "少于"), text)
    assert not turned_comparison.turned("从业人员不少于规定人数的，应当设立安全机构。", text)   # 不少于 is above
    assert turned_comparison.turned("从业人员不超过规定人数的，应当设立安全机构。", text)      # 不超过 is below
    assert not turned_comparison.turned("所称“超过”“低于”不包括本数。", "所称“以上”包括本数；所称“超过”“低于”，不包括本数。")


@pytest.mark.parametrize("draft,ok", [
    ("根据第十九条，减轻追究是指在第十七条规定的相应档次以下降低一档确定追究方式。", True),
    ("依照第十九条的规定，减轻追究指的是在第十七条规定的相应档次以下降低一档确定追究方式。", True),
    ("根据第十九条，从重追究是指在第十七条规定的相应档次以下降低一档确定追究方式。", False),
    ("依照第十九条的规定，从轻追究指的是在第十七条规定的相应档次以下降低一档确定追究方式。", False),
])
def test_a_definition_given_to_an_undefined_term_of_the_document(draft, ok):
    assert _passes("减轻追究和从重追究怎么区分？", draft, TINGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("根据第3条，较大服务安全事件是指造成1人以上死亡，或者3人以上受伤需住院治疗，或者10人以上食物中毒的服务安全事件。", True),
    ("根据第3条，服务安全事件是指造成1人以上死亡，或者3人以上受伤需住院治疗，或者10人以上食物中毒的服务安全事件。", False),
])
def test_a_definition_swapped_after_its_basis(draft, ok):
    assert _passes("什么算较大服务安全事件？", draft, CHENGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第十七条第四款：直接经济损失和人员伤亡情况，以事故调查报告认定的数额和人数为准。", True),
    ("第17条第4款：直接经济损失和人员伤亡情况，以事故调查报告认定的数额和人数为准。", True),
    ("第十七条第三款：直接经济损失和人员伤亡情况，以事故调查报告认定的数额和人数为准。", False),
    ("第17条第1款：对负有主要领导责任的人员，依照前款规定的同一档次追究；对负有重要领导责任的人员，依照前款规定降低一档追究。", False),
])
def test_a_quote_under_another_paragraphs_label(draft, ok):
    assert _passes("第十七条各款分别讲什么？", draft, TINGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第6条第2款：床位数在100张以上的养老机构，应当配备至少1名专职安全管理人员；床位数不足100张的，可以由其他管理人员兼任安全管理人员。", True),
    ("第六条第一款：床位数在100张以上的养老机构，应当配备至少1名专职安全管理人员；床位数不足100张的，可以由其他管理人员兼任安全管理人员。", False),
])
def test_a_quote_under_another_paragraphs_label_arabic_regulation(draft, ok):
    assert _passes("第6条怎么规定的？", draft, CHENGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("谎报、瞒报或者迟报积水灾情的，应当从重追究责任。有这种情形的，也不适用第十九条的规定。", True),
    ("根据第二十条，伪造、隐匿证据的，应当从重追究责任。有这种情形的，也不适用第十九条的规定。", True),
    ("造成人员死亡的，应当从重追究责任。有这种情形的，也不适用第十九条的规定。", False),
    ("根据第二十条，一年内因同类问题被追究责任2次以上的，应当从重追究责任。有这种情形的，也不适用第十九条的规定。", False),
    ("造成人员死亡的，不得适用第十九条的规定。", False),
])
def test_a_case_the_exclusion_does_not_name(draft, ok):
    assert _passes("从重追究的情形还能从轻吗？", draft, CANGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("根据第十九条，干扰、阻碍调查或者打击报复举报人的，从重追究。有这种情形的，也不适用第二十一条。", True),
    ("根据第十九条，造成直接经济损失五十万元以上的，从重追究。有这种情形的，也不适用第二十一条。", False),
    ("根据第十九条，一年内两次以上被认定弄虚作假的，从重追究。有这种情形的，也不能适用第二十一条。", False),
])
def test_a_case_the_exclusion_of_the_paragraph_before_does_not_name(draft, ok):
    assert _passes("从重情形还能从轻吗？", draft, LANZHOU) is ok
