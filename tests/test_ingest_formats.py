"""One fictional regulation as Word, PDF, a saved web page and GB18030 text (files made by
tests/regulation_files.py): each reads into the same articles with the same texts, through the one
article-aware parser; each ingest prints its report; re-ingesting it from another format updates the
same document in place; questions about it are answered with the right article cited (real
chromadb, the real pipeline). Bad files are refused with a clear message and the index unchanged."""
from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.fronts.cli import main
from knowledge.documents import load_document
from knowledge.ingest import ingest, list_documents
from knowledge.parsing import parse_document
from knowledge.report import structure
from tests import regulation_files as reg

FORMATS = ["docx", "pdf", "html", "txt"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    return reg.write_all(tmp_path_factory.mktemp("regulation-files"))


def read(path: Path):
    doc = load_document(path)
    chunks = parse_document(doc)
    return doc, chunks, structure(doc, chunks)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_reads_into_the_same_articles_with_the_same_texts(files, fmt):
    doc, chunks, report = read(files[fmt])
    assert doc.title == reg.TITLE and doc.number == reg.NUMBER and doc.date == reg.DATE
    assert {c.article: c.text for c in chunks} == reg.EXPECTED
    assert [c.label for c in chunks] == [f"《{reg.TITLE}》第{n}条" for n in "一二三四五六"]
    by = {c.article: c for c in chunks}
    assert by[3].items == [1, 2, 3] and by[4].refs_internal == [3] and by[5].refs_internal == [3]
    assert by[1].heading == "第一章总则" and by[5].heading == "第三章问责程序"
    assert report.articles == [1, 2, 3, 4, 5, 6] and not report.gaps and not report.duplicates
    assert report.preamble == [] and report.warnings == []


def test_the_texts_are_the_same_across_formats(files):
    texts = {fmt: [(c.label, c.text, c.heading) for c in read(files[fmt])[1]] for fmt in FORMATS}
    assert texts["pdf"] == texts["docx"] == texts["html"] == texts["txt"]


def test_the_pdf_page_break_falls_inside_an_article_and_is_mended(files):
    import pdfplumber

    with pdfplumber.open(files["pdf"]) as pdf:
        pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) == 2
    assert "第五条" in pages[0] and "第五条" not in pages[1] and "申请复核" in pages[1]   # 第五条 spans the break
    assert all("规范性文件" in p and "印发" in p for p in pages)                        # running head and footer
    doc, chunks, report = read(files["pdf"])
    body = doc.text
    assert "规范性文件" not in body and "印发" not in body and "—" not in body       # head, footer, page number gone
    assert "\n" not in {c.article: c.text for c in chunks}[5]                       # one paragraph again
    assert doc.notices[0] == "已去除页眉 2 处、页脚 2 处、页码 2 处。" and "句中断行" in doc.notices[1]


def test_word_numbering_and_title_style_are_used(files):
    import docx

    raw = [p.text for p in docx.Document(str(files["docx"])).paragraphs]
    assert "未按规定组织河道保洁，致使河道垃圾堆积的；" in raw                       # Word numbers the items
    doc, chunks, _ = read(files["docx"])
    assert {c.article: c for c in chunks}[3].text.splitlines()[1].startswith("（一）未按规定")
    assert doc.notices == ["按 Word 自动编号补出了 3 处编号（如“第X条”“（一）”）。", "标题取自“标题”样式。"]


