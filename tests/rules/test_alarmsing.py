"""Right sentences the checker flagged on the tenth and eleventh regulations, read by construction
(branch alarmsing), each tested both ways in sentences of our own and on a regulation other than
the draft's where the construction occurs there:

- an item of a list of duties: only its cases are conditions; 除…外 that adds is none
  (duty_items.py, in aligned.py);
- a clause explained as well by another statement the sentence restates drops no case of the first
  (duty_items.also_restates);
- a sentence that only points at provisions (见第七条第（二）项。) cites the claims before it
  (pointer.py);
- an item cited with 按, its consequence naming the subject of the list's opening line
  (item_membership.py);
- a list's items taken back by a demonstrative with the opening line's predicate (list_anaphor.py);
- a document number holds no figure of the text's (document_numbers / support.mispaired);
- a quantity's bound is no denial after an echoed yes (echoed_answer.agrees);
- an item's exception is neither its consequence (one_clause.py) nor its case's polarity (aligned.py)."""
from __future__ import annotations

from rules.checking import document_numbers, duty_items, list_anaphor, pointer
from tests.rules.checking import on

LINFENG = on("linfeng-waste-2036")
CANGXI = on("cangxi-drainage-2036")
SCHOOL = on("qinglan-county-school-2034")


def test_a_duty_items_other_duties_are_no_conditions():
    LINFENG("台账要留多久？",
            "生活垃圾管理台账保存期限不少于2年（第七条第（五）项）。",
            "生活垃圾管理台账保存期限不少于3年（第七条第（五）项）。")
    SCHOOL("县教育局一学年查几次学校？",
           "每学年对全县学校开展不少于两次安全专项检查（第七条第（二）项）。",
           "每学年对全县学校开展不少于四次安全专项检查（第七条第（二）项）。")


def test_a_case_inside_a_duty_is_still_a_condition():
    # the case of a duty item (发生设施故障或者停运的) is still one of its conditions
    assert duty_items.is_case("发生设施故障或者停运的")
    assert not duty_items.is_case("台账保存期限不少于2年")
    assert duty_items.listed_duty("（五）建立台账\n管理责任人应当履行下列责任：", True)
    assert not duty_items.listed_duty("（二）未按照规定频次巡查的\n运营单位有下列情形之一的，应当追究责任：", True)
    assert not duty_items.listed_duty("（二）未按照规定频次巡查的", False)


def test_items_of_a_list_of_situations_keep_every_part():
    CANGXI("运营单位巡查有什么要求会被追究？",
           "第十一条第（二）项规定，未按照规定频次巡查，或者伪造巡查记录的，应当追究责任。",
           "第十一条第（二）项规定，伪造巡查记录的，可以从轻追究责任。")


def test_besides_that_adds_is_no_exception():
    assert duty_items.adding("除履行本规定第七条规定的责任外", ["还应当安装油水分离装置"])
    assert duty_items.adding("除前项规定的方式外", ["在全市范围内通报批评"])
    assert not duty_items.adding("除本规定另有规定外", ["还应当报告"])
    assert not duty_items.adding("除涉及国家秘密的外", ["应当公开"])
    LINFENG("食堂要装油水分离装置吗？",
            "日均产生厨余垃圾100公斤以上的单位食堂应当安装油水分离装置（第八条）。",
            "日均产生厨余垃圾50公斤以上的单位食堂应当安装油水分离装置（第八条）。")


def test_a_measures_item_drops_nothing_with_its_other_measures():
    LINFENG("情节严重会被记信用吗？",
            "情节严重的，记入本市公共信用信息平台，记录期限为3年（第十七条第一款第（三）项）。",
            "情节严重的，记入本市公共信用信息平台，记录期限为5年（第十七条第一款第（三）项）。")


def test_a_clause_restating_another_statement_as_well_drops_no_case():
    LINFENG("追究决定多久作出？",
            "| 环节 | 期限 |\n|---|---|\n| 作出追究决定 | 调查终结之日起10个工作日内 |",
            "| 环节 | 期限 |\n|---|---|\n| 作出追究决定 | 调查终结之日起15个工作日内 |")


