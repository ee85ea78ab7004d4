"""The readings added for right drafts about ingested regulations that were flagged for reasons
other than low coverage (branch regalarm), each tested both ways: the right sentence passes, its
wrong twin of the same construction is flagged. The sentences are written here, in other words
than the drafts that showed the gaps.
"""
from __future__ import annotations

from rules.checking import case_bounds, day_kinds, inline_marks, support
from tests.rules import checking

FOOD = checking.ingested("chengchuan-food-2034")

food = checking.on("chengchuan-food-2034")
lanjiang = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")
statistics = checking.on("qingfeng-statistics-2034")
school = checking.on("qinglan-county-school-2034")


# a case figure set against a bound of the regulation (case_bounds.py)
def test_the_bounds_own_number_is_in_or_out_as_the_definitions_say() -> None:
    food("一年内被追究两次，算不算“两次以上”？",
         "一年内因监管过错被追究二次以上的，应当从重追究。依第三十二条，“以上”包括本数，恰好两次也包括在内。",
         "一年内因监管过错被追究二次以上的，应当从重追究。依第三十二条，“以上”包括本数，恰好两次不包括在内。")
    statistics("个体工商户最多罚多少？",
               "个体工商户有第五条规定情形之一的，处一万元以下的罚款，刚好一万元也算在内。",
               "个体工商户有第五条规定情形之一的，处一万元以下的罚款，刚好一万元不算在内。")


def test_both_ends_of_a_range_said_as_the_text_defines_them() -> None:
    food("暂停执法资格的期限是多长？",
         "暂停执法资格为3至6个月，3个月和6个月都算在内；培训考核不合格的，暂停期限延长三个月。",
         "暂停执法资格为3至6个月，3个月和6个月都不算在内；培训考核不合格的，暂停期限延长三个月。")
    food("暂停执法资格的期限是多长？",
         "暂停执法资格为3至6个月；培训考核不合格的，暂停期限延长三个月。",
         "暂停执法资格为3至8个月；培训考核不合格的，暂停期限延长三个月。")


def test_a_case_figure_compared_with_the_bound() -> None:
    food("检查任务只完成了75%，要被追究吗？",
         "要。完成率低于80%属于第七条第（一）项的情形，而75%低于80%，应当追究过错责任。",
         "要。完成率低于80%属于第七条第（一）项的情形，而85%低于80%，应当追究过错责任。")


def test_a_bound_word_the_document_does_not_define_is_left_to_the_support_test() -> None:
    texts = ["第五条 罚款数额为一千元以上。"]
    assert case_bounds.read("正好1000元也算在内。", "", texts) == ("", "正好1000元也算在内。")
    texts = ["第五条 罚款数额为一千元以上。", "本办法所称“以上”，包括本数。"]
    assert case_bounds.read("正好1000元也算在内。", "", texts)[0] == ""
    assert case_bounds.read("正好1000元不算在内。", "", texts)[0]


# a reference phrase without 规定的 (第十一条情形) reads the articles that use it (reference_phrases.py)
def test_a_bare_reference_phrase_reads_the_articles_that_use_it() -> None:
    lanjiang("负有领导责任的人员哪些情形要追究？",
             "对本单位审核工作疏于管理，一年里本单位出现第十一条情形三起以上的，应当追究领导责任。",
             "对本单位审核工作疏于管理，一年里本单位出现第十一条情形五起以上的，应当追究领导责任。")


# a reference to the paragraph before read as its content (exchanged.py)
def test_the_paragraph_before_said_in_its_own_words() -> None:
    lanjiang("收受申请人财物的，过了很久还能追究吗？",
             "有第十一条第（七）项情形的，不受三年追究时效的限制。",
             "有第十一条第（七）项情形的，不受五年追究时效的限制。")


# an item placed in its article with its lead's consequence (support._regalarm_item_coverage)
def test_an_item_with_its_leads_consequence_said_word_for_word() -> None:
    food("检查任务没完成到八成，会怎样？",
         "未完成年度监督检查计划，检查任务完成率低于百分之八十的，属于第七条第（一）项的情形，应当追究过错责任。",
         "未完成年度监督检查计划，检查任务完成率低于百分之八十的，属于第七条第（一）项的情形，应当从重追究过错责任。")


# alternatives glossed in parentheses, or with 并且 before both, are not joined (support.conjoined)
def test_a_joiner_outside_the_alternatives_joins_nothing() -> None:
    text = "（三）隐瞒、谎报或者迟报检验结果的。"
    assert support.conjoined("第（三）项（谎报或者迟报检验结果）和食物中毒事件同时具备的，从重处理。", text) == []
    assert support.conjoined("谎报和迟报检验结果同时具备的，才追究。", text)
    assert support.conjoined("既谎报又迟报检验结果的，才追究。", text)
    text = "第二十一条 积极配合调查的，可以从轻或者减轻追究。"
    assert support.conjoined("要从重追究，并且不适用第二十一条，所以不能从轻、减轻。", text) == []
    assert support.conjoined("配合调查的，可以从轻并且减轻追究。", text)


