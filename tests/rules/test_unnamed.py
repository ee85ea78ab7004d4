"""A sentence that names no document is held to the draft's own subject, never to another
regulation of the index that happens to hold its words (rules/checking/unnamed.py). With an
ingested regulation (or a national law) beside the Shenzhen one, a wrong sentence about the
Shenzhen regulation was verified by that other text; named, the other text still supports it."""
from __future__ import annotations

import pytest

from rules.checker import check
from rules.checking.unnamed import default_scope, names_of
from rules.schema import RuleBook
from tests.rules import checking

BOOK = RuleBook()
LANJIANG = checking.ingested("lanjiang-housing-2034")
TITLE = "澜江市住房保障资格审核责任追究规定"


def _passes(question: str, draft: str) -> bool:
    return check(question, draft, BOOK, sources=LANJIANG).passed


@pytest.mark.parametrize("draft", [
    "涉嫌犯罪的，移送纪检监察机关处理。",                     # 第四条: 移送司法机关
    "涉嫌犯罪的，由纪检监察机关直接依法处理，不移送。",
])
def test_another_regulations_words_do_not_verify_an_unnamed_sentence(draft):
    assert not _passes("问责中发现涉嫌犯罪怎么办？", draft)


def test_the_same_words_pass_when_the_draft_names_that_regulation():
    assert _passes(f"《{TITLE}》对审核人员涉嫌职务犯罪的怎么处理？",
                   f"按照《{TITLE}》第二十条，审核人员涉嫌职务犯罪的，问题线索移送纪检监察机关。")


def test_the_shenzhen_answer_still_passes_with_the_other_regulation_ingested():
    assert _passes("问责中发现涉嫌犯罪怎么办？", "涉嫌犯罪的，移送司法机关依法处理（第四条）。")


def test_the_scope_leaves_out_only_regulations_the_draft_does_not_name():
    own = "sz-accountability-2009"
    other = next(d for d, f in LANJIANG.documents.items() if f.title == TITLE)
    scope = default_scope("涉嫌犯罪怎么办", LANJIANG, own)
    assert scope is not None and other not in scope and own in scope
    assert {"sz-work-report-2016", "sz-admin-accountability-paper"} <= scope
    assert default_scope(f"《{TITLE}》怎么规定的", LANJIANG, own) is None
    # 本规定 makes the regulation in focus the subject, whatever else the sentence mentions
    assert other not in default_scope(f"《{TITLE}》", LANJIANG, own, sentence="本规定适用于…")
    assert TITLE in names_of(LANJIANG, other)
