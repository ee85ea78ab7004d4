"""Right sentences of round 19 the checker flagged, read by construction (branch r19alarm), each
tested both ways in sentences of our own: the right one passes, its near twin with one wrong detail
is flagged.

- a verdict lead in other words (问不出来, 条文没有直接回答, 从条文看没有这个要求), judged as the
  verdicts are (rules/checking/verdict_forms.py, rules/checker.py `_HEDGE`);
- a deadline said not to be mentioned (也没提24小时时限, rules/checking/claims.py `convening`);
- a list verb denied before its terms (第十条第二款没有列出停职检查, rules/checking/claims.py `listing`);
- a cut placed after the words just quoted (在这句之后断了, rules/checking/kept_text.py);
- a lower bound on the articles (至少有十八条, rules/checking/article_total.py);
- a document the text only names (rules/checking/named_only.py);
- a count column of a table (rules/checking/tables.py);
- a yes-or-no condition as a list's basis (以是否“X”为界：, rules/checking/division_basis.py);
- members put on the list a quoted predicate names (rules/checking/quoted_roster.py)."""
from __future__ import annotations

from rules.checking import article_total, named_only, quoted_roster, tables
from tests.rules.checking import both_ways


def test_cannot_be_asked_lead_needs_the_missing_said():
    both_ways("第十八条列了哪些不予问责的情形？",
              "这个问不出来。第十八条只剩开头一句，后面列的情形在来源中缺失。",
              "这个问不出来。第十三条只剩开头一句，后面列的情形在来源中缺失。")


def test_cannot_be_asked_of_a_whole_article_is_wrong():
    both_ways("第十八条列了哪些不予问责的情形？",
              "这个问不出来。第十八条只剩开头一句，后面列的情形在来源中缺失。",
              "这个问不出来。")


def test_text_does_not_answer_directly():
    both_ways("引咎辞职可以和其他方式一起用吗？",
              "条文没有直接回答。第十条第二款点名的只有训诫、责令作出书面检查、通报批评、责令公开道歉，引咎辞职不在其中。",
              "条文没有直接回答。第十条第二款点名的只有训诫、责令作出书面检查、通报批评、引咎辞职。")


def test_no_requirement_from_the_text_with_the_deadline_not_mentioned():
    both_ways("一般事故要在24小时内开现场会吗？",
              "从条文看没有这个要求。第十六条只说发生一般公共安全责任事故的，区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职训诫，既没提现场会，也没提24小时时限。",
              "从条文看没有这个要求。第十六条只说区委（党工委）、区政府（管委会）应在24小时内召开现场会。")


def test_a_deadline_said_unmentioned_where_the_article_gives_it():
    both_ways("较大事故的现场会有时限吗？",
              "有。第十四条要求区委（党工委）、区政府（管委会）在24小时内召开现场会。",
              "没有。第十四条只说召开现场会，也没提24小时时限。")


def test_list_verb_denied_before_its_terms():
    both_ways("免职能和别的方式合并适用吗？",
              "第十条第二款没有点名引咎辞职、免职。",
              "第十条第二款没有点名通报批评、免职。")
    both_ways("调离现工作岗位能合并适用吗？",
              "第十条第二款没有列出调离现工作岗位。",
              "第十条第二款没有列出责令公开道歉。")


def test_cut_after_the_words_just_quoted():
    both_ways("第十八条讲什么？",
              "讲不予问责：党政领导干部有下列情形之一的，不予问责。转载的文本到这句就断了，具体情形没有保留下来。",
              "讲从重从轻：按照中办发[2009]25号第八条、第九条执行。转载的文本到这句就断了，具体情形没有保留下来。")


def test_cut_after_the_words_of_a_whole_article():
    both_ways("第十八条讲什么？",
              "讲不予问责。来源在这句之后断了，具体情形没有保留下来。",
              "讲不予问责。第十六条在这句之后断了。")


def test_at_least_so_many_articles():
    both_ways("规定共有多少条？",
              "文本在第十八条开头就中断了。能确定的只是至少有十八条。",
              "文本在第十八条开头就中断了。能确定的只是至少有二十一条。")
    assert article_total.lower_bounds("起码有十条", 18) == [(True, "来源中的条文到第18条", True)]
    assert not article_total.lower_bounds("第五条到第九条至少有五条", 18)


def test_document_only_named():
    both_ways("《深圳市行政决策责任追究办法》的内容是什么？",
              "第七条只提到了名字，并没有介绍它的具体内容。",
              "第十一条只提到了名字，并没有介绍它的具体内容。")
    both_ways("《深圳市行政决策责任追究办法》的内容是什么？",
              "规定本身只是点名引用，没有介绍这个办法的具体内容。",
              "规定本身只是点名引用，没有介绍《深圳市重大行政决策程序规定》的具体内容。")


