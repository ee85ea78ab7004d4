"""Checking drafts about inserted articles (第十四条之一), both ways: a sentence that quotes one and
cites it as 第十四条之一 (or 第14条之一, 第十四条之一第二款) passes; the same words cited as its base
article, or as another inserted article, fail; an item that names one (第十五条第（五）项's 本办法第十四条之一)
resolves to it, and the item restated with 第十四条 is a renumbered reference. On the blind
《霁州市建筑渣土运输管理责任追究办法》 and our own small regulation with 第三条之一 and 第三条之二."""
from __future__ import annotations

import pytest

from rules.references import InsertedArticle
from tests.rules.checking import ingested, verdict

JIZHOU = "jizhou-muck-transport-2038"
RUOXI = "ruoxi-ledger-2039"


def test_the_sources_hold_each_inserted_article_under_its_own_number():
    s = ingested(RUOXI)
    assert s.articles(RUOXI) == [1, 2, 3, InsertedArticle(3, 1), InsertedArticle(3, 2), 4, 5]
    assert s.article(3, RUOXI).text.startswith("第三条 ")
    assert s.article(InsertedArticle(3, 1), RUOXI).label.endswith("第三条之一")
    assert s.article(InsertedArticle(3, 3), RUOXI) is None


@pytest.mark.parametrize("reg, question, right, wrong", [
    # the inserted article's words cited as it, and as its base article
    (JIZHOU, "一般运输事件的调查多久要完成？",
     "第十四条之一规定，一般、较大运输事件的调查，由区城市管理部门自事件发生之日起10个工作日内完成。",
     "第十四条规定，一般、较大运输事件的调查，由区城市管理部门自事件发生之日起10个工作日内完成。"),
    (JIZHOU, "一般运输事件的调查多久要完成？",
     "按第14条之一，一般、较大运输事件由区城市管理部门在事件发生之日起10个工作日内调查完毕。",
     "按第14条之一，一般、较大运输事件由区城市管理部门在事件发生之日起15个工作日内调查完毕。"),
    (JIZHOU, "重大事件调查能延期吗？",
     "第十四条之一第二款规定，情况复杂的，经市人民政府批准，可以延长15日。",
     "第十四条第二款规定，情况复杂的，经市人民政府批准，可以延长15日。"),
    # an item that names the inserted article: restated with it, and with its base article
    (JIZHOU, "城管调查超期也算失职吗？",
     "第十五条第（五）项：未在本办法第十四条之一规定的期限内完成调查，且无正当理由的，应当追究责任。",
     "第十五条第（五）项：未在本办法第十四条规定的期限内完成调查，且无正当理由的，应当追究责任。"),
    (JIZHOU, "第十五条第五项引用的是哪一条？",
     "第十五条第（五）项引用的是第十四条之一。",
     "第十五条第（五）项引用的是第十四条。"),
    (JIZHOU, "第十五条第五项说的期限是多久？",
     "第十五条第（五）项所说的期限见第十四条之一：一般、较大运输事件10个工作日，重大、特别重大运输事件30日。",
     "第十五条第（五）项所说的期限见第十四条之一：一般、较大运输事件20个工作日，重大、特别重大运输事件30日。"),
    (JIZHOU, "哪一条提到了第十四条之一？",
     "第十五条第（五）项提到了第十四条之一。",
     "第十六条提到了第十四条之一。"),
    # our own regulation: two inserted articles side by side
    (RUOXI, "执法台账要保存多久？",
     "执法台账应当保存不少于8年（第三条之一）。",
     "执法台账应当保存不少于8年（第三条）。"),
    (RUOXI, "执法台账要保存多久？",
     "执法台账应当保存不少于8年（第三条之一）。",
     "执法台账应当保存不少于8年（第三条之二）。"),
    (RUOXI, "执法台账要保存多久？",
     "执法台账应当保存不少于8年（第三条之一）。",
     "执法台账应当保存不少于6年（第三条之一）。"),
    (RUOXI, "台账保存期满要销毁，谁批准？",
     "依照第三条之一第二款，保存期满需要销毁的，应当经本机关负责人批准，并登记销毁清单。",
     "依照第三条之一第二款，保存期满需要销毁的，应当经市司法局批准，并登记销毁清单。"),
    (RUOXI, "第四条第三项说的是违反哪一条？",
     "第四条第（三）项说的是违反第三条之二规定提供查阅。",
     "第四条第（三）项说的是违反第三条之一规定提供查阅。"),
    (RUOXI, "台账没保存够年限会怎样？",
     "未按照第三条之一第一款规定的期限保存执法台账的，由市司法局责令改正（第四条第（二）项）。",
     "未按照第三条之一第一款规定的期限保存执法台账的，由市司法局处以罚款（第四条第（二）项）。"),
])
def test_both_ways(reg, question, right, wrong):
    ok = verdict(question, right, ingested(reg))
    assert ok.passed, ok.problems
    bad = verdict(question, wrong, ingested(reg))
    assert not bad.passed, wrong


@pytest.mark.parametrize("draft", [
    "第三条之三规定，执法台账应当保存不少于8年。",         # an inserted article the regulation lacks
    "依照第三条之一第三款，保存期满需要销毁的，应当经本机关负责人批准。",   # a paragraph it lacks
])
def test_a_provision_the_regulation_lacks_is_flagged(draft):
    r = verdict("执法台账的规定是什么？", draft, ingested(RUOXI))
    assert not r.passed and r.problems, r.problems


def test_a_paragraph_of_an_inserted_article_is_its_own():
    """第三条之一第二款 is the second paragraph of 第三条之一 (第三条 has one): never "第三条只有1款"."""
    r = verdict("台账销毁要谁批准？", "根据第三条之一第二款，保存期满需要销毁的，应当经本机关负责人批准。", ingested(RUOXI))
    assert r.passed, r.problems
