"""The lead's own readings this stop, each tested both ways.

- A bound and a count of days in everyday words (最多延15天, 至少2次) read as the text's own
  (不超过十五日, 不少于2次) before the support test compares them (rules/checking/bound_words.py).
- What a list's lead says follows (不予问责, 可以从轻) held to the article it names, clause by clause;
  and so is a sentence held to the article the question asks about (rules/checking/lead_claim.py).
- 单独用 (not only 单独适用) as the combinability claim (rules/checking/claims.py).
- A thing said not to appear in an article, the thing first (rules/checking/mention_denied.py).
- The text's article said to refer to an outside document's articles (rules/checking/external_home.py).
- An absence with its topic first and the article pointed at (rules/checking/topic_absence.py)."""
from __future__ import annotations

import pytest

from rules.checking.bound_words import one_form
from tests.rules.checking import both_ways, on

tingxi = on("tingxi-equipment-2035")


@pytest.mark.parametrize("right, wrong", [
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延2次，最多延15天。"),
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延1次，最多延20天。"),
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延1次，至少延15天。"),
    ("《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30天。",
     "《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限至少30天。"),
    ("《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30天。",
     "《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30个工作日。"),
])
def test_a_bound_in_everyday_words_is_the_texts_bound(right, wrong):
    tingxi("一般隐患整改期限和延期怎么规定？", right, wrong)


def test_only_a_bound_before_a_figure_is_rewritten():
    assert one_form("最多延15天") == "不超过延15日"
    assert one_form("至少巡查两次") == "不少于巡查两次"
    # 最多 with no figure after it is no bound; 天 after no number is no count of days
    assert one_form("问责最多的是哪一类") == "问责最多的是哪一类"
    assert one_form("当天报告") == "当天报告"


ITEM_ONE = "（一）因工作失职，致使本地区、本部门、本系统或者本单位发生公共安全事故的；"


@pytest.mark.parametrize("right, wrong", [
    ("第五条规定，公共安全管理有下列情形之一的，应当问责：", "第五条规定，公共安全管理有下列情形之一的，不予问责："),
    ("第五条规定，公共安全管理有下列情形之一的，应当问责：", "第五条规定，公共安全管理有下列情形之一的，可以从轻问责："),
    ("第五条列了公共安全管理中应当问责的情形：", "第五条列了公共安全管理中可以免予问责的情形："),
])
def test_a_list_lead_says_what_its_article_says_follows(right, wrong):
    both_ways("第五条说了什么？", f"{right}\n{ITEM_ONE}", f"{wrong}\n{ITEM_ONE}", unsupported=True)


def test_a_sentence_held_to_the_asked_article_says_what_it_says_follows():
    both_ways("第十八条说了什么？", "党政领导干部有下列情形之一的，不予问责。",
              "党政领导干部有下列情形之一的，可以从轻问责。", unsupported=True)


@pytest.mark.parametrize("right, wrong", [("能。", "不能。"), ("训诫能单独用。", "训诫不能单独用。"),
                                          ("可以，训诫可以单独用，也能和别的方式一起用。", "不可以，训诫只能和别的方式一起用。")])
def test_used_alone_in_everyday_words_is_the_combinability_claim(right, wrong):
    """单独用 (not only 单独适用) says whether a measure may be applied alone: a "不能" to
    "训诫能单独用吗？" was verified from the paper, which has 训诫 and 单独 in other senses."""
    both_ways("训诫能单独用吗？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("区党政领导分管副职在第十四条里没出现。", "街道党政领导正职在第十四条里没出现。"),
    ("第十四条没有提到区党政领导分管副职。", "街道党政领导分管副职在第十四条中没有出现。"),
])
def test_a_thing_said_not_to_appear_in_an_article(right, wrong):
    """"X在第N条里没出现": the thing first, then the article it is said to be absent from, held
    to that article's text like 第N条没有提到X (mention_denied.py)."""
    both_ways("较大事故时各级领导怎么处理？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("第十七条规定从重从轻情节按中办发[2009]25号第八条、第九条执行。",
     "第十五条规定从重从轻情节按中办发[2009]25号第八条、第九条执行。"),
    ("第十七条写明，从重、从轻情节依照中办发[2009]25号第八条、第九条。",
     "第十一条写明，从重、从轻情节依照中办发[2009]25号第八条、第九条。"),
])
def test_the_article_that_refers_to_an_outside_document(right, wrong):
    """The sources do refer to 中办发[2009]25号第八条、第九条, but from 第十七条: a sentence giving the
    reference to another article of the text is wrong (external_home.py)."""
    both_ways("从重从轻情节按什么执行？", right, wrong, unsupported=True)


@pytest.mark.parametrize("right, wrong", [
    ("事故问责组的组长是谁，这一条没有规定。", "事故问责组由谁组成，这一条没有规定。"),
])
def test_an_absence_with_its_topic_first(right, wrong):
    """"X，这一条没有规定" is "第十二条没有规定X" of the article the question names (topic_absence.py)."""
    both_ways("第十二条讲什么？", right, wrong, unsupported=True)
