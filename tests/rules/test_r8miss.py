"""Branch r8miss: the readings that catch round 8's wrong drafts that passed, each tested both
ways: the right sentence passes and wrong ones of the same construction fail, in the words of the
round-8 draft and in other words (see README, "Round 8: the wrong drafts that passed")."""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict

# (reading, question, right sentence, wrong sentences of the same construction)
CASES = [
    # a share's change in percentage points said in per cent (and back): report_005
    ("points", "2015年深圳金融业发展得怎样？",
     "金融业增加值增长15.9%，占GDP比重提高0.8个百分点。",
     ["金融业增加值增长15.9%，占GDP比重提高0.8%。", "金融业增加值增长15.9个百分点，占GDP比重提高0.8个百分点。"]),
    # a share's change in percentage points said in per cent (and back): report_005
    ("points", "现代服务业占比多少？",
     "现代服务业占服务业比重69.3%，提高1个百分点。",
     ["现代服务业占服务业比重69.3%，提高1%。"]),
    # a share set beside a fraction in words, compared by arithmetic (yes_no_006)
    ("share", "2015年深圳PCT国际专利申请占全国一半以上吗？",
     "报告说2015年深圳PCT国际专利申请1.33万件，占全国46.9%，不到全国的一半。",
     ["报告说2015年深圳PCT国际专利申请1.33万件，占全国46.9%，超过了全国的一半。", "报告说PCT国际专利申请1.33万件，占全国46.9%，是全国的一半以上。"]),
    # a share set beside a fraction in words, compared by arithmetic (yes_no_006)
    ("share", "红点奖占全国多少？",
     "红点产品设计奖占全国32%，不到一半。",
     ["红点产品设计奖占全国32%，超过一半。"]),
    # a share set beside a fraction in words, compared by arithmetic (yes_no_006)
    ("share", "红点奖占全国多少？",
     "红点产品设计奖占全国32%，超过三成。",
     ["红点产品设计奖占全国32%，不到三成。"]),
    # a member of an article's list exchanged for another (initial_decision_003)
    ("member", "第十三条作初步问责决定依据什么原则？",
     "第十三条要求市委、市政府按照严格要求、实事求是、权责一致、惩教结合的原则作出初步问责决定。",
     ["第十三条要求市委、市政府按照严格要求、实事求是、权责一致、惩前毖后的原则作出初步问责决定。", "第十三条要求市委、市政府按照严格要求、实事求是、公平公正、惩教结合的原则作出初步问责决定。"]),
    # a count of part of a list said as the whole's (initial_decision_006)
    ("count", "初步问责决定要遵循几项原则？",
     "四项：严格要求、实事求是、权责一致、惩教结合。",
     ["三项：严格要求、实事求是、权责一致。"]),
    # a count of part of a list said as the whole's (initial_decision_006)
    ("count", "论文说行政责任机制有哪些要素？",
     "论文确定了行政责任机制的五个要素：职责、目标、监督、评估、问责。",
     ["论文确定了行政责任机制的四个要素：职责、目标、监督、评估。"]),
    # a quantifier of all where the passage restricts the noun (situations_006)
    ("widened", "第八条说的是什么情形？",
     "对上级领导机关交办的党风廉政责任范围内的事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》追究责任。",
     ["对上级领导机关交办的任何事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》追究责任。", "对上级领导机关交办的一切事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》追究责任。", "对上级领导机关交办的所有事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》追究责任。"]),
    # one of several for the only one (yes_no_004)
    ("only", "论文说深圳市监察局是全国唯一独立运作的监察机关吗？",
     "论文说，深圳市监察局是目前全国唯一保持独立运作的监察机关。",
     ["论文说，深圳市监察局是全国少数几个仍保持独立运作的监察机关之一。", "论文说，深圳市监察局是全国保持独立运作的监察机关之一。"]),
    # who reviews, approves or issues (paper_001, paper_008)
    ("acts", "深圳最早的行政过错追究文件是谁颁布的？",
     "论文说，2001年12月，市政府颁布了《深圳市行政机关工作人员行政过错责任追究暂行办法》。",
     ["论文说，2001年12月，深圳市委颁布了《深圳市行政机关工作人员行政过错责任追究暂行办法》。", "论文说，2001年12月，市人大正式颁布了《深圳市行政机关工作人员行政过错责任追究暂行办法》。"]),
    # who reviews, approves or issues (paper_001, paper_008)
    ("acts", "论文介绍的部门责任白皮书是怎么公布的？",
     "白皮书载明的任务及目标由各部门提出，经监察机关审核、报分管副市长审定后向社会公布。",
     ["白皮书载明的任务及目标由各部门提出，经分管副市长审核、报监察机关审定后向社会公布。", "白皮书载明的任务及目标由各部门提出，先报分管副市长审核，再经监察机关审定后向社会公布。"]),
    # an absence of figures of a kind about a subject (absence_002, absence_003)
    ("figures", "论文有具体的信访数据吗？",
     "论文没有给出2007年失职渎职类举报的具体件数，只说占信访总量的30.6%。",
     ["论文没有给出失职渎职类举报的具体件数。", "论文只是定性地说失职渎职类举报在不断上升，并没有给出具体件数或比例。"]),
    # an absence of figures of a kind about a subject (absence_002, absence_003)
    ("figures", "报告里有空气质量的具体数据吗？",
     "报告没有给出行政问责的具体数据。",
     ["政府工作报告里没有给出PM2.5的具体数值。", "政府工作报告没有提供灰霾天数的数据。"]),
    # a total of articles beside a verified cut (missing_18_006)
    ("total", "这个规定一共有多少条？",
     "资料只收录到第十八条开头，后面的条文缺失。",
     ["规定共二十条，资料只收录到第十八条开头，第十九条、第二十条缺失。", "规定一共有二十条，资料只收录到第十八条开头。"]),
    # a clause after a semicolon goes on reporting the document named before it (referrals_003)
    ("speaker", "论文里说，行政复议中行为被撤销后怎么处理？",
     "论文介绍，经行政复议和行政诉讼，具体行政行为被撤销或者部分撤销的，要进行责任审查；存在行政过错的，移送监察机关或主管行政机关处理。",
     ["论文介绍，经行政复议和行政诉讼，具体行政行为被撤销或者部分撤销的，要进行责任审查；存在行政过错的，移送司法机关处理。"]),
    # a bare article answering 哪一条 (further_005)
    ("which", "哪一条规定了进一步问责？",
     "第十五条。",
     ["第十六条。", "是第十四条。"]),
    # a bare article answering 哪一条 (further_005)
    ("which", "事故问责组的成立规定在哪一条？",
     "第十二条。",
     ["第十三条。"]),
    # a group said to make the initial decision (initial_decision_005)
    ("decider", "事故问责组的职责是什么？",
     "问责组与事故调查组同步开展问责调查工作。",
     ["问责组与事故调查组同步开展工作，并负责作出初步问责决定。", "初步问责决定由事故问责组作出。", "事故调查组作出初步问责决定。"]),
    # officials in people's words held to their role's measure (role_measure_003)
    ("roles", "特别重大事故，区里分管的副区长会怎么样？",
     "特别重大的话，区里分管的副职是免职。",
     ["特别重大的话，区里分管的副职是停职检查。", "特别重大事故，区里的常务副区长要停职检查。"]),
    # officials in people's words held to their role's measure (role_measure_003)
    ("roles", "重大事故街道那边怎么处理？",
     "重大事故中，街道那边正职停职检查，分管副职免职。",
     ["重大事故中，街道那边正职免职，分管副职停职检查。"]),
    # a scope after 适用于 / 对象是 with words taken out of a row (scope_001)
    ("scope", "这个规定适用于哪些人？",
     "本规定的适用对象是市委、市政府工作部门领导班子成员。",
     ["本规定的适用对象是市委、市政府领导班子成员。", "适用于市委、市政府领导班子成员，以及街道党政领导成员。"]),
    # a level word (一级) after a level's name in an absence (absence_006)
    ("level", "规定里提到街道干部了吗？",
     "规定没有提到社区一级的干部。",
     ["规定没有提到街道一级的干部。", "街道这一级的干部并不在规定范围内。"]),
]


