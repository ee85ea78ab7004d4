"""Branch wsz2: a combining partner outside the regulation's measures, an elided quote after a
single-mention lead, an absence of which document an act follows, an article said outside
another's reach, a list member exchanged, a role the named article does not name."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

BOOK = RuleBook()
SZ = shipped_sources()
LINFENG = with_documents([Path(__file__).parents[1] / "data" / "linfeng-waste-2036.md"])


def _passes(question: str, draft: str, sources=SZ) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("draft,ok", [
    ("通报批评可以与停职检查合并适用。", True),
    ("训诫可以和其他问责方式合并适用。", True),
    ("通报批评可以与行政拘留合并适用。", False),
    ("训诫可以和党纪处分一起使用。", False),
])
def test_combining_partner_must_be_a_measure(draft, ok):
    assert _passes("哪些问责方式可以合并适用？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("报告只有一处提到问责：“开展明察暗访，严格监督问责…”", True),
    ("报告只有一处提到问责：“加快建设法治政府…”", False),
    ("报告只有一处提到监督：“进一步加强廉政建设…”", False),
])
def test_single_mention_with_an_elided_quote(draft, ok):
    assert _passes("政府工作报告里讲问责了吗？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第十一条没有说依据什么规定执行程序。", False),
    ("第十六条没有写明按照哪个文件处理。", False),
])
def test_absence_of_the_document_followed(draft, ok):
    assert _passes("按什么文件处理？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第八条不在第十条的适用范围里。", True),
    ("第六条不在第十条的适用范围里。", False),
    ("第八条不在第十二条的适用范围内。", False),
])
def test_article_outside_another(draft, ok):
    assert _passes("第十条适用于哪些条文？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("市城管局负责全市生活垃圾分类管理责任追究工作的组织、指导和监督。", True),
    ("市城管局负责全市生活垃圾分类管理责任追究工作的组织、协调和监督。", False),
    ("市城管局负责全市生活垃圾分类管理责任追究工作的规划、指导和监督。", False),
])
def test_list_member_exchanged(draft, ok):
    assert _passes("市城管局负责什么？", draft, LINFENG) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第十六条规定区委、区政府按《办法》对街道党政领导分管副职问责。", True),
    ("第十四条规定区委、区政府对街道党政领导正职作出初步问责决定。", True),
    ("第十六条规定区委、区政府按《办法》对街道党政领导正职问责。", False),
    ("第十四条规定区委、区政府对区党政领导分管副职作出初步问责决定。", False),
])
def test_role_the_named_article_does_not_name(draft, ok):
    assert _passes("这一条对谁问责？", draft) is ok
