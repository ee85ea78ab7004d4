"""Branch r22miss: readings of constructions the checker let through in round 22 and beside it (see
README, "Branch `r22miss`"). Each reading both ways: a right sentence it must pass, a near one with
a wrong detail it must flag (for the reading's own reason)."""
from __future__ import annotations

import pytest

from tests.rules.checking import SOURCES, ingested, verdict


def _passes(question: str, draft: str, source: str = "") -> None:
    got = verdict(question, draft, ingested(source) if source else SOURCES)
    assert got.passed, got.problems


def _flagged(question: str, draft: str, because: str, source: str = "") -> None:
    got = verdict(question, draft, ingested(source) if source else SOURCES)
    assert not got.passed, draft
    assert any(because in p for p in got.problems), got.problems


# --- defined_members.py: members put under a term the text defines (都列为 / 都属于 本规定所称X)
@pytest.mark.parametrize("draft", [
    "第二条把市委、市政府工作部门领导班子成员和街道党政领导成员都列为本规定所称党政领导干部。",
    "区政府及其工作部门的领导班子成员都属于本规定所称党政领导干部。",
])
def test_members_the_definition_lists_pass(draft):
    _passes("第二条说的党政领导干部包括谁？", draft)


@pytest.mark.parametrize("draft", [
    "第二条把街道党政领导成员和居委会主任都列为本规定所称党政领导干部。",
    "第二条把街道党政领导成员和社区党政领导成员一并列为本规定所称党政领导干部。",
    "区政府工作部门和居委会的领导班子成员都属于本规定所称党政领导干部。",
    "按第二条，街道和村委会的党政领导成员均属于本规定所称的党政领导干部。",
])
def test_a_member_the_definition_lacks_is_flagged(draft):
    _flagged("第二条说的党政领导干部包括谁？", draft, "")


def test_defined_members_on_an_ingested_regulation():
    q = "澜江住房保障的审核人员包括谁？"
    _passes(q, "街道办事处和乡镇人民政府从事住房保障资格审核工作的工作人员都属于本规定所称审核人员。",
            "lanjiang-housing-2034")
    got = verdict(q, "街道办事处和居民委员会从事住房保障资格审核工作的工作人员都属于本规定所称审核人员。",
                  ingested("lanjiang-housing-2034"))
    assert not got.passed


# --- condition_denied.py: a condition the held article attaches to the act, said not to be one
def test_the_condition_said_passes():
    _passes("进一步问责看什么？", "按第十五条，初步问责后，要根据事故调查结果，才可以依照中办发[2009]25号文件进一步问责。")


def test_the_condition_denied_is_flagged():
    _flagged("进一步问责看什么？",
             "第十五条规定，初步问责以后就能依照中办发[2009]25号文件进一步问责，并不以事故调查结果为依据。",
             "依据或条件")


def test_the_condition_said_unrelated_is_flagged():
    _flagged("进一步问责看什么？", "第十五条所说的进一步问责与事故调查结果无关。", "依据或条件")


def test_an_act_the_text_puts_before_the_condition_is_not_read():
    from rules.checking import condition_denied
    held = [(15, "第十五条 按本规定第十三条、第十四条初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。")]
    assert not condition_denied.problems("初步问责本身不以事故调查结果为前提。", held)
    assert condition_denied.problems("进一步问责本身不以事故调查结果为前提。", held)


# --- membership_denied.py: a member the text lists, said not to be of its class
def test_a_measure_said_not_to_be_one_is_flagged():
    # (merge of wmiss7) a denial another article states plainly may be flagged first, naming 第十条
    # that lists the measure (denial_opposed.py); either reason says the measure is the regulation's
    for draft in ("引咎辞职不是这部规定里的问责方式。", "通报批评和调离现工作岗位都不是本规定中的问责方式。"):
        got = verdict("有哪些问责方式？", draft, SOURCES)
        assert not got.passed, draft
        assert any("是本规定的问责方式之一" in p or "第十条有规定" in p for p in got.problems), got.problems


def test_a_measure_the_text_lacks_said_not_to_be_one_passes():
    _passes("有哪些问责方式？", "降级不是这部规定里的问责方式。")


def test_a_qualified_class_is_not_read():
    from rules.checking import membership_denied
    measures = ["责令辞职", "训诫"]
    assert not membership_denied.problems("责令辞职不是可以单独适用的问责方式。", measures, True, [])
    assert membership_denied.problems("责令辞职不是本规定的问责方式。", measures, True, [])


def test_a_listed_way_denied_on_an_ingested_regulation():
    q = "澜溪桥梁隧道办法对责任人员的追究方式有哪些？"
    _flagged(q, "停职检查不是这部办法里的追究方式。", "所列的追究方式中有", "lanxi-bridge-2036")
    from rules.checking import membership_denied
    article = "第17条　对责任人员，可以采取下列方式追究责任：\n\n一、通报批评；\n\n二、诫勉谈话；\n\n六、责令辞职；"
    assert not membership_denied.problems("撤职不是这部办法里的追究方式。", [], False, [article])
    assert membership_denied.problems("诫勉谈话不是这部办法里的追究方式。", [], False, [article])


