"""What a question asks, read so a passage that answers it is not declined and one that does not is
(branch `qs12`; bot/core/asked.py, bot/core/leading.py): each reading both ways, in other words than
the blind questions of 《砚川市地质灾害防治责任追究办法》, over made-up passages.

- how often an act is done by someone the asker has do it (请懂行的人来查一次): the verb, said with
  a rate, of that doer (每季度组织专业人员检查);
- a modal 得 before a one-character act (得交给谁): the act, however the cut tags it;
- a list head's times said of its items (按照下列时限报告：（一）…2小时内): the item's figure is
  the head's act's, beside the head's words;
- people counted by any of their measure words (几个人: 三名);
- a time figure the asker gives (24小时值班) is no word asked;
- the place on a person after 谁 (追到谁头上) is that person;
- a manner adverb with the asker's own verb no passage has (从轻发落) is said by the adverb."""
from __future__ import annotations

import pytest

from bot.core.asked import acts, asked_clauses, unaddressed


def _addressed(question: str, texts: list[str], scene: list[str] = ()) -> bool:
    return not unaddressed(asked_clauses(question, list(scene)), texts)


RATE = "（三）雨季内，对重点路段每季度组织专业检测人员检查不少于一次；"


@pytest.mark.parametrize("question, texts, answered", [
    # the verb is one of looking, the doer's words are in the sentence with its rate
    ("雨季重点路段多久要请专业的人来查一次", [RATE], True),
    # 复核 is a verb of looking too
    ("仓库多久要请专业的人来看一次", ["仓库每月组织专业技术人员复核不少于一次。"], True),
    # a doer the sentence does not name: no answer about that doer
    ("雨季重点路段多久要请律师来查一次", [RATE], False),
    # an act the sentence does not say (拍照) of the same doer
    ("雨季重点路段多久要请专业的人来拍照一次", [RATE], False),
])
def test_how_often_someone_is_had_to_do_it(question, texts, answered):
    assert _addressed(question, texts) is answered


def test_a_modal_de_before_its_act():
    """得 after no verb is the modal: the one-character word after it is the act (报, which the cut
    reads as a noun), while the particle of a complement (写得好) leaves the word after it alone."""
    assert "报" in acts("两天内得报给县政府")
    assert "好" not in acts("材料写得好")


HEAD = ("第九条　县人民政府接到事故报告后，应当按照下列时限向市人民政府报告：\n（一）重大事故，2小时内；\n"
        "（二）一般事故，6小时内。\n发生重大事故的，市应急部门应当在十二小时内派员到场。")


@pytest.mark.parametrize("question, answered", [
    ("县里接到事故报告，几个小时内得报给市政府", True),
    # a body the lead does not name: its items' hours are not that body's
    ("县里接到事故报告，几个小时内得报给省交通厅", False),
    # a unit far from hours: no item gives it
    ("县里接到事故报告，几年内得报给市政府", False),
])
def test_a_list_heads_times_are_its_items(question, answered):
    assert _addressed(question, [HEAD], ["市政府"]) is answered


def test_a_list_not_of_times_lends_no_words():
    """A lead that lists duties, not times, does not make its items' figures its words'."""
    duties = "第五条　镇人民政府应当履行下列职责：\n（一）每年培训不少于一次；\n（二）台账保存不少于三年。"
    assert not _addressed("几个小时内得报给市政府", [duties], ["市政府"])


@pytest.mark.parametrize("question, texts, answered", [
    ("检测报告要几个人签字", ["检测报告应当由三名以上具有相应职称的人员签字。"], True),
    ("检测报告要几个人签字", ["检测报告应当由检测单位盖章。"], False),
])
def test_people_counted_by_their_measure_words(question, texts, answered):
    assert _addressed(question, texts) is answered


@pytest.mark.parametrize("question, texts, answered", [
    # 值班 is what is asked; the 小时 of 24小时 is the asker's figure, not a word the passage shares
    ("雨季镇里要不要安排24小时值班", ["镇人民政府应当在接到报告后2小时内报告。"], False),
    ("雨季镇里要不要安排24小时值班", ["雨季期间，镇人民政府应当实行24小时值班制度。"], True),
])
def test_a_figure_given_is_no_word_asked(question, texts, answered):
    assert _addressed(question, texts) is answered


def test_the_place_on_a_person_is_the_person():
    """追到谁头上 asks who: 头上 is no word a passage must have."""
    words = [w for c in asked_clauses("镇里没按时培训，会追到谁头上", []) for w in c.words]
    assert "头上" not in words


@pytest.mark.parametrize("question, texts, answered", [
    ("有什么情况能从轻发落", ["有下列情形之一的，可以从轻追究责任："], True),
    # an adverb before a word of the texts (处罚), not a set phrase: 从轻 of 追究 is not of 处罚
    ("有什么情况能从轻处罚", ["有下列情形之一的，可以从轻追究责任："], False),
    # nor is another adverb's (从重) said by the asker's verb
    ("有什么情况能从轻发落", ["有下列情形之一的，应当从重追究责任："], False),
])
def test_a_manner_with_the_askers_own_verb(question, texts, answered):
    assert _addressed(question, texts) is answered


# -- an excuse asked of a case the asker sets: one reading with qs11's (bot/core/exemption.py) --

from bot.core.exemption import asks_exemption, nearest_exemption  # noqa: E402

DUTY = "第八条　镇人民政府应当组织人员对桥梁开展巡查，每月不少于一次。"
CASE = "第十七条　镇人民政府未按照规定巡查的，应当追究其负责人的责任。"
EXCUSE = "第二十六条　有下列情形之一的，不予追究责任：\n（一）因不可抗拒的自然因素造成损失，有关人员已经依照规定履行巡查职责的；"


@pytest.mark.parametrize("question, asks", [
    # the duties were done: whether the act still follows is the excusing article's to say
    ("洪水太大挡不住，该巡查的都巡查了，还会被追责吗？", True),
    # the duty named and said done, without 还 (the lead merged qs11's and qs12's readings: a duty
    # done is a ground that could spare, asked with or without "still")
    ("该巡查的都巡查了，会被追责吗？", True),
    # a failure the asker sets is what the act follows: no excuse is asked
    ("没有按规定巡查，还会被追责吗？", False),
    ("未按时上报，还会被追责吗？", False),
])
def test_an_excuse_asked_of_the_case_given(question, asks):
    assert asks_exemption(question) is asks
    if asks:
        assert nearest_exemption(question, [DUTY, CASE, EXCUSE]) == 2
