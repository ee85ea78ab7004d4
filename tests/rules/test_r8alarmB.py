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
