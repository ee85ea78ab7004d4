"""Wrong drafts about 《临峰市生活垃圾分类管理责任追究规定》 that passed, read by construction
(branch g11miss), each tested both ways in sentences of our own:

- a body named at another level of government (rules/checking/body_level.py);
- 由X + act where the passage gives the same act to another body (agent_swapped.py);
- 向X申诉 held to a passage that never makes that request (addressed_act.py)."""
from __future__ import annotations

from tests.rules.checking import on


def test_appeal_to_a_body_at_another_level():
    on("linfeng-waste-2036")("区城管部门复核后还不服，找谁申诉？",
                             "向市城管局申诉，自收到复核决定之日起15日内提出。",
                             "向区人民政府申诉，自收到复核决定之日起15日内提出。")
    on("tingxi-equipment-2035")("对市市场监管局的复核决定不服，向哪里申诉？",
                                "向市人民政府提出申诉。",
                                "向区人民政府提出申诉。")
    on("yunlan-trading-2034")("复核决定还不服怎么办？",
                              "可以自收到复核决定之日起一个月内向市人民政府提出申诉。",
                              "可以自收到复核决定之日起一个月内向县人民政府提出申诉。")


def test_the_agent_of_an_act_exchanged():
    on("linfeng-waste-2036")("工作人员泄露举报人信息，谁给处分？",
                             "由任免机关或者监察机关依照管理权限给予处分。",
                             "由市城管局依照管理权限给予处分。")
    on("yunlan-trading-2034")("政务处分由谁作出？",
                              "由有管理权限的任免机关或者监察机关依法作出。",
                              "由市公共资源交易监督管理局依法作出。")
