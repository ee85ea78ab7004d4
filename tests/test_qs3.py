"""What is asked, read where the thirteenth and fourteenth regulations' questions slipped through
(branch `qs3`; bot/core/asked.py, bot/core/about.py): each reading both ways, the question the
passage does not answer declined and its twin the passage answers kept. Written in other words
than the blind questions of 《澄溪市养老机构服务安全监管责任追究暂行办法》 and 《岚川市电动自行车集中
充电场所安全管理责任追究办法》: what is read is the construction."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from tests.test_qs2 import _Chunk, _Kb


def _addressed(question: str, texts: list[str]) -> bool:
    return not unaddressed(asked_clauses(question, []), texts)


@pytest.mark.parametrize("question, texts, addressed", [
    # a sum asked per one thing: a share of the whole (补助的30%) or a range of another matter is
    # not how much one thing gets
    ("运营补助一台设备能给多少钱？", ["情节较重的，扣减当年度运营补助的30%。"], False),
    ("每个摊位一个月的管理费是多少钱？", ["违反规定的，处2000元以上5000元以下罚款。"], False),
    # said per that thing, with 每 before its head or after a slash
    ("运营补助一台设备能给多少钱？", ["运营补助按照每台设备每年800元的标准发放。"], True),
    ("每个摊位一个月的管理费是多少钱？", ["摊位管理费为每个摊位每月300元。"], True),
    ("每个摊位一个月的管理费是多少钱？", ["摊位管理费为300元/位。"], True),
    # a period after 每 (每年) is no thing: a yearly sum answers as before
    ("每年的运营补助是多少钱？", ["运营补助为每年2万元。"], True),
])
def test_a_sum_asked_per_one_thing(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # 多久 + a modal + a verb with its result (拿到手, 批下来): how long until that act, which the
    # 受理/办结 figures of the same sentence group do not say
    ("奖励查实以后多久能拿到手？", ["投诉应当自收到之日起5个工作日内决定是否受理，并自受理之日起30日内办结。",
                              "查证属实的，给予举报人奖励。"], False),
    ("补偿款多久才能批下来？", ["补偿款的申请应当自受理之日起20日内审查完毕。"], False),
    ("奖励查实以后多久能拿到手？", ["奖励应当自查实之日起15日内拿到举报人手中。"], True),
    ("补偿款多久才能批下来？", ["补偿款应当自受理之日起20日内批准或者不予批准。"], True),
])
def test_a_time_asked_of_a_verb_with_its_result(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # one of two questions asks only words no passage has (上限): the other's answer (公布 of 电话)
    # is not an answer to both
    ("停车收费有没有封顶？要不要公布电话？", ["经营者应当在入口处公布投诉电话。"], False),
    # both halves said, or the second half said in part (加挂 of 泊位, beside 泊位): answered as before
    ("停车收费有没有封顶？要不要公布电话？", ["停车收费实行封顶。", "经营者应当在入口处公布投诉电话。"], True),
    ("泊位要扣多少？还能不能加挂泊位？", ["情节较重的，扣减泊位的20%。"], True),
])
def test_each_question_of_several_is_asked(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


_EARLIER = _Kb({"new": "丰河市餐饮油烟治理办法", "sz": "深圳市党政领导干部问责暂行规定"},
               [_Chunk("new", 30, "第三十条　本办法自2030年1月1日起施行。《丰河市餐饮油烟管理暂行规定》同时废止。")])


@pytest.mark.parametrize("question, article", [
    # the earlier one (以前, 原来的) named by its kind alone, as well as a held title: the repealed one
    ("以前那个暂行规定还有效吗？", 30),
    ("原来的暂行规定还能用吗？", 30),
    # no earlier one said: the held 暂行规定's front matter, as before
    ("那个暂行规定还有效吗？", None),
])
def test_an_earlier_document_is_the_repealed_one(question, article):
    from bot.core.about import repealed
    gone = repealed(_EARLIER, question)
    assert (gone[0].article if gone else None) == article, gone


def test_the_held_texts_date_asked_beside_the_earlier_ones_status():
    """"这个办法哪天施行？以前那个暂行规定还管用吗？": both from the one repealing article, the held
    text's date first."""
    from types import SimpleNamespace

    from bot.core.about import about_body
    book = SimpleNamespace(regulation=SimpleNamespace(document="sz"))
    body = about_body(_EARLIER, book, "这个办法哪天开始施行？以前那个暂行规定还有效吗？")
    assert "2030年1月1日" in body.lead and "废止" in body.statements[0].text, body
    body = about_body(_EARLIER, book, "以前那个暂行规定还有效吗？")
    assert "废止" in body.lead and not body.statements, body


