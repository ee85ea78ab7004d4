"""Saved web pages (.html, .htm) through trafilatura: the main text, without the portal around it.

A page saved from a government portal wraps the regulation in navigation, share buttons, related
links and a footer; trafilatura keeps the main text only. The title, issuer, date and document
number (青政发〔2031〕7号) go to the front matter when the page states them: in its metadata, or in
the 发文字号 / 发布机构 / 成文日期 table portals put above the text.
"""
from __future__ import annotations

import re

from ..errors import DocumentError
from . import Extracted
_LABELS = {
    "number": re.compile(r"(?:发文字号|文\s*号|索\s*引\s*号)\s*[:：]\s*([^\s|｜]{3,40}号)"),
    "issuer": re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|制发机关)\s*[:：]\s*([\u4e00-\u9fff（）()、]{2,40})"),
    "date": re.compile(r"(?:成文日期|发布日期|印发日期|发文日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})"),
}
_SITE_SUFFIX = re.compile(r"\s*[_|｜—-]+\s*[^_|｜—-]*(?:网|门户|政府|网站|平台)[^_|｜—-]*$")


def _page_text(raw: bytes) -> str:
    """All visible text of the page, for the labelled fields portals print around the body."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style"):
        bad.getparent().remove(bad)
    return re.sub(r"[ \t\u3000\xa0]+", " ", tree.text_content())


def read(raw: bytes, name: str) -> Extracted:
    import trafilatura

    if b"<" not in raw[:2048]:
        raise DocumentError(f"{name}：扩展名是 .html，但内容不是网页，没有导入。")
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True,
                                      include_links=False, include_images=False, favor_recall=True, deduplicate=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise DocumentError(f"{name}：网页中找不到正文（可能是空白页、导航页或需要脚本才能显示的页面），没有导入。")
    meta: dict = {}
    title = (getattr(doc, "title", None) or "").strip()
    title = _SITE_SUFFIX.sub("", title).strip()
    if title:
        meta["title"] = title
    page = _page_text(raw)
    for field, rx in _LABELS.items():
        if m := rx.search(page):
            meta[field] = "-".join(f"{int(g):02d}" if i else g for i, g in enumerate(m.groups())) if field == "date" \
                else m.group(1).strip()
    if "date" not in meta and getattr(doc, "date", None):
        meta["date"] = doc.date
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in text.splitlines()]
    found = "、".join(k for k, v in (("标题", "title"), ("发布机构", "issuer"), ("日期", "date"), ("文号", "number")) if v in meta)
    notices = ["只保留了网页正文，导航、分享按钮、相关链接和页脚已去除。"]
    if found:
        notices.append(f"从网页读出：{found}。")
    return Extracted(text="\n".join(ln for ln in lines if ln), meta=meta, notices=notices)
