"""Three wrong sentences that passed, found while reading branch alarms16's report, each tested
both ways on the shipped sources:

- a bare decline ("没法给出。") to a question about articles the sources hold whole says the
  sources lack what they have (rules/checker.py, beside declined_cut.py);
- who convenes and decides, said of an article with no severity in the sentence or the question:
  the severities of that article's rows (claims._cited_severities);
- a count of groups (两组, 三档) said of one article: its paragraphs, items or ；-joined clauses
  (rules/checking/group_count.py)."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, on


def test_a_decline_is_true_only_of_what_the_sources_lack():
    both_ways("第十八条列了哪些不予问责的情形？", "没法给出。", "没法给出。第十八条列了三种情形。")
    both_ways("第十五条讲的是什么？", "第十五条讲的是初步问责后根据事故调查结果可以进一步问责。", "没法给出。")


@pytest.mark.parametrize("right, wrong", [
    ("第十三条写明由市委、市政府作出初步问责决定。", "第十三条还写明由省作出初步问责决定。"),
    ("第十四条规定由区委（党工委）、区政府（管委会）召开现场会并作出初步问责决定。",
     "第十四条规定由市委、市政府召开现场会并作出初步问责决定。"),
    ("第十三条规定现场会要在24小时内召开。", "第十三条规定现场会要在48小时内召开。"),
])
def test_the_convening_body_of_a_cited_article(right, wrong):
    both_ways("这一条说了什么？", right, wrong, unsupported=True)


@pytest.mark.parametrize("question, right, wrong", [
    ("第十条把问责方式分成几组？", "第十条规定了两组问责方式。", "第十条规定了三组问责方式。"),
    ("第十三条怎么分？", "第十三条分两档规定初步问责。", "第十三条分三档规定初步问责。"),
    ("第十条第一款怎么分？", "第十条第一款按是否造成重大损失或者恶劣影响，把问责方式分成两档。",
     "第十条第一款按是否造成重大损失或者恶劣影响，把问责方式分成四档。"),
])
def test_a_count_of_groups_is_the_articles_own_division(question, right, wrong):
    both_ways(question, right, wrong, unsupported=True)


def test_a_count_of_groups_in_an_ingested_regulation():
    """《沧溪市城市排水与防涝管理责任追究办法》第十六条: two paragraphs of measures (units, persons)
    and a third on combining them; two groups are some of its paragraphs, six are none of its
    divisions (its first paragraph has five items)."""
    cx = "《沧溪市城市排水与防涝管理责任追究办法》"
    on("cangxi-drainage-2036")("第十六条怎么分？", f"{cx}第十六条把追究方式分成两组：对责任单位的和对责任人员的。",
                               f"{cx}第十六条把追究方式分成六组：对责任单位的和对责任人员的。")


@pytest.mark.parametrize("name, question, right, wrong", [
    # 鹤川 第十五条: 一般情形的 -> 约谈…并责令限期整改; 较重情形的 -> …记录不良行为
    ("hechuan-dust-2036", "一般情形怎么处理？",
     "一般情形由负责追究的部门约谈其项目负责人或者单位负责人，并责令限期整改。",
     "一般情形由负责追究的部门约谈其项目负责人，并在市建筑市场信用信息平台记录不良行为。"),
    # 临峰 第十七条: 情节较轻的 -> 责令限期改正; 情节较重的 -> 约谈…通报批评
    ("linfeng-waste-2036", "情节较轻会怎样？",
     "情节较轻时由区城管部门责令限期改正，改正期限不超过15日。",
     "情节较轻时由区城管部门责令限期改正，并约谈其主要负责人，在全区范围内通报批评。"),
])
def test_an_items_condition_said_as_the_topic(name, question, right, wrong):
    """An item's condition said as the sentence's topic, without its 的 ("一般情形由…", "情节较轻时…"):
    what follows is that item's consequence, and a sibling item's is not (one_clause._topic)."""
    on(name)(question, right, wrong)


@pytest.mark.parametrize("question, right, wrong", [
    ("现场会和上级的问责决定谁先谁后？",
     "特别重大事故后，市委、市政府在国务院、省作出问责决定之前作出初步问责决定。",
     "特别重大事故后，市委、市政府在国务院、省作出问责决定之后24小时内召开现场会。"),
    ("进一步问责在什么时候？",
     "按第十三条、第十四条初步问责后，根据事故调查结果，可以进一步问责。",
     "按第十三条、第十四条初步问责前，根据事故调查结果，可以进一步问责。"),
])
def test_before_and_after_an_event(question, right, wrong):
    """An act dated by an event (X之前 / X之后) the text dates it by the other way fails
    (rules/checking/before_after.py); the claim readers verified such a sentence whole by its body
    and its hours."""
    both_ways(question, right, wrong, unsupported=True)


def test_before_and_after_in_an_ingested_regulation():
    cx = "《沧溪市城市排水与防涝管理责任追究办法》"
    on("cangxi-drainage-2036")("第三方破坏排水设施的，还追究吗？",
                               f"{cx}第十八条规定，因第三方故意破坏排水设施导致损失，且责任单位在发现后2小时内报告并采取措施的，不予追究责任。",
                               f"{cx}第十八条规定，因第三方故意破坏排水设施导致损失，且责任单位在发现前2小时内报告并采取措施的，不予追究责任。")
