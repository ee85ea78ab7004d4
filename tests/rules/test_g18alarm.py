"""Branch g18alarm: right drafts about the eighteenth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/qingyi-swimming-2037.md
(a fictional regulation: 第1条 in Arabic numerals, definitions in one article, an appendix table cited
as 附件1, fines in 元 and 万元, sub-items 1. within items), not taken from the blind set.
"""
from __future__ import annotations

from rules.checking import besides, echoed_answer, item_leads, item_range, modifier_bounds, negated_ask, \
    negation_scope, pointer, referred_consequence
from tests.rules import checking

both = checking.on("qingyi-swimming-2037")


def test_a_verb_before_a_demonstrative_is_no_modifier():
    assert modifier_bounds.determined("本单位")
    assert not modifier_bounds.determined("本级单位")
    both("单位内部的泳池归这个办法管吗？",
         "单位内部只给本单位人员使用、不对社会公众开放的游泳池，不适用本办法（第2条第2款）。",
         "单位内部只给本单位人员使用、不对社会公众开放的游泳池，也适用本办法（第2条第2款）。")


def test_besides_said_as_zhiwai():
    assert besides.in_text_frame("在附件1所列人数之外，还要另外配备1名", "除附件1所列人数外，另应当配备1名") == \
        "除附件1所列人数外，还要另配备1名"
    # a text that does not frame its addition so keeps the sentence as it is
    assert besides.in_text_frame("在附件1所列人数之外", "救生员的配备人数不得低于附件1所列标准") == "在附件1所列人数之外"
    both("有深水区的泳池救生员怎么配？",
         "有深水区的，在附件1所列人数以外，还得另外配备1名救生员专门负责深水区（第7条）。",
         "有深水区的，在附件1所列人数以外，还得另外配备2名救生员专门负责深水区（第7条）。")


def test_a_lists_lead_is_said_beside_each_items_figures():
    pairs = item_leads.items_under_leads("甲有下列情形的，由乙处罚：\n（一）A的，处1万元；\n（二）B的，处2万元。\n丙。\n（一）C")
    assert [lead for _, lead in pairs] == ["甲有下列情形的，由乙处罚："] * 2
    both("发生重大事件，场馆罚多少？",
         "处50万元以上100万元以下罚款，由区体育主管部门处罚。",
         "处50万元以上100万元以下罚款，由市卫生健康委员会处罚。")


def test_a_pointer_with_a_copula():
    assert pointer.pointed("依据是本办法第29条。") == "本办法第29条"
    assert pointer.pointed("出处为第8条第2款") == "第8条第2款"
    both("追究决定多久要送达？",
         "决定机关应当在作出决定之日起7日内送达被追究单位或者人员。依据是本办法第29条。",
         "决定机关应当在作出决定之日起7日内送达被追究单位或者人员。依据是本办法第28条。")


def test_colloquial_an_is_the_texts_yizhao_in_negation():
    neg = negation_scope.re.compile("不|未|没")
    t = "未依照本办法第8条规定报告"
    assert negation_scope.polarity("未按报告", t, [t], [t], neg, []) == (False, False)
    assert negation_scope.polarity("按报告", t, [t], [t], neg, [])[1]
    both("第15条说的第（三）项、第（四）项是什么？",
         "指第14条的：\n（三）未按第6条第（三）项检测或者公示池水检测结果；\n（四）未按第8条报告，或者迟报、漏报。",
         "指第14条的：\n（三）未按第6条第（三）项检测或者公示池水检测结果；\n（四）未按第8条报告，或者伪造证据。")


def test_figures_break_a_tie_of_statements():
    both("第15条第一款里“第（三）项至第（五）项”怎么罚？",
         "这几类都是责令改正，处5000元以上1万元以下罚款。",
         "这几类都是责令改正，处5000元以上2万元以下罚款。")


def test_a_short_clause_with_bodies_held_to_the_statement_naming_them():
    both("区政府会因为事件被通报批评吗？",
         "发生较大事件的，区人民政府应当在调查报告批复之日起15日内向市人民政府作出书面检查，市人民政府可以对区人民政府予以通报批评。",
         "发生较大事件的，区人民政府应当在调查报告批复之日起15日内向市人民政府作出书面检查，区人民政府可以对市人民政府予以通报批评。")


def test_a_negated_predicate_asked():
    assert negated_ask.asks_negation("罚款是不是就先不交了？")
    assert not negated_ask.asks_negation("罚款是不是要先交？")
    both("我申请了复核，追究决定是不是就暂时不执行了？",
         "不会。复核、申诉和行政复议期间，不停止追究决定的执行。",
         "不会。复核、申诉和行政复议期间，追究决定停止执行。")


def test_a_no_as_the_questions_predicate_negated():
    assert echoed_answer.negated_echo("不按这个办法。", "江里野泳出事了，按这个办法追责吗？")
    assert not echoed_answer.negated_echo("不按这个办法。", "江里野泳出事了，这个办法管吗？")
    both("在江边野泳区出事，按这个办法追责吗？",
         "不按这个办法。天然水域游泳区的安全管理责任追究，依照《青漪市天然水域游泳安全管理规定》执行（第2条第3款）。",
         "不按这个办法。天然水域游泳区的安全管理责任追究，依照《青漪市体育场馆安全管理规定》执行（第2条第3款）。")


def test_a_range_of_items_is_read_whole():
    assert item_range.numbers("前款第（一）项至第（三）项可以单独或者合并使用") == [1, 2, 3]
    assert item_range.numbers("有第（六）项情形的") == []
    both("哪几种追责方式可以一起用？",
         "诫勉、通报批评、调离岗位这三种可以单独或者合并使用（第19条）。",
         "诫勉、通报批评、建议免职这三种可以单独或者合并使用（第19条）。")


def test_an_items_consequence_in_the_article_its_list_sends_to():
    both("接到停止开放通知还继续开放，怎么罚？",
         "属于第14条第（六）项：接到停止开放通知后仍继续开放的，处3万元以上5万元以下罚款，并责令停业整顿。",
         "属于第14条第（六）项：接到停止开放通知后仍继续开放的，处1万元以上3万元以下罚款，并责令停业整顿。")
    assert referred_consequence.member_cites_item("两种情况：一是A（第14条第（六）项）；")
    assert not referred_consequence.member_cites_item("第14条有两种：A（第（六）项）；")


def test_a_citation_of_a_provision_in_a_text_numbering_items_with_digits():
    # 第11条第5项 of the eldercare text cites 第8条第1项 and 第3项 (its items are numbered 1. 2. 3.)
    from rules.checking import cited_provision
    from tests.rules.checking import ingested
    sources = ingested("chengxi-eldercare-2036")
    doc = next(p.doc_id for p in sources.passages if "eldercare" in p.doc_id)
    text_of = lambda n: getattr(sources.article(n, doc), "text", None)
    assert cited_provision.problems("第十一条第五项引用的是第八条第二项规定的时限。", text_of)
    assert not cited_provision.problems("第十一条第五项引用的是第八条第三项规定的时限。", text_of)
