"""Round 8's right drafts flagged for how they were said (branch r8alarmA): each reading tested
both ways, the right form passes and a wrong twin of the same construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

# --- who convenes, clause by clause (rules/checking/convened.py) ---------------------------

Q_WHO = "不同级别事故的现场会分别由谁召开？"


@pytest.mark.parametrize("wrong", [
    # bodies swapped between the clauses
    "特别重大和重大事故由区委、区政府召开，较大事故由市委、市政府召开，两种情况的时限都是事故发生后24小时内。",
    # the deadline said of both clauses, wrong for both
    "特别重大和重大事故由市委、市政府召开，较大事故由区委（党工委）、区政府（管委会）召开，两种情况的时限都是事故发生后12小时内。",
    # a later clause with a wrong body of its own
    "特别重大和重大事故由市委、市政府召开，较大事故由市委召开。",
    # a clause naming a severity and no body is read with the sentence whole
    "特别重大事故由市委、市政府召开，较大事故也是这样。",
])
def test_severities_each_with_their_clause(wrong: str) -> None:
    both_ways(Q_WHO, "特别重大和重大事故由市委、市政府召开，较大事故由区委（党工委）、区政府（管委会）召开，"
                     "两种情况的时限都是事故发生后24小时内。", wrong)


@pytest.mark.parametrize("right, wrong", [
    ("不是市委、市政府，而是区一级：第十四条规定较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会。",
     "不是区委、区政府，而是区一级：第十四条规定较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会。"),
    ("较大事故由区委（党工委）、区政府（管委会）在24小时内召开现场会，不是市委。",
     "较大事故由区委（党工委）在24小时内召开现场会，不是区政府。"),
    ("重大事故由市委、市政府在24小时内召开现场会，不是区委。",
     "重大事故由市委在24小时内召开现场会，而不是市政府。"),
])
def test_a_body_denied_in_a_correction(right: str, wrong: str) -> None:
    both_ways("较大事故是市委开现场会吗？", right, wrong)


@pytest.mark.parametrize("wrong", [
    "是市委、市政府，不是区委（党工委）和区政府（管委会）。",
    "是区委（党工委），不是区政府（管委会）。",
])
def test_a_correction_after_the_claim(wrong: str) -> None:
    both_ways("较大事故的初步决定是哪个机关作的？", "是区委（党工委）和区政府（管委会），不是市委市政府。", wrong)


# --- a severity as a level's value (rules/checking/levels.py) -------------------------------

Q_LEVELS = "区有关职能部门领导分管副职在不同级别事故中分别怎么处理？"
ROW = "事故级别为一般（造成较大损失或者不良影响），对区有关职能部门领导分管副职的处理为{m}，条文为{a}。"


@pytest.mark.parametrize("wrong", [
    ROW.format(m="责令作出书面检查", a="第十六条"),      # 较大's measure under 一般
    ROW.format(m="训诫", a="第十四条"),                # 一般 cited to 较大's article
])
def test_a_severity_named_as_a_level(wrong: str) -> None:
    both_ways(Q_LEVELS, ROW.format(m="训诫", a="第十六条"), wrong)


def test_a_table_row_under_a_level_column() -> None:
    head = "| 事故级别 | 对区有关职能部门领导分管副职的处理 | 条文 |\n|---|---|---|\n"
    both_ways(Q_LEVELS, head + "| 较大 | 责令作出书面检查 | 第十四条 |\n| 一般（造成较大损失或者不良影响） | 训诫 | 第十六条 |",
              head + "| 较大 | 责令作出书面检查 | 第十四条 |\n| 一般（造成较大损失或者不良影响） | 停职检查 | 第十六条 |")


# --- a title the sources gloss with its number (rules/checking/numbered.py) -----------------

@pytest.mark.parametrize("right, wrong", [
    ("按中办发[2009]25号文件的程序执行，也就是《关于实行党政领导干部问责的暂行规定》，见第十一条。",
     "按《办法》的程序执行，也就是《关于实行党政领导干部问责的暂行规定》，见第十一条。"),
    ("按《关于实行党政领导干部问责的暂行规定》的程序执行，见第十一条。",
     "按《深圳市行政过错责任追究办法》的程序执行，见第十一条。"),
])
def test_a_title_read_as_its_number(right: str, wrong: str) -> None:
    both_ways("免职按什么程序？", right, wrong)


def test_a_title_read_as_its_number_for_the_other_set() -> None:
    both_ways("训诫按什么程序？", "训诫按《办法》规定的程序执行（第十一条）。",
              "训诫按《关于实行党政领导干部问责的暂行规定》的程序执行。")
    assert not verdict("免职按什么程序？", "按《关于实行党政领导干部问责的暂行规定》（中办发[2009]26号）的程序执行。").passed


# --- a set's count after a total that leads into it (claims.measure_sets) -------------------

@pytest.mark.parametrize("wrong", [
    "第十条一共列了八种问责方式：后果严重（造成重大损失或者恶劣影响）的五种——责令公开道歉、停职检查、引咎辞职、责令辞职、免职；",
    "第十条一共列了九种问责方式：后果严重（造成重大损失或者恶劣影响）的四种——责令公开道歉、停职检查、引咎辞职、责令辞职、免职；",
    "第十条一共列了九种问责方式：后果严重（造成重大损失或者恶劣影响）的五种——责令公开道歉、停职检查、引咎辞职、调离现工作岗位、免职；",
])
def test_a_total_leading_into_a_counted_set(wrong: str) -> None:
    both_ways("问责方式一共几种？", "第十条一共列了九种问责方式：后果严重（造成重大损失或者恶劣影响）的五种——"
                               "责令公开道歉、停职检查、引咎辞职、责令辞职、免职；", wrong)


# --- an absence from the list just given (rules/checking/within.py) -------------------------

SET_MINOR = "未造成重大损失或者恶劣影响的，第十条给出的方式是训诫、责令作出书面检查、通报批评、调离现工作岗位，"


@pytest.mark.parametrize("wrong", [
    SET_MINOR + "其中没有通报批评。",                     # the item is in the list
    SET_MINOR.replace("调离现工作岗位", "引咎辞职") + "其中没有调离现工作岗位。",   # the list is not the set
])
def test_an_absence_from_the_list_just_given(wrong: str) -> None:
    both_ways("没有造成重大损失的，能让干部引咎辞职吗？", SET_MINOR + "其中没有引咎辞职。", wrong)


# --- a paragraph named by a pronoun, an absence of 作出规定 (paragraphs.py, absence.ABSENT) ---

Q_COMB = "免职可以单独或合并适用吗？规定怎么说的？"


@pytest.mark.parametrize("wrong", [
    "第十条第二款没有把免职列进去。该款对通报批评没有作出规定。",
    "第十条第二款没有把免职列进去。那一款对责令公开道歉没有作出规定。",
])
def test_a_paragraph_named_by_a_pronoun(wrong: str) -> None:
    both_ways(Q_COMB, "第十条第二款没有把免职列进去。该款对调离现工作岗位没有作出规定。", wrong)


def test_no_provision_made_for_a_measure() -> None:
    both_ways(Q_COMB, "第十条第二款对停职检查、免职没有作出规定。", "第十条第二款对通报批评没有作出规定。")


# --- a gloss carried by 下同 (carried.py), a convening claim under the article it cites ------

Q_AREA = "某管理区发生较大事故，现场会由谁开？"
CARRIED = "第二条已经说明“区”包括管理区，所以按第{a}条，应由{b}在24小时内召开现场会，并作出初步问责决定。"


@pytest.mark.parametrize("wrong", [
    CARRIED.format(a="十三", b="该管理区的党工委、管委会"),      # 第十三条 is the city's meeting
    CARRIED.format(a="十四", b="市委、市政府"),
    "第八条已经说明了不正之风的情形，所以按第十条处理。",            # no gloss, no reference between them
    "按第十三条，应由市委、市政府在24小时内召开现场会。",              # true of 第十三条, not of a 较大 accident
])
def test_a_gloss_carried_to_later_articles(wrong: str) -> None:
    both_ways(Q_AREA, CARRIED.format(a="十四", b="该管理区的党工委、管委会"), wrong)


def test_an_absence_of_a_case_is_of_the_case_itself() -> None:
    # 情形 after what is missing is the case itself (like 情况): 第四条 has 涉嫌犯罪的
    both_ways("规定有没有说涉嫌犯罪的怎么处理？", "规定对引咎辞职后的复出没有作出规定。",
              "规定只讲了问责方式和党纪政纪处分，对涉嫌犯罪的情形没有作出规定。")
    assert not verdict("规定有没有说涉嫌犯罪的怎么处理？", "规定对涉嫌犯罪的情形没有规定。").passed


def test_a_title_said_of_the_document_itself_stays_a_title() -> None:
    ok = verdict("中办发[2009]25号在规定里是什么角色",
                 "第一条把《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）列为制定依据之一。这份文件本身的内容不在来源里。")
    assert ok.passed, ok.problems


# --- the cleft (被M的是R) and a role said to be left out (clefts.py) -------------------------

Q_APOLOGY = "有关党政领导正职在哪些事故中要公开道歉？"


@pytest.mark.parametrize("right, wrong", [
    ("较大事故中被责令公开道歉的是街道党政领导正职。", "较大事故中被责令公开道歉的是街道党政领导分管副职。"),
    ("较大事故中被停职检查的不是街道党政领导正职。", "较大事故中被停职检查的不是街道党政领导分管副职。"),
    ("较大事故的第十四条没有提到有关党政领导正职，那里被责令公开道歉的是街道党政领导正职。",
     "较大事故的第十四条没有提到街道党政领导正职，那里被责令公开道歉的是有关党政领导正职。"),
    ("较大事故的第十四条没有提到有关党政领导正职，那里被责令公开道歉的是街道党政领导正职。",
     "较大事故的第十四条没有提到有关党政领导正职，那里被责令公开道歉的是街道党政领导分管副职。"),
])
def test_a_cleft_and_a_role_left_out(right: str, wrong: str) -> None:
    both_ways(Q_APOLOGY, right, wrong)


@pytest.mark.parametrize("right, wrong", [
    ("第十四条对街道党政领导正职责令公开道歉。", "第十四条对街道党政领导分管副职责令公开道歉。"),
    ("第十四条里被责令公开道歉的是街道党政领导正职。", "第十四条里被责令公开道歉的是街道党政领导分管副职。"),
    ("第十三条第（二）项对街道党政领导正职停职检查。", "第十三条第（二）项对街道党政领导正职免职。"),
    ("第十六条对区有关职能部门领导分管副职训诫。", "第十六条对区有关职能部门领导分管副职停职检查。"),
])
def test_pairs_said_of_an_article_with_no_severity_in_sight(right: str, wrong: str) -> None:
    both_ways(Q_APOLOGY, right, wrong)


# --- a concession, each half a sentence (concessive.py) -------------------------------------

Q_ALONE = "责令公开道歉是不是只能和其他方式一起用？"
CONCEDED = "不是。{m}虽然被列在{c}造成重大损失或者恶劣影响时的处理方式里，但{a}明确它{v}单独适用。"


@pytest.mark.parametrize("wrong", [
    CONCEDED.format(m="责令公开道歉", c="未", a="第十条第二款", v="可以"),    # A wrong
    CONCEDED.format(m="免职", c="", a="第十条第二款", v="可以"),             # B wrong for the subject
    CONCEDED.format(m="责令公开道歉", c="", a="第十条第二款", v="不能"),     # B denied
    CONCEDED.format(m="责令公开道歉", c="", a="第十一条", v="可以"),         # B given to another article
])
def test_a_concession_holds_both_halves(wrong: str) -> None:
    both_ways(Q_ALONE, CONCEDED.format(m="责令公开道歉", c="", a="第十条第二款", v="可以"), wrong)


# --- an answer pointing at the question's requirement (checker._POINTED) --------------------

def test_no_such_requirement_answers_the_question() -> None:
    q = "一般公共安全责任事故也要在24小时内开现场会吗？"
    after = "第十六条只规定区委（党工委）、区政府（管委会）按《办法》处理，没有提到召开现场会。"
    both_ways(q, "从第十六条的文字看，没有这个要求。" + after, "从第十六条的文字看，有这个要求。" + after)
    assert not verdict(q, "从第十六条的文字看，没有这个要求。第十六条规定一般事故也要在24小时内开现场会。").passed


@pytest.mark.parametrize("wrong", ["没有。", "不要。", "没有这个要求。", "较大事故不需要在24小时内召开现场会。"])
def test_a_deadline_the_row_gives_denied(wrong: str) -> None:
    # 不要 / 不需要 before the deadline denies it: wrong where the row gives one (claims.convening)
    both_ways("较大事故也要在24小时内开现场会吗？", "要，第十四条规定区委（党工委）、区政府（管委会）应在24小时内召开现场会。", wrong)


# --- a member named by its place in the list (ordinals.py) ----------------------------------

@pytest.mark.parametrize("right, wrong", [
    ("第二条列举的第一类对象就是市委、市政府工作部门领导班子成员。", "第二条列举的第二类对象就是市委、市政府工作部门领导班子成员。"),
    ("第二条列举的第四类对象就是街道党政领导成员。", "第二条列举的第一类对象就是街道党政领导成员。"),
    ("第二条列举的第四类对象就是街道党政领导成员。", "第二条列举的第五类对象就是街道党政领导成员。"),
    ("第五条列举的第四项就是瞒报、谎报、迟报、漏报公共安全事故信息的。", "第五条列举的第三项就是瞒报、谎报、迟报、漏报公共安全事故信息的。"),
])
def test_a_member_by_its_place(right: str, wrong: str) -> None:
    both_ways("第二条的范围是什么？", right, wrong)


# --- 之前先行 for the article's 前 (beforehand.py); the order by the short name (relations) ---

@pytest.mark.parametrize("wrong", [
    "初步问责是在国务院、省作出问责决定之后作出的（第十三条）。",
    "初步问责是在国务院、省作出问责决定后作出的（第十三条）。",
    "初步问责是在国务院、省作出问责决定之后先行作出的（第十三条）。",
    "初步问责是在事故调查结束之前先行作出的（第十三条）。",
])
def test_before_in_other_words(wrong: str) -> None:
    both_ways("初步问责决定作出后还会有后续吗？", "初步问责是在国务院、省作出问责决定之前先行作出的（第十三条）。", wrong)
