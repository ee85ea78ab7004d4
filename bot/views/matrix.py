"""The severity × role table of the regulation's accident rows as a picture (/matrix).

Built from the rule rows, so the picture cannot drift from the rules. The Chinese font comes
from a Python package (bot/views/fonts.py), never from the system.
"""
from __future__ import annotations

import io

from bot.views.fonts import FontMissing, cjk_font
from rules.references import format_articles
from rules.schema import RuleBook

__all__ = ["FontMissing", "as_text", "caption", "render_png", "table"]


def table(book: RuleBook) -> tuple[list[str], list[str], list[list[str]], list[int]]:
    """(column heads, row heads, cells, articles) from the accident rows."""
    reg = book.regulation
    columns: list[tuple[str, str | None]] = []
    roles: list[str] = []
    for r in reg.accident_decisions:
        key = (r.severity, r.consequence)
        if key not in columns:
            columns.append(key)
        if r.role not in roles:
            roles.append(r.role)
    words = reg.wording.consequences
    heads = [s + "事故" + (f"\n（{words[c].short or words[c].text}）" if c else "") for s, c in columns]
    cells = [["、".join(next((r.measures for r in reg.accident_decisions
                             if (r.severity, r.consequence) == col and r.role == role), ["—"]))
              for col in columns] for role in roles]
    articles = sorted({r.source.article for r in reg.accident_decisions if r.source.article})
    return heads, roles, cells, articles


def render_png(book: RuleBook) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    heads, roles, cells, articles = table(book)
    reg = book.regulation
    title = reg.title
    with plt.rc_context({"font.family": font}):
        fig, ax = plt.subplots(figsize=(11, 0.7 * len(roles) + 1.6), dpi=120)
        ax.axis("off")
        t = ax.table(cellText=cells, rowLabels=roles, colLabels=heads, loc="center", cellLoc="center")
        t.auto_set_font_size(False)
        t.set_fontsize(11)
        t.scale(1, 2.4)
        for (row, _col), cell in t.get_celld().items():
            if row == 0:
                cell.set_facecolor("#e8eef7")
        ax.set_title(f"《{title}》{format_articles(articles)}：{reg.wording.event}的初步问责决定", fontsize=13)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight")
        plt.close(fig)
    return buf.getvalue()


def caption(book: RuleBook) -> str:
    """What the picture shows, with the articles of its rows."""
    reg = book.regulation
    return f"{format_articles(reg.table_articles())}：{reg.wording.event}的初步问责决定（“—”表示该条未作规定）。"


def as_text(book: RuleBook) -> str:
    heads, roles, cells, _ = table(book)
    lines = []
    for role, row in zip(roles, cells):
        parts = [f"{h.splitlines()[0]}：{c}" for h, c in zip(heads, row) if c != "—"]
        lines.append(f"{role}：" + "；".join(parts))
    return "\n".join(lines)
