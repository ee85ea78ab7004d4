"""Branch g14miss: wrong sentences about ingested regulations that passed, read by construction.

Each reading is tried both ways: a right sentence of the construction passes, a near one with one
detail wrong is flagged. Sentences are written here, against the regulations in tests/data.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checker import check
from rules.schema import RuleBook
from rules.checking import relative_referent as RR
from rules.checking import only_one as O1

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=None)
def _sources(name: str):
    return with_documents([DATA / name])


def _passes(reg: str, question: str, draft: str) -> bool:
    return check(question, draft, RuleBook(), sources=_sources(reg)).passed


ELDER = "chengxi-eldercare-2036.md"
CHARGE = "lanchuan-charging-2036.md"
DUST = "hechuan-dust-2036.md"


@pytest.mark.parametrize("draft, ok", [
    # a table row's column name before the restated words is no term; the figure is the sibling's
    ("| 事项 | 时限 |\n| --- | --- |\n| 申请复查 | 收到复核决定之日起10日内 |", True),
    ("| 事项 | 时限 |\n| --- | --- |\n| 申请复查 | 收到复核决定之日起15日内 |", False),
])
def test_table_row_figure_of_a_sibling(draft: str, ok: bool) -> None:
    assert _passes(ELDER, "复查要在多久内申请？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("按第10条，第三方评估的评估费用由区财政承担，不向养老机构收。", True),
    ("按第10条，第三方评估的评估费用由市财政承担，不向养老机构收。", False),
])
def test_body_by_level_and_sector(draft: str, ok: bool) -> None:
    assert _passes(ELDER, "第三方评估谁出钱？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第四条第四款：市市场监督管理局发现不合格充电设备的，应当通报同级应急管理部门。", True),
    ("第四条第四款：市市场监督管理局发现不合格充电设备的，应当通报区住房建设部门。", False),
])
def test_addressee_of_a_notice(draft: str, ok: bool) -> None:
    assert _passes(CHARGE, "发现不合格充电设备要通报谁？", draft) is ok


def test_previous_article_by_place() -> None:
    question = "第十四条中“有前条规定情形之一”的前条是哪条？"
    text = lambda n: getattr(_sources(CHARGE).article(n, None), "text", None)
    src = _sources(CHARGE)
    doc = next(p.doc_id for p in src.passages if p.doc_id.startswith("lanchuan"))
    text = lambda n: getattr(src.article(n, doc), "text", None)
    assert RR.problems("这里的“前条”是指第十三条。", question, text) == []
    assert RR.problems("这里的“前条”是指第十一条。", question, text)
    assert RR.problems("第十四条里的前条就是第十二条。", "", text)
    # restating another article's items under the wrong referent is flagged whole
    assert not _passes(CHARGE, question, "“前条”指第十二条，也就是负有监管职责的部门及其工作人员有下列情形之一的情形。")


@pytest.mark.parametrize("draft, ok", [
    ("第5条第2款：依照本办法追究责任，不影响依法给予行政处罚。", True),
    ("第5条第2款：依照本办法追究了责任，就不能再给予行政处罚。", False),
])
def test_not_precluded_said_denied(draft: str, ok: bool) -> None:
    assert _passes(ELDER, "追究以后还会罚款吗？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("一般等级的运营单位，约谈由区应急管理部门负责（第十七条第一款）。", True),
    ("一般等级的运营单位，约谈由第三方检测机构负责（第十七条第一款）。", False),
])
def test_doer_of_an_act_said_as_topic(draft: str, ok: bool) -> None:
    assert _passes(CHARGE, "一般等级谁来约谈？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第二十五条：拟作出本办法第十七条第三款规定的追究的，区应急管理部门应当告知被追究对象有要求听证的权利。", True),
    ("第二十五条：拟作出本办法第十七条第一款、第三款规定的追究的，区应急管理部门应当告知被追究对象有要求听证的权利。", False),
])
def test_reference_list_widened(draft: str, ok: bool) -> None:
    assert _passes(CHARGE, "哪些追究可以听证？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("施工单位裸露土方未覆盖的，按第十一条第（三）项追究。", True),
    ("施工单位裸露土方未覆盖的，按第十一条第（四）项追究。", False),
    ("监理单位违反本细则第六条第二款规定的，按第十二条第（四）项追究。", False),
    ("驶出工地的车辆未冲洗干净的，依照第十一条第（二）项追究建设单位。", False),
])
def test_case_under_a_cited_item(draft: str, ok: bool) -> None:
    assert _passes(DUST, "这种情况怎么追究？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第2条第2款：社区养老服务站点参照本办法执行，但是仅提供助餐服务的站点除外。", True),
    ("第2条第2款：社区养老服务站点参照本办法执行，仅提供助餐服务的站点同样参照执行。", False),
])
def test_excepted_case_said_included(draft: str, ok: bool) -> None:
    assert _passes(ELDER, "只送餐的站点按这个办法管吗？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第四条：市应急管理局负责全市集中充电场所安全管理责任追究工作的统筹、指导和监督。", True),
    ("第四条：市应急管理局仅负责全市集中充电场所安全管理责任追究工作的统筹、指导和监督。", False),
])
def test_one_duty_said_to_be_all(draft: str, ok: bool) -> None:
    assert _passes(CHARGE, "市应急管理局管什么？", draft) is ok


def test_one_act_said_to_be_the_only_one() -> None:
    src = _sources(CHARGE)
    doc = next(p.doc_id for p in src.passages if p.doc_id.startswith("lanchuan"))
    a27 = src.article(27, doc).text
    # the article also lets the decision be taken further (申请复查): one route is not all
    assert not _passes(CHARGE, "复核后还能找谁？", "第二十七条只给了向作出决定的部门申请复核这一种办法。")
    assert O1.problems("第二十七条只给了向作出决定的部门申请复核这一种办法。", [(27, a27)])
    # an article with one route only: the same words hold
    one = "被追究对象对追究决定不服的，可以自收到决定书之日起15日内向作出决定的部门申请复核。"
    assert O1.problems("只规定了向作出决定的部门申请复核这一种办法。", [(27, one)]) == []


@pytest.mark.parametrize("draft, ok", [
    ("第26条第3款：扣减运营补贴的决定，在复核决定作出前暂缓执行。", True),
    ("第26条第3款：扣减运营补贴的决定暂缓执行，直到复查决定作出为止。", False),
])
def test_state_bounded_by_another_event(draft: str, ok: bool) -> None:
    assert _passes(ELDER, "扣补贴的决定复核期间执行吗？", draft) is ok
