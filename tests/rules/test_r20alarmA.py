"""Right sentences of round 20 the checker flagged, read by construction (branch r20alarmA), each
tested both ways in sentences of our own: the right one passes, its near twin with one wrong detail
is flagged.

- 一般 as a row's label before a dash, under rows labeled by the other grades (rules/checking/levels.py);
- the text said not to say so ("第十六条没这么写。") and a negated modal with the question's verb
  ("不用等。"), read as the no of a yes/no lead (rules/checking/echoed_answer.py);
- "条文没有写。": the article said to be silent, not missing, decided by the sentence after it
  (rules/checking/verdicts.py `text_silent`);
- a count opening a clause before its list ("…，一共四条：A，B，C，D", rules/checking/counted.py)."""
from __future__ import annotations

from rules.checking import counted, echoed_answer, levels, verdicts
from tests.rules.checking import both_ways, verdict


def test_general_grade_as_a_row_label():
    q = "街道党政领导分管副职在各级事故里分别怎么处理？"
    rows = "按级别：\n1. 特别重大——免职；\n2. 重大——免职；\n3. 较大——停职检查；\n"
    both_ways(q, rows + "4. 一般——第十六条规定责令作出书面检查。",
              rows + "4. 一般——第十六条规定停职检查。")


def test_general_grade_label_absence_is_held_to_the_general_row():
    q = "街道党政领导正职在各级事故里分别怎么处理？"
    rows = "分级看：\n1. 特别重大——免职；\n2. 重大——停职检查；\n3. 较大——责令公开道歉；\n"
    both_ways(q, rows + "4. 一般——第十六条没有提到街道党政领导正职。",
              rows + "4. 一般——第十六条没有提到街道党政领导分管副职。")


def test_general_label_needs_grade_rows_above():
    assert levels.leveled("一般——按规定处理。", "") == "一般——按规定处理。"
    assert levels.leveled("一般——按规定处理。", "较大——停职检查；").startswith("一般事故——")


def test_text_does_not_say_so_is_a_no():
    assert echoed_answer.bare("第十六条没这么写。", "一般事故要开现场会吗？") == "没有。"
    assert echoed_answer.bare("第十六条没这么写。", "第十六条讲什么？") == "第十六条没这么写。"
    both_ways("特别重大事故要由区委作出初步问责决定吗？",
              "第十三条没这么写。第十三条规定由市委、市政府作出初步问责决定。",
              "第十三条没这么写。第十三条规定由区委、区政府作出初步问责决定。")


def test_text_does_not_say_so_fails_when_the_text_says_yes():
    assert not verdict("重大事故要在24小时内召开现场会吗？",
                       "第十三条没这么写。市委、市政府应在24小时内召开现场会。").passed


def test_negated_modal_with_the_questions_verb():
    assert echoed_answer.bare("不用等。", "市里要等省里的问责决定吗？") == "不用。"
    assert echoed_answer.bare("不用开。", "市里要等省里的问责决定吗？") == "不用开。"
    both_ways("市委、市政府作出初步问责决定，要等国务院、省作出问责决定吗？",
              "不用等。第十三条规定在国务院、省作出问责决定前作出初步问责决定。",
              "不用等。第十三条规定在国务院、省作出问责决定后作出初步问责决定。")


def test_article_silent_is_not_the_article_missing():
    assert verdicts.text_silent("条文没有写。")
    assert not verdicts.text_silent("资料里查不到。")
    q = "第十五条规定由哪个机关进一步问责？"
    both_ways(q, "条文没有写。第十五条只说可依照中办发[2009]25号文件进一步问责，没有指定由哪个机关进一步问责。",
              "条文没有写。")
    assert not verdict("第十三条规定由哪个机关召开现场会？",
                       "条文没有写。第十三条只说应在24小时内召开现场会，没有指定由哪个机关召开现场会。").passed


def test_count_opening_a_clause():
    s = "它列了四种方式，一共四条：训诫，责令作出书面检查，通报批评，责令公开道歉。"
    assert "一共四项：" in counted.counted_list(s)
    t = "它列了四种方式，一共五条：训诫，责令作出书面检查，通报批评，责令公开道歉。"
    assert counted.counted_list(t) == t


