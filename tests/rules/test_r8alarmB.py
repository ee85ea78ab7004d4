"""Round 8's right drafts flagged on arrival (branch r8alarmB): each reading tested both ways, the
right form passes and a wrong twin of the same construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict


# a fraction in words where the report writes digits (1/5), and the other way round
@pytest.mark.parametrize("right, wrong", [
    ("中国专利金奖的获奖数占全国五分之一。", "中国专利金奖的获奖数占全国五分之二。"),
    ("中国专利金奖的获奖数占全国1/5。", "中国专利金奖的获奖数占全国1/4。"),
    ("在监察机关调查处理的案件中，属于行政责任问题的占四分之三。", "在监察机关调查处理的案件中，属于行政责任问题的占三分之二。"),
])
def test_fraction_in_other_form(right: str, wrong: str) -> None:
    both_ways("论文和报告里有哪些数字？", right, wrong)


# 第一次 where the paper says 首次; 上一年 as the year before the one the sentence names
@pytest.mark.parametrize("right, wrong", [
    ("2006年445件，占21%，比上一年增加90.9%，而且第一次超过贪污贿赂类举报（330件）。",
     "2006年445件，占21%，比上一年增加90.9%，而且第二次超过贪污贿赂类举报（330件）。"),
    ("2006年445件，占21%，比上一年增加90.9%。", "2004年80件，比上一年增加90.9%。"),
])
def test_ordinal_and_year_before(right: str, wrong: str) -> None:
    both_ways("论文里的失职渎职类举报数据说明了什么？", right, wrong)


# an item restated with its lead's words: "属于应当问责的情形", "…的要问责"
@pytest.mark.parametrize("right, wrong", [
    ("第五条第（四）项：瞒报、谎报、迟报、漏报公共安全事故信息的，或者其他对事故处置失当、导致事态恶化的，属于应当问责的情形。",
     "第五条第（四）项：瞒报、谎报、迟报、漏报公共安全事故信息的，或者其他对事故处置失当、导致事态恶化的，属于可以从轻问责的情形。"),
    ("第五条第（三）项：在行政活动中强令、授意实施违法行政行为的要问责，不作为引发公共安全事故的同样属于应当问责的情形。",
     "第五条第（三）项：在行政活动中强令、授意实施违法行政行为的可以问责，不作为引发公共安全事故的同样属于应当问责的情形。"),
    ("第五条第（三）项：在行政活动中强令、授意实施违法行政行为的要问责，不作为引发公共安全事故的同样属于应当问责的情形。",
     "第五条第（三）项：在行政活动中强令、授意实施违法行政行为的要问责，不作为引发公共安全事故的属于不予问责的情形。"),
])
def test_item_with_its_lead_act(right: str, wrong: str) -> None:
    both_ways("第五条第（三）、（四）项讲什么？", right, wrong)


def test_lead_act_dropped_keeps_the_item_held() -> None:
    """With the lead's act taken out, a term exchanged in the item is still read as exchanged."""
    both_ways("第五条第（三）项讲什么？",
              "第五条第（三）项：在行政活动中滥用职权，强令、授意实施违法行政行为的要问责。",
              "第五条第（三）项：在行政活动中滥用职权，强令、指使实施违法行政行为的要问责。")


# a sentence that goes through articles clause by clause, under a chapter's count and span
@pytest.mark.parametrize("wrong", [
    "第二章“问责情形”共五条，从第五条到第九条：第五条是公共安全管理（下分六项），第六条是违反党风廉政建设责任制，第七条是其他决策失误、滥用职权、管理和监督不力等失职行为。",
    "第二章“问责情形”共六条，从第五条到第九条：第五条是公共安全管理（下分六项），第六条是用人失察、失误。",
    "第二章“问责情形”共五条，从第五条到第十条：第五条是公共安全管理（下分六项），第六条是用人失察、失误。",
    "第二章“问责情形”共五条，从第五条到第九条：第五条是公共安全管理（下分五项），第六条是用人失察、失误。",
])
def test_chapter_then_article_by_article(wrong: str) -> None:
    both_ways("规定的“问责情形”一章有几条？",
              "第二章“问责情形”共五条，从第五条到第九条：第五条是公共安全管理（下分六项），第六条是用人失察、失误，"
              "第七条是其他决策失误、滥用职权、管理和监督不力等失职行为，第八条是违反党风廉政建设责任制，第九条是兜底的其他失职行为。",
              wrong)


