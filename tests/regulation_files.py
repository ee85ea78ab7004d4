"""One fictional regulation written out as the files officials receive: Word, PDF, a saved web
page and GB18030 text. The tests make these files themselves, so what each reader must cope with
is visible here: Word's title style and automatic item numbering, a page break inside an article,
PDF running heads, footers and page numbers and lines broken by the layout, a portal's navigation,
share buttons and footer around the text."""
from __future__ import annotations

import os
from pathlib import Path

TITLE = "青溪县河道保洁问责办法"
NUMBER = "青政发〔2031〕7号"
ISSUER = "青溪县人民政府"
DATE_LINE = "2031年5月8日"
DATE = "2031-05-08"

# (kind, text): kind is "chapter", "article", "item" (an item of the article above, without its
# （一） marker, which Word numbers itself) or "para" (a further 款 of the article above).
BODY: list[tuple[str, str]] = [
    ("chapter", "第一章 总则"),
    ("article", "第一条 为落实河道保洁责任，推动河长制在基层落地，结合本县实际，制定本办法。"),
    ("article", "第二条 本办法所称保洁责任人，是指镇长、镇保洁站站长和县水务局分管副局长。"),
    ("chapter", "第二章 问责情形"),
    ("article", "第三条 保洁责任人有下列情形之一的，应当问责："),
    ("item", "未按规定组织河道保洁，致使河道垃圾堆积的；"),
    ("item", "对群众举报拖延不办，致使垃圾堆积扩大的；"),
    ("item", "虚报河道保洁作业量的。"),
    ("article", "第四条 有本办法第三条规定情形，造成恶劣影响的，给予停职检查；情节较轻的，给予书面检查。"),
    ("para", "书面检查可以单独适用，也可以和其他问责方式合并适用。"),
    ("chapter", "第三章 问责程序"),
    ("article", "第五条 县水务局发现保洁责任人有本办法第三条规定情形的，应当在五个工作日内启动调查，调查结束后十个工作日内"
                "提出问责建议，报县纪委监委审核。县纪委监委审核后，由县水务局按照干部管理权限作出问责决定，并书面通知被问责人。"
                "被问责人对问责决定不服的，可以在收到决定之日起十五日内向县水务局申请复核，复核期间不停止问责决定的执行。"),
    ("article", "第六条 本办法自2031年6月1日起施行。"),
]
ITEM_MARKS = "一二三四五六七八九十"
# what every format must read: article number -> its text, paragraphs joined by newlines
EXPECTED: dict[int, str] = {}


def paragraphs() -> list[str]:
    """The regulation's paragraphs as printed, item markers included."""
    out, item = [], 0
    for kind, text in BODY:
        item = item + 1 if kind == "item" else 0
        out.append(f"（{ITEM_MARKS[item - 1]}）{text}" if kind == "item" else text)
    return out


def _expected() -> None:
    number = 0
    for p in paragraphs():
        if p.startswith("第") and "条 " in p[:6]:
            number += 1
            EXPECTED[number] = p
        elif number and not p.endswith("则") and "章 " not in p[:5]:
            EXPECTED[number] += "\n" + p


_expected()


