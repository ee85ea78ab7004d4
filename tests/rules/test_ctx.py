"""Sentences that lean on their neighbours (branch ctx), each reading both ways: an announcement
judged by counting what follows it (announced.py), an answer that echoes the question
(echoed_answer.py), a person filling 谁 (short_answers.py), an anaphor written out as the reference
the named item makes (antecedent.py), an ordinal member of the list before (antecedent.member_out),
and a quoted word glossed by its force (word_force.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways, on, verdict

ITEMS_14 = ("\n1. 区有关职能部门领导分管副职——责令作出书面检查；\n2. 街道党政领导正职——责令公开道歉；"
            "\n3. 街道党政领导分管副职——停职检查。")


# --- an announcement counted by the parts after it, and by the named article's structure

def test_count_before_list_lines_matches_the_lines():
    both_ways("第十四条涉及哪几类人？", "第十四条（较大事故）涉及三类人：" + ITEMS_14,
              "第十四条（较大事故）涉及四类人：" + ITEMS_14, unsupported=True)


def test_a_part_of_the_article_said_as_the_whole_fails():
    # two of the three roles 第十四条 names, announced as all it involves
    bad = verdict("第十四条涉及哪几类人？", "第十四条（较大事故）涉及两类人：" + ITEMS_14.rsplit("\n", 1)[0])
    assert not bad.passed and any("3项" in p for p in bad.problems), bad.problems


def test_count_before_clauses_on_its_line():
    right = ("第四条分两种情况：一是受到问责的同时还需要追究纪律责任的，依照有关规定给予党纪政纪处分；"
             "二是涉嫌犯罪的，移送司法机关依法处理。")
    both_ways("问责之外，什么情况下要给处分或移送司法？", right, right.replace("两种", "三种"), unsupported=True)


def test_unnamed_count_before_bullets():
    lines = ("\n- 特别重大或重大公共安全责任事故：市委、市政府在24小时内召开现场会（第十三条）；"
             "\n- 较大公共安全责任事故：区委（党工委）、区政府（管委会）在24小时内召开现场会（第十四条）。")
    both_ways("现场会的召开主体和时限是怎么规定的？", "分两种情况：" + lines, "分三种情况：" + lines, unsupported=True)


def test_several_besides_an_article_excludes_that_article():
    lines = ("\n- 第十五条：初步问责后，根据事故调查结果，可以依照中办发[2009]25号文件进一步问责；"
             "\n- 第十七条：从重、从轻情节按中办发[2009]25号第八条、第九条执行。")
    both_ways("规定里还有哪些地方直接引用了中办发25号文或《办法》？", "除第十一条外，至少还有几处：" + lines,
              "除第十五条外，至少还有几处：" + lines, unsupported=True)


def test_the_lead_words_besides_the_count_are_held():
    lines = ("\n1. 有关党政领导正职——责令公开道歉；\n2. 区党政领导分管副职、区有关职能部门领导分管副职、"
             "街道党政领导正职——停职检查；\n3. 街道党政领导分管副职——免职。")
    both_ways("重大公共安全责任事故后，初步问责都涉及谁？", "重大事故的初步问责大致分三档：" + lines,
              "重大事故的初步问责大致分两档：" + lines, unsupported=True)


def test_concepts_counted_after_a_full_stop_by_the_terms_the_article_defines():
    right = ("第3条定义了两个概念。“审核人员”指在街道办事处、乡镇人民政府、区（县）住房保障部门和市住房保障主管部门"
             "从事住房保障资格审核的工作人员，受委托做信息核查的第三方机构工作人员也算在内。“审核责任”指审核人员因故意"
             "或过失，不履行或不正确履行审核职责，造成保障房被不符合条件的人拿到、符合条件的人被错误排除或者其他不良后果，"
             "所应当承担的责任。")
    on("lanjiang-housing-2034")("第3条定义了什么？", right, right.replace("两个概念", "三个概念"))


# --- an answer that echoes the question, judged as its answer word

def test_echoed_no_rests_on_a_limiting_sentence():
    rest = "只有情况复杂、并且经本部门主要负责人批准，才可以再延长30日。"
    on("chengchuan-food-2034")("调查60天做不完能自动延期吗？", "不能自动延期。" + rest, "能自动延期。" + rest)


def test_echoed_hedge_and_its_opposite():
    rest = ("按第十三条、第十四条作出的只是\"初步\"问责决定；第十五条规定，初步问责之后还可以根据事故调查结果，"
            "依照中办发[2009]25号文件进一步问责。")
    both_ways("初步问责决定是最终结果吗？", "不一定是最终结果。" + rest, "是最终结果。" + rest, unsupported=True)


def test_answer_judged_on_the_text():
    rest = "只有情况复杂、并且经本部门主要负责人批准，才可以再延长30日。"
    on("chengchuan-food-2034")("调查60天做不完能自动延期吗？", "按条文不能。" + rest, "按条文可以。" + rest)


# --- a person with the question's verb fills its 谁

def test_person_filling_who_is_the_one_who_does_the_act():
    rest = "没设分管安全工作副校长的学校，由校长同时承担直接领导责任。"
    ask = on("qinglan-county-school-2034")
    ask("学校没有分管安全的副校长，直接领导责任谁来担？", "校长自己担。" + rest, "副校长自己担。" + rest)
    ask("学校没有分管安全的副校长，直接领导责任谁来担？", "校长自己担。" + rest, "班主任自己担。" + rest)


# --- an anaphor written out as the reference the named item makes

def test_these_limits_are_the_article_the_item_refers_to():
    before = "第六条定的期限是：初审20个工作日、复审15个工作日、终审10个工作日。"
    ask = on("lanjiang-housing-2034")
    ask("审核超期会怎样？", before + "未正当理由超过这些期限、而且情节严重的，才按第十一条第（四）项追究。",
        before + "未正当理由超过这些期限、而且情节严重的，才按第十一条第（三）项追究。")
    ask("审核超期会怎样？", before + "未正当理由超过这些期限、而且情节严重的，才按第十一条第（四）项追究。",
        before + "只要超过这些期限，就按第十一条第（四）项追究。")


def test_ordinal_member_of_the_titles_before():
    before = ("第七条处理的是第五条、第六条之外的决策失误、滥用职权、管理和监督不力等失职行为：对照《深圳市行政过错责任追究办法》、"
              "《深圳市行政决策责任追究办法》、《深圳市人民政府部门行政首长问责暂行办法》等规定中的情形来问责。")
    q = "《深圳市党政领导干部问责暂行规定》第七条说什么？"
    both_ways(q, before + "其中第一个文件在本规定里简称《办法》。", before + "其中第二个文件在本规定里简称《办法》。",
              unsupported=True)
    both_ways(q, before + "其中第一个文件在本规定里简称《办法》。", before + "其中最后一个文件在本规定里简称《办法》。",
              unsupported=True)


# --- a quoted word of the article glossed by its force

def test_permissive_word_glossed():
    before = ("第十五条讲的是初步问责之后的下一步：按第十三、十四条作出初步问责后，可以根据事故调查结果，"
              "依照中办发[2009]25号文件再进一步问责。")
    q = "第十五条是硬性要求吗？"
    both_ways(q, before + "条文用的是“可”，不是硬性要求。", before + "条文用的是“可”，是硬性要求。", unsupported=True)
    both_ways(q, before + "条文用的是“可”，不是硬性要求。", before + "条文用的是“应当”，是硬性要求。", unsupported=True)


def test_open_list_word_glossed():
    before = ("第八条点了三种：对直接管辖范围内明令禁止的不正之风不制止、不查处；对上级领导机关交办的党风廉政责任范围内的"
              "事项拒不办理；对严重违法违纪问题隐瞒不报、压制不查。")
    both_ways("第八条列了哪些情形？", before + "条文后面还带了一个“等”字，说明不限于这三种。",
              before + "条文后面还带了一个“等”字，说明只限于这三种。", unsupported=True)


# --- a topic before a colon, about the article the question names

def test_topic_lead_holds_to_the_article_asked():
    rest = "按“日”算的，指自然日；按“工作日”算的，不含法定节假日。"
    on("qinglan-county-school-2034")("第二十三条第二款讲啥？", "讲期限怎么算：" + rest, "讲回避怎么算：" + rest)


# --- the question's premise taken back (这两条是对应的。), judged by the sentence after it

def test_premise_taken_back_is_judged_by_what_follows():
    rest = ("第十条把问责方式按是否造成重大损失或者恶劣影响分成两组：造成的，适用责令公开道歉、停职检查、引咎辞职、"
            "责令辞职、免职；没有造成的，适用训诫、责令作出书面检查、通报批评、调离现工作岗位。第十一条正好按这两组规定"
            "程序：前五种按中办发[2009]25号文件执行，后四种按《办法》执行。")
    q = "第十条和第十一条有什么对应关系？"
    both_ways(q, "这两条是对应的。" + rest, "这两条不是对应的。" + rest, unsupported=True)
    both_ways(q, "这两条是对应的。" + rest, "这两条是矛盾的。" + rest, unsupported=True)
    both_ways(q, "这两条是对应的。" + rest, "这两条是对应的。" + rest.replace("调离现工作岗位。", "降级。"),
              unsupported=True)
