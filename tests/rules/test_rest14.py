"""Wrong sentences the checker passed, read by construction (branch rest14), each tested both
ways in sentences of our own:

- a restriction naming another class than the text's (rules/checking/restricted_class.py);
- the articles a provision is said of, in a frame 按第…条…后 (referred_set.py);
- an act said halted where the text says it goes on, or the reverse (halting.py);
- an absence of a time limit with the denial last: 对X多长时间…没有规定 (time_limits.py)."""
from __future__ import annotations

from rules.checking import halting, referred_set, restricted_class
from rules.checking.sources import SourceText
from tests.rules.checking import both_ways, on

TINGXI = on("tingxi-equipment-2035")


def test_restriction_names_the_texts_class():
    both_ways("街道一级谁算党政领导干部？",
              "在街道一级，第二条只把街道党政领导成员列入党政领导干部的范围。",
              "在街道一级，第二条只将街道党政一把手列为党政领导干部。", unsupported=True)


def test_restricted_class_reading_alone():
    p = SourceText("x", "d", "T", "regulation", "第九条", "本办法所称检查人员，是指市监管局执法科室工作人员和区县监管局执法人员。", 9)
    assert restricted_class.problems("第九条只把市监管局执法科室科长算作检查人员。", [p])
    assert not restricted_class.problems("第九条只把市监管局执法科室工作人员算作检查人员。", [p])
    assert not restricted_class.problems("第九条只把市监管局执法人员算作检查人员。", [p])    # (its abbreviation)
    assert not restricted_class.problems("第九条不只把市监管局执法科室科长算作检查人员。", [p])


def test_the_articles_a_provision_is_said_of():
    both_ways("初步问责之后还能再问责吗？",
              "按第十三条、第十四条初步问责之后，还可以根据事故调查结果，依照中办发[2009]25号文件进一步问责。",
              "按第十三条至第十五条初步问责之后，还可以根据事故调查结果，依照中办发[2009]25号文件进一步问责。",
              unsupported=True)
    both_ways("初步问责之后还能再问责吗？",
              "按照第十五条，初步问责后，可以根据事故调查结果依照中办发[2009]25号文件进一步问责。",
              "按第十三条到第十六条初步问责后，可以根据事故调查结果依照中办发[2009]25号文件进一步问责。",
              unsupported=True)


def test_referred_set_reading_alone():
    p = SourceText("x", "d", "T", "regulation", "第八条", "依照本办法第五条、第六条处理后，当事人仍不改正的，可以加重处理。", 8)
    assert referred_set.problems("依照第五条至第七条处理后，当事人仍不改正的，可以加重处理。", [p])
    assert not referred_set.problems("依照第五条和第六条处理后，当事人仍不改正的，可以加重处理。", [p])
    assert not referred_set.problems("依照第八条，当事人仍不改正的，可以加重处理。", [p])   # (a citation, no frame)


def test_a_halted_act_is_not_one_that_goes_on():
    TINGXI("申请复核了，决定还执行吗？",
           "复核、申诉期间，责任追究决定不停止执行。",
           "复核、申诉期间，责任追究决定中止执行。")
    TINGXI("提出申诉以后原决定怎么办？",
           "依照第二十五条第三款，申诉期间不停止责任追究决定的执行。",
           "依照第二十五条第三款，提出申诉后，原来的责任追究决定暂缓执行。")


def test_halting_reading_alone():
    p = SourceText("x", "d", "T", "regulation", "第七条", "听证期间，暂停处罚决定的执行。", 7)
    assert halting.problems("听证期间处罚决定继续执行。", [p])
    assert halting.problems("听证期间，处罚决定不停止执行。", [p])
    assert not halting.problems("听证期间，处罚决定暂停执行。", [p])
    assert not halting.problems("不会因为听证而停止处罚决定的执行。", [p])   # (a negation away from the verb: unread)
    assert not halting.problems("复议期间，处罚决定继续执行。", [p])           # (not the text's circumstance)


def test_a_time_limit_denied_last():
    TINGXI("实施细则多久要出？",
           "对区（县）人民政府多长时间制定实施细则，办法没有规定。",
           "对追究机关多长时间作出复核决定，办法没有规定。")
    TINGXI("决定书什么时候送到？",
           "办法规定决定书自作出之日起七日内送达，对多长时间存入本人档案则没有规定。",
           "办法对决定书多长时间送达被追究人员没有作出规定。")
