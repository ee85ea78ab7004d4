"""Branch `r19miss`: wrong drafts of rounds 18 and 19 the checker let through, read by the
construction they use. Each reading is tested both ways, in our own words, on the shipped sources
and on a regulation of tests/data (its words are its own: nothing here is in the code)."""
from __future__ import annotations

from tests.rules.checking import both_ways, on, verdict

medical = on("qinglan-medical-2035")


# paired_figures.py: two figures each given the other's noun

def test_two_counts_given_each_others_noun():
    both_ways("去年人大建议和政协提案各办了多少？",
              "去年办理建议707件、提案325件。",
              "去年办理建议325件、提案707件。", unsupported=True)


def test_two_thresholds_given_each_others_rate():
    medical("青澜医疗投诉办法里年度考核不合格的线是多少？",
            "投诉按期办结率低于90%、投诉人满意率低于70%的，年度考核不合格。",
            "投诉按期办结率低于70%、投诉人满意率低于90%的，年度考核不合格。")


# period_swapped.py: a result said of another period

def test_a_result_said_of_the_whole_year():
    both_ways("2015年违法建筑控制得怎样？",
              "2015年拆除违法建筑153.6万平米，下半年违法建筑零增长。",
              "2015年拆除违法建筑153.6万平米，上半年违法建筑零增长。", unsupported=True)


# mention_denied.py: a mention denied that the text makes

def test_a_field_the_article_names_said_unmentioned():
    both_ways("本规定说到环境保护了吗？",
              "说到了。第五条第（二）项列了市场监管、环境保护、土地管理等领域。",
              "没有明确提到。", unsupported=True)


def test_a_denial_about_an_article_that_lacks_the_word_passes():
    assert verdict("第十条提到环境保护了吗？", "第十条没有提到环境保护。").passed


# basis_title.py: a title given as an act's basis that the article does not act by

def test_article_eight_acts_by_its_own_title():
    both_ways("第八条的情形依什么追究？",
              "第八条规定的这几种情形，按照《关于实行党风廉政建设责任制的规定》追究党政领导干部的责任。",
              "第八条规定的这几种情形，依照《关于实行党政领导干部问责的暂行规定》追究党政领导干部的责任。",
              unsupported=True)


# basis_denied.py: the document an act goes by said not to be given

def test_further_accountability_has_a_basis():
    both_ways("进一步问责按什么来？",
              "第十五条规定，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。",
              "第十五条只说可以根据事故调查结果进一步问责，没有写进一步问责依据的是什么文件。", unsupported=True)


# case_unmeasured.py: a case said to get no measure that the article gives one

def test_the_lighter_case_of_article_ten_is_not_left_alone():
    both_ways("违反选拔任用规定但损失不大，会被问责吗？",
              "会。第十条规定，未造成重大损失或者恶劣影响的，给予训诫、责令作出书面检查、通报批评、调离现工作岗位处理。",
              "第十条只处理造成重大损失或者恶劣影响的情形，没有造成的就不予追究。", unsupported=True)


# clefts.left_out: a cleft list of officials that leaves one out

def test_who_is_dismissed_after_a_very_serious_accident():
    both_ways("特别重大事故后哪些人被免职？",
              "特别重大事故中被免职的是区党政领导分管副职、区有关职能部门领导分管副职、街道党政领导正职和街道党政领导分管副职。",
              "特别重大事故中被免职的是区党政领导分管副职、街道党政领导正职和街道党政领导分管副职。", unsupported=True)


# one_clause._counted: a list said whole by its count that drops members

def test_a_count_of_reporting_failures_that_drops_one():
    both_ways("第五条第（四）项讲的报送问题？",
              "第五条第（四）项针对瞒报、谎报、迟报、漏报公共安全事故信息的行为。",
              "第五条第（四）项针对两种报送问题：瞒报、漏报公共安全事故信息。", unsupported=True)


# inserted_member.py: a member joined after the end of the article's list

def test_a_member_joined_after_the_last_category():
    both_ways("第二条都包括谁？",
              "第二条的范围包括上列工作部门内设机构领导成员，以及街道党政领导成员。",
              "第二条的范围包括上列工作部门内设机构领导成员；街道党政领导成员，以及居委会主任。", unsupported=True)


# claims.convening: a body the deadline is said of, the act left unsaid

def test_the_body_of_a_deadline_without_the_meeting_named():
    both_ways("重大事故谁在24小时内开？",
              "重大事故由市委、市政府在24小时内开。",
              "重大事故由区委（党工委）、区政府（管委会）在24小时内开。", unsupported=True)


# modal_polarity.py: 须 over an act the text only permits

def test_must_combine_where_the_text_permits():
    both_ways("通报批评能不能跟别的方式一起用？",
              "第十条第二款规定，通报批评可以和其他问责方式合并适用。",
              "第十条第二款规定，通报批评须与其他问责方式合并适用。", unsupported=True)


# claims.external_articles: an outside article said to provide words the sources never say

def test_what_the_outside_article_nine_says_is_unknown():
    both_ways("中办发25号第九条讲什么？",
              "第十七条规定，从重、从轻情节按照中办发[2009]25号第八条、第九条执行。",
              "中办发[2009]25号第九条规定，主动交代问题并积极挽回损失的，可以减轻问责。", unsupported=True)


# pronoun_topic.py: 它 taking up the sentence's first measure

def test_it_takes_up_the_measure():
    both_ways("通报批评按什么程序？",
              "通报批评属于较轻的一档，第十一条规定它跟训诫一样，程序按照《办法》执行。",
              "通报批评属于较轻的一档，第十一条规定它跟停职检查一样，程序按照中办发[2009]25号文件执行。",
              unsupported=True)


# list_elsewhere.py: a list said of one article that another holds

def test_principles_said_of_article_fourteen():
    both_ways("初步问责依什么原则？",
              "第十三条要求根据严格要求、实事求是、权责一致、惩教结合原则作出初步问责决定。",
              "第十四条要求区委、区政府依照严格要求、实事求是、权责一致、惩教结合原则召开现场会。",
              unsupported=True)


def test_an_article_in_brackets_only_glosses_a_name():
    """"按《办法》（即第七条所称…）：训诫、…" says the list of the procedure, not of 第七条: an
    article named inside brackets glosses the name and is not the article the list is said of."""
    both_ways("第十一条怎么分程序？",
              "按《办法》（即第七条所称《深圳市行政过错责任追究办法》）：训诫、责令作出书面检查、通报批评、调离现工作岗位。",
              "第七条列了训诫、责令作出书面检查、通报批评、调离现工作岗位。", unsupported=True)


# _missing_said / _resolve_leads: items said kept of a list the source keeps none of; a yes
# before a sentence that only says the content is missing

def test_items_said_kept_of_the_cut_article():
    both_ways("第十八条还剩什么？",
              "第十八条只有开头一句，所列情形在来源中缺失。",
              "第十八条的不予问责情形，来源只留下了前三项。", unsupported=True)


def test_a_yes_before_a_missing_list():
    both_ways("第十八条的情形能查到吗？",
              "查不到。第十八条的情形清单在来源中缺失。",
              "能查到。第十八条的情形清单在来源中缺失。")


def test_a_count_of_four_is_no_article_four():
    assert verdict("初步问责有哪些原则？", "一共四条：严格要求、实事求是、权责一致、惩教结合。").passed


def test_a_basis_that_names_no_document_may_be_said_unnamed():
    assert verdict("第四条的有关规定指什么？",
                   "第四条只说“依照有关规定给予党纪政纪处分”，没有写明依照的是哪些文件。").passed
