"""The readings added on the fifth blind regulation (《青枫市统计数据质量责任追究办法》,
tests/data/qingfeng-statistics-2034.md), each tested both ways on it and on another of the
fictional regulations: the right sentence passes, its wrong twin of the same construction is
flagged. The sentences are written here, not taken from the blind drafts.
"""
from __future__ import annotations


from rules.checking import negated_span
from tests.rules import checking


qingfeng = checking.on("qingfeng-statistics-2034")
chengchuan = checking.on("chengchuan-food-2034")
lanjiang = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")
qinglan = checking.on("qinglan-medical-2035")


# a short clause read within the article the clause before restates (short_clause.py)

def test_a_short_clause_keeps_the_figure_of_the_statement_it_continues():
    qingfeng("初步核查能延长多久？",
             "情况复杂的，经市统计局主要负责人批准，可以延长十五日。",
             "情况复杂的，经市统计局主要负责人批准，可以延长三十日。")
    chengchuan("调查能延长多久？",
               "情况复杂的，经本部门主要负责人批准，可以延长三十日。",
               "情况复杂的，经本部门主要负责人批准，可以延长六十日。")


def test_a_short_clause_keeps_the_negation_of_the_statement_it_continues():
    qingfeng("这个办法适用范围有多大？",
             "由国家调查机构直接组织实施的调查项目中发生的统计违法行为，不适用本办法。",
             "由国家调查机构直接组织实施的调查项目中发生的统计违法行为，也一并适用本办法。")
    lanzhou("军事设施内的监测归这个规定管吗？",
            "军事设施内的生态环境监测活动，不适用本规定。",
            "军事设施内的生态环境监测活动，也一并适用本规定。")


def test_a_short_clause_is_held_to_the_one_statement_of_the_article_that_has_its_words():
    qingfeng("调查组要查我们的原始记录，我们能不配合吗？",
             "调查组可以查阅与统计调查有关的原始记录，被调查对象不得拒绝。",
             "调查组可以查阅与统计调查有关的原始记录，被调查对象可以拒绝。")


# the items of another article an article refers to (cited_items.py)

def test_the_items_an_article_refers_to_are_its_own():
    qingfeng("第十六条第一款的五万到二十万罚款，针对的是第五条哪几项？",
             "第十六条第一款针对的是第五条第（二）项、第（三）项，也就是提供不真实或者不完整的统计资料，"
             "以及伪造、篡改原始记录或者统计台账的情形。",
             "第十六条第一款针对的是第五条第（三）项、第（四）项，也就是伪造、篡改原始记录或者统计台账，"
             "以及转移、隐匿、毁弃原始记录的情形。")
    lanzhou("排污单位纳入重点监管名单，针对的是第五条哪几项？",
            "第十六条针对的是第五条第（一）项、第（三）项，也就是修改自动监测设备参数、使监测数据失真，以及人为遮挡、干扰采样装置的情形。",
            "第十六条针对的是第五条第（二）项、第（三）项，也就是删除、修改原始监测数据，以及人为遮挡、干扰采样装置的情形。")


# a statement's leading condition, the other statement said after it (aligned.py)

def test_a_condition_is_held_whichever_statement_comes_first():
    qingfeng("什么情况下可以要求听证？",
             "对拟处二十万元以上罚款的，当事人有权要求听证，市统计局应当自收到听证申请之日起十日内组织听证。",
             "只要拟作出罚款，不论多少，当事人都有权要求听证，市统计局应当自收到听证申请之日起十日内组织听证。")


# whose approval a step needs (approval.py)

def test_the_approval_is_that_of_the_article_restated():
    qingfeng("初步核查延长由谁批准？",
             "情况复杂、需要延长初步核查期限的，经市统计局主要负责人批准，可以延长十五日。",
             "情况复杂、需要延长初步核查期限的，须经市统计局局务会议决定，可以延长十五日。")
    qinglan("重大投诉处理期限能延长吗？",
            "重大投诉确需延长处理期限的，经所在地区（县）卫生健康主管部门同意，可以延长5个工作日。",
            "重大投诉确需延长处理期限的，经医疗机构主要负责人批准，可以延长5个工作日。")


# a figure held to the statements of one article restated equally well (figure_rival.py)

def test_a_figure_of_another_statement_of_the_article_restated_as_well():
    qingfeng("被列进严重失信名单有啥后果？",
             "一是名单向社会公示，公示期3年；二是公示期内不能参加本市评先评优。",
             "一是名单向社会公示，公示期5年；二是公示期内不能参加本市评先评优。")


# a negation reversed only by a clause that says what it negates (negated_span.py)

def test_the_negation_is_read_where_the_clause_says_what_it_negates():
    assert negated_span.restated(["复核期间，处理决定不停止执行"], "复核期间处理决定停止执行")
    assert not negated_span.restated(["复核期间，处理决定不停止执行"], "复核期间处理决定照常执行")
    assert negated_span.restated(["不得侮辱、威胁、殴打医务人员"], "殴打医务人员的")


def test_a_clause_that_restates_the_condition_keeps_it_and_the_consequence_is_held():
    qingfeng("第八条说了什么？",
             "统计人员书面提出异议并留了记录的，不承担责任。",
             "统计人员书面提出异议并留了记录的，也要承担责任。")
    qingfeng("复核期间处理决定还执行吗？",
             "复核期间处理决定照常执行，但列入统计严重失信企业名单的，在复核期间暂不向社会公示。",
             "复核期间处理决定停止执行，但列入统计严重失信企业名单的，在复核期间暂不向社会公示。")
    lanjiang("复核期间原决定还执行吗？",
             "复核委员会应当自收到复核申请之日起三十日内作出复核决定，复核期间原决定照常执行。",
             "复核委员会应当自收到复核申请之日起三十日内作出复核决定，复核期间原决定停止执行。")


# the subject a statement leaves unsaid (elided_subject.py)

def test_the_unsaid_subject_is_that_of_the_statement_before():
    qingfeng("举报没被受理，统计局会通知我吗？",
             "决定不受理的，市统计局应当书面告知实名举报人并说明理由。",
             "决定不受理的，区（县）统计局应当书面告知实名举报人并说明理由。")
    lanzhou("举报没立案，会告诉我吗？",
            "决定不予立案的，市生态环境局应当在作出决定后五个工作日内告知实名举报人并说明理由。",
            "决定不予立案的，市纪委监委应当在作出决定后五个工作日内告知实名举报人并说明理由。")


# an act said not to be allowed (absence.py: the permission verb and its grantee set aside)

def test_an_act_said_not_allowed_is_looked_for_itself():
    qingfeng("调查组要复制我们公司的财务资料，我们可以拒绝吗？",
             "办法没有授权调查组查封企业的银行账户。",
             "办法没有授权调查组复制财务资料。")
    lanzhou("监测数据弄虚作假，可以匿名举报吗？",
            "举报人可以实名举报，规定没有允许举报人通过电视台曝光。",
            "规定只允许实名举报，没有允许匿名举报。")
