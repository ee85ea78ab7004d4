"""What is asked, read where the tenth regulation's near misses slipped through (bot/core/asked.py,
bot/core/pipeline.py, rules/checking/absence.py): each reading both ways, the question the passage
does not answer declined and its twin the passage answers kept. Written in other words than the
blind questions of 《沧溪市城市排水与防涝管理责任追究办法》: what is read is the construction."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from rules.checking.absence import _thing


def _addressed(question: str, texts: list[str], nowhere: set[str] = frozenset()) -> bool:
    return not unaddressed(asked_clauses(question, []), texts, frozenset(), nowhere)


@pytest.mark.parametrize("question, texts, addressed", [
    # 多 + an adjective asks a measure: a passage with no figure beside what it is of does not answer
    ("楼道里的灭火器箱要装多高才行？", ["物业服务企业应当在楼道内配备灭火器箱。"], False),
    ("楼道里的灭火器箱要装多高才行？", ["灭火器箱的安装高度不得低于1.2米，楼道内应当配备。"], True),
    ("河道水位涨到多深就要撤离群众？", ["水位上涨时，乡镇人民政府应当组织撤离。"], False),
    ("河道水位涨到多深就要撤离群众？", ["河道水位超过警戒线50厘米的，乡镇人民政府应当组织撤离群众。"], True),
    # 很多高校: 多 inside another word asks nothing, so nothing is missing either way
    ("很多高校都要交年报吗？", ["高校应当于每年3月报送年报。"], True),
    # the verb right before a time is the act it is the length of (挂多久), not the act that set the scene
    ("公示的名单要贴多长时间才能揭掉？", ["名单应当自确定之日起7日内公示。"], False),
    ("公示的名单要贴多长时间才能揭掉？", ["名单应当在公告栏张贴，张贴不少于7日。"], True),
    # a time unit named (几年) is answered in it or the next one, never by hours, nor by a calendar date
    ("这批消防栓几年换一次？", ["消防栓损坏的，应当在24小时内修复。"], False),
    ("这批消防栓几年换一次？", ["消防栓应当每年3月31日前完成检查。"], False),
    ("这批消防栓几年换一次？", ["消防栓应当每5年更换一次。"], True),
    ("检查结果几天内出来？", ["检查结果应当在48小时内告知。"], True),
    # a copula after an adverb (还有几天) is no act: the figure answers
    ("雨季一年还有几天？", ["雨季天数由112天降至35天。"], True),
    # 怎么 + an act: the act must be said where its object is, not in another passage
    ("施工许可证怎么申领？", ["对施工许可实施监督检查。", "困难家庭可以申领补贴，补贴按月发放。"], False),
    ("施工许可证怎么申领？", ["施工许可证由建设单位向区住建局申领，申领时提交图纸。"], True),
    # V + 哪里: the act whose place is asked must be said (用到哪里), the motion verbs leave it to the act
    ("罚没的款项最后用到哪儿去了？", ["罚没款项由财政部门统一收缴。"], False),
    ("罚没的款项最后用到哪儿去了？", ["罚没款项统一收缴，用于防汛设施建设。"], True),
    # 上缴 is an act, not a motion verb: where the money goes must be said of 上缴
    ("罚款最后上缴到哪里？", ["罚款由执法机关收取。"], False),
    ("罚款最后上缴到哪里？", ["罚款全部上缴国库。"], True),
    # 什么时候 asks a case as often as a time: the cases of 回避 answer it with no figure
    ("审核人员什么时候要回避？", ["审核人员有下列情形之一的，应当回避：（一）是当事人近亲属的。"], True),
])
def test_what_is_asked_must_be_said(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


def test_a_kind_no_document_names_is_missing():
    """打哪个电话 asks for a 电话: when the answering documents never name one, the passage on 举报
    does not answer it; where they do, the kind still only counts for the answer."""
    texts = ["市民可以通过来信、来访等途径举报。"]
    assert not _addressed("要举报物业，打哪个电话？", texts, nowhere={"电话"})
    assert _addressed("要举报物业，打哪个电话？", texts, nowhere=set())


def test_a_term_the_cut_hid_is_read_as_the_passage_writes_it():
    """jieba cuts 易涝点名单 as 易/涝/点名单: the question says the passage's 易涝点 and is answered by its
    date; a question whose words no passage has is still unanswered."""
    text = ["每年3月31日前组织完成易涝点排查，建立易涝点清单并向社会公布。"]
    assert _addressed("易涝点名单每年什么时候出来？", text)
    assert not _addressed("防汛点名单每年什么时候出来？", text)


@pytest.mark.parametrize("part, thing", [
    ("“点名单”。", "点名单"),           # the talk verb 点名 would leave 单: the quoted term as written
    ("“申诉”。", "申诉"),
    ("点名批评。", "批评"),              # unquoted, the reading is unchanged
])
def test_the_thing_of_an_absence(part, thing):
    assert _thing(part, True) == thing