@pytest.mark.parametrize("question, texts, addressed", [
    # the cases of a grade asked by its name: a sentence that only uses the name (对较轻等级的…) is
    # what the grade entails, not what makes it
    ("什么情况会被评为较轻？", ["对较轻等级的经营者，约谈其负责人。"], False),
    ("哪些情形算特别严重？", ["对特别严重等级的经营者，吊销其许可证。"], False),
    # the sentence that assigns it (…的，为较轻; 属于特别严重情形) answers
    ("什么情况会被评为较轻？", ["未造成损失的，为较轻；造成损失的，为严重。"], True),
    ("哪些情形算特别严重？", ["造成三人以上死亡的，属于特别严重情形。"], True),
])
def test_a_grade_asked_by_its_name(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("clause, grade", [
    ("啥情况会被定成较轻", "较轻"),
    ("怎样才算一般违规", "一般违规"),
    # no question word before the verb: a grade given, not its cases asked
    ("被定成较轻会怎样", None),
    ("补贴会被定成多少", None),
])
def test_the_grade_asked_is_read(clause, grade):
    from bot.core.asked import _graded
    assert _graded(clause) == grade


@pytest.mark.parametrize("question, texts, addressed", [
    # a yes/no act said in one-character verbs (借看; 扣…分): the object said alone (记录, 驾驶证) is
    # not the act asked of it
    ("车主能不能借看停车记录？", ["停车记录保存不少于90日。"], False),
    ("交警能当场扣司机分吗？", ["驾驶人应当随身携带驾驶证。"], False),
    # the act said: answered
    ("车主能不能借看停车记录？", ["车主可以借看停车记录。"], True),
    ("交警能当场扣司机分吗？", ["司机交通违法的，交警可以当场扣分。"], True),
])
def test_an_act_in_one_character_verbs(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


def test_a_contracted_word_is_no_hollow_question():
    """"还不让收新老人吗": 老人 is the text's 老年人 said short; the question is answered as a whole."""
    assert _addressed("停业整顿要多久？还不让收新老人吗？",
                      ["停业整顿3个月，暂停接收新入住老年人。"])


@pytest.mark.parametrize("question, texts, addressed", [
    # the thing asked as one body's (市场监管局的处理决定), given by the text as another's (区商务部门的):
    # what the text says of it is not of the body asked about
    ("对市场监管局的处理决定不服该找哪个部门？", ["对区商务部门的处理决定不服的，可以向市场监管局申请复查。"], False),
    # the body the text gives it to: answered
    ("对区商务部门的处理决定不服该找哪个部门？", ["对区商务部门的处理决定不服的，可以向市场监管局申请复查。"], True),
    # said after the body asked about: its own
    ("对市场监管局的处理决定不服该找哪个部门？", ["对区商务部门的处理决定不服的，可以申请复核；市场监管局作出的处理决定，可以申请行政复议。"], True),
])
def test_a_thing_asked_as_one_bodys(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


def test_an_act_in_one_character_verbs_with_a_scene_word_as_its_object():
    """罚养老院款: 养老 is the knowledge base's scene, the act (罚款) still the asker's."""
    clauses = asked_clauses("能当场罚养老院款吗？", ["养老"])
    assert unaddressed(clauses, ["养老机构主动发现问题的，可以从轻追究。"])


def test_a_grade_defined_is_assigned():
    """"哪些事故属于重大事故": a definition (所称重大事故，是指…) says its cases as an assignment does."""
    assert _addressed("哪些事故属于重大事故？", ["本办法所称重大事故，是指造成三人以上死亡的事故。"])
    assert not _addressed("哪些事故属于重大事故？", ["发生重大事故的，应当在1小时内报告。"])
