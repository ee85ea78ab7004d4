"""The miss2 readings, both ways: the right form of each construction passes, its wrong twin fails
(round 12 and the seventh regulation, 云岚 public resource trading)."""
from __future__ import annotations

from tests.rules.checking import both_ways, on

yunlan = on("yunlan-trading-2034")


def test_exception_said_away():
    # 第十条: …审定后向社会公开；但是，涉及商业秘密和个人隐私的内容除外
    yunlan("专项检查报告公开到什么程度？",
           "检查报告经市交易管委会审定后向社会公开，但涉及商业秘密和个人隐私的内容除外。",
           "检查报告经市交易管委会审定后要全部向社会公开，不得删减。")


def test_once_only_act_repeated():
    # 第七条第二款: 可以延长一次，延长期限不超过十五日
    yunlan("整改时间不够怎么办？",
           "整改确有困难的，经市监管局同意，可以延长一次，延长期限不超过十五日。",
           "整改确有困难的，经市监管局同意可以延长，可以反复延长，每次不超过十五日。")


def test_predicate_spread_over_members():
    # 第三十一条: “以上”包括本数，“以下”不包括本数
    yunlan("第三十一条怎么规定的？",
           "第三十一条说，“以上”包括本数，“以下”不包括本数。",
           "第三十一条说，“以上”和“以下”均包括本数。")


def test_absent_right_granted_by_its_act():
    # 第二十四条: 应当听取被调查人的陈述和申辩
    yunlan("被调查的人有没有机会为自己辩解？",
           "本办法没有规定被调查人的申诉权利。",
           "本办法没有规定被调查人的陈述、申辩权利。")


def test_absent_frequency():
    # 第九条: 每年至少组织一次…专项检查; nothing says how often 复核 may be asked
    yunlan("检查多久一次？",
           "办法里没说复核的次数。",
           "办法里没说专项检查的频次。")


def test_measure_set_condition_joined():
    # 第十条第一款: 造成重大损失或者恶劣影响的 — either suffices
    both_ways("在什么条件下给予停职检查、免职等处理？",
              "造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。",
              "只有在同时造成重大损失和恶劣影响的情况下，才会给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。",
              unsupported=True)


def test_answer_under_a_question_of_the_draft():
    # 第十三条第（二）项: 重大事故，对有关党政领导正职责令公开道歉
    q = "几个具体角色在不同事故中怎么处理？"
    right = "问：特别重大事故，街道党政领导分管副职怎么处理？\n答：免职。\n\n问：那重大事故里的有关党政领导正职呢？\n答：责令公开道歉。"
    both_ways(q, right, right.replace("答：责令公开道歉。", "答：停职检查。"), unsupported=True)


def test_order_of_acts():
    # 第四条 gives no order; 第十五条 does (初步问责后…进一步问责)
    both_ways("初步问责之后还会怎样？",
              "先按第十三条、第十四条初步问责，然后再根据事故调查结果，依照中办发[2009]25号文件进一步问责。",
              "涉嫌犯罪的党政领导干部，先由党委、政府作出免职决定，然后再移送司法机关依法处理。",
              unsupported=True)


def test_initial_decision_of_a_severity_without_one():
    # 第十六条: 一般事故 — 区委、区政府按《办法》处理; no initial decision (第十五条 covers 13, 14 only)
    both_ways("一般事故有初步问责决定吗？",
              "没有。一般公共安全责任事故造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）按《办法》对区有关"
              "职能部门领导分管副职训诫，对街道党政领导分管副职责令作出书面检查，没有规定初步问责决定。",
              "一般公共安全责任事故造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）也要作出初步问责决定。",
              unsupported=True)
