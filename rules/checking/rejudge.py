"""A sentence's verdict replaced by a later reading that judges it with its neighbours (an
announcement counted by what follows, a topic lead, a word's force glossed after its article):
its old problems go, and the new one, if it fails, is listed under the same sentence."""
from __future__ import annotations

from typing import Any


def rejudged(v: Any, problems: list[str], got: tuple[bool, str]) -> None:
    """Set `v` (a SentenceVerdict) to `got` (held, why) and keep `problems` in step with it."""
    mine = f"「{v.text[:40]}」："
    problems[:] = [p for p in problems if not p.startswith(mine)]
    v.verdict, v.support = ("verified" if got[0] else "unsupported"), got[1]
    if not got[0]:
        problems.append(mine + got[1])
