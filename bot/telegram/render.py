"""Answers as Telegram HTML: everything escaped, quotes in expandable blockquotes, and long
answers split under Telegram's 4096-character limit without cutting a citation or a tag.

The structured answer (bot/core/answer.py) is the source, never its text: paragraphs, group heads
in bold, and citations (a bold head and its quote). A citation is one unit and is never split
across messages unless it alone is too long, and then only between lines, each part a closed
blockquote.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from bot.core import plain
from bot.core.answer import Body, mark
from bot.core.grading import SYMBOLS, WORDS, Grade

LIMIT = 4096
BUDGET = 3900            # headroom under the limit for the rendered text
QUOTE_OPEN, QUOTE_CLOSE = "<blockquote expandable>", "</blockquote>"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def bold(text: str) -> str:
    return f"<b>{esc(text)}</b>"


@dataclass
class Unit:
    """A piece of a message that is not split: a paragraph, a bold head, or a citation. `lines`
    are HTML (escaped); a quoted unit's lines go in a blockquote under its head."""

    lines: list[str] = field(default_factory=list)
    head: str = ""
    quoted: bool = False

    @property
    def html(self) -> str:
        if not self.quoted:
            return "\n".join(self.lines)
        quote = [QUOTE_OPEN + "\n".join(self.lines) + QUOTE_CLOSE] if self.lines else []
        return "\n".join(([self.head] if self.head else []) + quote)

    def split(self, budget: int) -> list[str]:
        """A unit longer than a message: split between lines, every part's tags closed, the head
        with the first part."""
        if self.quoted and self.lines:
            head, lines, prefix, suffix = (self.head + "\n" if self.head else ""), self.lines, QUOTE_OPEN, QUOTE_CLOSE
        else:
            head, lines, prefix, suffix = "", self.html.split("\n"), "", ""
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
        return [(head if i == 0 else "") + prefix + "\n".join(p) + suffix for i, p in enumerate(parts)]


def _text_units(text: str) -> list[Unit]:
    """Plain text as paragraphs (blank lines between them), escaped; nothing in it is markup."""
    out: list[Unit] = []
    para: list[str] = []
    for line in text.splitlines() + [""]:
        if line.strip():
            para.append(esc(line))
        elif para:
            out.append(Unit(["\n".join(para)]))
            para = []
    return out


def units(body: Body) -> list[Unit]:
    """The answer as pieces that may not be split: paragraphs, group heads, citations with their quote."""
    out = [u for p in plain.paragraphs(body) for u in _text_units(p)]
    for head, group in body.numbered():
        if head is not None:
            out.append(Unit([bold(head)]))
        for n, q in group:
            out.append(Unit([esc(line) for line in q.lines], head=bold(mark(n) + q.heading), quoted=True))
    if body.also:
        out += _text_units(body.also_line())
    return out


def split_messages(answer: Body | str, budget: int = BUDGET) -> list[str]:
    """An answer (or the bot's own plain text) as HTML messages under the limit."""
    pieces = units(answer) if isinstance(answer, Body) else _text_units(answer)
    text = plain.render(answer) if isinstance(answer, Body) else answer
    return pack(pieces, budget) or [esc(text[:budget]) or "（空）"]


def pack(pieces: list[Unit], budget: int = BUDGET) -> list[str]:
    """Units as HTML messages under the limit, a unit split only when it alone is too long."""
    messages: list[str] = []
    current = ""
    for unit in pieces:
        rendered = unit.html
        for piece in [rendered] if len(rendered) <= budget else unit.split(budget):
            if current and len(current) + 2 + len(piece) > budget:
                messages.append(current)
                current = ""
            current = f"{current}\n\n{piece}" if current else piece
    if current:
        messages.append(current)
    return messages


def grade_messages(g: Grade) -> list[str]:
    """A graded answer as HTML messages: the score, each sentence with its mark and what it
    rests on (the quote in a blockquote), the unscored sentences, then the reference answer."""
    head = f"批改结果：{g.right}/{len(g.sentences)} 句有依据" + (f"（{g.score:.0%}）" if g.sentences else "（没有可评分的陈述）")
    out = [Unit([bold(head)])]
    for s in g.sentences:
        lines = [esc(f"{SYMBOLS[s.mark]} {s.text}"), esc(f"{WORDS[s.mark]}：{s.support}")]
        if s.reference is None:
            out.append(Unit(["\n".join(lines)]))
            continue
        quote = f"{s.reference.label}：“{s.reference.text}”" if s.mark == "wrong" else f"“{s.reference.text}”"
        out.append(Unit([esc(quote)], head="\n".join(lines), quoted=True))
    if g.unscored:
        out += _text_units("不评分（没有陈述内容）：" + " ".join(g.unscored))
    if g.reference_body is not None:
        out.append(Unit([bold("参考答案（不经模型，由规则和原文生成）：")]))
        out += units(g.reference_body)
    return pack(out)
