"""Round 10's right drafts flagged (branch r10alarmA): each reading both ways, the right form in
other wordings passes and a wrong twin of the same construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

PROCEDURE_Q = "问责的程序依据是怎么划分的？"


@pytest.mark.parametrize("right, wrong", [
    ("训诫、通报批评的程序按照《办法》执行。出处：第十一条；", "训诫、通报批评的程序按照《办法》执行。出处：第十二条；"),
    ("免职、停职检查的程序按照中办发[2009]25号文件执行。依据：第十一条。",
     "免职、停职检查的程序按照中办发[2009]25号文件执行。依据：第十三条。"),
])
def test_a_source_after_a_colon(right: str, wrong: str) -> None:
    """出处：第N条 names the article the sentences above rest on (attributed.py)."""
    both_ways(PROCEDURE_Q, right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    # a clause about another article: its measures are what that article groups
    ("第十条第二款确实允许责令公开道歉单独适用，但第十一条把责令公开道歉和停职检查、免职放在一起，程序按中办发[2009]25号文件执行。",
     "第十条第二款确实允许免职单独适用，但第十一条把责令公开道歉和停职检查、免职放在一起，程序按中办发[2009]25号文件执行。"),
    ("第十条第二款规定训诫可以和其他问责方式合并适用，免职就是第十条第一款列出的问责方式之一。",
     "第十条第二款规定免职可以和其他问责方式合并适用，训诫就是第十条第一款列出的问责方式之一。"),
    # the clause about the other paragraph is still held to that paragraph
    ("第十条第二款规定通报批评可以和其他问责方式合并适用，调离现工作岗位就是第十条第一款列出的问责方式之一。",
     "第十条第二款规定训诫可以和其他问责方式合并适用，免职就是第十条第二款列出的问责方式之一。"),
])
def test_combining_read_per_clause(right: str, wrong: str) -> None:
    both_ways("这两种能同时给吗？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("可以，通报批评和调离现工作岗位可以一并适用。", "可以，停职检查和免职可以一并适用。"),
    ("可以，训诫和免职可以同时适用。", "可以，引咎辞职和免职可以同时适用。"),
    ("调离现工作岗位可以和责令公开道歉一并适用。", "调离现工作岗位可以和引咎辞职一并适用。"),
])
def test_a_pair_said_to_go_together(right: str, wrong: str) -> None:
    """Two measures applied together: one of them must be on 第十条第二款's list."""
    both_ways("这两种能同时给吗？", right, wrong, unsupported=True)


def test_a_list_said_combinable_stays_distributive() -> None:
    """"A、B可以合并适用" (each combinable) is not the pair reading: 调离 is not on the list."""
    assert not verdict("能合并吗？", "训诫、调离现工作岗位可以合并适用。").passed
    assert not verdict("能合并吗？", "通报批评和调离现工作岗位都可以单独适用，也可以合并适用。").passed


@pytest.mark.parametrize("right, wrong", [
    ("引咎辞职列在造成重大损失或者恶劣影响时给予的处理里，和责令公开道歉、停职检查、责令辞职、免职同档。",
     "训诫列在造成重大损失或者恶劣影响时给予的处理里，和责令公开道歉、停职检查、责令辞职、免职同档。"),
    ("停职检查和责令公开道歉、引咎辞职、责令辞职、免职同档。", "停职检查和责令公开道歉、引咎辞职、责令辞职、降级同档。"),
])
def test_a_list_of_measures_ends_at_its_last_measure(right: str, wrong: str) -> None:
    both_ways("引咎辞职在第十条哪一档？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("未造成重大损失或者恶劣影响（4种）：训诫、责令作出书面检查、通报批评、调离现工作岗位。",
     "未造成重大损失或者恶劣影响（5种）：训诫、责令作出书面检查、通报批评、调离现工作岗位。"),
    ("造成重大损失或者恶劣影响的有5种：责令公开道歉、停职检查、引咎辞职、责令辞职、免职。",
     "造成重大损失或者恶劣影响的有4种：责令公开道歉、停职检查、引咎辞职、责令辞职。"),
])
def test_a_count_in_digits_counts_its_list(right: str, wrong: str) -> None:
    both_ways("第十条一共有几种问责方式？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("第十五条没有提到第十六条。所以从条文本身看，第十五条并不涉及一般事故。",
     "第十五条没有提到第十六条。所以从条文本身看，第十五条并不涉及进一步问责。"),
    ("因此就文字本身而言，第十六条没有提到现场会。", "因此就文字本身而言，第十六条没有提到训诫。"),
])
def test_a_viewpoint_lead_beside_an_absence(right: str, wrong: str) -> None:
    both_ways("第十五条对第十六条的一般事故适用吗？", right, wrong, unsupported=True)


def test_a_viewpoint_that_names_an_article_is_still_held() -> None:
    assert not verdict("第十六条写了什么？", "因此从第十四条来看，第十六条没有提到现场会。").passed


