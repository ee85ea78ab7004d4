"""Bad files get a clear message."""
import pytest

from knowledge.documents import load_document
from knowledge.errors import DocumentError


@pytest.mark.parametrize("content, message", [
    (b"", "空的"),
    (b"   \n\n", "空的"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "二进制"),
    (b"---\nid: [unclosed\n---\nbody", "YAML"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path)


@pytest.mark.parametrize("encoding, named", [("gbk", "GB18030/GBK"), ("gb18030", "GB18030")])
def test_gbk_and_gb18030_text_is_decoded_and_said(tmp_path, encoding, named):
    """GBK and GB18030 files are read, with a notice naming the encoding (no longer refused)."""
    path = tmp_path / "规定.txt"
    # 𠀀 (U+20000) is outside GBK: only GB18030 encodes it
    body = "某某规定\n第一条 规定内容。\n第二条 另一条" + ("𠀀" if encoding == "gb18030" else "") + "。"
    path.write_bytes(body.encode(encoding))
    doc = load_document(path)
    assert doc.paragraphs[0] == "第一条 规定内容。" and doc.paragraphs[1].startswith("第二条 另一条")
    assert doc.notices == [f"文件是 {named} 编码，已按 {named} 解码。"]


def test_undecodable_text_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xff\xfe\xfd\x81\x30 abc")
    with pytest.raises(DocumentError, match="无法识别其编码"):
        load_document(path)


def test_wrong_suffix(tmp_path):
    path = tmp_path / "x.rtf"
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
