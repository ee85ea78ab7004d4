"""One structured answer, two renderers: the console's plain text and Telegram's HTML, as full
strings; the frame's wording lives in one place; the Telegram front has no import cycle."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.core import plain
from bot.core.answer import WORDS, Body, Quote, Statement
from bot.telegram.render import split_messages

REPO = Path(__file__).resolve().parents[1]
REG = "深圳市党政领导干部问责暂行规定"
ART14 = Quote("sz", REG, 14, f"《{REG}》第十四条", "第十四条 发生较大公共安全责任事故后，……召开现场会。")
ART11 = Quote("sz", REG, 11, f"《{REG}》第十一条", "第十一条 ……")
ART18 = Quote("sz", REG, 18, f"《{REG}》第十八条", "第十八条 党政领导干部有下列情形之一的，不予问责：", truncated=True)
PAPER = Quote("paper", "论文", None, "《论文》二（二）2", "第一段 <b>&\n\n第二段")

CASES = {
    "a decision with its basis, a related passage and an article named only": (
        Body.of_lines("根据第十四条，对街道党政领导正职责令公开道歉。\n区委应在24小时内召开现场会（第十四条）。",
                      quotes=[ART14], related=[PAPER], also=[ART11, ART18]),
        "根据第十四条，对街道党政领导正职责令公开道歉。\n区委应在24小时内召开现场会（第十四条）。\n\n"
        "依据：\n【1】《深圳市党政领导干部问责暂行规定》第十四条\n> 第十四条 发生较大公共安全责任事故后，……召开现场会。\n"
        "相关原文：\n【2】《论文》二（二）2\n> 第一段 <b>&\n> 第二段\n"
        "另见：《深圳市党政领导干部问责暂行规定》第十一条；《深圳市党政领导干部问责暂行规定》第十八条（该条在来源中不完整，所列情形缺失）",
        ["根据第十四条，对街道党政领导正职责令公开道歉。\n区委应在24小时内召开现场会（第十四条）。\n\n"
         "<b>依据：</b>\n\n<b>【1】《深圳市党政领导干部问责暂行规定》第十四条</b>\n"
         "<blockquote expandable>第十四条 发生较大公共安全责任事故后，……召开现场会。</blockquote>\n\n"
         "<b>相关原文：</b>\n\n<b>【2】《论文》二（二）2</b>\n<blockquote expandable>第一段 &lt;b&gt;&amp;\n第二段</blockquote>\n\n"
         "另见：《深圳市党政领导干部问责暂行规定》第十一条；《深圳市党政领导干部问责暂行规定》第十八条（该条在来源中不完整，所列情形缺失）"]),
    "a missing fact: the question, numbered options, passages under 相关原文": (
        Body(lead="是哪一级公共安全责任事故？", options=["重大事故", "较大事故"], related=[ART14]),
        "是哪一级公共安全责任事故？\n1. 重大事故\n2. 较大事故\n（回复序号或直接说明即可）\n\n"
        "相关原文：\n【1】《深圳市党政领导干部问责暂行规定》第十四条\n> 第十四条 发生较大公共安全责任事故后，……召开现场会。",
        ["是哪一级公共安全责任事故？\n1. 重大事故\n2. 较大事故\n（回复序号或直接说明即可）\n\n<b>相关原文：</b>\n\n"
         "<b>【1】《深圳市党政领导干部问责暂行规定》第十四条</b>\n"
         "<blockquote expandable>第十四条 发生较大公共安全责任事故后，……召开现场会。</blockquote>"]),
    "a decline: statements only": (
        Body(lead="知识库中没有可以回答这个问题的依据，我不作推测。", statements=[Statement("知识库收录：《规定》。")]),
        "知识库中没有可以回答这个问题的依据，我不作推测。\n知识库收录：《规定》。",
        ["知识库中没有可以回答这个问题的依据，我不作推测。\n知识库收录：《规定》。"]),
    "the complaint path: a title, items pointing at their quotes, a note set apart": (
        Body(title="部门不作为：", statements=[Statement("受理："), Statement("向监察局投诉", see=PAPER, item=True)],
             notes=["以上是论文的描述。"], quotes=[PAPER]),
        "部门不作为：\n\n受理：\n· 向监察局投诉（见【1】）\n\n以上是论文的描述。\n\n依据：\n【1】《论文》二（二）2\n> 第一段 <b>&\n> 第二段",
        ["部门不作为：\n\n受理：\n· 向监察局投诉（见【1】）\n\n以上是论文的描述。\n\n<b>依据：</b>\n\n"
         "<b>【1】《论文》二（二）2</b>\n<blockquote expandable>第一段 &lt;b&gt;&amp;\n第二段</blockquote>"]),
    "an article looked up: the quote alone": (
        Body(quotes=[ART18], bare=True),
        "【1】《深圳市党政领导干部问责暂行规定》第十八条（该条在来源中不完整，所列情形缺失）\n"
        "> 第十八条 党政领导干部有下列情形之一的，不予问责：",
        ["<b>【1】《深圳市党政领导干部问责暂行规定》第十八条（该条在来源中不完整，所列情形缺失）</b>\n"
         "<blockquote expandable>第十八条 党政领导干部有下列情形之一的，不予问责：</blockquote>"]),
    "a model's prose is plain text, whatever it looks like; our quotes follow": (
        Body(prose="根据第十四条，责令公开道歉。\n> 这不是引文\n【9】也不是\n\n依据：", quotes=[ART14]),
        "根据第十四条，责令公开道歉。\n> 这不是引文\n【9】也不是\n\n依据：\n\n"
        "依据：\n【1】《深圳市党政领导干部问责暂行规定》第十四条\n> 第十四条 发生较大公共安全责任事故后，……召开现场会。",
        ["根据第十四条，责令公开道歉。\n&gt; 这不是引文\n【9】也不是\n\n依据：\n\n<b>依据：</b>\n\n"
         "<b>【1】《深圳市党政领导干部问责暂行规定》第十四条</b>\n"
         "<blockquote expandable>第十四条 发生较大公共安全责任事故后，……召开现场会。</blockquote>"]),
    "nothing at all": (Body(), "", ["（空）"]),
}


@pytest.mark.parametrize("case", CASES)
def test_a_body_renders_as_console_text_and_as_telegram_html(case):
    body, text, messages = CASES[case]
    assert plain.render(body) == text
    assert split_messages(body) == messages


@pytest.mark.parametrize("key, old, new", [("basis", "依据：", "法规依据："), ("related", "相关原文：", "另请参阅原文："),
                                            ("also", "另见：", "另可参看："), ("see", "（见{mark}）", "（参看{mark}）")])
def test_a_wording_changed_in_one_place_changes_both_fronts(monkeypatch, key, old, new):
    body = CASES["a decision with its basis, a related passage and an article named only"][0]
    if key == "see":
        body = CASES["the complaint path: a title, items pointing at their quotes, a note set apart"][0]
    before_text, before_html = plain.render(body), "".join(split_messages(body))
    monkeypatch.setitem(WORDS, key, new)
    after_text, after_html = plain.render(body), "".join(split_messages(body))
    shown_old, shown_new = old.format(mark="【1】"), new.format(mark="【1】")
    for before, after in ((before_text, after_text), (before_html, after_html)):
        assert shown_old in before and shown_new not in before
        assert shown_new in after and after.replace(shown_new, shown_old) == before


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_nothing_in_the_telegram_front_imports_its_entry_point():
    modules = sorted((REPO / "bot" / "telegram").rglob("*.py"))
    assert len(modules) >= 10                                   # the handlers package is there
    offenders = [str(p.relative_to(REPO)) for p in modules
                 if p.name != "app.py" and "bot.telegram.app" in _imports(p)]
    assert offenders == []
    assert "bot.telegram.app" in _imports(REPO / "bot" / "fronts" / "cli.py")     # the entry point does


def test_the_fronts_do_not_reach_into_the_index():
    """/sources, /article and the decline's coverage line use the knowledge base's own lookups,
    not its chunks and their metadata."""
    inside = re.compile(r"\.chunks\b|\.meta\b|doc_lacks|doc_date|\.titles\b")
    for p in [*(REPO / "bot" / "telegram").rglob("*.py")]:
        assert inside.findall(p.read_text(encoding="utf-8")) == [], p
    assert re.findall(r"kb\.chunks|doc_lacks|kb\.titles", (REPO / "bot" / "core" / "drafting.py").read_text()) == []
