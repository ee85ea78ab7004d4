"""Right sentences the checker flagged in rounds 15 and 16, read by construction (branch alarms16),
each tested both ways in sentences of our own:

- a combining sentence's partner (与M等其他问责方式, 其他问责方式（包括M）), a denial that the text
  writes a measure as combinable, and 一并 before a verb of listing (combine_partner.py);
- 第N条明确列了“…”: a verb of listing beside a quote of the article (checker `_WORDING_TALK`);
- the quoted words after an article's list, said of the article the talk is on (quoted_tail.py);
  also after a list the sentence itself gives ("《A》、《B》，后面还有“等有关规定”");
- the set formulas of a letter (来信收悉, 此致, 祝好) (letter_forms.py);
- a level given as what the text says, a body of another level denied (level_not_body.py);
- 属于第N条第（k）项的问责情形: the kind of 情形 its lead names (item_membership.py);
- a quoted wording said to be absent from a provision, or from the one above (quoted_absence.py);
- a convening claim under the severity of the article it cites, not one carried from before (convened.py);
- a post said absent at its level where the text has it at another level only (level_exchanged.py);
- a time limit is of the act in its own part of the clause, not of one further on (time_limits.py);
- a bare decline to a question about an article the source breaks off in (declined_cut.py);
- the tiers (档) of a graded paragraph written as conditions between semicolons (paragraph_count.py);
- a short name said to be already defined in an article, with 这里 and 已经 (support `_ALIAS_TALK`);
- a time limit said absent, verified where the text names the act and gives it no span (limit_absent.py);
- the text of a document the sources only refer to, said not written here nor held (outside_text.py);
- a general word of a provision said not to be spelt out (unlisted_members.py);
- the modal word of the provision the talk is on, quoted (modal_word.py);
- a question the draft asks itself, read with the answer on the next line (self_asked.py);
- an article said to cite a document as the basis of enactment (enactment_basis.py);
"""
from __future__ import annotations

from rules.checking import combine_partner, letter_forms
from tests.rules.checking import both_ways, verdict


def test_partner_of_a_combinable_measure():
    both_ways("停职检查能和别的方式一起用吗？",
              "通报批评也可以与停职检查等其他问责方式合并适用。",
              "停职检查也可以与通报批评等其他问责方式合并适用。")
    both_ways("停职检查能和别的方式一起用吗？",
              "条文允许把训诫与其他问责方式（包括免职）合并适用。",
              "条文允许把免职与其他问责方式（包括训诫）合并适用。")
    # a partner that is no measure of the regulation is still no measure of it
    assert not verdict("停职检查能和别的方式一起用吗？", "训诫可以与降级等其他问责方式合并适用。").passed
    assert combine_partner.partner("训诫可以与免职等其他问责方式合并适用", 5, 7)
    assert not combine_partner.partner("训诫可以与免职合并适用", 5, 7)


def test_denial_that_a_measure_is_written_combinable():
    both_ways("免职能不能跟别的方式合并？",
              "规定没有明文写免职可以与其他问责方式合并适用。",
              "规定没有明文写通报批评可以与其他问责方式合并适用。")


def test_listed_together_combines_no_measures():
    assert combine_partner.LISTED_TOGETHER.search("把正职、分管副职一并列为免职对象")
    assert not combine_partner.LISTED_TOGETHER.search("免职和停职检查可以一并适用")


def test_a_verb_of_listing_beside_the_articles_words():
    both_ways("街道党政领导成员属于问责对象吗？",
              "第二条明确列了“街道党政领导成员”。",
              "第三条明确列了“街道党政领导成员”。")
    both_ways("街道党政领导成员属于问责对象吗？",
              "第二条明确列了“街道党政领导成员”。",
              "第二条明确列了“社区党政领导成员”。")


def test_the_quoted_tail_after_an_articles_list():
    right = ("第八条列举的行为有：对上级领导机关交办的党风廉政责任范围内的事项拒不办理；\n"
             "后面还有“等违反党风廉政建设责任制的情形”。")
    both_ways("第八条列举了哪些行为？", right,
              right.replace("等违反党风廉政建设责任制的情形", "等违反公共安全管理职责的情形"))
    # the tail of another article than the one talked about
    both_ways("第八条列举了哪些行为？", right,
              right.replace("第八条列举", "第七条列举").replace("党风廉政责任范围内的事项拒不办理", "决策失误"))
    right = "第七条提到了《深圳市行政决策责任追究办法》。\n条文在列举之后还有一个“等有关规定”。"
    both_ways("第七条对照哪些规定？", right, right.replace("等有关规定", "等违反党风廉政建设责任制的情形"))
    # words of the article that stand before its list, not after it
    both_ways("第七条对照哪些规定？", right, right.replace("等有关规定", "决策失误、滥用职权"))


_FOURTEEN = "按第十四条，发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）应在24小时内召开现场会。"


