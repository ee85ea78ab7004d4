"""Cutting documents into cited chunks."""
import pytest

from knowledge.documents import load_document, parse_text, shipped_source_paths
from knowledge.errors import DocumentError
from knowledge.parsing import cross_references, parse_document
from rules.references import cn_int

from tests.conftest import DATA

CHUNKS = {c.id: c for p in shipped_source_paths() for c in parse_document(load_document(p))}
REG = {c.article: c for c in CHUNKS.values() if c.doc_id == "sz-accountability-2009"}


@pytest.mark.parametrize("numeral, value", [("十八", 18), ("14", 14), ("二十一", 21), ("一百零二", 102), ("五", 5)])
def test_chinese_numerals(numeral, value):
    assert cn_int(numeral) == value


def test_regulation_one_chunk_per_article():
    assert sorted(REG) == list(range(1, 19))
    assert REG[14].label == "《深圳市党政领导干部问责暂行规定》第十四条"
    assert REG[13].items == [1, 2] and "（二）重大公共安全责任事故" in REG[13].text
    assert REG[5].items == [1, 2, 3, 4, 5, 6]
    assert REG[10].text.count("\n") == 1           # two 款 kept together
    assert REG[1].heading == "第一章总则" and REG[13].heading.startswith("第三章")


def test_cross_references():
    assert REG[10].refs_internal == [5, 6, 7, 9]
    assert REG[15].refs_internal == [13, 14]
    assert REG[17].refs_internal == []               # 中办发[2009]25号第八条、第九条 is another document
    assert {"doc": "中办发[2009]25号", "articles": [8, 9]} in REG[17].refs_external
    assert {"doc": "深圳市行政过错责任追究办法", "articles": [], "alias": "办法"} in REG[11].refs_external
    assert {"doc": "深圳市行政过错责任追究办法", "articles": [], "alias": "办法"} in REG[16].refs_external


def test_alias_defined_before_use_only():
    aliases: dict[str, str] = {}
    cross_references("按《办法》执行", aliases)
    assert aliases == {}
    _, ext = cross_references("对照《深圳市行政过错责任追究办法》（以下简称《办法》）", aliases)
    assert aliases == {"办法": "深圳市行政过错责任追究办法"}


def test_truncated_article_is_flagged():
    assert REG[18].truncated and not REG[17].truncated


def test_section_labels_follow_heading_path():
    labels = {c.label for c in CHUNKS.values()}
    assert "《深圳市实施行政问责制的实践与思考》二（二）2" in labels
    assert "《深圳市实施行政问责制的实践与思考》二（三）1 一是" in labels
    assert "《深圳市2016年政府工作报告》一（六）" in labels
    # 一是…五是 of the report follow a run-in (七), so they belong to part 一, not to (七)
    assert "《深圳市2016年政府工作报告》一 三是" in labels
    report_intro = next(c for c in CHUNKS.values() if c.label == "《深圳市2016年政府工作报告》前言")
    assert "许勤" in report_intro.text


def test_every_chunk_has_stable_id_and_hash():
    again = {c.id: c.content_hash for p in shipped_source_paths() for c in parse_document(load_document(p))}
    assert again == {i: c.content_hash for i, c in CHUNKS.items()}
    assert all(len(h) == 16 for h in again.values())


def test_plain_regulation_without_front_matter():
    doc = load_document(DATA / "plain_regulation.txt")
    chunks = parse_document(doc)
    assert doc.title == "深圳市党政领导干部问责暂行规定"
    assert [c.article for c in chunks] == list(range(1, 19))
    assert chunks[12].items == [1, 2]                 # half-width (一) items
    assert "工作岗位处理" in chunks[9].text            # the broken line stays inside its article


def test_no_structure_is_refused():
    doc = parse_text("标题\n\n这是一段没有任何标题或条款的文字。\n\n又一段。", name="x.txt", default_id="x")
    with pytest.raises(DocumentError, match="没有可识别的结构"):
        parse_document(doc)


def test_bold_article_labels_are_read_as_articles():
    """A Markdown regulation whose labels are bold (**第一条**) reads into the same articles as a
    plain one; a lone * (3*4*5) and emphasis beside full-width punctuation are handled as text."""
    plain = "# 某市规定\n\n第一条 为了规范管理，制定本规定。\n\n第二条 有下列情形之一的：\n\n（一）甲；\n\n（二）乙。"
    bold = ("# 某市规定\n\n**第一条** 为了规范管理，制定本规定。\n\n**第二条**有下列情形之一的：\n\n"
            "**（一）**甲；\n\n__（二）__乙。")
    read = [parse_document(parse_text(t, name="x.md", default_id="x")) for t in (plain, bold)]
    assert [c.article for c in read[0]] == [c.article for c in read[1]] == [1, 2]
    assert read[1][1].items == [1, 2]
    assert "**" not in read[1][1].text and "__" not in read[1][1].text
    kept = parse_text("# 某市规定\n\n第一条 按3*4*5计算。\n\n第二条 乙。", name="y.md", default_id="y")
    assert any("按3*4*5计算" in p for p in kept.paragraphs)