def write_txt(path: Path, encoding: str = "gb18030") -> Path:
    lines = [TITLE, NUMBER, DATE_LINE, *paragraphs()]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def write_docx(path: Path) -> Path:
    """Title in Word's Title style, chapters in Heading 1, items numbered by Word (（一）… in the
    numbering definitions, not in the text), a page break inside 第五条."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(NUMBER)
    d.add_paragraph(DATE_LINE)
    numbering = d.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'))
    num_ids: list[str] = []

    def item_list() -> str:
        num_id = str(90 + len(num_ids))
        numbering.append(parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="90"/></w:num>'))
        num_ids.append(num_id)
        return num_id

    current = None
    for kind, text in BODY:
        if kind == "chapter":
            d.add_paragraph(text, style="Heading 1")
        elif kind == "item":
            current = current or item_list()
            p = d.add_paragraph(text)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{current}"/></w:numPr>'))
            continue
        elif text.startswith("第五条"):
            cut = text.index("并书面通知")
            p = d.add_paragraph(text[:cut])
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(text[cut:])
        else:
            d.add_paragraph(text)
        current = None
    d.save(str(path))
    return path


def cjk_font(folder: Path, text: str) -> str:
    """The project's CJK font (Noto Sans CJK SC from mplfonts), cut to the characters drawn and with
    its CFF outlines turned into TrueType ones. fpdf2 writes a CFF font with an embedded encoding
    CMap that pdfminer cannot read (the page would look like a scan); PDFs from Word and WPS use
    Identity-H, which fpdf2 also writes for TrueType fonts."""
    import mplfonts
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    out = folder / "noto-cjk-subset.ttf"
    source = os.path.join(os.path.dirname(mplfonts.__file__), "fonts", "NotoSansCJKsc-Regular.otf")
    font = TTFont(source)
    sub = subset.Subsetter(subset.Options())
    sub.populate(text=text + "0123456789—-：，。（）〔〕 \u3000")
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = font["glyf"] = newTable("glyf")
    font["loca"] = newTable("loca")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    for table in ("VORG",):
        if table in font:
            del font[table]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out))
    return str(out)


def write_pdf(path: Path, *, password: str | None = None) -> Path:
    """A4 pages with a running head, a footer line and a page number on each; body paragraphs
    indented two characters and wrapped by the layout; 第五条 starts two lines above the foot of
    page 1, so the page break falls inside it."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos

    class Paper(FPDF):
        def header(self) -> None:
            self.set_font("noto", size=9)
            self.set_y(10)
            self.cell(0, 5, "青溪县人民政府规范性文件", align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_font("noto", size=9)
            self.set_y(-18)
            self.cell(0, 5, "青溪县人民政府办公室 2031年5月8日印发", align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_y(-12)
            self.cell(0, 5, f"— {self.page_no()} —", align="C", new_x="LMARGIN", new_y="NEXT")

    pdf = Paper(format="A4")
    drawn = "".join([TITLE, NUMBER, DATE_LINE, "青溪县人民政府规范性文件办公室印发", *paragraphs()])
    pdf.add_font("noto", fname=cjk_font(path.parent, drawn))
    pdf.set_margins(25, 35, 25)
    pdf.set_auto_page_break(True, margin=35)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.add_page()
    line = 8

    def para(text: str, *, size: int = 12, align: str = "J", indent: bool = True) -> None:
        pdf.set_font("noto", size=size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, line, ("\u3000\u3000" if indent else "") + text, align=align,
                       wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    para(TITLE, size=18, align="C", indent=False)
    para(NUMBER, align="C", indent=False)
    para(DATE_LINE, align="C", indent=False)
    for text in paragraphs():
        if text.startswith("第五条"):
            pdf.set_y(pdf.h - 35 - 2 * line - 1)      # two lines left on this page
        if "章 " in text[:5]:
            para(text, size=14, align="C", indent=False)
        else:
            para(text)
    pdf.output(str(path))
    return path


NAV = """<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/zcfg">政策法规</a> | <a href="/hdjl">互动交流</a></div>
<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 政策法规 &gt; 规范性文件</div>"""
SHARE = """<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="javascript:print()">【打印】</a> <a href="#">【关闭窗口】</a></div>"""
RELATED = """<div class="related"><h3>相关链接</h3><ul><li><a href="/a1">青溪县河道管理条例解读</a></li><li><a href="/a2">县水务局2031年工作要点</a></li><li><a href="/a3">关于开展河道清洁行动的通知</a></li></ul></div>"""
FOOTER = """<div class="footer"><p>主办：青溪县人民政府办公室　承办：青溪县政务服务数据管理局</p><p>网站标识码 9999000001　青ICP备20310001号　青公网安备 99990002号</p><p>联系电话：0999-12345678　版权所有 © 2031 青溪县人民政府</p></div>"""


def html_page(body_paragraphs: list[str], *, table: bool = True) -> str:
    info = (f"""<table class="info"><tr><td>索引号：</td><td>QX-2031-00071</td><td>发布机构：</td><td>{ISSUER}</td></tr>
<tr><td>发文字号：</td><td>{NUMBER}</td><td>成文日期：</td><td>{DATE}</td></tr></table>""" if table else "")
    ps = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{TITLE}_青溪县人民政府门户网站</title></head><body>
{NAV}
<div class="main"><div class="article">{info}
<h1>{TITLE}</h1>
{SHARE}
<div class="content">
{ps}
</div>
{SHARE}
</div>
{RELATED}</div>
{FOOTER}
<script>var _hmt = _hmt || [];</script>
</body></html>"""


def write_html(path: Path) -> Path:
    path.write_text(html_page([NUMBER, DATE_LINE, *paragraphs()]), encoding="utf-8")
    return path


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "docx": write_docx(folder / "qingxi-clean.docx"),
        "pdf": write_pdf(folder / "河道保洁办法-印发版.pdf"),
        "html": write_html(folder / "qingxi-portal.html"),
        "txt": write_txt(folder / "保洁办法.txt"),
    }
