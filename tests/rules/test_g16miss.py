"""Branch g16miss: wrong sentences about ingested regulations that passed, read by construction.

Each reading is tried both ways: a right sentence of the construction passes, a near one with one
detail wrong is flagged. Sentences are written here, against the regulations in tests/data.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules import checking

from rules.checking import case_figure_sibling, excluded_members, figure_home

DATA = Path(__file__).resolve().parents[1] / "data"
BRIDGE = "lanxi-bridge-2036.md"
ELDER = "chengxi-eldercare-2036.md"
FOREST = "qinglan-forest-fire-2036.md"


def _passes(reg: str, question: str, draft: str) -> bool:
    """The verdict on a draft with that regulation ingested (its sources built once per process)."""
    return checking.verdict(question, draft, checking.ingested(Path(reg).stem)).passed


CASES = [
    # an article's items numbered 一、二、… counted as its list (checker._item_counter)
    (BRIDGE, "对个人有哪些追责方式？",
     "第17条规定了七种：通报批评、诫勉谈话、责令书面检查、停职检查、调整职务、责令辞职、免职。", True),
    (BRIDGE, "对个人有哪些追责方式？", "第17条列了五种：通报批评、诫勉谈话、停职检查、调整职务、免职。", False),
    (BRIDGE, "对单位有哪些追责方式？", "第16条规定了四种：责令限期整改、通报批评、扣减养护经费、取消当年度评优评先资格。", False),
    # figure_home.py: a span said in hours for the text's minutes (one kind of figure)
    (FOREST, "应急管理局什么情况要被追责？", "县应急管理局接到火情报告后，未在30分钟内启动扑救力量调度的，要追究责任。", True),
    (FOREST, "应急管理局什么情况要被追责？", "县应急管理局接到火情报告后，未在1小时内启动扑救力量调度的，要追究责任。", False),
    (ELDER, "老人走失了多久要报？", "老年人走失的，养老机构要在2小时内报告所在地区民政部门和镇街。", True),
    (ELDER, "老人走失了多久要报？", "老年人走失的，养老机构要在90分钟内报告所在地区民政部门和镇街。", False),
    (BRIDGE, "街道办什么情况被追责？", "街道办发现险情没在30分钟内报告区城市管理部门的，要被追责。", True),
    (BRIDGE, "街道办什么情况被追责？", "街道办发现险情没在1小时内报告区城市管理部门的，要被追责。", False),
    (BRIDGE, "街道办什么情况被追责？", "有三种情形：\n(一)没按频次巡查人行天桥和下穿通道；\n(二)发现险情没在半小时内报告区城市管理部门；\n"
     "(三)没协助设置警戒或者没配合疏散群众。", True),
    (BRIDGE, "街道办什么情况被追责？", "有三种情形：\n(一)没按频次巡查人行天桥和下穿通道；\n(二)发现险情没在2小时内报告区城市管理部门；\n"
     "(三)没协助设置警戒或者没配合疏散群众。", False),
    # case_figure_sibling.py: a figure the text gives to one graded case, said of its sibling
    (BRIDGE, "较大事故调查多久？", "较大事故的调查，应当自立案之日起60日内完成。", True),
    (BRIDGE, "重大事故调查多久？", "重大事故的调查期限是自立案之日起60日。", False),
    (ELDER, "服务安全事件多久要报？", "发生较大服务安全事件的，区民政部门接到报告后应当在1小时内报告市民政局。", True),
    (ELDER, "服务安全事件多久要报？", "发生其他服务安全事件的，区民政部门接到报告后应当在1小时内报告市民政局。", False),
    # excluded_members.py via inserted_member.py: a member the text excludes joined into its scope
    (BRIDGE, "这个办法管哪些桥？",
     "本市行政区域内城市桥梁、城市隧道的管理单位、养护单位、检测单位，不履行或者不正确履行桥梁隧道安全管理职责的，"
     "依照本办法追究责任；公路桥梁、铁路桥梁不适用本办法。", True),
    (BRIDGE, "这个办法管哪些桥？",
     "本市行政区域内城市桥梁、城市隧道，以及区管公路桥梁的管理单位、养护单位、检测单位，不履行或者不正确履行桥梁隧道"
     "安全管理职责的，依照本办法追究责任。", False),
    (ELDER, "社区站点适用吗？", "社区养老服务站点的服务安全责任追究，参照本办法执行；但是仅提供助餐服务的站点除外。", True),
    (ELDER, "社区站点适用吗？", "社区养老服务站点，以及仅提供助餐服务的站点的服务安全责任追究，参照本办法执行。", False),
]


@pytest.mark.parametrize("reg,question,draft,right", CASES)
def test_construction(reg: str, question: str, draft: str, right: bool) -> None:
    assert _passes(reg, question, draft) is right


def test_excluded_members_read_from_the_statement() -> None:
    text = "公路桥梁、铁路桥梁和城市轨道交通专用桥梁隧道的安全管理责任追究，不适用本办法。"
    assert [m for m, _ in excluded_members.excluded([text])] == ["公路桥梁", "铁路桥梁", "城市轨道交通专用桥梁隧道"]
    assert excluded_members.excluded_in("区管公路桥梁", [text])
    assert excluded_members.excluded_in("城市桥梁", [text]) is None


def test_sibling_is_a_case_of_the_same_frame() -> None:
    starts = case_figure_sibling._clause_starts("一般事故由市局调查；较大事故由市政府调查。\n（三）检验中发现严重事故隐患，未报告的；")
    assert case_figure_sibling._sibling("较大事故", "一般事故的调查", starts) == "一般事故"
    assert case_figure_sibling._sibling("较大事故", "特大事故的调查", starts) is None
    # a phrase sharing only the case's tail, in another frame, is no sibling
    assert case_figure_sibling._sibling("检验中发现设备存在严重事故隐患", "发现严重事故隐患后告知", starts) is None


def test_minutes_and_hours_are_one_kind() -> None:
    assert figure_home._same_figure("1", "小时", "60", "分钟")
    assert not figure_home._same_figure("1", "小时", "30", "分钟")
    assert not figure_home._same_kind("小时", "日")