def test_letter_formulas_frame_a_reply():
    both_ways("较大事故的现场会谁来开？",
              "张主任：\n来函已收到。\n" + _FOURTEEN + "\n此致\n敬礼",
              "张主任：\n来函已收到。\n" + _FOURTEEN.replace("24小时", "48小时") + "\n此致\n敬礼")
    assert letter_forms.formula("来信收悉。") and letter_forms.formula("祝好")
    assert not letter_forms.formula("来信收悉，第十四条规定由区委召开现场会。")
    assert not verdict("较大事故的现场会谁来开？", "来信收悉，现场会由市委召开。").passed


def test_a_level_said_and_a_body_of_another_level_denied():
    both_ways("较大事故的现场会由哪一级开？",
              _FOURTEEN + "条文写的是区一级，不是市委、市政府。",
              _FOURTEEN + "条文写的是市一级，不是区委、区政府。")
    both_ways("较大事故的现场会由哪一级开？",
              _FOURTEEN + "条文写的是区一级，不是市委、市政府。",
              "按第十三条，发生重大公共安全责任事故后，市委、市政府应在24小时内召开现场会。"
              "条文写的是区一级，不是市委、市政府。")


def test_an_item_placed_among_the_cases_its_lead_names():
    both_ways("瞒报事故信息怎么处理？",
              "谎报公共安全事故信息属于第五条第（四）项的问责情形。",
              "谎报公共安全事故信息属于第五条第（三）项的问责情形。")
    both_ways("瞒报事故信息怎么处理？",
              "谎报公共安全事故信息属于第五条第（四）项规定的问责情形。",
              "谎报公共安全事故信息属于第五条第（四）项规定的免职情形。")


def test_a_quoted_wording_absent_from_a_provision():
    both_ways("第十二条有没有时限？",
              "第十二条没有出现“24小时”字样。",
              "第十三条没有出现“24小时”字样。")
    # said of the item the line above quotes
    right = "第五条第（五）项：“不履行或不正确履行公共安全事故预防职责的”。\n这一项的文字没有写“发生公共安全事故”。"
    both_ways("第五条第（五）项要求发生事故吗？", right,
              right.replace("（五）", "（六）").replace("不履行或不正确履行公共安全事故预防职责的",
                                                     "其他不履行或不正确履行公共安全管理职责，发生公共安全事故的"))
    # (the quote was taken out and "第项的文字" read as the absent thing: a word the item has passed)
    assert not verdict("第五条第（六）项是什么？", "第五条第（六）项的文字没有写“发生公共安全事故”。").passed


def test_a_cited_articles_severity_over_one_carried_from_before():
    right = "第十四条为区委（党工委）、区政府（管委会）。\n第十三条还写明在国务院、省作出问责决定前作出初步问责决定。"
    both_ways("初步问责决定是怎么规定的？", right, right.replace("第十三条还", "第十四条还"))
    # a severity the question asks about is still held
    assert not verdict("较大事故的初步问责决定谁作？", "第十三条还写明由省作出初步问责决定。").passed


def test_a_post_absent_at_its_level_where_the_text_has_it_at_another():
    both_ways("较大事故里分管副区长有初步问责吗？",
              "区党政领导分管副职不在第十四条的名单里。",
              "街道党政领导分管副职不在第十四条的名单里。")
    both_ways("较大事故里分管副区长有初步问责吗？",
              "区党政领导分管副职不在第十四条的名单里。",
              "区党政领导分管副职不在第十三条的名单里。")


def test_a_time_limit_is_of_the_act_beside_it():
    both_ways("停职检查有期限吗？",
              "现有条文没有规定停职检查的期限。",
              "现有条文没有规定召开现场会的期限。")


def test_a_bare_decline_about_an_article_the_source_breaks_off_in():
    from rules.checking import declined_cut
    both_ways("第十八条列了哪些不予问责的情形？",
              "无法列举。\n来源中的第十八条只有开头一句，后面的情形清单缺失。",
              "无法列举，因为第十八条只列了两种情形。\n来源中的第十八条只有开头一句，后面的情形清单缺失。")
    assert declined_cut.declines("没法给出。") and not declined_cut.declines("没法给出第十四条以外的内容。")


def test_the_tiers_of_a_graded_paragraph_without_items():
    from rules.checking import paragraph_count
    text = lambda n: ("第十条 有本规定第五、六、七、九条规定的情形，造成重大损失或者恶劣影响的，给予免职处理；"
                      "未造成重大损失或者恶劣影响的，给予训诫处理。\n训诫可以单独适用。")
    assert [v.ok for v in paragraph_count.counts("第十条第一款的两档。", text)] == [True]
    assert [v.ok for v in paragraph_count.counts("第十条第一款的三档。", text)] == [False]
    assert [v.ok for v in paragraph_count.counts("第十条第二款的两档。", text)] == [False]


