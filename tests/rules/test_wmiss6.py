"""Branch wmiss6: wrong sentences found passing, each read as a mechanism and tested both ways.

A clause of its own added to a sentence that restates a passage; the item a question asks about
answered with its sibling; a whole term said for one of another length (or at a clause's end); a
list matched in part that gains a member; an asked time said to be missing where the text says
立即; 即使C也不行 where C is the text's own case for allowing the act; a case of alternatives said
alone, given another item's measures; an act changed under the right subject."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()
SZ = shipped_sources()
DATA = Path(__file__).parents[1] / "data"
YANCHUAN = with_documents([DATA / "yanchuan-geohazard-2038.md"])
TINGXI = with_documents([DATA / "tingxi-equipment-2035.md"])


def _passes(question: str, draft: str, sources=YANCHUAN) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("draft,ok", [
    ("有。报告在“强化政府自身建设”这部分说，要进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察。", True),
    ("有。报告在“强化政府自身建设”这部分说，要进一步加强廉政建设，开展明察暗访，严格监督问责，并把问责情况纳入年度评优评先的否决条件。", False),
    ("有。报告在“强化政府自身建设”这部分说，要进一步加强廉政建设，开展明察暗访，严格监督问责，另外还设立了专门的问责信息公开网站。", False),
])
def test_clause_added_to_a_restated_passage(draft, ok):
    assert _passes("2016年报告在政府自身建设上提没提问责？", draft, SZ) is ok


@pytest.mark.parametrize("question,draft,ok", [
    ("第十九条第三款说的“第一款第（二）项情形”是什么？",
     "指的是配套的地质灾害治理工程没验收或者验收不合格，主体工程就投入使用了。", True),
    ("第十九条第三款说的“第一款第（二）项情形”是什么？",
     "指的是工程建设单位没有按规定做地质灾害危险性评估。", False),
    ("第十九条第一款第（一）项说的是什么情形？", "是指未按照规定进行地质灾害危险性评估。", True),
    ("第十九条第一款第（一）项说的是什么情形？",
     "是指配套的地质灾害治理工程未经验收或者验收不合格，主体工程即投入使用。", False),
])
def test_asked_item_not_answered_with_its_sibling(question, draft, ok):
    assert _passes(question, draft) is ok


@pytest.mark.parametrize("question,draft,ok", [
    ("第十二条第（二）项是什么情形？", "是指对区县监管局报告的重大事故隐患，未在收到报告之日起三个工作日内实施挂牌督办。", True),
    ("第十二条第（二）项是什么情形？", "是指未依照本办法第七条第二款规定组织抽查。", False),
])
def test_asked_item_on_another_regulation(question, draft, ok):
    assert _passes(question, draft, TINGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("建设单位要在项目可行性研究阶段委托评估单位做地质灾害危险性评估。", True),
    ("建设单位要在项目初步设计阶段委托评估单位做地质灾害危险性评估。", False),
    ("建设单位要在项目施工准备阶段委托评估单位做地质灾害危险性评估。", False),
])
def test_whole_term_of_another_length(draft, ok):
    assert _passes("第十二条对建设单位有什么要求？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("按第十二条第（二）项，市市场监管局对区县监管局报告的重大事故隐患，要在收到报告之日起三个工作日内实施挂牌督办。", True),
    ("按第十二条第（二）项，市市场监管局对区县监管局报告的重大事故隐患，要在收到报告之日起三个工作日内组织调查。", False),
    ("市市场监管局对区县监管局报告的重大事故隐患，未在收到报告之日起三个工作日内实施挂牌督办的，应当追究责任。", True),
    ("市市场监管局对区县监管局报告的重大事故隐患，未在收到报告之日起三个工作日内责令整改的，应当追究责任。", False),
])
def test_act_changed_at_the_clause_end(draft, ok):
    assert _passes("市市场监管局收到重大事故隐患报告后要做什么？", draft, TINGXI) is ok


@pytest.mark.parametrize("draft,ok", [
    ("地质灾害防治责任追究坚持实事求是、权责一致、惩教结合的原则。", True),
    ("地质灾害防治责任追究坚持依法依规、实事求是、权责一致、惩教结合的原则。", False),
    ("地质灾害防治责任追究坚持实事求是、权责一致、惩教结合、公开公正的原则。", False),
])
def test_list_in_part_gains_no_member(draft, ok):
    assert _passes("第三条讲的是什么？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("初步问责决定要根据严格要求、实事求是、权责一致的原则作出。", True),
    ("初步问责决定要根据依法办事、严格要求、实事求是、权责一致的原则作出。", False),
])
def test_list_in_part_on_the_shipped_regulation(draft, ok):
    assert _passes("第十三条的初步问责按什么原则？", draft, SZ) is ok


@pytest.mark.parametrize("draft,ok", [
    ("事故问责组在多长时间内成立，第十二条没有规定。", False),
    ("第十二条没有说事故问责组要在多久之内成立。", False),
    ("第十二条没有规定事故问责组什么时候成立。", False),
    ("第十二条规定事故发生后立即成立事故问责组。", True),
    ("第十二条没有规定现场会在多长时间内召开。", True),
])
def test_asked_time_given_as_at_once(draft, ok):
    assert _passes("事故问责组什么时候成立？", draft, SZ) is ok


@pytest.mark.parametrize("draft,ok", [
    ("乡镇人民政府发现险情后在多长时间内组织受威胁群众转移，第十条没有规定。", False),
    ("第十条要求乡镇人民政府接到险情报告或者发现险情的，立即组织受威胁群众转移。", True),
    ("第十条没有规定乡镇人民政府在多长时间内建立巡查台账。", True),
])
def test_asked_time_on_another_regulation(draft, ok):
    assert _passes("险情发生后多久转移群众？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("不可以，即使情况复杂、经组织调查的机关负责人批准也不行。", False),
    ("不能延长，哪怕情况复杂、经组织调查的机关负责人批准了也不能延长。", False),
    ("可以。情况复杂的，经组织调查的机关负责人批准，可以延长一次，即使延长也不得超过三十日。", True),
])
def test_concession_against_the_texts_permission(draft, ok):
    assert _passes("调查期限能不能延长？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("不能，即使根据事故调查结果也不行。", False),
    ("能。根据事故调查结果，可依照中办发[2009]25号文件进一步问责。", True),
])
def test_concession_on_the_shipped_regulation(draft, ok):
    assert _passes("初步问责以后还能进一步问责吗？", draft, SZ) is ok


@pytest.mark.parametrize("draft,ok", [
    ("造成重伤不满三人的，给予诫勉或者调离岗位。", True),
    ("重伤不满3人的，给予责令辞职或者降职。", False),
    ("造成三人以上重伤的，给予责令辞职或者降职。", True),
    ("造成三人以上重伤的，给予诫勉或者调离岗位。", False),
])
def test_one_alternative_of_a_case_keeps_its_measures(draft, ok):
    assert _passes("特种设备事故造成重伤，直接责任人员怎么追究？", draft, TINGXI) is ok
