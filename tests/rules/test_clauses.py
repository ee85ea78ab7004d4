"""A sentence's parts held to the one clause of its article it restates (branch `clauses`,
rules/checking/one_clause.py), each reading tested both ways in sentences of our own: the true
sentence passes, the near one (same construction, one part taken from elsewhere) is flagged; each
flagged twin but 加重 (which the support test flags too, held here on the reading itself) passed
before this reading (checked by switching it off).

- a list (A、B、C或者D) is a sub-list of the clause it restates: a member another clause of the
  article says (责令辞职 beside 第十七条第三款's list), or one the article does not have at all, fails;
- the object of a word the clause shares (召开X, 成立…X) is the clause's: another kind of the same
  head (听证会 for 现场会, 督导组 for 核查组) fails;
- a consequence joined after one item's condition is that item's, not the next item's."""
from __future__ import annotations

import pytest

from rules.checking import one_clause as OC
from tests.rules.checking import SOURCES, both_ways, ingested, on, verdict

TINGXI = on("tingxi-equipment-2035")
QINGXI = on("qingxi-water-2031")

_NO_EVENT = "第十七条第三款：有第十一条至第十三条规定情形但没有导致特种设备事故的，视情节给予"


def test_a_list_member_from_another_item_of_the_article():
    # 责令辞职 is item (三)'s measure; the third paragraph's list ends at 诫勉
    TINGXI("没出事故的怎么处理？",
           _NO_EVENT + "批评教育、书面检查、通报批评或者诫勉。",
           _NO_EVENT + "批评教育、书面检查、通报批评或者责令辞职。")


def test_a_list_member_from_another_item_said_in_the_middle():
    TINGXI("没出事故的怎么处理？",
           _NO_EVENT + "批评教育、责令书面检查、通报批评或者诫勉。",
           _NO_EVENT + "批评教育、通报批评、诫勉或者降职。")


def test_a_list_member_the_article_does_not_have():
    TINGXI("没出事故的怎么处理？",
           _NO_EVENT + "批评教育、责令书面检查、通报批评或者诫勉。",
           _NO_EVENT + "批评教育、责令书面检查、通报批评、警告或者诫勉。")


def test_a_list_sharing_its_noun_with_one_member_more():
    # (the support test flags this twin too; the reading is held here on its own)
    both_ways("从重从轻怎么定？",
              "第十七条规定，对党政领导干部问责的从重、从轻情节按照中办发[2009]25号第八条、第九条执行。",
              "第十七条规定，对党政领导干部问责的从重、从轻、加重情节按照中办发[2009]25号第八条、第九条执行。",
              unsupported=True)
    text = [(17, SOURCES.article(17, "sz-accountability-2009").text)]
    assert OC.problems("对党政领导干部问责的从重、从轻情节按照中办发[2009]25号第八条、第九条执行。", text) == []
    got = OC.problems("对党政领导干部问责的从重、从轻、加重情节按照中办发[2009]25号第八条、第九条执行。", text)
    assert got and "加重" in got[0]


def test_a_list_summing_up_several_items_is_no_one_clause_list():
    # no clause's words around it: the list gathers the article's measures, item by item
    ok = verdict("有哪些方式？", "第十七条规定的追究方式有批评教育、通报批评、诫勉、调离岗位和降职等。",
                 ingested("tingxi-equipment-2035"))
    assert ok.passed, ok.problems


def test_the_object_of_a_shared_verb():
    both_ways("较大事故谁开会？",
              "按照第十四条，发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）要在24小时内召开现场会。",
              "按照第十四条，发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）要在24小时内召开听证会。",
              unsupported=True)


def test_the_object_of_a_shared_verb_on_an_ingested_text():
    QINGXI("谁来核查？",
           "第三条规定，发生河道污染事故后，县水务局应当立即成立由县纪委监委和县水务局组成的事故核查组。",
           "第三条规定，发生河道污染事故后，县水务局应当立即成立由县纪委监委和县水务局组成的事故督导组。")