def test_a_short_name_said_already_defined_here():
    right = "这里的《办法》在第七条中已经定义，是《深圳市行政过错责任追究办法》的简称。"
    both_ways("训诫按什么程序？", right, right.replace("第七条", "第十一条"))
    both_ways("训诫按什么程序？", right, right.replace("行政过错", "行政决策"))


def test_a_time_limit_said_absent_of_the_act_asked_about():
    right = verdict("事故问责组要在多少小时内成立？", "条文没有给出小时数。\n第十二条只说“立即成立”。")
    assert right.passed, right.problems
    assert not verdict("现场会要在多少小时内召开？", "条文没有给出小时数。\n第十二条只说“立即成立”。").passed
    both_ways("事故问责组要在多少小时内成立？",
              "条文没有规定成立事故问责组的时限。",
              "条文没有规定召开现场会的时限。")


def test_the_text_of_a_document_only_referred_to():
    both_ways("《办法》的内容是什么？",
              "《办法》的具体条文本规定没有写，知识库也没有收录。",
              "《深圳市党政领导干部问责暂行规定》的具体条文本规定没有写，知识库也没有收录。")
    above = "训诫的程序按《办法》执行，免职的程序按中办发[2009]25号文件执行。\n"
    both_ways("程序依据是什么？", above + "两份文件的具体程序内容，本规定没有写出来。",
              above.replace("按《办法》执行", "按《深圳市党政领导干部问责暂行规定》执行").replace(
                  "按中办发[2009]25号文件执行", "按《深圳市党政领导干部问责暂行规定》执行")
              + "两份文件的具体程序内容，本规定没有写出来。")


def test_a_general_word_said_not_spelt_out():
    from rules.checking import unlisted_members
    both_ways("事故问责组由谁组成？",
              "第十二条：事故问责组由纪检监察机关以及有关部门组成。\n至于“有关部门”具体是哪些，条文没有列明。",
              "第二条：本规定所称党政领导干部是指……。\n至于“党政领导干部”具体是哪些，条文没有列明。")
    assert unlisted_members.judged("有关部门", "由纪检监察机关以及有关部门组成", "第十二条")[0]
    assert not unlisted_members.judged("有关部门", "有关部门（包括安监、公安）组成", "第十二条")[0]
    assert unlisted_members.judged("组织人事部门", "由纪检监察机关以及有关部门组成", "第十二条") is None


def test_the_modal_word_of_the_provision_above():
    above = "按第十条第二款，通报批评可以单独适用也可以和其他问责方式合并适用。\n"
    both_ways("通报批评能和别的一起用吗？", above + "至于个案要不要合并，条文用的是“可以”，不是必须。",
              above + "至于个案要不要合并，条文用的是“应当”，不是可以。")
    both_ways("现场会一定要开吗？",
              "按第十四条，区委（党工委）、区政府（管委会）应在24小时内召开现场会。\n条文用的是“应”，不是可以。",
              "按第十四条，区委（党工委）、区政府（管委会）应在24小时内召开现场会。\n条文用的是“可以”，不是必须。")


def test_a_self_asked_question_read_with_its_answer():
    from rules.checking import self_asked
    both_ways("第十四条讲什么？", "问：第十四条针对哪类事故？\n答：较大公共安全责任事故。",
              "问：第十四条针对哪类事故？\n答：特别重大公共安全责任事故。")
    both_ways("第十四条讲什么？", "问：第十四条针对哪类事故？\n答：较大公共安全责任事故。",
              "问：第十六条针对哪类事故？\n答：较大公共安全责任事故。")
    assert self_asked.claim("问：第十四条针对哪类事故？", "答：较大公共安全责任事故。") == "第十四条针对较大公共安全责任事故"
    assert self_asked.claim("问：调离现工作岗位在里面吗？", "答：不在。") is None


def test_an_article_said_to_cite_a_document_as_the_basis_of_enactment():
    lead = "本规定在以下几处引用了中办发[2009]25号：\n"
    both_ways("中办发[2009]25号用在哪里？", lead + "- 第一条：作为制定依据；", lead + "- 第十五条：作为制定依据；")
    both_ways("中办发[2009]25号用在哪里？", lead + "- 第一条：作为制定依据；",
              "本规定在以下几处引用了《办法》：\n- 第一条：作为制定依据；")


def test_a_list_then_the_tail_after_it():
    right = "《深圳市行政决策责任追究办法》、《深圳市人民政府部门行政首长问责暂行办法》，后面还有“等有关规定”。"
    both_ways("第七条提到了哪几部办法？", right, right.replace("等有关规定", "等违反党风廉政建设责任制的情形"))
    both_ways("第七条提到了哪几部办法？", right, right.replace("《深圳市人民政府部门行政首长问责暂行办法》", "《深圳市环境保护条例》"))
    assert not verdict("第八条提到了哪几部办法？", right).passed