def test_measure_as_the_label_of_its_roles():
    q = "较大事故初步问责怎么处理？"
    both_ways(q, "较大事故责令公开道歉：街道党政领导正职。",
              "较大事故责令公开道歉：街道党政领导分管副职。")
    both_ways(q, "较大事故：\n- 停职检查一类：街道党政分管副职\n- 责令作出书面检查一类：区有关职能部门分管副职",
              "较大事故：\n- 停职检查一类：街道党政分管副职\n- 责令作出书面检查一类：区党政分管副职")


def test_measure_label_count_must_be_the_roles_listed():
    q = "特别重大事故初步问责怎么处理？"
    both_ways(q, "特别重大事故免职的共四类：区党政分管副职、区有关职能部门分管副职、街道党政正职、街道党政分管副职。",
              "特别重大事故免职的共三类：区党政分管副职、区有关职能部门分管副职、街道党政正职、街道党政分管副职。")


def test_two_alternatives_counted_back():
    both_ways("训诫能不能单独用？",
              "能。单独用也行，合并用也行，第十条第二款两种都允许。",
              "能。单独用也行，合并用也行，第十条第二款三种都允许。")
    assert not verdict("免职能不能单独用？", "单独用也行，合并用也行，第十条第二款两种都允许。").passed


def test_the_text_requires_it_held_by_the_duty_after_it():
    q = "区委、区政府能不能在较大事故后24小时内召开现场会？"
    both_ways(q, "可以，而且规定本身就是这么要求的。第十四条规定区委（党工委）、区政府（管委会）应在24小时内召开现场会。",
              "可以，而且规定本身就是这么要求的。第十五条规定可依照中办发[2009]25号文件进一步问责。")


def test_two_absences_each_on_its_own_scope():
    q = "事业单位负责人适用这个规定吗？"
    both_ways(q, "第二条的列举里没有事业单位，这份规定也没有把事业单位负责人列为党政领导干部。",
              "第二条的列举里没有街道，这份规定也没有把事业单位负责人列为党政领导干部。")
    both_ways(q, "第二条的列举里没有事业单位，这份规定也没有把事业单位负责人列为党政领导干部。",
              "第二条的列举里没有事业单位，这份规定也没有把街道党政领导成员列为党政领导干部。")


def test_a_level_word_heading_a_list_of_bodies():
    both_ways("区政府工作部门的领导算不算？",
              "算，第二条列了区政府工作部门领导班子成员。",
              "算，第二条列了省政府工作部门领导班子成员。")


def test_severities_each_glossed_by_their_own_parenthesis():
    q = "哪几级事故会有初步问责决定？"
    both_ways(q, "写初步问责决定的有三级：特别重大、重大（第十三条，市委、市政府作出）和较大（第十四条，区委、区政府作出）。",
              "写初步问责决定的有三级：特别重大（第十三条，市委、市政府作出）和重大、较大（第十四条，区委、区政府作出）。")


def test_a_word_said_not_to_be_used():
    q = "一般事故有没有初步问责决定？"
    both_ways(q, "第十六条的一般事故没有用“初步问责”的说法。",
              "第十六条的一般事故没有用“训诫”的说法。")


def test_a_lead_counting_the_points_of_a_named_document():
    q = "论文里的抄告和移送办法讲了什么？"
    lines = ("\n1. 监督报告和处理决定上报政府或发给监督对象的同时，抄送同级监察机关；"
             "\n2. 监察、财政、人事、审计、法制部门发现涉嫌违法违规的问题，除依规定职权处理外，还要及时移送有权作出其他处理的行政监督部门；"
             "\n3. 公务员被追究责任的情况抄送人事部门。")
    both_ways(q, "论文介绍的《行政监督工作情况抄告和行政违法违规问题移送办法》主要三点：" + lines,
              "论文介绍的《行政监督工作情况抄告和行政违法违规问题移送办法》主要四点：" + lines)
    assert not verdict(q, "论文介绍的《深圳市行政监督联席会议规则》主要三点：" + lines).passed
