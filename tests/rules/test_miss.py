"""The readings added for wrong drafts that passed (branch miss), each tested both ways: the right
sentence passes, its wrong twin of the same construction is flagged. The sentences are written
here, on the Shenzhen texts and on the fictional regulations of tests/data, not taken from the
drafts that showed the holes.
"""
from __future__ import annotations

from tests.rules import checking
from tests.rules.checking import both_ways
from rules.checking import quoted_term

food = checking.on("chengchuan-food-2034")
housing = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")
stats = checking.on("qingfeng-statistics-2034")
water = checking.on("qingxi-water-2031")


# a short quoted name the sources lack, where they have one of the same shape (quoted_term.py)

def test_a_quoted_name_is_the_sources():
    both_ways("深圳市监察局设立了什么？",
              "论文说，深圳市监察局在全国率先设立了“效能监察室”。",
              "论文说，深圳市监察局在全国率先设立了“廉政监察室”。", unsupported=True)
    lanzhou("有第六条情形的监测机构会怎样？",
            "社会化监测机构有第六条所列情形的，应当列入“失信名单”。",
            "社会化监测机构有第六条所列情形的，应当列入“黑名单”。")


def test_a_quoted_word_of_the_question_is_the_users():
    # the user's own word, quoted back, is not said to be the source's; the same word unasked is
    text = "论文说，深圳市监察局设立了“廉政监察室”。"
    assert quoted_term.exchanged(text, "“廉政监察室”是什么？", checking.SOURCES) == []
    assert quoted_term.exchanged(text, "深圳市监察局设立了什么？", checking.SOURCES) != []


# a post or body said without the qualifier that names it (qualifier_dropped.py)

def test_a_post_keeps_its_qualifier():
    both_ways("白皮书怎么审定？",
              "论文介绍，白皮书载明的任务和目标由各部门提出，经监察机关审核、报分管副市长审定后向社会公布。",
              "论文介绍，白皮书载明的任务和目标由各部门提出，经监察机关审核、报市长审定后向社会公布。",
              unsupported=True)
    both_ways("这个规定管哪些人？",
              "适用对象包括市委、市政府工作部门领导班子成员，以及街道党政领导成员。",
              "适用对象包括市委、市政府领导班子成员，以及街道党政领导成员。", unsupported=True)
    water("一级河道污染事故怎么处理？",
          "一级河道污染事故，对镇长免职，对县水务局分管副局长停职反省。",
          "一级河道污染事故，对镇长免职，对县水务局局长停职反省。")


def test_a_name_after_a_place_exchanged_is_not_read_as_dropping():
    # 区委、区政府 aligns with 市委、市政府工作部门 on two characters only: the 区 clause covers it
    r = checking.verdict("本规定适用于哪些人？", "本规定适用于区委、区政府领导班子成员。")
    assert r.passed, r.problems
    bad = checking.verdict("本规定适用于哪些人？", "本规定适用于市委、市政府领导班子成员。")
    assert not bad.passed


def test_a_shorter_name_the_document_uses_itself_passes():
    # 住房保障部门 is a body the regulation names in its own words (区（县）住房保障部门)
    r = checking.verdict("谁负责具体实施？", "区（县）住房保障部门负责本辖区内审核责任追究的具体实施。",
                         checking.ingested("lanjiang-housing-2034"))
    assert r.passed, r.problems


# an act allowed where the passage forbids it, or demands another act (permitted_contrary.py)

def test_an_act_the_text_forbids_is_not_allowed():
    housing("申辩会不会被加重追究？",
            "调查组不得因被调查人申辩而加重追究。",
            "申辩理由不成立的，调查组可以据此加重追究。")
    stats("区统计局能作罚款决定吗？",
          "区（县）统计局负责日常核查工作，但不得作出罚款决定。",
          "区（县）统计局负责日常核查工作，可以直接作出罚款决定。")


def test_the_act_a_case_demands_is_not_replaced():
    stats("调查人员和被调查对象有利害关系怎么办？",
          "调查人员与被调查对象有利害关系的，应当回避。",
          "调查人员与被调查对象有利害关系的，也可以参加调查。")
    housing("审核人员和申请人是近亲属怎么办？",
            "审核人员与申请人有近亲属关系的，应当回避，不得参与审核。",
            "审核人员与申请人有近亲属关系的，可以继续参与审核。")


# a case given its sibling case's consequence (sibling_cases.py)

def test_a_case_keeps_its_own_consequence():
    food("重大过失造成赔偿，个人承担多少？",
         "属于重大过失的，被追究人承担的数额一般不超过实际赔偿额的30%，且最高不超过5万元。",
         "属于重大过失的，被追究人要承担全部赔偿费用。")
    food("受到通报批评有什么影响？",
         "受到通报批评的，当年年度考核不得评为优秀。",
         "受到通报批评的，自追究决定作出之日起两年内不得提拔任用。")


def test_two_cases_joined_keep_their_own_consequences():
    food("故意和重大过失承担的赔偿一样吗？",
         "属于重大过失的，一般不超过实际赔偿额的30%，且最高不超过5万元；属于故意的，可以责令其承担全部赔偿费用。",
         "不管是故意还是重大过失，个人最多只承担实际赔偿额的30%，而且不超过5万元。")


# a paragraph named with another paragraph's words (paragraph_named.py)

def test_a_paragraph_named_says_its_own_words():
    housing("第五条第二款说了什么？",
            "第五条第二款规定，区（县）住房保障部门负责本辖区内审核责任追究的具体实施。",
            "第五条第二款规定，区（县）住房保障部门按照各自职责，配合做好信息核查和责任追究相关工作。")
    both_ways("第十条第一款说了什么？",
              "第十条第一款规定，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。",
              "第十条第二款规定，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。",
              unsupported=True)
