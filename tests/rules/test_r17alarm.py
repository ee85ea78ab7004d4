"""Right sentences of round 17 the checker flagged, read by construction (branch r17alarm), each
tested both ways in sentences of our own:

- the particulars of a matter an article hands to another text, said not to be in it
  (rules/checking/referral_details.py);
- a reviewer's remark (点评：…) on the answer the draft quotes (rules/checking/review_remarks.py)."""
from __future__ import annotations

from rules.checking import referral_details, review_remarks
from tests.rules.checking import both_ways


def test_particulars_of_a_matter_handed_on_are_not_here():
    both_ways("第十七条规定了什么？",
              "第十七条规定，从重、从轻情节按照中办发[2009]25号第八条、第九条执行。具体是哪几种从重、从轻情节，规定本身没有写。",
              "第十七条规定，从重、从轻情节按照中办发[2009]25号第八条、第九条执行。具体有哪些问责方式，规定本身没有写。")


def test_a_matter_the_article_keeps_is_no_handed_on_matter():
    both_ways("第十一条规定了什么？",
              "第十一条规定，责令公开道歉等五种方式的程序按照中办发[2009]25号文件执行。具体有哪些程序，条文没有写。",
              "第十一条规定，责令公开道歉等五种方式的程序按照中办发[2009]25号文件执行。具体有哪些问责方式，条文没有列出。")


def test_which_documents_only_where_the_target_is_unnamed():
    both_ways("第四条说的是什么？",
              "第四条只写“依照有关规定给予党纪政纪处分”。具体是哪些规定，本规定没有列出。",
              "第十七条写的是按照中办发[2009]25号第八条、第九条执行。具体是哪些文件，本规定没有列出。")


def test_the_other_texts_words_are_not_here():
    both_ways("程序怎么走？",
              "第十一条规定，训诫等四种方式的程序按照《办法》执行。这个文件的正文都不在本规定里，具体程序得去查原文件。",
              "第十条规定了两组问责方式。这个文件的正文都不在本规定里，具体程序得去查原文件。")


def test_referral_reading_needs_a_referral_in_scope():
    art = {17: "第十七条 对党政领导干部问责的从重、从轻情节按照中办发[2009]25号第八条、第九条执行。",
           10: "第十条 有下列情形的，给予训诫、通报批评处理。"}
    got = referral_details.judged("具体有哪些从重、从轻情节，条文没写。", "第十七条讲从重从轻。", "", art.get, "", lambda t: False)
    assert got and got[0]
    assert referral_details.judged("具体有哪些从重、从轻情节，条文没写。", "第十条讲方式。", "", art.get, "", lambda t: False) is None
    # a referral to a document the sources hold hands nothing out of them
    held = {4: "第四条 有关情节按照《某某办法》执行。"}
    assert referral_details.judged("具体有哪些情节，条文没写。", "第四条。", "", held.get, "", lambda t: True) is None


def test_review_quoted_part_must_be_in_the_answer():
    both_ways("学员答题：第十二条讲什么？请点评。",
              "学员答：第十二条规定事故问责组与事故调查组同步开展问责调查工作。\n点评：准确，“同步开展问责调查工作”也写到了。",
              "学员答：第十二条规定事故问责组与事故调查组同步开展问责调查工作。\n点评：准确，“按照管理权限立即成立”也写到了。")


def test_review_points_matched_to_an_article():
    both_ways("请批改：特别重大事故后市委市政府要做什么。",
              "学员答：市委、市政府应在24小时内召开现场会；\n在国务院、省作出问责决定前作出初步问责决定。\n点评：两个要点都对得上第十三条，答得好。",
              "学员答：市委、市政府应在24小时内召开现场会；\n在国务院、省作出问责决定前作出初步问责决定。\n点评：三个要点都对得上第十三条，答得好。")
    got = review_remarks.judged("点评：两个要点都对得上第十六条。", ["市委、市政府应在24小时内召开现场会；", "在国务院、省作出问责决定前作出初步问责决定。"],
                                lambda ref: "第十六条 发生一般公共安全责任事故，造成较大损失或者不良影响的，区委按《办法》对分管副职训诫。")
    assert got is not None and not got[0]