# a catch-all (兜底, 除前面列举的…外) is a passage that opens with the regulation's 其他
@pytest.mark.parametrize("right, wrong", [
    ("第九条是兜底条款。", "第六条是兜底条款。"),
    ("第五条第（六）项是个兜底项。", "第五条第（五）项是个兜底项。"),
    ("第九条是个兜底条款：除前面列举的情形外，其他给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，也要按照有关规定对党政领导干部问责。",
     "第九条是个兜底条款：除前面列举的情形外，其他给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，可以不对党政领导干部问责。"),
    ("第九条是个兜底条款：除前面列举的情形外，其他给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，也要按照有关规定对党政领导干部问责。",
     "第八条是个兜底条款：除前面列举的情形外，其他给国家利益、人民生命财产、公共财产造成损失或者不良影响的失职行为，也要按照有关规定对党政领导干部问责。"),
])
def test_catch_all(right: str, wrong: str) -> None:
    both_ways("第九条规定了什么？", right, wrong)


# a count of an article's items said beside what the article is about: the count and the rest
@pytest.mark.parametrize("right, wrong", [
    ("第五条是公共安全管理（下分六项）。", "第五条是公共安全管理（下分五项）。"),
    ("第五条是公共安全管理，共有六项。", "第五条是用人失察，共有六项。"),
    ("第五条分为六项。", "第五条分为七项。"),
])
def test_item_count_beside_content(right: str, wrong: str) -> None:
    both_ways("第五条讲什么？", right, wrong)


def test_share_in_other_form_stays_with_its_count() -> None:
    """A share (占…) in another form is held beside the count before it, as the passage pairs them."""
    both_ways("2015年深圳PCT国际专利申请情况如何？",
              "2015年深圳PCT国际专利申请1.33万件，占全国46.9%；中国专利金奖获奖数占全国五分之一。",
              "2015年深圳PCT国际专利申请1.33万件，约占全国的五分之一。")


# more forms of "not in the sources" / "cannot tell": still decided by the sentence after them
@pytest.mark.parametrize("question, right, wrong", [
    ("从重从轻的具体情节能从资料里查到吗？",
     "查不到。第十七条只是说从重、从轻情节按中办发[2009]25号第八条、第九条执行，而中办发[2009]25号本身没有收录在资料中。",
     "查不到。第十七条规定从重、从轻情节按照中办发[2009]25号第八条、第九条执行。"),
    ("第十八条后面还有条文吗？",
     "从资料看无法确定。来源在第十八条开头就中断了，第十八条之后如果还有条款，也都不在资料里。",
     "从资料看无法确定。第十七条规定从重、从轻情节按照中办发[2009]25号第八条、第九条执行。"),
    ("哪些情形可以不予问责？",
     "这个问题资料回答不了。第十八条本来是规定不予问责情形的，但清单部分缺失，只剩引导句。",
     "这个问题资料回答不了。第六条规定，违反干部选拔任用有关规定，导致用人失察、失误的，对党政领导干部问责。"),
    ("那篇论文是谁写的、什么时候发表的？", "资料里查不到。论文没有署名，也没有注明发表日期。",
     "资料里查不到。论文说深圳市确定了行政责任机制的五个要素。"),
    ("2016年政府工作报告里定了2016年的经济增长目标吗？",
     "收录的部分里没有。资料只收了报告第一部分的前半，在“五是”那一段之后就中断了。",
     "收录的部分里没有。报告说2015年PM2.5年均浓度降至29.8微克/立方米。"),
])
def test_not_in_the_sources_in_more_forms(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong)


def test_cannot_tell_of_a_whole_article() -> None:
    assert not verdict("第十三条说了什么？", "查不到。第十八条在来源中缺失。").passed


# a mark said of the answer ("这个回答是正确的") is still decided by the quoted answer
def test_mark_said_of_the_answer() -> None:
    both_ways("请批改同事的回答：「第十八条只保留了不予问责的引导句，具体情形在资料中缺失。」",
              "这个回答是正确的。", "这个回答是错误的。")
    assert not verdict("请批改同事的回答：「第十八条列了五种不予问责的情形。」", "这个回答是正确的。").passed


# a term denied of the article named, where another article holds it
@pytest.mark.parametrize("right, wrong", [
    ("第十七条讲的是从重、从轻情节，不是不予问责。", "第十八条讲的是从重、从轻情节，不是不予问责。"),
    ("第十七条讲的是从重、从轻情节，不是不予问责。", "第十七条讲的是不予问责，不是从重、从轻情节。"),
])
def test_term_denied_of_another_article(right: str, wrong: str) -> None:
    both_ways("哪些情形可以不予问责？", right, wrong)


def test_status_left_to_its_reader() -> None:
    """"现有材料无法确认。" about whether the regulation is in force stays the status reader's."""
    assert verdict("这个规定现在还有效吗？", "现有材料无法确认。来源只显示日期为2009年12月15日，未载明发文机关，"
                   "文本在第十八条中断，看不到施行或废止的条款，现行效力需另行核实。").passed


