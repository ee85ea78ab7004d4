"""The shipped sources are clean, mended and honest about what they lack."""
import re

import pytest

from knowledge.documents import load_document, shipped_source_paths

DOCS = {load_document(p).id: load_document(p) for p in shipped_source_paths()}
ALL_TEXT = "\n".join(d.text for d in DOCS.values())


def test_three_documents_with_front_matter():
    assert set(DOCS) == {"sz-accountability-2009", "sz-work-report-2016", "sz-admin-accountability-paper"}
    kinds = {d.id: d.kind for d in DOCS.values()}
    assert kinds == {"sz-accountability-2009": "regulation", "sz-work-report-2016": "report",
                     "sz-admin-accountability-paper": "article"}
    for d in DOCS.values():
        assert d.title and d.issuer and d.lacks, d.id
    assert DOCS["sz-accountability-2009"].date == "2009-12-15"


@pytest.mark.parametrize("mended", [
    "调离现工作岗位处理", "对有关党政领导正职责令公开道歉。对区党政领导分管副职、", "约占全国十分之一",
    "我们两次对该《办法》", "进行调校", "创新体系更加开放", "与东莞市联合启动", "责任意识还不够强",
    "二是推行部门责任“白皮书”制度",
])
def test_broken_sentences_are_mended(mended):
    assert mended in ALL_TEXT


@pytest.mark.parametrize("junk", ["在点网", "zaidian", "转 载", "网站首页", "Copyright", "范文大全", "12?23"])
def test_site_furniture_and_adverts_are_gone(junk):
    assert junk.lower() not in ALL_TEXT.lower()


def test_no_paragraph_ends_mid_sentence():
    for d in DOCS.values():
        for p in d.paragraphs:
            assert re.search(r"[。：；！？”）]$", p) or len(p) < 40, (d.id, p[-20:])


def test_truncation_is_recorded():
    reg = DOCS["sz-accountability-2009"]
    assert reg.paragraphs[-1] == "第十八条 党政领导干部有下列情形之一的，不予问责："
    assert "第十八条" in reg.lacks
    assert "一" in DOCS["sz-work-report-2016"].lacks
    assert "二" in DOCS["sz-admin-accountability-paper"].lacks