@pytest.mark.parametrize("right, wrong", [
    ("一般公共安全责任事故并不是一律问责，条件是造成了较大损失或者不良影响。",
     "一般公共安全责任事故一律问责，不论是否造成较大损失或者不良影响。"),
    ("一般公共安全责任事故并非都要问责，前提是造成较大损失或者不良影响。",
     "一般公共安全责任事故并非都要问责，前提是造成重大损失或者恶劣影响。"),
])
def test_a_universal_denied_keeps_the_condition(right: str, wrong: str) -> None:
    both_ways("一般事故要处理哪些人？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("发生一般事故，造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）依照《办法》处理两类人："
     "对区有关职能部门领导分管副职训诫，对街道党政领导分管副职责令作出书面检查。",
     "发生一般事故，造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）依照《办法》处理两类人："
     "对区有关职能部门领导分管副职通报批评，对街道党政领导分管副职责令作出书面检查。"),
])
def test_a_count_of_officials_is_no_count_of_measures(right: str, wrong: str) -> None:
    both_ways("一般事故要处理哪些人？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("| 对象 | 特别重大事故 |\n|---|---|\n| 区党政领导分管副职 | 免职 |\n| 有关党政领导正职 | 责令公开道歉 |",
     "| 对象 | 特别重大事故 |\n|---|---|\n| 区党政领导分管副职 | 停职检查 |\n| 有关党政领导正职 | 责令公开道歉 |"),
    ("| 对象 | 较大事故 |\n|---|---|\n| 街道党政领导正职 | 责令公开道歉 |",
     "| 对象 | 较大事故 |\n|---|---|\n| 街道党政领导正职 | 免职 |"),
])
def test_a_table_row_of_a_role(right: str, wrong: str) -> None:
    both_ways("事故后怎么处理？", right, wrong, unsupported=True)


def test_a_scope_said_with_the_same_lead_is_still_held() -> None:
    assert not verdict("适用于谁？", "问责对象为市委、市政府领导。").passed
    assert not verdict("适用于谁？", "| 问责对象 | 备注 |\n|---|---|\n| 市委、市政府领导 | 适用 |").passed


@pytest.mark.parametrize("right, wrong", [
    ("时限一样，区别在召开主体的层级。", "时限不同，区别在召开主体的层级。"),
    ("两种情况召开的机关不同，时间要求相同。", "召开主体一样，时限也一样。"),
    ("召开者不同，期限一致。", "区别在时限。"),
])
def test_the_convening_rows_compared(right: str, wrong: str) -> None:
    both_ways("各类事故的现场会分别由谁召开、多长时间内召开？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("再看是否造成了重大损失或者恶劣影响，造成的适用较重一档（如停职检查、免职），没有造成的适用较轻一档（如训诫、通报批评）。",
     "再看是否造成了重大损失或者恶劣影响，造成的适用较重一档（如停职检查、训诫），没有造成的适用较轻一档（如训诫、通报批评）。"),
    ("要看有没有造成重大损失或者恶劣影响：造成的，给予免职等处理；没有造成的，给予通报批评等处理。",
     "要看有没有造成重大损失或者恶劣影响：造成的，给予免职等处理；没有造成的，给予停职检查等处理。"),
    ("第十条看是否造成重大损失或者恶劣影响：造成了的，给予停职检查等处理；未造成的，给予训诫等处理。",
     "第十条看是否造成重大损失或者恶劣影响：造成了的，给予停职检查等处理；未造成的，给予免职等处理。"),
])
def test_a_consequence_said_once_and_left_out(right: str, wrong: str) -> None:
    both_ways("第十条的适用条件是什么？", right, wrong, unsupported=True)


def test_a_clause_that_carries_combining_over_is_still_judged() -> None:
    """"…，第十一条列的免职也一样" says 免职 may be combined too: it is no clause about 第十一条 alone."""
    assert not verdict("能合并吗？", "第十条第二款规定训诫可以合并适用，第十一条列的免职也一样。").passed


@pytest.mark.parametrize("question, right, wrong", [
    ("特别重大和重大事故的初步问责有什么区别？",
     "可以看出，只有有关党政领导正职和街道分管副职两档处理相同，其余三类人在重大事故中从免职降为停职检查。",
     "可以看出，只有有关党政领导正职两档处理相同，其余四类人在重大事故中从免职降为停职检查。"),
    ("特别重大和重大事故的初步问责有什么区别？",
     "可以看出，只有有关党政领导正职和街道分管副职两档处理相同，其余三类人在重大事故中从免职降为停职检查。",
     "可以看出，只有有关党政领导正职和街道分管副职两档处理相同，其余四类人在重大事故中从免职降为停职检查。"),
    ("特别重大和重大事故的初步问责有什么区别？",
     "有关党政领导正职的处理不变，区党政领导分管副职从免职变为停职检查。",
     "有关党政领导正职的处理不变，街道党政领导分管副职从免职变为停职检查。"),
    ("重大和特别重大事故有什么不同？",
     "区有关职能部门领导分管副职在特别重大事故中从停职检查变为免职。",
     "区有关职能部门领导分管副职在特别重大事故中从免职变为停职检查。"),
    ("较大事故和重大事故有什么不同？",
     "街道党政领导正职在重大事故中从责令公开道歉变为停职检查。",
     "街道党政领导正职在重大事故中从责令公开道歉变为免职。"),
])
def test_two_severities_compared_role_by_role(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)
