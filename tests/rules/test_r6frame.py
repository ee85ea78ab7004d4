"""Readings of a draft's form added for the sixth blind round (rules/checking/tables.py and the
readers beside it): tables read row by row with their header, short verdict sentences tied to
what decides them, lead-ins that announce a split or a count held to the list they announce.
Each is tested both ways: the right form passes, a wrong twin of the same shape fails and the
problem names the sentence. Sentences are free wording, not the round's drafts."""
from __future__ import annotations

import pytest

from rules.checking.tables import row_sentence, table_units
from tests.rules.checking import verdict


CONVENING = "| 事故等级 | 召开现场会的主体 | 时限 |\n|---|:---:|---|\n"


def test_a_row_is_read_with_its_header():
    units = table_units(CONVENING + "| 较大 | 区委、区政府 | — |\n\n以上。")
    assert [u.kind for u in units] == ["table", "table", "sentence", "sentence"]
    assert units[2].text == "事故等级为较大，召开现场会的主体为区委、区政府。"
    assert row_sentence(["", "措施"], ["街道党政领导正职", "免职"]) == "街道党政领导正职，措施为免职。"


@pytest.mark.parametrize("row, wrong", [
    ("| 特别重大、重大 | 市委、市政府 | 24小时内 |", None),
    ("| 较大 | 区委（党工委）、区政府（管委会） | 24小时内 |", None),
    # a cell moved to the wrong row: alone "| 较大 | 市委、市政府 | 24小时内 |" passed
    ("| 较大 | 市委、市政府 | 24小时内 |", "不是市委"),
    ("| 特别重大、重大 | 区委（党工委）、区政府（管委会） | 24小时内 |", "不是区委"),
    ("| 较大 | 区委（党工委）、区政府（管委会） | 12小时内 |", "12"),
])
def test_convening_table_rows(row, wrong):
    r = verdict("按事故等级列一下现场会由谁召开。", CONVENING + row)
    heads = [s for s in r.sentences if s.text.startswith("|")]
    assert [s.verdict for s in heads] == ["framing", "framing"]
    if wrong is None:
        assert r.passed, r.problems
    else:
        assert not r.passed and wrong in " ".join(r.problems), r.problems
        assert r.sentences[-1].verdict == "unsupported"


@pytest.mark.parametrize("row, wrong", [
    ("| 地方一般公共预算收入 | 2727.1亿元 | 30.9% |", False),
    ("| 地方一般公共预算收入 | 2727.1亿元 | 30.4% |", True),     # the other figure of 分别
    ("| 生产总值 | 1.75万亿元 | 7.7% |", True),
])
def test_report_table_rows(row, wrong):
    r = verdict("2015年深圳主要经济指标是多少？", "| 指标 | 2015年 | 增长 |\n|---|---|---|\n" + row)
    assert r.passed != wrong, r.problems


def test_a_header_without_rows_is_no_framing():
    r = verdict("按事故等级列一下现场会由谁召开。", "| 事故等级 | 召开现场会的主体 |\n|---|---|")
    assert not r.passed


MARKED = "学员答：“一般事故也要在24小时内开现场会。”请批改。"


@pytest.mark.parametrize("question, draft, right", [
    # a mark on a quoted answer is held to that answer judged as a sentence
    (MARKED, "批改：错误。第十六条没有召开现场会的要求。", True),
    (MARKED, "批改：正确。第十六条没有召开现场会的要求。", False),
    ("学员答：“较大事故要在24小时内开现场会。”请批改。", "批改：正确。第十四条要求24小时内召开现场会。", True),
    ("学员答：“较大事故要在24小时内开现场会。”请批改。", "批改：错误。第十四条要求24小时内召开现场会。", False),
    # a yes or a no in other words answers the question's proposition
    ("第9条是兜底条款吗？", "可以这么理解。第九条说，其他造成损失或者不良影响的失职行为，按照有关规定对党政领导干部问责。", True),
    ("较大事故街道党政领导正职会被责令公开道歉吗？", "规定允许。第十四条对街道党政领导正职责令公开道歉。", True),
    ("较大事故街道党政领导正职会被免职吗？", "规定允许。第十四条对街道党政领导正职免职。", False),
    # "cannot tell" / "not in the sources": the next sentence must say what is missing of what is asked
    ("第十八条后面还有条文吗？", "无法判断。来源在第十八条开头就中断了，后续条款没有收录。", True),
    ("第十三条说了什么？", "无法判断。第十八条的清单缺失。", False),
    ("第十三条说了什么？", "资料里查不到。来源在第十八条开头就中断了。", False),
    # the article asked about is whole in the sources: an absence said of another thing cannot save it
    ("第十三条说了什么？", "资料里查不到。第十三条没有写发文机关。", False),
    ("第十三条说了什么？", "无法判断。第十三条没有写发文机关。", False),
    ("无法判断。", "无法判断。第十三条规定了现场会。", False),
    ("中办发[2009]25号第八条说了什么？", "资料里查不到。第十七条只引用了中办发[2009]25号第八条，那份文件的条文没有收录。", True),
])
def test_verdict_sentences_are_claims(question, draft, right):
    r = verdict(question, draft)
    assert r.passed == right, r.problems
    assert r.sentences[0].verdict == ("verified" if right else "unsupported") or not right
    assert all(s.verdict != "framing" for s in r.sentences)