# a relation said as what a third article says, and a conclusion from an article said not to
# apply (claims.regalarm_spoken, inapplicable.py)
def test_what_follows_from_an_article_said_not_to_apply() -> None:
    lanzhou("有第七条情形的领导干部配合调查，能从轻吗？",
            "不能。第十七条第二款规定，有第七条所列情形的领导干部从重追究，不适用第二十一条，因此即使配合调查也不得从轻或者减轻。",
            "不能。第十七条第二款规定，有第七条所列情形的领导干部从重追究，不适用第二十一条，因此配合调查的仍然可以从轻或者减轻。")


# a marker's sentence quoting the answer it marks (inline_marks.py)
def test_a_quoted_answer_decides_the_marks_on_it() -> None:
    food("（作业）本办法从哪天起施行？请批改。",
         "批改：学员答“本办法自2034年5月1日起施行（第三十三条）”，日期正确，给满分。",
         "批改：学员答“本办法自2034年7月1日起施行（第三十三条）”，日期正确，给满分。")
    assert inline_marks.marked("批改：学员答“本办法自2034年5月1日起施行”，但没说明理由。") is None


# a recipient ends at a punctuation mark; an item said as an embedded question (recipients.py, support)
def test_a_recipient_before_a_comma_and_an_item_said_as_a_question() -> None:
    food("拟给予处分的由谁处理？",
         "拟给予政务处分或者处分的，移送监察机关或者任免机关，由其依法处理。",
         "拟给予政务处分或者处分的，移送监察机关或者审计机关，由其依法处理。")
    food("年度追究情况报送什么内容？",
         "各级市场监督管理部门每年一月三十一日前向市食安办书面报送，内容有收到线索数量、立案数量、被追究人数以及用了哪些追究方式等。",
         "各级市场监督管理部门每年一月三十一日前向市食安办书面报送，内容有收到线索数量、立案数量、被追究人数以及撤了哪些职务等。")


# which kind of day a period counts (day_kinds.py)
def test_the_kind_of_day_follows_how_the_text_writes_the_period() -> None:
    school("开学后的隐患排查期限怎么算？",
           "每学期开学后十五日内要组织一次全员安全隐患排查，并建立隐患整改台账。这个十五日指自然日，不是工作日。",
           "每学期开学后十五日内要组织一次全员安全隐患排查，并建立隐患整改台账。这个十五日指工作日，不是自然日。")
    assert day_kinds.read("这15天按自然日算。", ["期限为十五日。"]) == (None, "", "这15天按自然日算。")


# an exception (…的除外) is the statement's negation for its case (aligned.py)
def test_the_case_an_exception_takes_out() -> None:
    lanzhou("处理决定公开时有什么内容例外？",
            "处理决定作出后7个工作日内要在门户网站公开，涉及国家秘密、商业秘密和个人隐私的内容不予公开。",
            "处理决定作出后7个工作日内要在门户网站公开，涉及国家秘密、商业秘密和个人隐私的内容同样要公开。")


# a short title several titles contain names the draft's own document (short_titles.py)
def test_a_short_title_of_the_draft_regulation() -> None:
    lanjiang("《规定》第二十六条第二款是什么？",
             "《规定》第二十六条第二款：追究决定作出后，作出决定的单位应当在10个工作日内报市住房保障主管部门备案。",
             "《规定》第二十六条第二款：追究决定作出后，作出决定的单位应当在20个工作日内报市住房保障主管部门备案。")


# whom a request is addressed to, held to the party the passage addresses (recipients.py); the
# short title now reaches the regulation, whose text must then catch a party it does not name
def test_the_party_a_request_is_addressed_to() -> None:
    lanjiang("对追究决定不服怎么办？",
             "《规定》第二十五条：被追究人对追究决定不服的，可以自收到决定之日起十五日内向复核委员会申请复核。",
             "《规定》第二十五条：被追究人对追究决定不服的，可以自收到决定之日起十五日内向市人民政府申请复核。")


# a recipient of one matter given to another matter the passage hands over with the same verb
# (handed_to.regalarm_moved_between)
def test_each_matter_keeps_its_recipient() -> None:
    checking.both_ways("论文说的人事部门管什么？",
                       "论文介绍，公务员被追究责任的情况要抄送人事部门。",
                       "论文介绍，公务员被追究责任的情况要抄送同级监察机关。", unsupported=True)
    checking.both_ways("论文说的监督报告抄送谁？",
                       "论文介绍，监督部门的监督报告和处理决定要抄送同级监察机关。",
                       "论文介绍，监督部门的监督报告和处理决定要抄送人事部门。", unsupported=True)
