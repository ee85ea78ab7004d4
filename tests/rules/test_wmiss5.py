"""Branch wmiss5: wrong sentences found passing, each read as a mechanism and tested both ways.

A term said to be one of an article's list that the article never names; a frequency moved to
another member of its clause; an item given to another of its lead's subjects; a body said to act
under the one article cited that never names it; objects put after the text's act in place of its
own; one member of a list joined by 和 said to be all of it; a consequence joined with 并 taken from
another paragraph of the article."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()
SZ = shipped_sources()
YANCHUAN = with_documents([Path(__file__).parents[1] / "data" / "yanchuan-geohazard-2038.md"])


def _passes(question: str, draft: str, sources=YANCHUAN) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("draft,ok", [
    ("问责方式可以单独适用，也可以和其他问责方式合并适用，而训诫也是第十条规定的问责方式之一。", True),
    ("问责方式可以单独适用，也可以和其他问责方式合并适用，而行政拘留也是第十条规定的问责方式之一。", False),
    ("问责方式可以单独使用，也可以和别的方式一起用，另外罚款同样属于第十条所列的问责方式之一。", False),
])
def test_member_of_an_article_must_be_named_there(draft, ok):
    assert _passes("问责方式能不能一起用？", draft, SZ) is ok


@pytest.mark.parametrize("draft,ok", [
    ("汛期内对Ⅰ级、Ⅱ级隐患点每月复核不少于一次。", True),
    ("汛期内对Ⅰ级、Ⅱ级隐患点每季度复核不少于一次。", False),
    ("汛期里，其他隐患点每季度复核不少于一次。", True),
    ("汛期里，其他隐患点每月复核不少于一次。", False),
])
def test_frequency_held_to_its_member(draft, ok):
    assert _passes("汛期复核多久一次？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第九条第（五）项规定区人民政府保障补助经费。", True),
    ("按第九条第二款，第（五）项由区政府负责。", True),
    ("第九条第（五）项规定区自然资源部门保障补助经费。", False),
    ("第九条第（一）项的汛前全面排查由区人民政府具体实施。", False),
])
def test_item_given_to_its_own_body(draft, ok):
    assert _passes("群测群防员补助经费谁来保障？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第十条要求乡镇人民政府、街道办事处建立巡查台账。", True),
    ("根据第十条，区政府要建立巡查台账，台账保存期限不少于三年。", False),
    ("第十条要求区人民政府建立巡查台账。", False),
])
def test_body_under_an_article_that_never_names_it(draft, ok):
    assert _passes("巡查台账由谁建立？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("巡查台账要如实记录巡查的时间、人员和发现的情况。", True),
    ("第十条第（四）项要求建立巡查台账，如实记录巡查时间、人员和发现的情况。", True),
    ("巡查台账要如实记录巡查地点和费用。", False),
    ("第十条第（四）项要求建立巡查台账，如实记录巡查地点和费用。", False),
    ("警示标志应当载明灾害类型、影响范围、防灾责任人和报警电话。", True),
    ("警示标志应当载明灾害类型、防灾责任人和处罚标准。", False),
])
def test_objects_after_the_texts_act(draft, ok):
    assert _passes("台账和警示标志要写什么？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("乡镇人民政府未按规定频次组织巡查的，要追究其主要负责人、分管负责人和直接责任人员的责任。", True),
    ("乡镇人民政府未按规定频次组织巡查的，只追究直接责任人员的责任。", False),
    ("按第十七条，只追究直接责任人员的责任。", False),
])
def test_only_one_member_of_a_list_joined_by_he(draft, ok):
    assert _passes("乡镇没按频次巡查，追究谁？", draft) is ok


@pytest.mark.parametrize("question,draft,ok", [
    ("群测群防员看到裂缝了没报，会怎么处理他？", "由乡镇人民政府、街道办事处予以批评教育；造成人员伤亡的，予以解聘。", True),
    ("群测群防员看到裂缝了没报，会怎么处理他？",
     "由乡镇人民政府、街道办事处予以批评教育；造成人员伤亡的，予以解聘，并由区自然资源部门对其处500元以上2000元以下罚款。", False),
    ("群测群防员没报险情怎么处理？", "造成人员伤亡的，予以解聘，并责令停止违法行为。", False),
    ("有人破坏监测设施怎么办？", "由区自然资源部门责令停止违法行为，并对个人处500元以上2000元以下罚款。", True),
])
def test_consequence_joined_from_another_paragraph(question, draft, ok):
    assert _passes(question, draft) is ok