def test_a_word_file_without_numbering_definitions_reads_its_typed_numbers(tmp_path):
    """Many exported .docx files have no numbering part at all (numbers typed as text)."""
    import docx

    from knowledge.formats.word import read as read_word

    d = docx.Document()
    for line in ("第一条 为了测试，制定本办法。", "第二条 本办法自公布之日起施行。"):
        d.add_paragraph(line)
    plain = io.BytesIO()
    d.save(plain)
    stripped = io.BytesIO()
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(stripped, "w") as dst:
        for item in src.infolist():
            if item.filename == "word/numbering.xml":
                continue
            data = src.read(item.filename)
            if item.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                text = data.decode()
                text = re.sub(r'<Relationship [^>]*numbering\.xml"[^>]*/>', "", text)
                text = re.sub(r'<Override [^>]*numbering\.xml"[^>]*/>', "", text)
                data = text.encode()
            dst.writestr(item, data)
    with zipfile.ZipFile(io.BytesIO(stripped.getvalue())) as z:
        assert "word/numbering.xml" not in z.namelist()
    got = read_word(stripped.getvalue(), "plain.docx")
    assert "第一条 为了测试，制定本办法。" in got.text and "第二条 本办法自公布之日起施行。" in got.text


def test_the_web_page_keeps_only_the_main_text_and_reads_its_front_matter(files):
    doc, _, _ = read(files["html"])
    for boilerplate in ("首页", "当前位置", "分享到", "微博", "相关链接", "河道管理条例解读", "版权所有", "ICP", "_hmt"):
        assert boilerplate not in doc.text, boilerplate
    assert (doc.issuer, doc.number, doc.date) == (reg.ISSUER, reg.NUMBER, reg.DATE)
    assert "发布机构" in doc.notices[1] and "文号" in doc.notices[1]


def test_gb18030_text_is_decoded_and_said(files):
    doc, _, _ = read(files["txt"])
    assert doc.notices == ["文件是 GB18030/GBK 编码，已按 GB18030/GBK 解码。"]


# ------------------------------------------------------------------ the report


def test_a_regulation_with_gaps_is_ingested_with_a_warning(store_factory, tmp_path):
    lines = [reg.TITLE, "（2031年3月1日青溪县人民政府第5次常务会议通过）", *reg.paragraphs()]
    text = "\n".join(lines).replace("第四条", "第八条").replace("第五条", "第十条").replace("第六条", "第十一条")
    path = tmp_path / "gaps.txt"
    path.write_text(text, encoding="utf-8")
    report = ingest(store_factory(), [path])
    [file] = report.files
    assert report.added == ["gaps"] and file.articles == [1, 2, 3, 8, 10, 11]
    assert file.missing == [4, 5, 6, 7, 9]
    assert file.warnings[0] == "条文编号有缺漏：第三条之后是第八条（缺第四条、第五条、第六条、第七条）；第八条之后是第十条（缺第九条）。请核对原件。"
    assert file.preamble == ["（2031年3月1日青溪县人民政府第5次常务会议通过）"]
    out = "\n".join(file.lines())
    assert "条文 6 条：1–3、8、10–11" in out and "警告：条文编号有缺漏" in out and "第一条之前有不属于标题的文字" in out


def test_duplicate_article_numbers_are_refused(store_factory, tmp_path):
    path = tmp_path / "dup.txt"
    path.write_text("\n".join([reg.TITLE, *reg.paragraphs()]).replace("第六条", "第五条"), encoding="utf-8")
    store = store_factory()
    report = ingest(store, [path])
    [file] = report.files
    assert file.duplicates == [5] and file.status == "未导入" and "条文编号重复（5）" in file.error
    assert not report.wrote and not store.exists()


# ------------------------------------------------------------------ bad files


