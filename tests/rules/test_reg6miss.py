"""The readings added on the sixth blind regulation (《青岚县中小学校园安全责任追究办法》,
tests/data/qinglan-county-school-2034.md) for the wrong drafts that passed and the right ones
flagged (branch reg6miss), each tested both ways on it and on another of the fictional
regulations: the right sentence passes, its wrong twin of the same construction is flagged. The
sentences are written here, not taken from the blind drafts.
"""
from __future__ import annotations


from tests.rules import checking

SCHOOL = checking.ingested("qinglan-county-school-2034")

school = checking.on("qinglan-county-school-2034")
medical = checking.on("qinglan-medical-2035")
lanzhou = checking.on("lanzhou-monitoring-2035")


# who holds a post or does an act (holders.py)

def test_the_holder_of_a_post_is_the_texts():
    school("申诉委员会的主任是谁？",
           "申诉委员会由分管教育的副县长担任主任。",
           "申诉委员会由县教育局局长担任主任。")
    school("申诉委员会的主任是谁？",
           "申诉委员会由分管教育工作的副县长担任主任。",
           "申诉委员会由县长担任主任。")


def test_the_holder_of_an_act_is_the_texts():
    medical("投诉管理部门负责人要回避的，谁来决定？",
            "投诉管理部门负责人的回避，由医疗机构主要负责人决定。",
            "投诉管理部门负责人的回避，由投诉管理部门负责人决定。")


# the holder of a statement's exception for the case asked (exceptions_asked.py)

def test_the_case_asked_takes_the_exceptions_holder():
    school("县教育局的工作人员没开展专项检查，谁作处理决定？",
           "处理决定由县人民政府作出。",
           "处理决定由县教育局作出。")
    school("乡镇政府没及时通报隐患，最后谁来作处理决定？",
           "处理决定由县人民政府作出；应当给予处分的，移送有管理权限的机关依法处理。",
           "处理决定由县教育局作出；应当给予处分的，移送有管理权限的机关依法处理。")


def test_the_general_holder_stays_for_a_case_the_exception_does_not_name():
    school("学校没组织隐患排查，谁作处理决定？",
           "处理决定由县教育局作出。",
           "处理决定由县人民政府作出。")


# a label before a colon heads a statement, not a list (labelled.py)

def test_a_label_and_its_statement_lead_no_list():
    school("乡镇政府没及时通报隐患，谁处理？",
           "- 处理决定：由县人民政府作出；\n- 需要给处分的，移送有管理权限的机关依法处理。",
           "- 处理决定：由县人民政府作出；\n- 需要给处分的，移送县教育局依法处理。")


# the item a case falls under (classed.py)

def test_the_item_a_case_falls_under():
    school("乡镇政府检查发现学校隐患后没及时通报，谁调查？",
           "这是第十条第（三）项的情形。调查由县监察委员会组织。",
           "这是第十条第（二）项的情形。调查由县监察委员会组织。")
    school("学校没按规定组织隐患排查，会被追责吗？",
           "会，这属于第九条第（一）项的情形。",
           "会，这属于第九条第（四）项的情形。")
    lanzhou("排污单位的人偷偷篡改监测数据，有人授意他这么做，授意的领导干部属于哪种情形？",
            "授意篡改监测数据属于第七条第（一）项的情形。",
            "授意篡改监测数据属于第七条第（二）项的情形。")


# the provision an asked passage's reference points to (pointed_to.py)

def test_the_provision_a_reference_points_to():
    school("第九条第（二）项说的“规定的时限”是多长？",
           "指第六条第二款规定的二十四小时。",
           "指第八条第三款规定的三个工作日。")
    lanzhou("第十七条说的“不适用”的那条规定是哪条？",
            "指第二十一条规定的可以从轻或者减轻追究的情形。",
            "指第十九条规定的从重追究的情形。")


# a yes affirms the question's counted figure (asked_figure.py)

def test_a_yes_affirms_the_figure_asked():
    school("调查期限能延长两次吗？",
           "不能，延长以一次为限。",
           "可以，情况复杂的经批准每次可以延长15日。")
    lanzhou("调查期限能延长两次吗？",
            "不能，情况复杂的，经市生态环境局主要负责人批准，可以延长三十日，延长以一次为限。",
            "可以，情况复杂的，经市生态环境局主要负责人批准，每次可以延长三十日。")