def test_review_of_a_wrong_answer_stays_unsupported():
    both_ways("学员答题：第十五条讲什么？请点评。",
              "学员答：第十五条规定，初步问责后可依照中办发[2009]25号文件进一步问责。\n点评：准确，答得好。",
              "学员答：第十五条规定，初步问责后必须依照《办法》进一步问责。\n点评：准确，答得好。")


def test_an_absence_after_only_said_takes_the_articles_scope():
    both_ways("事故问责组由谁牵头？",
              "第十二条只说问责组由纪检监察机关以及有关部门组成；牵头单位、组长人选都没有规定。",
              "第十二条只说问责组由纪检监察机关以及有关部门组成；纪检监察机关都没有规定。")


def test_not_written_lead_needs_the_absence_after_the_only_said():
    both_ways("事故问责组由谁牵头、组长是谁？",
              "条文没写。第十二条只说问责组由纪检监察机关以及有关部门组成；牵头单位、组长人选都没有规定。",
              "条文没写。第十二条只说问责组由纪检监察机关以及有关部门组成；调查组长人选由纪委决定。")


def test_labelled_answer_with_a_directional_complement():
    both_ways("问：根据现有材料能说出第十八条的不予问责情形吗？",
              "答：说不出来。第十八条的情形清单在来源中缺失。",
              "答：说不出来。第十八条的情形清单列在第十七条里。")


def test_a_lists_own_count_in_brackets():
    both_ways("第十条重的一组有哪些方式？",
              "按第十条，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理（共5种）。",
              "按第十条，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理（共6种）。")
    both_ways("第十条轻的一组有哪些方式？",
              "| 后果 | 问责方式 |\n|---|---|\n| 未造成重大损失或者恶劣影响 | 训诫、责令作出书面检查、通报批评、调离现工作岗位（四种） |",
              "| 后果 | 问责方式 |\n|---|---|\n| 未造成重大损失或者恶劣影响 | 训诫、责令作出书面检查、通报批评、调离现工作岗位（三种） |")


def test_a_wording_sentence_takes_the_article_before_it():
    both_ways("第十五条讲了什么？",
              "第十五条规定，初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。用的是“可”字。",
              "第十五条规定，初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。用的是“应”字。")


def test_a_topic_said_alone_before_its_content():
    both_ways("第三条讲的是什么？",
              "讲问责由谁来做。党委（党工委）、政府（管委会）及其工作部门按干部管理权限进行问责。",
              "讲问责期限怎么算。党委（党工委）、政府（管委会）及其工作部门按干部管理权限进行问责。")


def test_where_a_cited_document_appears():
    both_ways("本规定引用了哪些外部文件？",
              "| 文件 | 出现位置 |\n|---|---|\n| 《深圳市行政决策责任追究办法》 | 第七条 |\n| 《深圳市行政过错责任追究办法》（《办法》） | 第七条定义，第十一条、第十六条使用 |",
              "| 文件 | 出现位置 |\n|---|---|\n| 《深圳市行政决策责任追究办法》 | 第七条 |\n| 《深圳市行政过错责任追究办法》（《办法》） | 第七条定义，第十一条使用 |")
    both_ways("本规定引用了哪些外部文件？",
              "《关于实行党风廉政建设责任制的规定》出现在第八条。",
              "《关于实行党风廉政建设责任制的规定》出现在第九条。")


def test_first_appearance_with_its_short_title():
    both_ways("《办法》在本规定中出现在哪里？",
              "第七条首次出现，给《深圳市行政过错责任追究办法》定了简称《办法》。",
              "第十一条首次出现，给《深圳市行政过错责任追究办法》定了简称《办法》。")
    both_ways("《办法》在本规定中出现在哪里？",
              "第七条首次出现，给《深圳市行政过错责任追究办法》定了简称《办法》。",
              "第七条首次出现，给《深圳市行政决策责任追究办法》定了简称《办法》。")


def test_a_run_of_articles_after_a_word_of_sequence_each_held_to_its_own():
    both_ways("《办法》在本规定中出现在哪里？",
              "之后第十一条规定训诫、责令作出书面检查、通报批评、调离现工作岗位的程序按《办法》执行，第十六条规定一般事故的训诫和书面检查按《办法》作出。",
              "之后第十一条规定训诫、责令作出书面检查、调离现工作岗位的程序按《办法》执行，第十六条规定一般事故的训诫和通报批评按《办法》作出。")


