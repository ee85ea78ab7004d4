"""Round 7's right drafts the checker flagged, each by a reading of its construction; every
reading tested both ways: the right sentence passes, a wrong twin of the same construction
fails (tests/rules/adversarial_drafts_7.yaml holds the drafts themselves)."""
from __future__ import annotations

import pytest

from rules.references import find_refs
from tests.rules.checking import both_ways, verdict


# ---------------------------------------------------------------- short verdicts before the answer

def test_a_denied_knowing_verb_is_cannot_tell():
    """不清楚 says the sources cannot settle it: right when the next sentence says what is missing
    about what is asked, wrong when the article asked about is whole."""
    both_ways("第十八条后面还有条文吗？",
              "不清楚。来源在第十八条开头就断了，第十八条之后有没有其他条款，从资料里无法确认。",
              "不清楚。第十八条规定了不予问责的五种情形。")
    assert not verdict("第十三条说了什么？", "不清楚。来源在第十三条开头就断了。").passed


def test_not_found_from_the_sources():
    """"这个从资料里查不到" is 资料里查不到 with its 从: held to the sentence after it."""
    both_ways("从重从轻具体有哪些情节？",
              "这个从资料里查不到。第十七条只说从重、从轻情节按照中办发[2009]25号第八条、第九条执行，而这两条的内容资料中没有收录。",
              "这个从资料里查不到。第十七条规定从重情节包括拒不配合调查。")
    assert not verdict("第十二条讲了什么？", "这个从资料里查不到。").passed


def test_a_difference_said_to_be_that_things_are_unlike():
    """"区别在于处理措施不一样" is right when the two cases get different measures, wrong when the
    rule data gives them the same."""
    assert verdict("区党政领导分管副职在特别重大事故和重大事故中的处理有什么区别？",
                   "区别在于处理措施不一样。特别重大事故免职，重大事故停职检查。").passed
    # 第十三条: 有关党政领导正职 is ordered to apologise publicly after both
    assert not verdict("有关党政领导正职在特别重大事故和重大事故中的处理有什么区别？",
                       "区别在于处理措施不一样。特别重大事故责令公开道歉，重大事故也责令公开道歉。").passed


def test_not_accurate_is_a_mark():
    """准确 is a verdict word like 正确: "不准确" on a quoted answer the rules contradict."""
    from rules.checking.verdicts import yes_no
    assert yes_no("不准确。") is False and yes_no("准确。") is True


# ---------------------------------------------------------------- numerals that are no article

def test_digits_side_by_side_are_a_series():
    assert [r.article for r in find_refs("第五六条之外的")] == [5, 6]
    assert [r.article for r in find_refs("第五十六条")] == [56]
    assert [r.article for r in find_refs("第六五条")] == [65]       # not ascending: left as a numeral


def test_a_count_before_its_list_is_no_article():
    assert find_refs("要遵循四条原则：严格要求、实事求是、权责一致、惩教结合。") == []
    assert [r.article for r in find_refs("十四条规定：对区有关职能部门领导分管副职")] == [14]
    q = "市委、市政府作初步问责决定依据哪些原则？"
    right = "按第13条，市委、市政府作出初步问责决定要遵循四条原则：严格要求、实事求是、权责一致、惩教结合。"
    for wrong in ("按第13条，市委、市政府作出初步问责决定要遵循四条原则：严格要求、实事求是、权责一致、依法办事。",
                  "按第13条，市委、市政府作出初步问责决定要遵循五条原则：严格要求、实事求是、权责一致、惩教结合。",
                  "按第13条，区委作出初步问责决定要遵循四条原则：严格要求、实事求是、权责一致、惩教结合。"):
        both_ways(q, right, wrong)


def test_a_count_after_a_chapter_span():
    q = "第二章问责情形包括哪些条？"
    both_ways(q, "第二章从第五条到第九条，共五条。", "第二章从第五条到第九条，共六条。")


def test_a_count_after_a_span_of_articles():
    from rules.checking.ranges import span_counts
    ok, rest = span_counts("从第五条到第九条，共五条")
    assert [v.ok for v in ok] == [True] and "共" not in rest
    bad, _ = span_counts("从第五条到第九条，共四条")
    assert [v.ok for v in bad] == [False]
    assert span_counts("只有第一条到第十八条，共十八条")[0] == []     # the source's extent: another reader


