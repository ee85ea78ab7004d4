"""Wrong sentences the checker passed on the ninth regulation, read by construction (branch
g9pass), each tested both ways in sentences of our own on 汀溪 (tingxi-equipment-2035):

- a period of working days said as calendar days (rules/checking/workday_unit.py);
- a frequency said over a longer span than the text's (every_n.py);
- who made or published a document, added where the text names none (made_by.py);
- a joined condition of an exemption with its second part dropped, the subject reordered
  (exempt_conditions.py)."""
from __future__ import annotations

from tests.rules.checking import on

TINGXI = on("tingxi-equipment-2035")


def test_working_days_are_not_days():
    TINGXI("举报后多久决定受不受理？",
           "依照第五条第二款，收到举报的机关自收到举报之日起五个工作日内决定是否受理。",
           "依照第五条第二款，收到举报的机关自收到举报之日起五日内决定是否受理。")


def test_every_year_is_not_every_two_years():
    TINGXI("重点使用单位一年查几次？",
           "依照第七条第一款，区县监管局对重点使用单位每年检查不少于两次。",
           "依照第七条第一款，区县监管局对重点使用单位每两年检查不少于两次。")


def test_who_made_a_document_is_not_added():
    TINGXI("监督检查按什么规范执行？",
           "第七条第三款规定，监督检查的内容、方法和记录要求，依照《汀溪市特种设备安全监督检查工作规范》执行。",
           "第七条第三款规定，监督检查的内容、方法和记录要求，依照《汀溪市特种设备安全监督检查工作规范》执行，该规范由区县监管局发布。")


def test_a_joined_condition_keeps_both_parts():
    TINGXI("集体决定时反对过的人要担责吗？",
           "依照第十六条，其他参与研究的人员明确提出反对意见并记录在案的，不承担责任。",
           "依照第十六条，其他参与研究的人员明确提出反对意见的，不承担责任。")
