"""Rule files: every row's span is verbatim in the shipped source, the schema names bad rows."""
import re

import pytest

from knowledge.documents import load_document, shipped_source_paths
from knowledge.parsing import parse_document
from rules.errors import RulesError
from rules.schema import Regulation, RuleBook, data_dir, load_model

DOCS = {load_document(p).id: load_document(p) for p in shipped_source_paths()}
CHUNKS = {d: parse_document(doc) for d, doc in DOCS.items()}
BOOK = RuleBook()


def _squash(s):
    return re.sub(r"\s+", "", s)


def _rows():
    book = BOOK
    out = [(rid, src) for rid, src in book.regulation.sources()]
    out += [(s.id, s.source) for s in book.complaint.steps]
    return out


@pytest.mark.parametrize("rid, src", _rows(), ids=[r for r, _ in _rows()])
def test_span_is_verbatim_in_its_article_or_section(rid, src):
    chunks = CHUNKS[src.doc]
    if src.article is not None:
        text = next(c.text for c in chunks if c.article == src.article)
    else:
        text = "".join(c.text for c in chunks if c.section == src.section)
    assert _squash(src.span) in _squash(text), f"{rid}: span not in {src.doc} {src.article or src.section}"


def test_regulation_rows_carry_the_date_in_force():
    for rid, src in BOOK.regulation.sources():
        assert str(src.in_force) == "2009-12-15", rid


def test_all_eighteen_articles_are_accounted_for():
    cov = BOOK.coverage()
    assert cov["missing"] == [] and sorted(cov["operative"] + cov["non_operative"]) == list(range(1, 19))
    assert BOOK.regulation.articles[18].missing


def _write(tmp_path, text):
    p = tmp_path / "regulation.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_bad_yaml_names_the_file(tmp_path):
    with pytest.raises(RulesError, match=r"regulation\.yaml：不是合法的 YAML"):
        load_model(_write(tmp_path, "articles: [unclosed"), Regulation)


def test_missing_field_names_row_and_field(tmp_path):
    text = (data_dir() / "regulation.yaml").read_text(encoding="utf-8")
    broken = text.replace("{id: a14-b, severity: 较大, role: 街道党政领导正职, measures: [责令公开道歉], ",
                          "{id: a14-b, severity: 较大, role: 街道党政领导正职, ")
    with pytest.raises(RulesError, match=r"accident_decisions / row 'a14-b' / measures: Field required"):
        load_model(_write(tmp_path, broken), Regulation)


def test_two_rows_matching_the_same_facts_fail(tmp_path):
    text = (data_dir() / "regulation.yaml").read_text(encoding="utf-8")
    dup = text.replace("{id: a14-c, severity: 较大, role: 街道党政领导分管副职,", "{id: a14-c, severity: 较大, role: 街道党政领导正职,")
    with pytest.raises(RulesError, match="没有明确的优先级"):
        load_model(_write(tmp_path, dup), Regulation)


def test_unknown_measure_fails(tmp_path):
    text = (data_dir() / "regulation.yaml").read_text(encoding="utf-8")
    bad = text.replace("role: 街道党政领导正职, measures: [责令公开道歉]", "role: 街道党政领导正职, measures: [撤职]")
    with pytest.raises(RulesError, match="不是第十条规定的问责方式"):
        load_model(_write(tmp_path, bad), Regulation)


def test_rulebook_from_a_folder(tmp_path):
    for name in ("regulation.yaml", "complaint.yaml", "vocabulary.yaml"):
        (tmp_path / name).write_text((data_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert RuleBook(tmp_path).coverage() == BOOK.coverage()
    (tmp_path / "vocabulary.yaml").write_text("roles: {}\n", encoding="utf-8")
    with pytest.raises(RulesError, match="vocabulary.yaml"):
        RuleBook(tmp_path)


def test_loader_fuzz_only_raises_rules_error(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    path = tmp_path / "fuzz.yaml"

    @settings(max_examples=60, deadline=None)
    @given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
    def run(data):
        path.write_bytes(data)
        try:
            load_model(path, Regulation)
        except RulesError:
            pass

    run()


def test_span_is_in_its_paragraph_or_item():
    """第十条第二款 is the article's second paragraph, 第十三条（一） its first item: the 款/项 a
    row names are where its span is, so the labels users see point at the right words."""
    from tests.rules.spans import part_of

    located = [(rid, src) for rid, src in BOOK.regulation.sources() if src.paragraph or src.item]
    assert {src.paragraph for _, src in located} >= {1, 2} and {src.item for _, src in located} >= {1, 2}
    for rid, src in located:
        text = next(c.text for c in CHUNKS[src.doc] if c.article == src.article)
        assert _squash(src.span) in _squash(part_of(text, src)), f"{rid}: span not in {src.label}"


def test_article_count_bounds_the_articles(tmp_path):
    text = (data_dir() / "regulation.yaml").read_text(encoding="utf-8")
    with pytest.raises(RulesError, match=r"条号 \[18\] 超出了条文总数（article_count 17）"):
        load_model(_write(tmp_path, text.replace("article_count: 18", "article_count: 17")), Regulation)
    assert RuleBook().regulation.article_count == len(BOOK.regulation.articles) == 18


def test_a_purpose_is_declared_once(tmp_path):
    text = (data_dir() / "regulation.yaml").read_text(encoding="utf-8")
    twice = text.replace("  - {id: refer-judicial, when:", "  - {id: refer-judicial, purpose: discipline, when:")
    with pytest.raises(RulesError, match="referrals 中不止一行的用途（purpose）是 'discipline'"):
        load_model(_write(tmp_path, twice), Regulation)