def test_a_counted_run_denied_whole_without_an_adverb():
    q = "免职能不能和其他方式合并适用？"
    lead = "第十条第二款只点了训诫、责令作出书面检查、通报批评、责令公开道歉四种可以合并适用。"
    both_ways(q, lead + "停职检查、免职、调离现工作岗位这三种，那一款没有提到。",
              lead + "通报批评、免职、调离现工作岗位这三种，那一款没有提到。")
    both_ways(q, lead + "停职检查、免职、调离现工作岗位这三种，那一款没有提到。",
              lead + "停职检查、免职、调离现工作岗位这两种，那一款没有提到。")


def test_an_only_in_claim_ended_by_a_semicolon():
    both_ways("一般事故要多少小时内开现场会？",
              "一般事故没有时限。24小时的要求只见于第十三条、第十四条的现场会；第十六条没有时限。",
              "一般事故没有时限。24小时的要求只见于第十三条的现场会；第十六条没有时限。")


def test_a_gloss_of_bodies_without_their_bracketed_alternatives():
    both_ways("一般事故有没有开现场会的时限？",
              "现场会只出现在第十三条（市委市政府）和第十四条（区委区政府）。",
              "现场会只出现在第十三条（市委市政府）和第十四条（市委市政府）。")


def test_figures_said_to_be_some_of_a_named_group():
    both_ways("“十二五”期间深圳有哪些指标增长？",
              "全社会研发投入由333.3亿元增加到709.3亿元；金融业总资产由4万亿元增加到8.6万亿元。以上是报告所说“八个大幅增长”中的两项。",
              "全社会研发投入由333.3亿元增加到709.3亿元；金融业总资产由4万亿元增加到8.6万亿元。以上是报告所说“八个明显下降”中的两项。")


def test_a_conjunction_of_the_text_said_another_way():
    q = "简要概括第十三条的程序要求。"
    both_ways(q, "第十三条：发生特别重大或重大公共安全责任事故后，市委、市政府应在24小时内召开现场会，赶在国务院、省作出问责决定前，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定。",
              "第十三条：发生特别重大或重大公共安全责任事故后，市委、市政府应在24小时内召开现场会，赶在国务院、省作出问责决定后，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定。")
    both_ways(q, "第十三条：发生特别重大或重大公共安全责任事故后，市委、市政府应在24小时内召开现场会，赶在国务院、省作出问责决定前，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定。",
              "第十三条：发生特别重大或重大公共安全责任事故后，市委、市政府应在24小时内召开现场会，不在国务院、省作出问责决定前，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定。")


def test_what_a_cut_source_keeps_said_with_a_verb_of_seeing():
    both_ways("第十八条现在能看到什么？",
              "只能看到开头一句：“党政领导干部有下列情形之一的，不予问责：”。",
              "只能看到开头一句：“党政领导干部有下列情形之一的，可以从轻问责：”。")
    both_ways("第十七条现在能看到什么？",
              "第十七条是完整的：对党政领导干部问责的从重、从轻情节按照中办发[2009]25号第八条、第九条执行。",
              "只能看到开头一句：“对党政领导干部问责的从重、从轻情节”。")


def test_a_lack_in_the_sources_said_as_gone():
    both_ways("第十八条现在能看到什么？",
              "第十八条的情形清单在来源里没了。",
              "第十七条的情形清单在来源里没了。")


def test_what_follows_the_cut_said_with_the_regulation_and_the_sources():
    both_ways("第十八条之后还有条文吗？",
              "第十八条之后本规定还有没有其他条款，来源里也看不出。",
              "第十六条之后本规定还有没有其他条款，来源里也看不出。")


def test_a_cases_condition_named_by_a_quote():
    both_ways("一般事故里街道分管副职会被怎么处理？",
              "前提是这起一般事故“造成较大损失或者不良影响”。按第十六条，对街道党政领导分管副职责令作出书面检查。",
              "前提是这起较大事故“造成较大损失或者不良影响”。按第十六条，对街道党政领导分管副职责令作出书面检查。")


def test_the_same_article_is_no_first_article():
    both_ways("一般事故里分管副职会被怎么处理？",
              "按第十六条，对区有关职能部门领导分管副职训诫；同一条里，街道党政领导分管副职则是责令作出书面检查。",
              "按第十六条，对区有关职能部门领导分管副职训诫；同一条里，街道党政领导分管副职则是停职检查。")