@pytest.mark.parametrize("draft, right", [
    ("资料里的第十八条只有一句开头：“党政领导干部有下列情形之一的，不予问责：”，后面的具体情形没有收录。", True),
    ("第十八条本来是讲不予问责情形的，但来源只收录了它的开头一句，具体清单缺失。", True),
    # what the missing list holds, said in a clause that does not name the article
    ("第十八条是讲不予问责情形的，包括主动报告的情形，但来源只剩开头。", False),
    ("第十八条讲不予问责，列了五种情形，但来源只剩开头。", False),
    ("第十八条本来是讲从轻问责的，但来源只收录了它的开头一句。", False),
    ("第十八条只有一句开头：“党政领导干部有下列情形之一的，可以从轻问责：”", False),
])
def test_the_missing_list_said_missing(draft, right):
    assert verdict("第十八条的内容是什么？", draft).passed == right


@pytest.mark.parametrize("gloss, right", [
    ("第十三条（特别重大、重大事故）和第十四条（较大事故）", True),
    ("第十三条（特别重大、较大事故）和第十四条（较大事故）", False),
])
def test_an_exclusive_claim_with_severity_glosses(gloss, right):
    r = verdict("现场会的时限规定在哪里？", f"24小时内召开现场会的规定只出现在{gloss}。")
    assert r.passed == right, r.problems


@pytest.mark.parametrize("lead, wrong", [
    ("第十条按是否“造成重大损失或者恶劣影响”分两档：", None),
    ("第十条按后果分两档：", None),
    ("第十条按是否“造成重大损失或者恶劣影响”分三档：", "不是三档"),
    ("第十条按事故等级分两档：", "事故等级"),
    ("第十一条按问责方式分了两套程序：", None),
    ("第十一条按问责方式分了三套程序：", "不是三套"),
    ("第十一条按事故等级分了两套程序：", "事故等级"),
])
def test_a_split_lead_is_held_to_the_articles_groups(lead, wrong):
    r = verdict("问责方式和程序怎么分？", lead)
    if wrong is None:
        assert r.passed and r.sentences[0].verdict == "verified", r.problems
    else:
        assert not r.passed and wrong in " ".join(r.problems), r.problems


@pytest.mark.parametrize("question, draft, wrong", [
    ("第十条里一共几种问责方式？", "九种：后果严重的一档五种，后果不严重的一档四种。", None),
    ("第十条里一共几种问责方式？", "八种：后果严重的一档五种，后果不严重的一档三种。", "九种"),
    ("第十条里一共几种问责方式？", "九种：后果严重的一档四种，后果不严重的一档五种。", "有5种"),
    ("第十条规定了哪些问责方式？", "第十条规定了九种问责方式。", None),
    # passed before: an article's measures miscounted
    ("第十条规定了哪些问责方式？", "第十条规定了八种问责方式。", "不是八种"),
])
def test_counts_of_an_articles_measures(question, draft, wrong):
    r = verdict(question, draft)
    if wrong is None:
        assert r.passed, r.problems
    else:
        assert not r.passed and wrong in " ".join(r.problems), r.problems


@pytest.mark.parametrize("draft, right", [
    ("第十条只管第五、六、七、九条的情形。", True),       # one series of articles, all of them
    ("第十条只管第五、六、七条的情形。", False),
    ("第十五条只针对第十三条的初步问责。", False),
])
def test_a_restriction_to_a_series_of_articles(draft, right):
    assert verdict("第十条管哪些情形？", draft).passed == right


