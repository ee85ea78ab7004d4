"""A table of grades read as the sentences its rows stand for (rules/checking/table_rows.py): a
grade restated with its own row's measures passes, a grade given another row's measure, or a
column's measure under another column's subject, fails. Tested on 《沧溪市城市排水与防涝管理责任
追究办法》 (第十五条 grades by losses, 第十七条 gives each grade's measures) and on a small table of
our own with other columns and grades, so that nothing of one regulation is read."""
from __future__ import annotations

import pytest

from bot.core.sources import with_documents
from rules.checking import table_rows
from tests.rules.checking import both_ways, ingested, on, verdict

CX = "《沧溪市城市排水与防涝管理责任追究办法》"


@pytest.mark.parametrize("right, wrong", [
    # a grade's measures for the units
    (f"根据{CX}第十七条，情节较轻的，对责任单位责令限期整改、通报批评。",
     f"根据{CX}第十七条，情节较重的，对责任单位通报批评。"),
    # ... and for the persons, said in the table's column order or freely
    (f"根据{CX}第十七条，情节较重的，对责任人员诫勉或者调离岗位。",
     f"根据{CX}第十七条，情节较重的，对责任人员依法给予处分。"),
    (f"{CX}第十七条规定，情节较轻的，责任单位会被责令限期整改并通报批评，责任人员则是批评教育或者责令书面检查。",
     f"{CX}第十七条规定，情节较轻的，责任单位会被约谈主要负责人，责任人员则是批评教育或者责令书面检查。"),
    # a row's measure with its own condition and figures
    (f"根据{CX}第十七条，情节较重的，属于运营单位的，扣减当年度运行维护经费的5%至10%。",
     f"根据{CX}第十七条，情节严重的，属于运营单位的，扣减当年度运行维护经费的5%至10%。"),
    (f"根据{CX}第十七条，情节严重的，对责任单位取消当年度及下一年度评优评先资格。",
     f"根据{CX}第十七条，情节较重的，对责任单位取消当年度及下一年度评优评先资格。"),
    # two grades in one sentence, each held to its own row
    (f"{CX}第十七条规定，情节较重时，对责任人员诫勉或者调离岗位；情节严重时，对责任人员依法给予处分。",
     f"{CX}第十七条规定，情节较重时，对责任人员依法给予处分；情节严重时，对责任人员诫勉或者调离岗位。"),
])
def test_a_grade_says_its_own_rows_measures(right, wrong):
    on("cangxi-drainage-2036")("不同情节怎么追究？", right, wrong)


@pytest.mark.parametrize("right, wrong", [
    # the measure of the right row under the wrong column's subject
    (f"根据{CX}第十七条，情节较轻的，对责任人员批评教育。",
     f"根据{CX}第十七条，情节较轻的，对责任人员通报批评。"),
    (f"根据{CX}第十七条，情节较轻的，对责任单位通报批评。",
     f"根据{CX}第十七条，情节较轻的，对责任单位批评教育。"),
])
def test_a_measure_is_said_under_its_own_column(right, wrong):
    on("cangxi-drainage-2036")("情节较轻怎么追究？", right, wrong)


@pytest.mark.parametrize("right, wrong", [
    # the grade a case falls in, the case said before the grade
    (f"根据{CX}第十五条，主干道路积水持续6小时以上不满24小时的，属于情节较重。",
     f"根据{CX}第十五条，主干道路积水持续6小时以上不满24小时的，属于情节较轻。"),
    (f"根据{CX}第十五条，直接经济损失50万元以上不满300万元的，属于情节较重。",
     f"根据{CX}第十五条，直接经济损失50万元以上不满300万元的，属于情节严重。"),
])
def test_a_case_falls_in_its_own_row(right, wrong):
    on("cangxi-drainage-2036")("情节怎么认定？", right, wrong)


def test_a_rows_cells_listed_are_its_own():
    """A row's cells listed after its grade are the row's (the header row says nothing: its column
    names are no list member another clause has)."""
    ok = verdict("情节怎么认定？", f"按{CX}第十五条的表，较重一档是直接经济损失50万元以上不满300万元、"
                                   "1人以上不满3人重伤或者主干道路积水6小时以上不满24小时。",
                 ingested("cangxi-drainage-2036"))
    assert ok.passed, ok.problems


_OWN = """---
id: test-tables
title: 松岭市共享单车停放管理责任追究办法
kind: regulation
issuer: 松岭市人民政府（虚构）
date: 2036-01-01
origin: 为测试而编写的虚构法规。
---

# 松岭市共享单车停放管理责任追究办法

第一条 为了规范共享单车停放管理，制定本办法。

第二条 运营企业违反停放管理规定的，按照下表追究：

| 等级 | 对运营企业 | 对区域负责人 |
|---|---|---|
| 一般 | 书面警示 | 约谈提醒 |
| 较大 | 核减投放配额的10% | 调整工作岗位 |
| 重大 | 暂停新增投放3个月 | 解除劳动合同 |

第三条 本办法自2036年3月1日起施行。
"""


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "songling.md"
    path.write_text(_OWN, encoding="utf-8")
    return with_documents([path])


@pytest.mark.parametrize("right, wrong", [
    ("《松岭市共享单车停放管理责任追究办法》第二条规定，等级较大的，对运营企业核减投放配额的10%。",
     "《松岭市共享单车停放管理责任追究办法》第二条规定，等级较大的，对运营企业暂停新增投放3个月。"),
    ("《松岭市共享单车停放管理责任追究办法》第二条规定，重大的，对区域负责人解除劳动合同。",
     "《松岭市共享单车停放管理责任追究办法》第二条规定，重大的，对区域负责人调整工作岗位。"),
    ("《松岭市共享单车停放管理责任追究办法》第二条规定，一般的，对区域负责人约谈提醒。",
     "《松岭市共享单车停放管理责任追究办法》第二条规定，一般的，对区域负责人书面警示。"),
])
def test_another_regulations_table(own, right, wrong):
    both_ways("违规停放怎么追究？", right, wrong, sources=own, unsupported=True)


def test_a_row_written_out():
    """The row as the sentence it stands for; header and separator say nothing; prose lines are no rows."""
    text = _OWN.split("第二条", 1)[1]
    assert table_rows.prose("| 较大 | 核减投放配额的10% | 调整工作岗位 |", text) == \
        "等级较大的，对运营企业核减投放配额的10%，对区域负责人调整工作岗位"
    assert table_rows.prose("| 等级 | 对运营企业 | 对区域负责人 |", text) == ""
    assert table_rows.prose("|---|---|---|", text) == ""
    assert table_rows.prose("运营企业违反停放管理规定的，按照下表追究：", text) is None