def _scanned_pdf(path: Path) -> Path:
    """A page that is only a picture, as a scanner makes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(img)
    for y in range(60, 760, 30):
        draw.rectangle((50, y, 550, y + 12), fill=40)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(img, x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(exist_ok=True)
    zip_path = folder / "通知.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("photos/1.jpg", b"\xff\xd8\xff not really")
        z.writestr("readme.txt", "照片")
    zip_path.write_bytes(buf.getvalue())
    news = folder / "news.html"
    news.write_text(reg.html_page(["青溪县召开河道保洁工作推进会。会议强调，要压实各镇保洁责任，确保汛期前完成清淤。",
                                   "会上，各镇汇报了保洁工作进展，县水务局通报了上月巡查情况，并对下一步工作作出部署。"],
                                  table=False).replace(reg.TITLE, "青溪县召开河道保洁工作推进会"), encoding="utf-8")
    return {
        "scan": (_scanned_pdf(folder / "scan.pdf"), "没有文字层（可能是扫描件或图片）"),
        "locked": (reg.write_pdf(folder / "locked.pdf", password="secret"), "PDF 设有打开密码"),
        "zip": (zip_path, "不是 Word 文档"),
        "news": (news, "没有可识别的结构"),
    }


def test_bad_files_are_refused_and_the_index_is_unchanged(store_factory, files, tmp_path):
    store = store_factory()
    ingest(store, [files["txt"]])
    before = (sorted(p.name for p in store.root.glob("gen-*")), [(c.id, c.text) for c in store.read_all()])
    bad = _bad_files(tmp_path / "bad")
    for name, (path, message) in bad.items():
        report = ingest(store, [path])
        [file] = report.files
        assert file.status == "未导入" and message in file.error, (name, file.error)
        assert f"未导入：{path.name}：" in "\n".join(file.lines())
        assert not report.wrote and not report.added
    assert (sorted(p.name for p in store.root.glob("gen-*")), [(c.id, c.text) for c in store.read_all()]) == before


# ------------------------------------------------------------------ re-ingesting, the command, the pipeline


def test_reingesting_from_another_format_updates_the_same_document_in_place(store_factory, files):
    store = store_factory()
    first = ingest(store, [files["docx"]])
    assert first.added == ["qingxi-clean"] and first.embedded == 6
    ids = sorted(c.id for c in store.read_all())
    pdf = ingest(store, [files["pdf"]])          # another file name, the same title and number
    assert pdf.unchanged == ["qingxi-clean"] and pdf.embedded == 0
    assert pdf.files[0].same_as == "qingxi-clean"
    html = ingest(store, [files["html"]])        # the web page adds the issuer: updated, no chunk re-embedded
    assert html.updated == ["qingxi-clean"] and html.embedded == 0 and html.reused == 6
    txt = ingest(store, [files["txt"]])
    assert txt.updated == ["qingxi-clean"] and txt.embedded == 0 and txt.reused == 6
    assert sorted(c.id for c in store.read_all()) == ids
    assert [(d["id"], d["chunks"]) for d in list_documents(store)] == [("qingxi-clean", 6)]
    metas = {c.meta["doc_number"] for c in store.read_all()}
    assert metas == {reg.NUMBER}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, files, kb, session_data_dir):
    """A copy of the session index (the shipped sources), and the regulation ingested into it from
    its PDF by `wenze ingest`."""
    data = tmp_path_factory.mktemp("ingested-formats")
    shutil.copytree(session_data_dir / "index", data / "index")
    env = {"WENZE_DATA_DIR": str(data)}
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(files["pdf"])], env=env)
    assert out.exit_code == 0, out.output
    return env, out.output


def test_wenze_ingest_prints_the_report(indexed, files):
    env, output = indexed
    assert f"河道保洁办法-印发版.pdf（PDF） → 河道保洁办法-印发版《{reg.TITLE}》：新增" in output
    assert "条文 6 条：1–6" in output and "已去除页眉 2 处、页脚 2 处、页码 2 处。" in output
    out = CliRunner().invoke(main, ["ingest", str(files["docx"])], env=env)
    assert out.exit_code == 0, out.output
    assert f"qingxi-clean.docx（Word） → 河道保洁办法-印发版《{reg.TITLE}》：未变" in out.output
    assert "与已导入的同名同文号文档相同，按原编号 河道保洁办法-印发版 原地更新。" in out.output
    # two copies of one regulation in one batch: the second is refused, the command exits 1
    out = CliRunner().invoke(main, ["ingest", str(files["html"]), str(files["txt"])], env=env)
    assert out.exit_code == 1 and "更新 1" in out.output
    assert "未导入：保洁办法.txt：与同一批的 qingxi-portal.html 是同一文档" in out.output


@pytest.mark.parametrize("question, article", [
    ("青溪县保洁责任人虚报作业量会被问责吗", "第三条"),
    ("对河道保洁问责决定不服可以申请复核吗", "第五条"),
    ("青溪县河道保洁问责办法第四条", "第四条"),
])
def test_questions_about_it_cite_the_right_article(indexed, question, article):
    env, _ = indexed
    out = CliRunner().invoke(main, ["ask", "--json", question], env=env)
    assert out.exit_code == 0, out.output
    a = json.loads(out.output)
    assert a["check"]["passed"], a["check"]
    assert a["citations"][0]["label"] == f"《{reg.TITLE}》{article}"


# ------------------------------------------------------------------ Telegram: /ingest


def test_an_admin_ingests_a_file_in_telegram_and_it_is_answered_at_once(tmp_path, files, kb, session_data_dir):
    """/ingest as the caption of a file (admins only): the reply is the ingest report; the new
    regulation is answered from the next question on; a scanned PDF is refused and changes nothing."""
    from bot.core.assistant import Assistant
    from bot.settings import Settings, TelegramSettings
    from bot.storage.audit import AuditLog
    from bot.storage.state import BotState
    from bot.telegram import texts
    from bot.telegram.app import build_application
    from tests.fakes.telegram_server import TOKEN, FakeTelegram
    from tests.telegram_runner import BotRunner

    user, admin = 1001, 3001
    shutil.copytree(session_data_dir / "index", tmp_path / "index")
    settings = Settings(data_dir=tmp_path)
    assistant = Assistant.open(settings)
    scan = _scanned_pdf(tmp_path / "扫描件.pdf")
    with FakeTelegram() as fake:
        tg = TelegramSettings(token=TOKEN, api_url=fake.base_url, file_url=fake.file_url, admins=[admin])
        runner = BotRunner(build_application(tg, assistant, BotState(assistant.audit.engine))).start()
        try:
            fake.add_file("docx", files["docx"].read_bytes())
            fake.add_file("scan", scan.read_bytes())
            sent = {"file_id": "docx", "file_unique_id": "d", "file_name": files["docx"].name,
                    "file_size": files["docx"].stat().st_size}

            def send(chat: int, document: dict, caption: str) -> str:
                before = len(fake.calls("sendMessage", chat))
                fake.push_message(chat, chat, None, document=document, caption=caption)
                return fake.wait_sent("sendMessage", chat, count=before + 1)[before]["params"]["text"]

            assert send(user, sent, "/ingest") == texts.ADMIN_ONLY
            reply = send(admin, sent, f"/ingest {reg.TITLE}")
            assert f"qingxi-clean.docx（Word） → qingxi-clean《{reg.TITLE}》：新增" in reply
            # its six chunks written: embedded now, or taken from the run's shared vector cache
            # (WENZE_EMBEDDING_CACHE) when another test embedded the same document first
            written = re.search(r"已写入索引：向量化 (\d+) 段，复用 (\d+) 段", reply)
            assert "条文 6 条：1–6" in reply and written and int(written[1]) + int(written[2]) == 6, reply
            chunks = len(assistant.snapshot.kb.chunks)
            refused = send(admin, {"file_id": "scan", "file_unique_id": "s", "file_name": "扫描件.pdf",
                                   "file_size": scan.stat().st_size}, "/ingest")
            assert "未导入：扫描件.pdf：PDF 没有文字层" in refused and "索引没有改动" in refused
            assert len(assistant.snapshot.kb.chunks) == chunks
            before = len(fake.calls("sendMessage", user))
            fake.push_message(user, user, "对河道保洁问责决定不服可以申请复核吗")
            answer = fake.wait_sent("sendMessage", user, count=before + 1)[before]["params"]["text"]
            assert f"《{reg.TITLE}》第五条" in answer
        finally:
            runner.stop()