# --- figure_subject.py: a figure's bound reversed, a figure given another subject's place
BRIDGE = "lanxi-bridge-2036"
STAFF = "澜溪的其他桥梁要配几名专职安全管理人员？"


@pytest.mark.parametrize("draft", [
    "其他桥梁按每10座最多1名配备专职安全管理人员。",
    "其他桥梁每10座至多配备1名专职安全管理人员。",
])
def test_a_lower_bound_said_as_an_upper_one_is_flagged(draft):
    _flagged(STAFF, draft, "", BRIDGE)


def test_a_lower_bound_said_as_an_upper_one_is_read_here():
    from rules.checking import figure_subject
    held = [(6, "第6条 (二)配备专职安全管理人员，特大桥梁和城市隧道每座不少于2名；其他桥梁隧道按照每10座不少于1名配备，"
                "不足10座的，按照10座计算；")]
    assert figure_subject.problems("其他桥梁隧道每10座最多配1名。", held)
    assert figure_subject.problems("其他桥梁隧道每10座配备1名以内即可。", held)
    assert not figure_subject.problems("其他桥梁隧道每10座至少配1名。", held)
    assert not figure_subject.problems("其他桥梁隧道每10座配备1名以上。", held)


def test_the_lower_bound_passes():
    _passes(STAFF, "其他桥梁按照每10座不少于1名配备专职安全管理人员。", BRIDGE)


def test_an_upper_bound_said_as_a_lower_one_is_flagged():
    from rules.checking import figure_subject
    held = [(23, "第23条 同一合同年度内的扣减总额，不超过该合同年度养护经费的10%。")]
    assert figure_subject.problems("扣减总额最少为养护经费的10%。", held)
    assert not figure_subject.problems("扣减总额最多为养护经费的10%。", held)


def test_a_figure_of_another_subject_is_flagged():
    from rules.checking import figure_subject
    held = [(6, "第6条 (二)配备专职安全管理人员，特大桥梁和城市隧道每座不少于2名；其他桥梁隧道按照每10座不少于1名配备，"
                "不足10座的，按照10座计算；")]
    assert figure_subject.problems("其他桥梁隧道配2名就够。", held)
    assert not figure_subject.problems("特大桥梁每座配2名就够。", held)
    assert not figure_subject.problems("其他桥梁隧道每10座配1名就够。", held)


def test_a_figure_of_another_subject_in_a_draft_is_flagged():
    _flagged("澜溪的街道办事处多久巡查一次人行天桥？", "街道办事处每周巡查人行天桥不少于2次。", "", BRIDGE)


def test_a_connective_before_the_members_is_no_member():
    _passes("管理区算区吗？", "第二条写明区包括管理区，所以管理区的党工委、管委会及其工作部门领导班子成员也属于本规定所称党政领导干部。")


def test_a_member_denied_is_not_read():
    from rules.checking import defined_members
    held = [(2, "第二条 本规定所称党政领导干部，是指街道党政领导成员。")]
    assert not defined_members.problems("规定没有把社区书记列为党政领导干部。", held, [])
    assert defined_members.problems("规定把社区书记列为本规定所称党政领导干部。", held, [])


def test_a_figure_said_with_a_few_words_of_another_clause_is_not_read():
    from rules.checking import figure_subject
    held = [(18, "第十八条 暂停审核资格的期限为3个月以上6个月以下。培训考核不合格的，暂停期限延长3个月。")]
    assert not figure_subject.problems("暂停期限3到6个月。", held)


def test_an_article_number_is_no_figure():
    from rules.checking import figure_subject
    held = [(16, "第16条 列入不良行为记录的，自列入之日起1年内不得承接；有本办法第19条规定从重情形的，期限为2年。")]
    assert not figure_subject.problems("——《办法》第16条第2款", held)


@pytest.mark.parametrize("draft", [
    "按第6条，其他桥梁隧道每座配2名就够。",
    "按第7条，其他桥梁每日巡查1次就够。",
])
def test_a_sibling_subject_given_the_other_figure_is_flagged(draft):
    _flagged("澜溪的其他桥梁隧道要配几名专职安全管理人员、多久巡查一次？", draft, "", BRIDGE)


@pytest.mark.parametrize("draft", [
    "按第6条，特大桥梁每座配2名就够。",
    "按第7条，其他桥梁每周巡查不少于2次。",
])
def test_each_subject_with_its_own_figure_passes(draft):
    _passes("澜溪的桥梁隧道要配几名专职安全管理人员、多久巡查一次？", draft, BRIDGE)
