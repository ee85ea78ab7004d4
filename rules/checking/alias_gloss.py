"""A short name glossed in a clause after the claim that uses it: "训诫按《办法》规定的程序办，这里的
《办法》指《深圳市行政过错责任追究办法》（第七条作的简称）" (branch `r28alarm`).

The sentence makes two claims: what the first clause says (held to the article that says it), and
what the short name means there (held as a gloss, with the article that defines it). Judged whole,
the defining article the gloss names in parentheses was taken for the article of the first clause,
which says nothing of it, and a right sentence failed. Written as two sentences, each passes or
fails on its own; so the unit is cut into the two before it is judged, the gloss only when the
short name it glosses is one the first clause uses. Each part must hold: a wrong first clause or a
wrong full title still fails.
"""
from __future__ import annotations

import re

from .sentences import Unit

_GLOSS = re.compile(r"^(?P<claim>.+?《(?P<short>[^》]{1,12})》.*?)[，,]\s*(?P<gloss>(?:这里|此处|这儿|其中|文中)?的?"
                    r"《(?P=short)》(?:是)?(?:指|就是|即|说的是)《[^》]+》.*)$")


def parts(u: Unit) -> list[Unit] | None:
    """The claim and the gloss of its short name as two units of the same line, else None."""
    m = _GLOSS.match(u.text.strip()) if u.kind == "sentence" else None
    if m is None:
        return None
    return [Unit(m.group("claim") + "。", u.kind, u.line), Unit(m.group("gloss"), u.kind, u.line)]