@pytest.mark.parametrize("reading,question,right,wrongs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_both_ways(reading: str, question: str, right: str, wrongs: list[str]) -> None:
    ok = verdict(question, right)
    assert ok.passed, ok.problems
    for wrong in wrongs:
        assert not verdict(question, wrong).passed, wrong


def test_each_wrong_sentence_is_caught_by_the_reading_not_by_chance() -> None:
    """The round-8 forms fail naming what the reading reads (the passage's word beside the draft's)."""
    said = {
        "占GDP比重提高0.8%。": "0.8个百分点",
        "占全国46.9%，超过了全国的一半。": "一半",
        "惩前毖后的原则作出初步问责决定。": "惩教结合",
        "三项：严格要求、实事求是、权责一致。": "4项",
        "交办的任何事项拒不办理的": "党风廉政责任范围内的事项",
        "全国少数几个仍保持独立运作的监察机关之一。": "唯一",
        "深圳市委颁布了": "市政府颁布",
        "先报分管副市长审核": "监察机关审核",
        "并没有给出具体件数或比例。": "不是没有",
        "规定共二十条": "不是20条",
        "移送司法机关处理。": "司法机关",
        "第十六条。": "第十五条",
        "并负责作出初步问责决定。": "不是问责组",
        "区里分管的副职是停职检查。": "免职",
        "本规定的适用对象是市委、市政府领导班子成员。": "工作部门",
        "规定没有提到街道一级的干部。": "不是没有",
    }
    for tail, word in said.items():
        hits = [(q, w) for _, q, _, wrongs in CASES for w in wrongs if tail in w]
        assert hits, tail                 # each form is among the cases
        for question, wrong in hits:
            problems = " ".join(verdict(question, wrong).problems)
            assert word in problems, (wrong, problems)
