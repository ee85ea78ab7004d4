"""Readings added for round 9's right drafts that were flagged (branch r9alarmB), each tested both
ways in other wordings than the draft's: the right form passes, the wrong twin of the same
construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

AGREEMENT = "一般事故的处理依据哪个文件？"


@pytest.mark.parametrize("right,wrong", [
    # consistent.py: the claim inside 这与…是一致的 judged on its own
    ("这与第十一条把训诫、书面检查的程序交给《办法》是一致的。",
     "这与第十一条把训诫、书面检查的程序交给中办发[2009]25号文件是一致的。"),
    ("这和第十一条把免职的程序交给中办发[2009]25号文件相符。",
     "这和第十一条把免职的程序交给《办法》相符。"),
])
def test_agreement_frame(right, wrong):
    both_ways(AGREEMENT, right, wrong, unsupported=True)


def test_denied_agreement_is_no_frame():
    assert not verdict(AGREEMENT, "这与第十一条把训诫的程序交给《办法》是不一致的。").passed


@pytest.mark.parametrize("right,wrong", [
    # looked_at.py: 单看第N条，X is X said of that article
    ("单看第十六条，没有免职。", "单看第十三条，没有免职。"),
    ("只看第十六条的话，没有停职检查。", "只看第十六条的话，没有训诫。"),
    ("仅就第十四条而言，没有免职。", "仅就第十三条而言，没有免职。"),
])
def test_article_lead(right, wrong):
    both_ways("一般事故里会有人被免职吗？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # alias_defined.py: which article defines a short name
    ("《办法》这个简称是在第七条定义的。", "《办法》这个简称是在第十一条定义的。"),
    ("第七条给《深圳市行政过错责任追究办法》定了简称。", "第十六条给《深圳市行政过错责任追究办法》定了简称。"),
])
def test_where_a_short_name_is_defined(right, wrong):
    both_ways("训诫走什么程序？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # alias_defined.unglossed: 《简称》（即第N条所称的《全称》） in a claim
    ("训诫按《办法》——也就是第七条简称的《深圳市行政过错责任追究办法》——执行。",
     "训诫按《办法》——也就是第十一条简称的《深圳市行政过错责任追究办法》——执行。"),
    ("通报批评按《办法》（即《深圳市行政过错责任追究办法》）执行。",
     "通报批评按《办法》（即《深圳市行政决策责任追究办法》）执行。"),
    ("训诫不走中办发[2009]25号文件那套程序，而是按《办法》（即第七条所称的《深圳市行政过错责任追究办法》）执行。",
     "免职不走中办发[2009]25号文件那套程序，而是按《办法》（即第七条所称的《深圳市行政过错责任追究办法》）执行。"),
])
def test_glossed_short_name(right, wrong):
    both_ways("训诫走什么程序？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # claims.procedures: 不走 X 那套程序 denies that basis
    ("训诫不走中办发[2009]25号文件那套程序，而是按《办法》执行。",
     "训诫走中办发[2009]25号文件那套程序，而不是按《办法》执行。"),
    ("停职检查不走《办法》的程序，而是按中办发[2009]25号文件执行。",
     "停职检查不走中办发[2009]25号文件的程序，而是按《办法》执行。"),
])
def test_procedure_not_taken(right, wrong):
    both_ways("训诫走什么程序？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # attributed.py: 出处是第N条 held to what the sentences above rest on
    ("训诫按《办法》执行。出处是第十一条。", "训诫按《办法》执行。出处是第十二条。"),
    ("免职按中办发[2009]25号文件的程序执行。以上依据见第十一条。", "免职按中办发[2009]25号文件的程序执行。以上依据见第十条。"),
])
def test_source_of_what_came_before(right, wrong):
    both_ways("训诫走什么程序？", right, wrong, unsupported=True)


@pytest.mark.parametrize("question,right,wrong", [
    # verdicts.py: 否 is a no, judged as the claim it answers
    ("第十五条是不是要求必须进一步问责？",
     "否。条文写的是“可依照中办发[2009]25号文件进一步问责”，是可以，不是必须。",
     "是。条文写的是“可依照中办发[2009]25号文件进一步问责”，是必须，不是可以。"),
    ("第十三条是不是由区委区政府开现场会？",
     "否。条文写的是“市委、市政府应在24小时内召开现场会”。",
     "否。条文写的是“区委、区政府应在24小时内召开现场会”。"),
])
def test_no_and_the_wording(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # parts_count.py: 论文说分N个阶段
    ("论文说分两个阶段。", "论文说分三个阶段。"),
    ("论文里提到，分为两个阶段。", "论文里提到，分为四个阶段。"),
])
def test_paper_said_parts(right, wrong):
    both_ways("深圳行政问责制经历了哪些阶段？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right,wrong", [
    # unknown_asked.py: 可以 in an indirect question under 无法知道 is no permission claimed
    ("第十八条后面的情形清单在来源中缺失，所以无法从这里知道哪些情形可以不予问责。",
     "第十八条后面的情形清单在来源中缺失，规定有下列情形之一的，可以不予问责。"),
    ("第十八条的清单缺失，无法判断有没有情形可以不予问责。",
     "第十八条的清单缺失，但可以不予问责。"),
])
def test_question_under_cannot_tell(right, wrong):
    both_ways("第十八条说了什么？", right, wrong, unsupported=True)
