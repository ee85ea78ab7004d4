"""Telegram HTML rendering: escaping and splitting, as properties over arbitrary text."""
from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.render import LIMIT, esc, split_messages
from tests.fakes.telegram_server import parse_html

line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=400)
answer_lines = st.lists(st.one_of(line, line.map(lambda s: "> " + s), st.integers(1, 40).map(lambda n: f"【{n}】《规定》第{n}条"),
                                  st.just("依据："), st.just("")), max_size=80)


def visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=150, deadline=None)
@given(answer_lines)
def test_every_part_is_valid_html_under_the_limit_and_nothing_is_lost(lines):
    text = "\n".join(lines)
    parts = split_messages(text)
    plain = "".join(parse_html(p) for p in parts)               # the fake rejects what Telegram rejects
    assert all(len(parse_html(p)) <= LIMIT for p in parts)
    expected = visible("".join(l[2:] if l.startswith("> ") else l for l in lines))
    assert visible(plain) == expected or not expected and visible(plain) in ("（空）", "")


def test_special_characters_are_escaped():
    [m] = split_messages("a < b && c > d <script>")
    assert m == "a &lt; b &amp;&amp; c &gt; d &lt;script&gt;" and html.unescape(m) == "a < b && c > d <script>"
    assert esc('"引号"') == '"引号"'


def test_a_citation_head_stays_with_its_quote():
    text = "说明\n\n依据：\n" + "\n".join(f"【{i}】《规定》第{i}条\n> " + "字" * 900 for i in range(1, 12))
    for part in split_messages(text):
        for head in part.split("<b>【")[1:]:
            assert "</b>\n<blockquote expandable>" in head
