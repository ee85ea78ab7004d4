"""A citizen's question about complaining, in plain chat, is answered from the complaint path
(rules/data/complaint.yaml): the step that answers it quoted first under the paper's section
label, the caveat said once, and the whole passing the checker with no fallback."""
from __future__ import annotations

import pytest

from bot.core.assistant import Assistant
from bot.core.complaint import CAVEAT, is_complaint
from bot.settings import Settings

PAPER = "《深圳市实施行政问责制的实践与思考》"


@pytest.fixture
def pipeline(snapshot, tmp_path) -> Assistant:
    return Assistant(Settings(data_dir=tmp_path), snapshot)


QUESTIONS = [
    ("市民对区政府部门不满意可以去哪里投诉", "k-where"),
    ("投诉政府部门不作为找谁", "k-where"),
    ("想投诉某个局，投诉电话在哪里查", "k-where"),
    ("怎么投诉办事拖拉的部门", "k-where"),
    ("对街道办的服务不满意，向谁反映", "k-where"),
    ("去哪里举报政府部门乱作为", "k-where"),
    ("有没有网上投诉的网址", "k-where"),
    ("我要投诉，打什么电话", "k-where"),
    ("不满意区里某个局的办事效率，去哪儿告", "k-where"),
    ("部门不受理我的投诉怎么办", "k-supervision"),
    ("投诉了没人管，还能找谁", "k-supervision"),
    ("能不能直接向监察局投诉", "k-supervision"),
    ("投诉到上级部门可以吗", "k-supervision"),
    ("投诉以后多久会有结果", "k-review"),
    ("投诉后多长时间给答复", "k-review"),
    ("投诉有没有处理时限", "k-review"),
    ("投诉了会道歉吗", "k-apology"),
    ("部门办错了事，投诉后会给我赔礼道歉吗", "k-apology"),
    ("我投诉了，政府会不会给个说法", "k-apology"),
    ("投诉以后部门领导会被怎么处理", "k-head"),
    ("投诉成功的话，负责人会被免职吗", "k-head"),
    ("我投诉的那个部门一把手会受处分吗", "k-head"),
    ("市民投诉政府部门后会怎么处理？", "k-head"),
    ("投诉部门工作人员依据什么规定追究", "k-fault-rules"),
    ("举报公务员的过错有哪些情形会被追究", "k-fault-rules"),
    ("办执照被违规卡住，可以举报吗", "k-permit"),
    ("投诉审批部门违法审批", "k-permit"),
    ("行政复议撤销了部门的决定以后，我还能投诉吗", "k-litigation"),
    ("打官司赢了，能不能举报那个部门", "k-litigation"),
    ("谁来监督", "k-joint"),
    ("投诉以后谁监督部门整改", "k-joint"),
    ("政府部门的监督机构有哪些", "k-joint"),
    ("投诉的部门涉嫌违法违规，会移送吗", "k-transfer"),
    ("投诉处理情况有没有人汇总跟踪", "k-quarterly"),
]


@pytest.mark.parametrize("q, step", QUESTIONS)
def test_a_citizens_complaint_question_is_answered_from_the_step_that_answers_it(pipeline, book, q, step):
    st = next(s for s in book.complaint.steps if s.id == step)
    a = pipeline.answer(q)
    assert a.check.passed and not a.rejected and a.source == "passages", (a.check.problems, a.rejected)
    first = a.citations[0]
    assert first.label == f"{PAPER}{st.source.section}" and first.text.splitlines()[0] == st.source.span, a.text
    assert a.text.count(CAVEAT) == 1
    assert all(c.label.startswith(PAPER) and c.text for c in a.citations)


def test_there_are_enough_citizen_questions():
    assert len(QUESTIONS) >= 30


@pytest.mark.parametrize("q", ["较大事故街道主任要公开道歉吗", "要不要向老百姓道歉", "政府怎么接受人大监督，建议提案办了多少件",
                               "问责方式有哪些", "第十四条", "区长被投诉了会被免职吗，发生了重大事故"])
def test_questions_for_the_rules_or_the_passages_are_not_taken_for_complaints(q):
    assert not is_complaint(q)
