"""Bad files get a clear message."""
import pytest

from knowledge.documents import load_document
from knowledge.errors import DocumentError


@pytest.mark.parametrize("content, message", [
    (b"", "空的"),
    (b"   \n\n", "空的"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "二进制"),
    ("第一条 规定内容。\n第二条 另一条。".encode("gbk"), "GBK"),
    (b"---\nid: [unclosed\n---\nbody", "YAML"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path)


def test_wrong_suffix(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_text("hello")
    with pytest.raises(DocumentError, match=r"\.md"):
        load_document(path)


def test_title_from_first_line_without_front_matter(tmp_path):
    path = tmp_path / "测试 规定.txt"
    path.write_text("某某规定\n\n第一条 甲。\n\n第二条 乙。\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "某某规定" and doc.id == "测试-规定" and len(doc.paragraphs) == 2


def test_invisible_characters_are_stripped(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("题\n\n第一条 甲\u200b乙\u202e。\n\n第二条 丙。", encoding="utf-8")
    assert load_document(path).paragraphs[0] == "第一条 甲乙。"
