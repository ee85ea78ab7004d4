"""The lead's fixes when this stop's branches met (each failed a test of another branch's).

- qs12 read the word after a modal 得 as the act however it is tagged (几个小时内得报给市政府: 报); a
  degree word there asks how, and is no act (平台报警说…，得多快处理？ asked 多 and answered nothing:
  鹤川's blind questions fell from 18 to 17).
- szalarm4 took "X也是第十条规定的问责方式之一" after a combinable sentence as the partner it names;
  g21alarm holds such a clause to the paragraph it names, so a paragraph named is judged, not taken.
- wmiss5 failed a clause joined with 并 that another paragraph of the article holds; a paragraph that
  refers to another (在前款规定的期限内要求听证) holds what it refers to (test_g15alarm's right draft).
"""
from __future__ import annotations

import pytest

from bot.core.asked import acts
from bot.core.sources import shipped_sources
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()


@pytest.mark.parametrize("question, act", [
    ("区里接到滑坡的报告，几个小时内得报给市政府？", ("报",)),
    ("材料得几天内交？", ("交",)),
])
def test_the_act_after_a_modal_de(question, act):
    assert acts(question) == act


@pytest.mark.parametrize("question", ["平台报警说超标了，得多快处理？", "这事得多久办完？"])
def test_a_degree_word_after_de_is_no_act(question):
    assert "多" not in acts(question)


@pytest.mark.parametrize("draft, passed", [
    ("训诫既可以单独适用，也可以和其他问责方式合并适用，而停职检查也是第十条规定的问责方式之一。", True),
    ("训诫既可以单独适用，也可以和其他问责方式合并适用，免职也是第十条第二款规定的问责方式之一。", False),
])
def test_a_partner_named_with_a_paragraph_is_judged(draft, passed):
    r = check("训诫能和别的方式一起用吗？", draft, BOOK, sources=shipped_sources())
    assert r.passed is passed, r.problems


@pytest.mark.parametrize("text, refers", [
    ("拟扣减补助资金10万元以上的，被追究对象可以在前款规定的期限内要求听证。", True),
    ("群测群防员未按照本办法第十一条第一款规定立即报告险情的，予以批评教育。", False),
])
def test_a_paragraph_referring_within_its_article(text, refers):
    from rules.checking.joined_elsewhere import _REFERS
    assert bool(_REFERS.search(text)) is refers