def test_a_pointer_cites_the_claim_before_it():
    assert pointer.pointed("见本办法第7条第（三）项。") == "本办法第7条第（三）项"
    assert pointer.pointed("依据：《规定》第二十六条第二款。") == "《规定》第二十六条第二款"
    assert pointer.pointed("见第七条，另外还要报告。") is None
    CANGXI("泵站汛期要几个人值班？",
           "排水泵站实行24小时值守，汛期每座泵站值守人员不少于2人。见本办法第7条第（三）项。",
           "排水泵站实行24小时值守，汛期每座泵站值守人员不少于2人。见本办法第8条。")
    SCHOOL("县教育局一学年查几次学校？",
           "每学年对全县学校开展不少于两次安全专项检查。依据：第七条第（二）项。",
           "每学年对全县学校开展不少于两次安全专项检查。依据：第八条第一款。")


def test_a_pointer_does_not_lend_truth_to_a_wrong_claim():
    SCHOOL("县教育局一学年查几次学校？",
           "每学年对全县学校开展不少于两次安全专项检查。见第七条第（二）项。",
           "每学年对全县学校开展不少于三次安全专项检查。见第七条第（二）项。")


def test_an_item_cited_with_an_and_its_leads_subject():
    LINFENG("垃圾滞留会追究谁？",
            "按第十三条第（二）项，未按照规定的时间、频次收运，导致生活垃圾滞留超过48小时的，应当追究收运单位的责任。",
            "按第十三条第（二）项，未按照规定的时间、频次收运，导致生活垃圾滞留超过48小时的，应当追究运营单位的责任。")
    CANGXI("巡查记录造假会怎样？",
           "按照第十一条第（二）项，伪造巡查记录的，应当追究运营单位的责任。",
           "按照第十一条第（二）项，伪造巡查记录的，应当追究建设单位的责任。")


def test_a_lists_items_taken_back_with_its_opening_line():
    LINFENG("哪些事按综合执法条例处理？",
            "第三十一条第一款列了：（一）个人不按照规定分类投放生活垃圾的；（二）被追究单位的违法行为依法应当给予"
            "行政处罚的。这两类依照《临峰市城市管理综合执法条例》处理。",
            "第三十一条第一款列了：（一）个人不按照规定分类投放生活垃圾的；（二）被追究单位的违法行为依法应当给予"
            "行政处罚的。这两类依照《临峰市城市管理综合执法条例》从重处罚。")
    assert list_anaphor.predicate("这两类依照《X条例》处理。") == "依照《X条例》处理"
    assert list_anaphor.predicate("两类依照《X条例》处理。") is None
    text = "第十九条 有下列情形之一的，可以从轻或者减轻追究责任：\n（一）主动挽回全部或者大部分损失的；\n（二）其他。"
    assert list_anaphor.said_of_items("这种情形可以从轻或者减轻追究责任。", "主动挽回全部或者大部分损失的", text)
    assert not list_anaphor.said_of_items("这种情形可以免予追究责任。", "主动挽回全部或者大部分损失的", text)
    assert not list_anaphor.said_of_items("这种情形可以从轻或者减轻追究责任。", "造成人员死亡的", text)


def test_a_document_number_holds_no_figure():
    assert document_numbers.without_numbers("《甲办法》（沧政发〔2031〕12号）同时废止") == "《甲办法》（）同时废止"
    CANGXI("这个办法什么时候开始施行？",
           "本办法自2036年3月1日起施行，《沧溪市城市排水设施管理责任追究暂行办法》同时废止（第三十三条）。",
           "本办法自2036年5月1日起施行，《沧溪市城市排水设施管理责任追究暂行办法》同时废止（第三十三条）。")


def test_a_bound_is_no_denial_after_an_echoed_yes():
    CANGXI("损失正好300万元，算严重吗？",
           "就损失这一项看，算严重。第十五条规定严重为“300万元以上”，第三十一条第（四）项规定“以上”包括本数。",
           "就损失这一项看，算严重。第十五条规定严重为“300万元以上”，但正好300万元不属于严重。")


def test_an_items_exception_restated_as_a_case():
    LINFENG("暴雨导致垃圾滞留会被追究吗？",
            "因自然灾害等不可抗力导致的，不予追究责任。但被追究单位未及时采取措施防止损害扩大的，不适用这一项。",
            "因自然灾害等不可抗力导致的，不予追究责任。但被追究单位及时采取措施防止损害扩大的，不适用这一项。")