# ---------------------------------------------------------------- A不A asks, it does not deny

def test_a_question_put_first_then_the_silence():
    q = "免职能不能和别的方式合并？"
    lead = "第十条第二款的名单里没有免职，也没有停职检查、引咎辞职、责令辞职和调离现工作岗位；"
    both_ways(q, lead + "这五种方式能不能合并适用，第二款没有说。",
              "第十条第二款的名单里有训诫；训诫能不能合并适用，第二款没有说。")


def test_a_not_a_is_no_negation():
    from rules.checking.support import added_polarity
    text = "训诫、责令作出书面检查、通报批评、责令公开道歉的问责方式可以单独适用也可以和其他问责方式合并适用。"
    assert added_polarity("训诫能不能合并适用", text) is None
    assert added_polarity("训诫不能合并适用", text) == "不能"


# ---------------------------------------------------------------- a role glossed in parentheses

def test_a_glossed_role_takes_the_level_before_it():
    q = "较大事故后街道的领导怎么处理？"
    both_ways(q, "较大事故的话，街道一把手（党政领导正职）被责令公开道歉，分管副职停职检查。",
              "较大事故的话，街道一把手（党政领导正职）被停职检查，分管副职停职检查。")


# ---------------------------------------------------------------- the measures a count refers to

def test_these_four_are_the_four_before():
    q = "《暂行规定》里哪些问责方式能合并适用？"
    lead = "第十条第二款点了四种：训诫、责令作出书面检查、通报批评、{}。"
    right = lead.format("责令公开道歉") + "这四种既能单用，也能和别的问责方式一起用。"
    both_ways(q, right, lead.format("免职") + "这四种既能单用，也能和别的问责方式一起用。")
    both_ways(q, right, lead.format("责令公开道歉") + "这四种不能和别的问责方式一起用。")


# ---------------------------------------------------------------- a criterion and its two answers

def test_a_criterion_then_its_answers():
    q = "第十条里分组的标准是什么？"
    major = "责令公开道歉、停职检查、引咎辞职、责令辞职、免职"
    minor = "训诫、责令作出书面检查、通报批评、调离现工作岗位"
    form = "分界线是有没有造成重大损失或者恶劣影响：{}，用第一组的五种（{}）；{}，用第二组的四种（{}）。"
    right = form.format("造成了", major, "没造成", minor)
    both_ways(q, right, form.format("没造成", major, "造成了", minor))
    from rules.checking.criterion import spelled
    assert "有没有" not in spelled(right) and "没有造成重大损失或者恶劣影响" in spelled(right)
    assert spelled("有没有其他条款，从资料里无法确认。") == "有没有其他条款，从资料里无法确认。"


# ---------------------------------------------------------------- situations cited as the condition

def test_situations_in_a_header_take_the_article_referring_to_them():
    q = "第十条的问责方式能列个表吗？"
    head = "| 条件（第五、六、七、{}条情形） | 问责方式 |\n|---|---|\n"
    rows = ("| 造成重大损失或者恶劣影响 | 责令公开道歉、停职检查、引咎辞职、责令辞职、{} |\n"
            "| 未造成重大损失或者恶劣影响 | 训诫、责令作出书面检查、通报批评、调离现工作岗位 |")
    right = head.format("九") + rows.format("免职")
    both_ways(q, right, head.format("九") + rows.format("撤职"))
    both_ways(q, right, head.format("八") + rows.format("免职"))     # 第十条 does not refer to 第八条
    both_ways(q, right, head.format("九") + rows.replace("造成重大", "造成较大", 1).format("免职"))


# ---------------------------------------------------------------- a whole denied, a body corrected

def test_a_whole_denied_where_the_passage_gives_a_part():
    q = "118项民生实事都完成了吗？"
    both_ways(q, "没有全部完成：118项民生实事完成了116项，剩下2项正在抓紧推进。",
              "6700件民生微实事没有全部完成。")
    both_ways(q, "没有全部完成：118项民生实事完成了116项，剩下2项正在抓紧推进。",
              "没有全部完成：118项民生实事完成了117项，剩下1项正在抓紧推进。")


