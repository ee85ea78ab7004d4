"""Right sentences of round 21 the checker flagged, read by construction (branch r21alarm), each
tested both ways in sentences of our own:

- a count of the measures of a paragraph named beside it (rules/checking/partitions.py);
- the combinable list denied a measure by 没有把M列入… or 没有提到M能否… (combine_partner.py,
  claims.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_a_count_of_a_named_paragraph_counts_that_paragraph():
    both_ways("哪些方式既能单独用又能合并用？",
              "共四种：责令公开道歉、训诫、通报批评、责令作出书面检查（第十条第二款）。",
              "共五种：责令公开道歉、训诫、通报批评、责令作出书面检查（第十条第二款）。")
    both_ways("哪些方式既能单独用又能合并用？",
              "共四种：责令公开道歉、训诫、通报批评、责令作出书面检查（第十条第二款）。",
              "共四种：责令公开道歉、训诫、通报批评、停职检查（第十条第二款）。")
    both_ways("第十条第二款有几种？", "第十条第二款一共四种。", "第十条第二款一共九种。")


def test_a_count_of_the_article_still_counts_the_article():
    both_ways("第十条有几种方式？", "第十条一共九种。", "第十条一共四种。")


def test_measure_put_outside_the_combinable_list():
    both_ways("停职检查能不能合并用？",
              "第十条第二款没有把停职检查放进可以合并适用的方式里。",
              "第十条第二款没有把通报批评放进可以合并适用的方式里。")
    both_ways("引咎辞职能不能合并用？",
              "第十条第二款没有把引咎辞职和责令辞职列入可以单独适用的方式。",
              "第十条第二款没有把引咎辞职和责令公开道歉列入可以单独适用的方式。")


def test_silence_said_before_the_question_of_combining():
    both_ways("引咎辞职能单独用吗？",
              "第十条第二款没有说引咎辞职能否单独适用。",
              "第十条第二款没有说责令作出书面检查能否单独适用。")


def test_a_modal_word_and_the_other_force_denied():
    both_ways("初步问责以后还会继续追究吗？",
              "第十五条：按第十三条、第十四条初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。注意是“可”，不是“必须”。",
              "第十五条：按第十三条、第十四条初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。注意是“必须”，不是“可”。")
    both_ways("现场会一定要开吗？",
              "第十三条规定，市委、市政府应在24小时内召开现场会。注意是“应”，不是“可以”。",
              "第十三条规定，市委、市政府应在24小时内召开现场会。注意是“可以”，不是“应”。")


def test_saying_verb_before_wenze_is_no_kind_of_it():
    both_ways("问责以后干部还能提拔吗？",
              "本规定现存条文（第一条到第十八条开头）里没有讲问责后能否提拔。",
              "第十八条开头讲从轻问责的几种情形。")


def test_coordination_under_de_is_distributed():
    both_ways("问责有没有时效？",
              "规定里没有讲追究问责的时效或期限。",
              "规定里没有讲现场会的时限和召开主体。")


def test_front_matter_words_quoted_and_a_field_not_known():
    both_ways("这份规定的发文机关是哪个？",
              "来源没有写发文机关（来源说明注明“未载明”）。所以到底是哪个机关发布的，单凭这份文本无从得知。",
              "来源没有写发文机关（来源说明注明“未载明”）。所以到底是什么时候发布的，单凭这份文本无从得知。")


def test_absent_he_read_as_the_asked_role():
    both_ways("较大事故，副区长（分管的）会被初步问责吗？",
              "第十四条的初步问责名单里并没有他。",
              "第十四条的初步问责名单里有他。")
    both_ways("较大事故，街道党工委书记会被初步问责吗？",
              "第十四条的初步问责名单里有街道党政领导正职。",
              "第十四条的初步问责名单里并没有他。")


def test_documents_listed_above_said_not_held():
    both_ways("规定里提到了哪些别的文件？",
              "规定里点名的外部文件有：\n- 《深圳市人民政府部门行政首长问责暂行办法》（第七条）；\n- 《关于实行党风廉政建设责任制的规定》（第八条）。\n"
              "上述文件的正文来源里都没有收录，只能看到规定引用了它们。",
              "规定里点名的外部文件有：\n- 《深圳市人民政府部门行政首长问责暂行办法》（第七条）；\n- 《深圳市实施行政问责制的实践与思考》（第八条）。\n"
              "上述文件的正文来源里都没有收录，只能看到规定引用了它们。")


def test_a_focus_adverb_before_the_agent_ends_the_list():
    both_ways("重大事故的现场会谁来开？",
              "特别重大和重大事故就由市委、市政府召开现场会（第十三条）。",
              "特别重大和重大事故就由市委、市纪委召开现场会（第十三条）。")
    both_ways("重大事故的现场会谁来开？",
              "特别重大和重大事故就由市委、市政府召开现场会（第十三条）。",
              "特别重大和较大事故就由市委、市政府召开现场会（第十三条）。")


def test_a_matter_handed_on_is_not_unfolded_here():
    both_ways("第十七条讲了什么？",
              "从重、从轻情节本规定没有展开，第十七条只是规定按照中办发[2009]25号第八条、第九条执行。",
              "问责程序本规定没有展开，第十七条只是规定按照中办发[2009]25号第八条、第九条执行。")
    both_ways("第十七条讲了什么？",
              "从重、从轻情节并不在条文里细化，第十七条直接规定按照中办发[2009]25号第八条、第九条执行。",
              "从重、从轻情节并不在条文里细化，第十七条直接规定按照《办法》执行。")


def test_one_subject_two_predicates_set_against_each_other():
    both_ways("规定里有没有诫勉谈话这种方式？",
              "诫勉谈话是这篇论文介绍《深圳市政府部门行政首长问责暂行办法》时提到的方式，并不是本规定里的问责方式。",
              "责令辞职是这篇论文介绍《深圳市政府部门行政首长问责暂行办法》时提到的方式，并不是本规定里的问责方式。")
