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