def test_a_body_denied_that_the_passage_never_names():
    q = "行政监督联席会议是市纪委牵头吗？"
    right = "不是市纪委，而是市监察局牵头，人事、财政、审计、法制及政务督查部门参加。"
    both_ways(q, right, "不是市监察局，而是市纪委牵头，人事、财政、审计、法制及政务督查部门参加。")
    both_ways(q, right, "不是市纪委，而是市委组织部牵头。")


# ---------------------------------------------------------------- what the referring article says

def test_articles_named_as_the_step_before_are_held_to_their_referrer():
    """第十五条 refers to 第十三、十四条; a document number it names is a reference, no figure."""
    q = "第十五条讲什么？"
    right = "第十三、十四条的初步问责做完之后，还可以根据事故调查结果，再依照中办发[2009]25号文件进一步问责。"
    for wrong in ("第十三、十四条的初步问责做完之后，还必须根据事故调查结果，再依照中办发[2009]25号文件进一步问责。",
                  "第十三、十四条的初步问责做完之后，还可以根据事故调查结果，再依照中办发[2008]25号文件进一步问责。",
                  "第十三、十四条的初步问责做完之后，还可以根据群众举报，再依照中办发[2009]25号文件进一步问责。",
                  "第十三、十六条的初步问责做完之后，还可以根据事故调查结果，再依照中办发[2009]25号文件进一步问责。"):
        both_ways(q, right, wrong)


# ---------------------------------------------------------------- a saying verb before 包括

def test_a_saying_verb_before_includes_takes_the_quoted_word():
    q = "管理区管委会的领导算不算？"
    form = "算。第二条在“{}”后面加了括号，写明包括{}，所以管理区党工委、管委会及其工作部门的领导班子成员也在范围内。"
    right = form.format("区", "管理区")
    both_ways(q, right, form.format("区", "街道"))
    both_ways(q, right, form.format("街道", "管理区"))


# ---------------------------------------------------------------- a definition in parentheses

def test_an_alias_said_to_be_defined_in_the_brackets():
    q = "规定里的《办法》是指什么？"
    right = "《办法》是简称，指《深圳市行政过错责任追究办法》，第七条括号里作了定义。"
    both_ways(q, right, "《办法》是简称，指《深圳市行政过错责任追究办法》，第八条括号里作了定义。")
    both_ways(q, right, "《办法》是简称，指《政府部门行政首长问责暂行办法》，第七条括号里作了定义。")


# ---------------------------------------------------------------- a list lead and its items on one line

def test_a_lead_and_its_items_on_one_line():
    q = "问责和党纪政纪处分、刑事追究怎么衔接？"
    form = "第{}条讲了{}种衔接：需要追究纪律责任的，依照有关规定给予{}；涉嫌犯罪的，移送{}依法处理。"
    right = form.format("四", "两", "党纪政纪处分", "司法机关")
    both_ways(q, right, form.format("四", "三", "党纪政纪处分", "司法机关"))     # the count
    both_ways(q, right, form.format("五", "两", "党纪政纪处分", "司法机关"))     # the article
    both_ways(q, right, form.format("四", "两", "免职", "司法机关"))             # an item, held to 第四条
    both_ways(q, right, form.format("四", "两", "党纪政纪处分", "公安机关"))


# ---------------------------------------------------------------- a restriction denied

def test_not_only_answers_a_restriction():
    q = "只有瞒报才算第五条第（四）项吗？"
    right = "不只是瞒报。第（四）项还包括谎报、迟报、漏报公共安全事故信息，以及其他对事故处置失当导致事态恶化的情况。"
    both_ways(q, right, "不只是虚报。第（四）项还包括谎报、迟报、漏报公共安全事故信息。")
    both_ways(q, right, "不只是瞒报。第（四）项还包括虚报、迟报、漏报公共安全事故信息。")
    assert not verdict("只有瞒报才算第五条第（一）项吗？", "不只是瞒报。").passed


# ---------------------------------------------------------------- a document's parts counted

def test_a_document_divided_into_parts():
    q = "论文怎么划分深圳行政问责制的发展阶段？"
    both_ways(q, "论文分成两个阶段。", "论文分成三个阶段。")
    both_ways(q, "论文分成两个阶段。", "报告分成两个阶段。")