@pytest.mark.parametrize("draft, right", [
    ("适用，街道党政领导成员是第二条明确列出的一类。", True),
    ("街道党政领导成员是第二条列出的对象之一。", True),
    ("适用，区人大常委会领导成员是第二条明确列出的一类。", False),
    ("适用，街道办事处工作人员是第二条明确列出的一类。", False),
    ("街道党政领导成员是第五条明确列出的一类。", False),
])
def test_a_membership_said_from_the_members_side(draft, right):
    assert verdict("街道的书记、主任适用吗？", draft).passed == right


ISSUER = "这个问责规定是哪个机关发布的？"


@pytest.mark.parametrize("draft, right", [
    ("资料里没有写。收录的规定正文从标题直接进入第一章，没有列出发文机关。", True),
    ("资料里没有写。收录的规定正文从标题直接进入第二章，没有列出发文机关。", False),
    ("资料里没有写。收录的规定正文从标题直接进入第一章，没有列出现场会。", False),
    # the text's opening alone says nothing of the issuer
    ("资料里没有写。收录的规定正文从标题直接进入第一章。", False),
])
def test_the_texts_opening_and_an_absence_said_of_it(draft, right):
    assert verdict(ISSUER, draft).passed == right


@pytest.mark.parametrize("draft, right", [
    ("收录的规定正文没有列出发文机关。", True),
    ("收录的资料没有提到申诉。", True),
    # passed before: 收录的规定正文 was read as the missing thing, not as the scope
    ("收录的规定正文没有列出现场会。", False),
    ("收录的规定正文没有列出第十三条。", False),
])
def test_the_scope_of_an_absence_may_be_the_text_held(draft, right):
    assert verdict(ISSUER, draft).passed == right


@pytest.mark.parametrize("question, draft, right", [
    ("同样是街道党政领导正职，特别重大事故和重大事故的处理有什么区别？",
     "区别在于轻重。特别重大事故时，街道党政领导正职会被免职；重大事故时停职检查。", True),
    # the rules give this official the same measure under both severities
    ("同样是街道党政领导分管副职，特别重大事故和重大事故的处理有什么区别？",
     "区别在于轻重。特别重大事故时，街道党政领导分管副职会被免职。", False),
    # a difference whose statement is wrong
    ("同样是街道党政领导正职，特别重大事故和重大事故的处理有什么区别？",
     "区别在于轻重。特别重大事故时，街道党政领导正职会被停职检查。", False),
])
def test_a_difference_lead_is_held_to_the_cases_compared(question, draft, right):
    r = verdict(question, draft)
    assert r.passed == right, r.problems
    assert r.sentences[0].verdict == ("verified" if right else "unsupported")


@pytest.mark.parametrize("draft, right", [
    ("也就是说，从轻处理和不予问责是两回事，后者的内容我们看不到。", True),
    ("也就是说，从轻处理和从重处理是两回事，后者的内容我们看不到。", False),   # one article holds both
    ("也就是说，从轻处理和不予问责是一回事，后者的内容我们看不到。", False),
    ("从轻处理和不予问责是两回事，不予问责包括主动报告的情形。", False),
])
def test_the_missing_articles_opening_set_apart(draft, right):
    assert verdict("第十七条和第十八条有什么不同？", draft).passed == right


SEVERITY_COLUMNS = "| 职务 | 特别重大 | 重大 |\n|---|---|---|\n"


@pytest.mark.parametrize("rows, wrong", [
    ("| 街道党政领导正职 | 免职 | 停职检查 |\n| 街道党政领导分管副职 | 免职 | 免职 |", None),
    # passed while the row was one sentence: the second severity's cell rode on the first's
    ("| 街道党政领导正职 | 免职 | 免职 |", "不是免职"),
    ("| 街道党政领导正职 | 停职检查 | 免职 |", "不是停职检查"),
])
def test_a_row_says_one_thing_per_column_that_is_a_claim(rows, wrong):
    r = verdict("街道领导在各级事故中分别怎么处理？", SEVERITY_COLUMNS + rows)
    if wrong is None:
        assert r.passed, r.problems
        assert "职务为街道党政领导正职，重大为停职检查。" in [s.text for s in r.sentences]
    else:
        assert not r.passed and wrong in " ".join(r.problems), r.problems