# 这五种 after a list closes it, as 等 does
@pytest.mark.parametrize("wrong", [
    "第十一条规定，责令公开道歉、停职检查、引咎辞职、责令辞职、免职这五种的程序按《办法》执行。",
    "第十一条规定，责令公开道歉、停职检查、引咎辞职、通报批评、免职这五种的程序按中办发[2009]25号文件执行。",
    "第十一条规定，责令公开道歉、停职检查、引咎辞职、责令辞职、降职这五种的程序按中办发[2009]25号文件执行。",
])
def test_list_closed_by_its_count(wrong: str) -> None:
    both_ways("停职检查的程序是按中办发[2009]25号文件执行吗？",
              "是的。第十一条规定，责令公开道歉、停职检查、引咎辞职、责令辞职、免职这五种的程序按中办发[2009]25号文件执行。",
              "是的。" + wrong)


_SEVENTH = ("第七条针对的是第五条、第六条以外的决策失误、滥用职权、管理和监督不力等失职行为，对照三份点名的文件以及其他有关规定来问责："
            "《深圳市行政过错责任追究办法》（简称《办法》）、《深圳市行政决策责任追究办法》和《深圳市人民政府部门行政首长问责暂行办法》。")


# a list after the articles it is beside, the articles an article reaches beyond, a count of the titles listed
@pytest.mark.parametrize("wrong", [
    _SEVENTH.replace("第六条以外", "第八条以外"),
    _SEVENTH.replace("管理和监督不力", "贪污受贿"),
    _SEVENTH.replace("三份", "两份"),
    _SEVENTH.replace("《深圳市人民政府部门行政首长问责暂行办法》", "《关于实行党风廉政建设责任制的规定》"),
    "第七条规定，第五条、第八条之外的决策失误、滥用职权、管理和监督不力等失职行为，对照有关规定问责。",
])
def test_seventh_article_in_other_words(wrong: str) -> None:
    both_ways("第七条对照哪些文件问责？", _SEVENTH, wrong)


@pytest.mark.parametrize("wrong", [
    "第七条针对的是第五条、第六条范围之内的决策失误、滥用职权、管理和监督不力等失职行为。",
    "第七条针对的是第五条、第六条规定情形中的决策失误、滥用职权、管理和监督不力等失职行为。",
])
def test_side_of_the_articles_named(wrong: str) -> None:
    both_ways("第七条管哪些失职行为？", "第七条针对的是第五条、第六条以外的决策失误、滥用职权、管理和监督不力等失职行为。", wrong)


# a time limit named as a noun (时限, 期限) is a figure with a time unit
@pytest.mark.parametrize("right, wrong", [
    ("第十六条没有规定时限。", "第十四条只说区委（党工委）、区政府（管委会）召开现场会并作出初步问责决定，没有规定时限。"),
    ("第十五条没有规定进一步问责的期限。", "第十四条没有规定召开现场会的时限。"),
])
def test_time_limit_as_a_noun(right: str, wrong: str) -> None:
    both_ways("开现场会有时间要求吗？", right, wrong)


# an absence with its scope in a clause of its own, alternatives in the thing, 被问责 no kind of accountability
@pytest.mark.parametrize("right, wrong", [
    ("在资料收录的条文里（到第十八条开头为止），没有关于被问责干部申诉或复核的规定。",
     "在资料收录的条文里（到第十八条开头为止），没有关于现场会的规定。"),
    ("在资料收录的条文里，没有关于被问责干部申诉或复核的规定。", "在资料收录的条文里，没有关于申诉或问责的规定。"),
    ("在资料收录的条文里，没有关于被问责干部申诉或复核的规定。", "在资料收录的条文里，没有关于申诉或事故问责组的规定。"),
])
def test_absence_with_scope_clause(right: str, wrong: str) -> None:
    both_ways("被问责的干部可以申诉吗？规定怎么说？", right, wrong)


# a change from one figure to another: the end shares the start's subject, and stays the end
@pytest.mark.parametrize("wrong", [
    "论文说这个办法2005年和2008年两次修订后，过错情形增加到63种。",
    "论文说这个办法2005年和2008年两次修订后，追究方式增加到108种。",
    "论文说这个办法2005年和2008年两次修订后，过错情形由63种增加到53种。",
])
def test_change_from_to(wrong: str) -> None:
    both_ways("规定里的《办法》在论文里有什么介绍？",
              "论文说这个办法是深圳行政问责制度体系中的基础性规定：2001年出台时列了63种过错情形和6种追究方式，"
              "2005年和2008年两次修订后，过错情形增加到108种，还引入了训诫、降职、辞退等手段。", wrong)
