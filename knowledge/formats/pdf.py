"""PDF through pdfplumber: the text layer, without running heads, page numbers or line breaks.

A PDF holds lines placed on pages, not paragraphs. Lines in the top and bottom bands that repeat
on several pages (digits aside) are page headers and footers; lines there that read as a page
number (3, - 3 -, 第3页, 3/10) are page numbers; both go. The remaining lines are joined into
paragraphs: a line starts a paragraph when it starts with a structural marker (第X条, （一）, 一、),
is indented, or follows a line that stopped short of the right margin; otherwise the line break
(also across a page break) was only the layout's and is removed. A PDF without a text layer (a
scan) or one that is password-protected is refused: nothing is ever ingested empty.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from statistics import median

from ..errors import DocumentError
from . import Extracted

MARGIN_BAND = 0.1        # top and bottom tenth of a page: where running heads and page numbers live
PAGE_NUMBER = re.compile(
    r"^[-－—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:(?:[/／]|of)\s*\d+|共\s*\d+\s*页)?[-－—–\s]*$"
    r"|^(?:page|Page)\s*\d+(?:\s*of\s*\d+)?$")
STARTS_BLOCK = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇0-9]+[编章节条]|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[、．.])")
ENDS_SENTENCE = ("。", "：", "；", "！", "？", ":", ";")


def _open(raw: bytes, name: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not raw.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"{name}：扩展名是 .pdf，但内容不是 PDF 文件，没有导入。")
    try:
        return pdfplumber.open(io.BytesIO(raw))
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise DocumentError(f"{name}：PDF 设有打开密码，无法读取。请提供未加密的文件。") from None
        raise DocumentError(f"{name}：PDF 文件已损坏，无法读取（{cause.__class__.__name__}）。") from None
    except (PDFSyntaxError, ValueError) as err:
        raise DocumentError(f"{name}：PDF 文件已损坏，无法读取（{err.__class__.__name__}）。") from None


def _lines(page) -> list[dict]:
    return [ln for ln in page.extract_text_lines(layout=False, strip=True, return_chars=True) if ln["text"].strip()]


def read(raw: bytes, name: str) -> Extracted:
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    pdf = _open(raw, name)
    try:
        try:
            pages = [(p.height, _lines(p)) for p in pdf.pages]
        except PDFPasswordIncorrect:
            raise DocumentError(f"{name}：PDF 设有打开密码，无法读取。请提供未加密的文件。") from None
        except PdfminerException as err:
            raise DocumentError(f"{name}：PDF 文件已损坏，无法读取（{err.__class__.__name__}）。") from None
    finally:
        pdf.close()
    if not any(lines for _, lines in pages):
        raise DocumentError(
            f"{name}：PDF 没有文字层（可能是扫描件或图片），无法读取文字，没有导入。请先做文字识别（OCR），或提供 Word/文本版本。")
    text_chars = "".join(ln["text"] for _, lines in pages for ln in lines)
    if text_chars.count("(cid:") * 6 > len(text_chars) * 0.2:
        raise DocumentError(f"{name}：PDF 的文字层无法解码（字体没有字符映射），没有导入。请提供 Word/文本版本。")

    # running heads and footers: margin-band lines that recur (digits aside) on several pages
    def key(ln: dict) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", ln["text"]))

    def in_band(ln: dict, height: float) -> str | None:
        if ln["top"] < height * MARGIN_BAND:
            return "head"
        if ln["bottom"] > height * (1 - MARGIN_BAND):
            return "foot"
        return None

    recurring = Counter(key(ln) for h, lines in pages for ln in {key(x): x for x in lines if in_band(x, h)}.values())
    removed = Counter()
    body: list[dict] = []
    blank_pages = []
    for number, (height, lines) in enumerate(pages, 1):
        if not lines:
            blank_pages.append(number)
        for ln in lines:
            band = in_band(ln, height)
            if band and PAGE_NUMBER.match(ln["text"].strip()):
                removed["页码"] += 1
            elif band and len(pages) > 1 and recurring[key(ln)] >= 2:
                removed["页眉" if band == "head" else "页脚"] += 1
            else:
                body.append(ln)
    if not body:
        raise DocumentError(f"{name}：PDF 除页眉页脚外没有正文，没有导入。")

    sizes = [c["x1"] - c["x0"] for ln in body for c in ln["chars"] if c["text"].strip()]
    em = median(sizes) if sizes else 10.0
    left = Counter(round(ln["x0"]) for ln in body).most_common(1)[0][0]
    right = max(ln["x1"] for ln in body)
    paragraphs: list[str] = []
    joined = 0
    prev: dict | None = None
    for ln in body:
        text = ln["text"].strip()
        starts = (prev is None or STARTS_BLOCK.match(text) or ln["x0"] > left + 1.5 * em
                  or prev["x1"] < right - 2 * em or prev["x0"] > left + 4 * em)
        if starts:
            paragraphs.append(text)
        else:
            last = paragraphs[-1]
            glue = " " if re.match(r"[A-Za-z0-9]", text) and re.search(r"[A-Za-z0-9,.]$", last) else ""
            paragraphs[-1] = last + glue + text
            joined += 1
        prev = ln
    notices = []
    gone = "、".join(f"{k} {v} 处" for k, v in removed.items() if v)
    if gone:
        notices.append(f"已去除{gone}。")
    if joined:
        notices.append(f"合并了 {joined} 处句中断行（含跨页）。")
    if blank_pages:
        notices.append(f"第 {'、'.join(map(str, blank_pages))} 页没有文字层（空白页或扫描页），其内容未读取。")
    # the PDF's own Title field is often an editor's file name ("Microsoft Word - …"): the first line is the title
    return Extracted(text="\n".join(paragraphs), notices=notices)