def test_a_consequence_joined_after_one_item_is_that_items():
    TINGXI("受到通报批评有什么影响？",
           "根据第二十六条，受到通报批评的，当年年度考核不得确定为优秀等次。",
           "根据第二十六条，受到通报批评的，当年年度考核不得确定为优秀等次，并且自决定作出之日起一年内不得提拔。")


@pytest.mark.parametrize("sentence", [
    # a shortened member (书面检查) and the noun a list shares are the clause's own
    "有本办法第十一条至第十三条规定情形但未导致特种设备事故的，视情节给予批评教育、书面检查、通报批评或者诫勉。",
    # an object with words added keeps the clause's own term (紧急现场会 holds 现场会)
    "发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）应在24小时内召开紧急现场会。",
    # another verb before the same object is a wording (要写书面检查 for 责令作出书面检查)
    "发生一般公共安全责任事故，造成较大损失或者不良影响的，街道党政领导分管副职要写书面检查。",
])
def test_wordings_of_the_clause_are_left_alone(sentence):
    texts = {n: p.text for n in (10, 14, 15, 16) if (p := SOURCES.article(n, "sz-accountability-2009"))}
    tingxi = ingested("tingxi-equipment-2035")
    doc = next(d for d in tingxi.documents if "汀溪" in tingxi.documents[d].title)
    texts[17] = tingxi.article(17, doc).text
    assert OC.problems(sentence, list(texts.items())) == []


def test_the_reading_names_what_was_taken():
    tingxi = ingested("tingxi-equipment-2035")
    doc = next(d for d in tingxi.documents if "汀溪" in tingxi.documents[d].title)
    got = OC.problems(_NO_EVENT + "批评教育、通报批评、诫勉或者降职。", [(17, tingxi.article(17, doc).text)])
    assert got and "降职" in got[0]


WUCHUAN = on("wuchuan-gas-2035")
QINGFENG = on("qingfeng-statistics-2034")


def test_a_consequence_said_the_other_way_round_after_its_condition():
    # 第二十条第二款: 因不可抗力…的，不予追究责任 (第三款's 应当追究 is another condition's)
    WUCHUAN("地震造成的燃气事故要追责吗？",
            "第二十条第二款规定，因不可抗力导致燃气事故发生的，不予追究责任。",
            "第二十条第二款规定，因不可抗力导致燃气事故发生的，应当追究责任。")
    WUCHUAN("地震造成的燃气事故要追责吗？",
            "按第二十条第二款，因不可抗力导致燃气事故发生的，不会被追究责任。",
            "按第二十条第二款，因不可抗力导致燃气事故发生的，要从重追究责任。")
    text = [(20, ingested("wuchuan-gas-2035").article(20, "wuchuan-gas-accountability-2035").text)]
    assert OC.problems("因不可抗力导致燃气事故发生的，应当从重追究。", text)
    assert OC.problems("因不可抗力导致燃气事故发生的，不予追究责任。", text) == []


def test_only_the_part_right_after_the_condition_is_its_consequence():
    # "…的，不承担责任，主要领导责任由…承担": the second part speaks of another subject
    ok = verdict("领导让我改数据，我书面反对了，还要担责吗？",
                 "统计人员接到这种要求后书面提出异议并留存记录的，不承担责任，主要领导责任由提出要求的领导干部承担。",
                 ingested("qingfeng-statistics-2034"))
    assert ok.passed, ok.problems


def test_a_leads_consequence_is_each_item_s():
    # 有下列情形之一的，可以免予追究：（二）执行上级书面决定… — the lead's consequence is the item's too
    ok = verdict("按上级书面决定办事出了问题，能不能不追究？",
                 "执行上级书面决定，并已书面提出不同意见的，可以免予追究，但是该决定明显违法的除外。",
                 ingested("wuchuan-gas-2035"))
    assert ok.passed, ok.problems