# an exclusive claim that drops a member the text coordinates (only_dropped.py)

LANJIANG = checking.ingested("lanjiang-housing-2034")
LANJIANG_TITLE = "《澜江市住房保障资格审核责任追究规定》"


def test_only_keeps_every_member_the_text_joins():
    school("这个办法管哪些学校？",
           "本办法只适用于本县的公办和民办中小学校、幼儿园，以及负有管理、监督职责的县直有关部门和乡镇人民政府。",
           "本办法只适用于本县的公办中小学校和幼儿园。")
    checking.both_ways(f"{LANJIANG_TITLE}管哪些住房？",
                       f"{LANJIANG_TITLE}只适用于公共租赁住房、保障性租赁住房和共有产权住房的申请资格审核等工作中的责任追究。",
                       f"{LANJIANG_TITLE}只适用于公共租赁住房和共有产权住房的申请资格审核等工作中的责任追究。",
                       sources=LANJIANG, unsupported=True)


# a figure held to the word it is bound to (figure_bound.py)

def test_a_figure_keeps_the_word_it_is_bound_to():
    school("学校出了安全事件多久报告？",
           "先在1小时内电话报告县教育局，再在12小时内补报书面材料。",
           "先在2小时内电话报告县教育局，再在12小时内补报书面材料。")
    school("调查期限能延长多久？",
           "情况复杂的，经调查组织单位负责人批准，可以延长15日。",
           "情况复杂的，经调查组织单位负责人批准，可以延长30日。")
    lanzhou("调查期限能延长多久？",
            "情况复杂的，经市生态环境局主要负责人批准，可以延长三十日。",
            "情况复杂的，经市生态环境局主要负责人批准，可以延长六十日。")


# a measure word the book disowns routes an unnamed draft (foreign_terms.py, focus.py)

def test_a_measure_word_the_book_disowns_routes_the_draft_to_the_regulation_that_has_it():
    from rules.checking import focus
    school_doc = "qinglan-campus-safety-accountability-2034"
    assert focus.document("追究方式有几种？", "5种：责令书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予处分。",
                          SCHOOL, checking.BOOK) == school_doc
    # denied, the word is the book's own claim about its regulation
    assert focus.document("问责方式有哪些？", "诫勉不是本规定的问责方式，本规定的问责方式是责令公开道歉、停职检查、"
                          "引咎辞职、责令辞职、免职。", SCHOOL, checking.BOOK) is None
    school("追究方式有几种？能一起用吗？",
           "5种：责令书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予处分。可以单独用，也可以合并用。",
           "5种：责令书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予处分。只能单独用，不可以合并用。")


# a count before an inline list is its length (inline_count.py)

def test_a_count_before_an_inline_list_is_its_length():
    school("追究方式有几种？",
           "追究方式有五种：责令作出书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予处分。",
           "追究方式有六种：责令作出书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予处分。")
    lanzhou("公职人员的追究方式有哪些？",
            "三种：诫勉、调离岗位或者责令辞职、依规依纪依法给予处分。",
            "四种：诫勉、调离岗位或者责令辞职、依规依纪依法给予处分。")


# a phrase that fills the question's slot answers the statement asked about (checker.py, short_answers.py)

def test_a_short_answer_holds_the_figure_of_the_statement_asked_about():
    school("公安、消防这些部门检查时发现学校有隐患，要多快告诉教育局？",
           "三个工作日内。",
           "五个工作日内。")
    school("学校发现重大安全隐患，多久要报告县教育局？",
           "24小时内。",
           "12小时内。")
    medical("直接向卫生健康主管部门投诉的，主管部门多久转给医疗机构？",
            "3个工作日内。",
            "15个工作日内。")


# which side of the scope a case is on (scope_sides.py)

def test_a_case_is_on_the_side_of_the_scope_the_text_puts_it():
    school("民办幼儿园适用这个办法吗？",
           "适用，民办幼儿园适用本办法。",
           "民办幼儿园不适用这个办法。")
    school("民办幼儿园适用这个办法吗？",
           "适用。",
           "不适用。")
    school("校外培训机构适用这个办法吗？",
           "不适用。",
           "适用。")
    medical("驻本市军队医疗机构的投诉适用这个办法吗？",
            "不适用，驻本市军队医疗机构的投诉处理不适用本办法。",
            "适用，驻本市军队医疗机构的投诉处理适用本办法。")
