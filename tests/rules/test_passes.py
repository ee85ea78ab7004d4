"""Wrong drafts that passed (branch `passes`): each reading tested both ways, in our own words,
on the shipped sources or a regulation of tests/data — the true sentence passes, its near twin
with one detail changed fails."""
from __future__ import annotations

from rules.checking import absence_forms, renumbered
from tests.rules.checking import both_ways, on

YUNLAN = on("yunlan-trading-2034")
WUCHUAN = on("wuchuan-gas-2035")


# renumbered.py: a reference inside a restated clause said with another number

def test_a_paragraph_renumbered_inside_a_restated_clause():
    YUNLAN("不适用本办法的项目交易结果怎么备案？",
           "第二十九条规定，依照本办法第二条第二款的规定不适用本办法的交易项目，招标人或者采购人应当自交易结果确定之日起"
           "十五日内，将交易结果报市监管局备案。",
           "第二十九条规定，依照本办法第二条第一款的规定不适用本办法的交易项目，招标人或者采购人应当自交易结果确定之日起"
           "十五日内，将交易结果报市监管局备案。")


def test_an_item_said_by_该项_is_the_reference_made_before_it():
    WUCHUAN("免责后谁要担责？",
            "第二十条第三款说，依照本条第一款第（二）项免予追究的，应当追究作出该书面决定的上级人员的责任。",
            "第二十条第三款说的是本条第一款第（三）项——依照该项免予追究的，应当追究作出该书面决定的上级人员的责任。")


def test_numbers_are_read_as_numbers():
    assert renumbered._number("第二十二条") == 22
    assert renumbered._number("第（二）项") == 2
    assert renumbered._number("本条") is None


# provisos.py: a proviso added to a restatement, or turned round

def test_a_proviso_of_other_words_added():
    WUCHUAN("区里能不能出细则？",
            "第三十一条规定，各区政府可以根据本办法制定实施细则，并报市燃气安委会备案。",
            "第三十一条规定，各区政府可以根据本办法制定实施细则，但要先经市人民政府审查同意。")


def test_a_proviso_turned_round():
    WUCHUAN("区里能不能出细则？",
            "第三十一条规定，各区政府可以根据本办法制定实施细则，并报市燃气安委会备案。",
            "第三十一条规定，各区政府可以根据本办法制定实施细则，但不用报市燃气安委会备案。")
    YUNLAN("抢险救灾的交易项目适用这个办法吗？",
           "涉及国家秘密或者用于抢险救灾的交易项目不适用本办法，但是其交易结果应当依照本办法第二十九条的规定备案。",
           "涉及国家秘密或者用于抢险救灾的交易项目不适用本办法，但是这些项目的交易结果无需备案。")


def test_another_articles_proviso_said_of_this_one():
    YUNLAN("检查报告公开吗？",
           "第十条规定，市监管局应当形成检查报告，报市交易管委会审定后向社会公开，但是涉及商业秘密和个人隐私的内容除外。",
           "第二条规定，本办法适用于本市行政区域内工程建设项目招标投标、政府采购、国有产权交易和国有土地使用权出让等"
           "公共资源交易活动的监督管理及其责任追究，但是涉及商业秘密和个人隐私的内容除外。")


def test_an_emphatic_negation_is_no_proviso():
    both_ways("进一步问责是必须的吗？",
              "条文用的是“可”：根据事故调查结果，可依照中办发[2009]25号文件进一步问责，并没有写成必须。",
              "条文用的是“可”：根据事故调查结果，可依照中办发[2009]25号文件进一步问责，但必须在三十日内作出。")


# exempt_conditions.py: one part of a joined condition of an exemption dropped

def test_a_joined_condition_of_an_exemption_cut():
    WUCHUAN("集体决策时投反对票的人要追责吗？",
            "第二十一条规定，在决策中明确表示反对并记录在案的人员，不予追究。",
            "第二十一条规定，在决策中明确表示反对的人员，不予追究。")


# offence_grades.py: 违纪 / 违法 / 犯罪 exchanged in a restated provision

def test_a_grade_of_wrongdoing_exchanged():
    both_ways("什么时候移送司法机关？",
              "按第四条，党政领导干部受到问责，涉嫌犯罪的，移送司法机关依法处理。",
              "按第四条，党政领导干部受到问责，涉嫌违纪的，移送司法机关依法处理。", unsupported=True)


# members.py: a list after 包括： is the article's list

def test_a_member_added_to_a_list_after_a_colon():
    both_ways("这个规定管哪些干部？",
              "第二条规定的党政领导干部包括：市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，"
              "上列工作部门内设机构领导成员，街道党政领导成员。",
              "第二条规定的党政领导干部包括：市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，"
              "上列工作部门内设机构领导成员，街道党政领导成员，以及村民小组组长。", unsupported=True)


# absence_forms.py: absences said with the thing fronted, a time limit as a compound, aspect words

def test_the_forms_are_written_plainly():
    assert absence_forms.reworded("办法未对调查期限作出规定") == "办法没有规定调查期限"
    assert absence_forms.reworded("规定对现场会什么时候开并没有设定时限") == "规定没有规定现场会的时限"
    assert absence_forms.thing_said("调查期限") == "调查的期限"
    assert absence_forms.thing_said("调查的完成期限") == "调查完成的期限"
    assert absence_forms.thing_said("后来有过修订") == "修订"
    assert absence_forms.thing_said("有关部门") == "有关部门"


def test_a_time_limit_said_absent_with_the_thing_fronted():
    WUCHUAN("追责调查有期限吗？",
            "办法没有对追责的时效期限作出规定。",
            "办法没有对调查的完成期限作出规定。")
    both_ways("现场会要多快开？",
              "第十三条规定，市委、市政府应在24小时内召开现场会。",
              "规定对现场会什么时候开并没有设定时限。", unsupported=True)


def test_an_act_said_absent_with_its_aspect_words():
    both_ways("论文讲没讲办法修订过？",
              "论文提到，2005年和2008年两次对该《办法》进行修订。",
              "论文并没有提到该办法后来有过修订。", unsupported=True)


def test_an_alternative_reference_of_the_text_is_its_own():
    """第十七条 cites 第五条第（二）项或者第（三）项: 第（三）项 alone is one of its references (its
    article inherited), and 第（一）项 is none of them."""
    from rules.checking.sources import SourceText
    passage = [SourceText(id="x:art17", doc_id="x", doc_title="X", doc_kind="regulation", label="第十七条",
                          text="第十七条 统计调查对象三年内因第五条第（二）项或者第（三）项情形被处罚两次以上的，列入名单。",
                          article=17)]
    said = "统计调查对象三年内因第五条第（{}）项情形被处罚两次以上的，列入名单。"
    assert renumbered.problems(said.format("三"), passage) == []
    assert renumbered.problems(said.format("二"), passage) == []
    assert renumbered.problems(said.format("一"), passage)
