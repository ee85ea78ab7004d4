"""Telegram HTML rendering: escaping and splitting, as properties over arbitrary answers."""
from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.answer import Body, Quote, Statement
from bot.telegram.render import LIMIT, esc, split_messages
from tests.fakes.telegram_server import parse_html

line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=400)
quote = st.builds(lambda n, lines: Quote("d", "《规定》", n, f"《规定》第{n}条", "\n".join(lines)),
                  st.integers(1, 40), st.lists(line, max_size=8))
bodies = st.builds(lambda lead, said, quotes, related, also: Body(lead=lead, statements=[Statement(s) for s in said],
                                                                  quotes=quotes, related=related, also=also),
                   line, st.lists(line, max_size=20), st.lists(quote, max_size=12), st.lists(quote, max_size=3),
                   st.lists(quote, max_size=3))


def visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


def said(body: Body) -> str:
    """Everything a reader must find in the messages, in order, without whitespace."""
    parts = [body.lead, *(s.text for s in body.statements)]
    n = 0
    for head, group in (("依据：", body.quotes), ("相关原文：", body.related)):
        parts += [head] if group else []
        for q in group:
            n += 1
            parts += [f"【{n}】{q.label}", q.text]
    parts += ["另见：" + "；".join(q.label for q in body.also)] if body.also else []
    return visible("".join(parts))


@settings(max_examples=150, deadline=None)
@given(bodies)
def test_every_part_is_valid_html_under_the_limit_and_nothing_is_lost(body):
    parts = split_messages(body)
    plain = "".join(parse_html(p) for p in parts)               # the fake rejects what Telegram rejects
    assert all(len(parse_html(p)) <= LIMIT for p in parts)
    expected = said(body)
    assert visible(plain) == expected or not expected and visible(plain) in ("（空）", "")


def test_special_characters_are_escaped():
    [m] = split_messages("a < b && c > d <script>")
    assert m == "a &lt; b &amp;&amp; c &gt; d &lt;script&gt;" and html.unescape(m) == "a < b && c > d <script>"
    assert esc('"引号"') == '"引号"'


def test_a_citation_head_stays_with_its_quote():
    body = Body(lead="说明", quotes=[Quote("d", "《规定》", i, f"《规定》第{i}条", "字" * 900) for i in range(1, 12)])
    for part in split_messages(body):
        for head in part.split("<b>【")[1:]:
            assert "</b>\n<blockquote expandable>" in head
