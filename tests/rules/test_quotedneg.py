"""A predicate said of quoted terms keeps its polarity; a document the sources hold is not 'absent'."""
from pathlib import Path

import pytest

from bot.core.sources import with_documents
from rules.checker import check
from rules.schema import RuleBook

GAS = Path(__file__).resolve().parents[1] / "data" / "wuchuan-gas-2035.md"
TITLE = "《梧川市城镇燃气安全监督管理责任追究办法》"


@pytest.fixture(scope="module")
def sources():
    return with_documents([GAS])


def _passes(draft: str, sources) -> bool:
    return check("以上包括本数吗", draft, RuleBook(), sources=sources).passed


@pytest.mark.parametrize("draft", [
    "第三十条规定，“不满”“超过”包括本数。",
    "按第三十条，“超过”包括本数。",
    f"{TITLE}第三十条：本办法所称“以上”“以下”包括本数，“不满”“超过”包括本数。",
    "第三十条规定，“以上”不包括本数。",
])
def test_quoted_subject_with_flipped_polarity_fails(draft, sources):
    assert not _passes(draft, sources)


@pytest.mark.parametrize("draft", [
    "第三十条规定，“不满”“超过”不包括本数。",
    "第三十条规定，“以上”“以下”包括本数。",
    f"{TITLE}第三十条：本办法所称“以上”“以下”包括本数，“不满”“超过”不包括本数。",
])
def test_quoted_subject_as_the_text_says_passes(draft, sources):
    assert _passes(draft, sources)


def test_held_document_said_absent_fails(sources):
    assert not _passes(f"{TITLE}并未收录在知识库中。", sources)


def test_absent_document_said_absent_passes(sources):
    assert _passes("《梧川市燃气价格管理办法》并未收录在知识库中。", sources)