def test_named_only_is_held_to_the_sources_not_the_words():
    reg = "第七条 对照《甲办法》、《乙办法》等有关规定的情形问责。"
    got = named_only.judged("本规定只是点名引用，没有介绍它的具体内容。", "", "《甲办法》讲了什么？", reg,
                            lambda t: t == "乙办法", lambda t: set(), lambda n: reg)
    assert got is not None and got[0]
    held = named_only.judged("本规定只是点名引用，没有介绍它的具体内容。", "", "《乙办法》讲了什么？", reg,
                             lambda t: t == "乙办法", lambda t: set(), lambda n: reg)
    assert held is not None and not held[0]
    assert named_only.judged("本规定只是点名引用，还规定了时限，没有介绍它的具体内容。", "", "《甲办法》讲了什么？", reg,
                             lambda t: False, lambda t: set(), lambda n: reg) is None


def test_count_column_of_a_table():
    table = ("| 情形 | 问责方式 | {h} |\n|---|---|---|\n"
             "| 造成重大损失或者恶劣影响 | 责令公开道歉、停职检查、引咎辞职、责令辞职、免职 | {a} |\n"
             "| 未造成重大损失或者恶劣影响 | 训诫、责令作出书面检查、通报批评、调离现工作岗位 | {b} |")
    both_ways("两组问责方式各有几种？", table.format(h="数量", a="5", b="4"), table.format(h="数量", a="5", b="3"))
    both_ways("两组问责方式各有几种？", table.format(h="种数", a="5种", b="4种"), table.format(h="种数", a="4种", b="4种"))
    assert tables.row_sentence(["方式", "数量"], ["训诫、通报批评", "2"]) == "方式为训诫、通报批评（2种）。"
    assert tables.row_sentence(["方式", "数量"], ["训诫", "2"]) == "方式为训诫，数量为2。"


def test_yes_or_no_condition_as_the_basis():
    lead = "按第十条，以是否“{x}”来区分：\n- 造成的：责令公开道歉、停职检查、引咎辞职、责令辞职、免职；\n- 未造成的：训诫、责令作出书面检查、通报批评、调离现工作岗位。"
    both_ways("问责方式分几档？", lead.format(x="造成重大损失或者恶劣影响"), lead.format(x="造成人员伤亡"))


def test_members_on_the_quoted_list():
    both_ways("书面检查和公开道歉能合并用吗？",
              "能。这两种都在第十条第二款“可以单独适用也可以和其他问责方式合并适用”的名单里。",
              "能。这两种都在第十一条“可以单独适用也可以和其他问责方式合并适用”的名单里。")
    both_ways("通报批评可以合并适用吗？",
              "可以。通报批评和训诫都在第十条第二款“可以单独适用也可以和其他问责方式合并适用”的名单里。",
              "可以。通报批评和责令辞职都在第十条第二款“可以单独适用也可以和其他问责方式合并适用”的名单里。")


def test_roster_count_must_match_the_question():
    terms = lambda t: [w for w in ("训诫", "通报批评", "免职") if w in t]
    assert quoted_roster.composed("这两种都在第十条第二款“可以单独适用”的名单里。", "训诫和通报批评呢？", terms) \
        == "第十条第二款规定，训诫、通报批评可以单独适用。"
    assert quoted_roster.composed("这三种都在第十条第二款“可以单独适用”的名单里。", "训诫和通报批评呢？", terms) is None
    assert quoted_roster.composed("这两种都不在第十条第二款“可以单独适用”的名单里。", "训诫和通报批评呢？", terms) is None


def test_meeting_denied_only_where_the_meeting_is_denied():
    both_ways("一般事故要开现场会吗？",
              "不用。第十六条对一般事故只写了按《办法》训诫和责令作出书面检查，既没提现场会，也没提时限。",
              "要。第十六条对一般事故要求召开现场会，只是没提时限。")


def test_run_denied_by_the_combinable_paragraph():
    both_ways("第十条第二款没有提到哪些方式？",
              "第十条第一款列了九种。剩下的责令辞职、免职、引咎辞职，第二款都没有点名，能否合并适用条文没有明说。",
              "第十条第一款列了九种。剩下的责令辞职、免职、训诫，第二款都没有点名，能否合并适用条文没有明说。")
    both_ways("第十条第二款没有提到哪些方式？",
              "第十条第一款列了九种。剩下的责令辞职、免职，第二款都没有点名，能否合并适用条文没有明说。",
              "第十条第一款列了九种。剩下的责令辞职、免职，第二款都没有点名，但它们可以合并适用。")


def test_modal_word_pointed_at_in_the_article_the_line_opens_with():
    both_ways("初步问责以后还能再追究吗？",
              "可以。第十五条写明，按第十三条、第十四条初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。要注意是“可”，不是必须。",
              "可以。第十五条写明，按第十三条、第十四条初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。要注意是“应当”，不是可以。")
    both_ways("较大事故的现场会一定要开吗？",
              "要开。第十四条规定区委（党工委）、区政府（管委会）应在24小时内召开现场会。注意用的是“应”。",
              "要开。第十四条规定区委（党工委）、区政府（管委会）应在24小时内召开现场会。注意是“可”，不是必须。")
