"""The readings added for the right drafts flagged on the sixth blind regulation
(《青岚县中小学校园安全责任追究办法》, tests/data/qinglan-county-school-2034.md), each tested both
ways: the right sentence passes, its wrong twin of the same construction is flagged. The sentences
are written here, not taken from the blind drafts.
"""
from __future__ import annotations


from rules.checking import marking, reference_phrases
from tests.rules import checking

SCHOOL = checking.ingested("qinglan-county-school-2034")

school = checking.on("qinglan-county-school-2034")
lanjiang = checking.on("lanjiang-housing-2034")


# a marker's full-marks remark is true exactly when the answer beside it is (marking.py)
def test_full_marks_follow_the_answer_they_mark() -> None:
    school("申诉委员会总共几个人？",
           "评分：满分。要点——申诉委员会总人数为七人至九人，其中专家不少于三人。",
           "评分：满分。要点——申诉委员会总人数为五人至七人，其中专家不少于三人。")
    lanjiang("审核人员泄露申请人个人信息的，要追究什么责任？",
             "【批改】第十一条规定，审核人员泄露申请人个人信息的，应当追究审核责任。——答案正确，给满分。",
             "【批改】第十一条规定，审核人员泄露申请人个人信息的，可以不追究审核责任。——答案正确，给满分。")


def test_a_remark_alone_marks_nothing() -> None:
    r = checking.verdict("复核期间处理决定还执行吗？", "评分：满分。", SCHOOL)
    assert not r.passed
    assert marking.full_marks("——答案正确，给满分。") and marking.full_marks("评分：满分。")
    assert not marking.full_marks("评分：6分。") and not marking.full_marks("答案错误，不给分。")


# "第八条规定的部门" is a noun phrase: the articles that use it are read beside 第八条 (reference_phrases.py)
def test_reference_phrase_reads_the_articles_that_use_it() -> None:
    named = [SCHOOL.article(8, "qinglan-campus-safety-accountability-2034")]
    got = reference_phrases.holders("第八条规定的部门及其工作人员被追究责任的，处理决定由县人民政府作出。",
                                    named, SCHOOL, "qinglan-campus-safety-accountability-2034")
    assert {p.article for p in got} == {10, 18}
    assert reference_phrases.holders("第八条要求三个工作日内通报。", named, SCHOOL,
                                     "qinglan-campus-safety-accountability-2034") == []


# a situation said to be a numbered item, with its lead's consequence (item_membership.py)
def test_membership_in_an_item_with_its_leads_consequence() -> None:
    q = "学校伪造隐患整改台账会怎样？"
    school(q, "伪造隐患整改台账属于第九条第（六）项，要追究责任。",
           "伪造隐患整改台账属于第九条第（六）项，要追究领导责任。")
    school(q, "伪造隐患整改台账属于第九条第（六）项，要追究责任。",
           "伪造隐患整改台账属于第九条第（三）项，要追究责任。")
    school("学校一学期只搞一次消防演练行不行？", "演练次数不足属于第九条第（四）项，要追究责任。",
           "演练次数不足属于第九条第（四）项，要追究刑事责任。")


# 第一 in 第一款 is a paragraph's number, not the ranking 第一 (reference_numbers.py)
def test_first_paragraph_is_no_ranking() -> None:
    school("学校要买多少保额的校方责任保险？",
           "第六条第一款第（五）项要求学校按每名学生不低于三十万元的保险金额购买校方责任保险。",
           "第六条第一款第（五）项要求学校按每名学生不低于二十万元的保险金额购买校方责任保险。")
    lanjiang("复审多长时间完成？",
             "第六条第一款第（二）项规定，区（县）住房保障部门负责复审，复审应当自收到初审材料之日起十五个工作日内完成。",
             "第六条第一款第（二）项规定，区（县）住房保障部门负责复审，复审应当自收到初审材料之日起二十个工作日内完成。")


def test_a_lead_never_supports_a_sentence_outside_the_list() -> None:
    # without 属于第N条第（k）项 the item is read alone: the lead's consequence is no support
    from rules.checking import item_membership
    assert item_membership.read("伪造台账，要追究责任。", "（六）伪造、涂改隐患整改台账的；", "应当追究责任") == \
        ("伪造台账，要追究责任。", "（六）伪造、涂改隐患整改台账的；")
