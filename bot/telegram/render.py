"""Answers as Telegram HTML: everything escaped, quotes in expandable blockquotes, and long
answers split under Telegram's 4096-character limit without cutting a citation or a tag.

The pipeline's plain text is the source: lines starting with "> " are quotes, "【n】label" lines
head a citation, "依据：" / "相关原文：" head a group. A citation (its head and its quote) is one
unit and is never split across messages unless it alone is too long, and then only between lines,
each part a closed blockquote.
"""
from __future__ import annotations

import html
import re

LIMIT = 4096
BUDGET = 3900            # headroom under the limit for the rendered text
_HEAD = re.compile(r"^【\d+】")
_GROUP = ("依据：", "相关原文：")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _quote(lines: list[str]) -> str:
    return "<blockquote expandable>" + esc("\n".join(lines)) + "</blockquote>"


def units(text: str) -> list[str]:
    """The answer as HTML pieces that may not be split: paragraphs, and citations with their quote."""
    out: list[str] = []
    head: str | None = None
    quote: list[str] = []

    def flush() -> None:
        nonlocal head, quote
        if head is not None or quote:
            parts = ([f"<b>{esc(head)}</b>"] if head is not None else []) + ([_quote(quote)] if quote else [])
            out.append("\n".join(parts))
        head, quote = None, []

    para: list[str] = []
    for line in text.splitlines():
        if line.startswith("> ") or line == ">":
            if para:
                out.append(esc("\n".join(para)))
                para = []
            quote.append(line[2:])
        elif _HEAD.match(line):
            flush()
            if para:
                out.append(esc("\n".join(para)))
                para = []
            head = line
        else:
            flush()
            if line in _GROUP:
                if para:
                    out.append(esc("\n".join(para)))
                    para = []
                out.append(f"<b>{esc(line)}</b>")
            elif line.strip():
                para.append(line)
            elif para:
                out.append(esc("\n".join(para)))
                para = []
    flush()
    if para:
        out.append(esc("\n".join(para)))
    return out


def _split_unit(unit: str, budget: int) -> list[str]:
    """A single unit longer than a message: split between lines, every part's tags closed."""
    m = re.match(r"^(<b>.*?</b>\n)?<blockquote expandable>(.*)</blockquote>$", unit, re.S)
    if not m:
        lines, prefix, suffix = unit.split("\n"), "", ""
        head = ""
    else:
        head, lines = m.group(1) or "", m.group(2).split("\n")
        prefix, suffix = "<blockquote expandable>", "</blockquote>"
    parts, current = [], []
    for line in lines:
        while len(line) > budget - 200:                     # one enormous line: cut it
            current and parts.append(current)
            parts.append([line[:budget - 200]])
            line, current = line[budget - 200:], []
        if current and len("\n".join(current + [line])) + len(prefix) + len(suffix) + len(head) > budget:
            parts.append(current)
            current = []
        current.append(line)
    if current:
        parts.append(current)
    # never cut inside an &entity;
    return [(head if i == 0 else "") + prefix + "\n".join(p) + suffix for i, p in enumerate(parts)]


def split_messages(text: str, budget: int = BUDGET) -> list[str]:
    messages: list[str] = []
    current = ""
    for unit in units(text):
        pieces = [unit] if len(unit) <= budget else _split_unit(unit, budget)
        for piece in pieces:
            if current and len(current) + 2 + len(piece) > budget:
                messages.append(current)
                current = ""
            current = f"{current}\n\n{piece}" if current else piece
    if current:
        messages.append(current)
    return messages or [esc(text[:budget]) or "（空）"]
