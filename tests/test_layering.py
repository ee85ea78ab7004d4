"""The packages depend one way: rules (the regulation as code) imports neither the knowledge base
nor the assistant; knowledge imports rules only (references, errors) and never the assistant; so
no package imports another in a circle."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ALLOWED = {"rules": set(), "knowledge": {"rules"}, "bot": {"rules", "knowledge"}}


def imported_packages(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out & set(ALLOWED)


@pytest.mark.parametrize("path", sorted(p for pkg in ALLOWED for p in (REPO / pkg).rglob("*.py")),
                         ids=lambda p: str(p.relative_to(REPO)))
def test_a_package_imports_only_the_layers_below_it(path):
    package = path.relative_to(REPO).parts[0]
    assert imported_packages(path) <= ALLOWED[package] | {package}


def test_the_check_catches_a_wrong_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from bot.core.pipeline import answer\nimport knowledge.retrieval\n", encoding="utf-8")
    assert imported_packages(bad) == {"bot", "knowledge"}
