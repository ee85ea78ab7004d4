"""No Python file of the assistant names an article of the regulation: which articles form the
severity table, give the measure sets, the procedures, how many articles there are and where the
source is cut all come from the rule files. Adding or amending a regulation edits data only.

What counts as naming an article: a string literal holding 第十三条 / 第十条第二款 / 第五、六条
(docstrings and comments are documentation and are not read), and an integer compared with,
passed as or indexing something called article (`article in (13, 14)`, `kb.article(14)`,
`article=10`, `articles[18]`). User-facing example texts are allowed, each listed below.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "knowledge", "rules")
_NUM = "零一二三四五六七八九十百两0-9"
# 第一条 is every regulation's first article ("第一条到第N条"), not a fact of this one.
ARTICLE_TEXT = re.compile(rf"第(?!一条)[{_NUM}]+(?:[、和至][{_NUM}]+)*[条款项]")
GENERIC = {0, 1}                 # `1 <= n`, `range(1, count + 1)`: bounds, not articles

# Example texts shown to users (how to ask), per file: the only places an article may be named.
EXAMPLES = {
    "bot/core/drafting.py": ["第十四条"],                      # 可以这样问：…　第十四条
    "bot/core/texts.py": ["第十四条"],                         # （如：第十四条）, the decline texts' example
    "bot/telegram/texts.py": ["/article 14 查看第十四条", "/article 第十四条"],
}


def _sources() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (REPO / pkg).rglob("*.py") if "migrations" not in p.parts)


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.add(id(body[0].value))
    return out


def _is_article(node: ast.AST) -> bool:
    """An expression that stands for an article: `article`, `c.article`, `reg.articles[…]`,
    `kb.article(…)`, `meta.get("article")`."""
    if isinstance(node, ast.Name):
        return "article" in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "article" in node.attr.lower()
    if isinstance(node, ast.Subscript):
        return _is_article(node.value) or (isinstance(node.slice, ast.Constant) and "article" in str(node.slice.value))
    if isinstance(node, ast.Call):
        return _is_article(node.func) or (isinstance(node.func, ast.Attribute) and node.func.attr == "get" and any(
            isinstance(a, ast.Constant) and "article" in str(a.value) for a in node.args))
    return False


def _numbers(node: ast.AST) -> list[int]:
    """Integer constants of an expression (a literal, or a tuple/list/set/range of them), bounds aside."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return [node.value] if node.value not in GENERIC else []
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [n for elt in node.elts for n in _numbers(elt)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
        return [n for a in node.args for n in _numbers(a)]
    return []


def _mentions_article(node: ast.AST) -> bool:
    return any(_is_article(sub) for sub in ast.walk(node))


def findings(path: Path) -> list[str]:
    rel = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    examples = EXAMPLES.get(rel, [])
    out = []
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            text = node.value
            for example in examples:
                text = text.replace(example, "")
            if ARTICLE_TEXT.search(text):
                out.append(f"{where}: {node.value[:60]!r}")
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_is_article(o) for o in operands) and any(_numbers(o) for o in operands):
                out.append(f"{where}: an article compared with a number")
        elif isinstance(node, ast.Call):
            if _is_article(node.func) and any(_numbers(a) for a in node.args):
                out.append(f"{where}: an article looked up by number")
            out += [f"{where}: {kw.arg}= a number" for kw in node.keywords
                    if kw.arg and "article" in kw.arg.lower() and _numbers(kw.value)]
        elif isinstance(node, ast.Subscript) and _is_article(node.value) and _numbers(node.slice):
            out.append(f"{where}: articles indexed by a number")
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            if any(_numbers(g.iter) for g in node.generators) and _mentions_article(node):
                out.append(f"{where}: a range of article numbers")
    return out


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_article_of_the_regulation_in_code(path):
    assert findings(path) == []


def test_the_check_finds_what_it_is_meant_to(tmp_path):
    """The grep itself can fail: each kind of literal it looks for is caught in a planted file,
    and an allowed example is allowed only in its own file."""
    planted = tmp_path / "planted.py"
    planted.write_text(
        'X = "依据第十六条"\nY = f"见第十条第二款{1}"\nZ = "第五、六、七、九条"\n'
        "def f(c, kb, reg):\n"
        "    a = c.article in (13, 14, 16)\n    b = c.source.article != 10\n    kb.article(14)\n"
        "    g(article=10)\n    reg.articles[18]\n    return [n for n in range(1, 19) if n not in reg.articles]\n",
        encoding="utf-8")
    got = findings(planted)
    assert [g.split(":")[1] for g in got].count("1") == 1 and len(got) == 9, got
    example = tmp_path / "texts.py"
    example.write_text('USAGE = "用法：/article 第十四条"\n', encoding="utf-8")
    assert findings(example), "an example is allowed in its own file only"
