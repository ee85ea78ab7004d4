"""What a lower novelty bar in the support test would cost: the right drafts of rounds 1-6 flagged
with `support.MIN_NOVEL` at each bar given, the wrong drafts caught, and how many list lines or
list restatements reached the member reading (`rules/checking/members.py`), which holds list
members to two new characters instead.

    python benchmarks/novelty_cost.py 5 4 3 2
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import rules.checker as K  # noqa: E402
from bot.core.sources import shipped_sources  # noqa: E402
from rules.checking import members as MB, support as S  # noqa: E402
from rules.schema import RuleBook  # noqa: E402

FILES = ["", "_2", "_3", "_4", "_5", "_6"]


def main() -> None:
    book, sources = RuleBook(), shipped_sources()
    drafts = [d for f in FILES
              for d in yaml.safe_load((REPO / f"tests/rules/adversarial_drafts{f}.yaml").read_text(encoding="utf-8"))["drafts"]]
    lists = [0]
    reading = MB.added_members

    def counted(sentence: str, text: str, item: bool, same=None) -> list[str]:
        lists[0] += item or bool(MB._RESTATES.search(sentence))
        return reading(sentence, text, item, same)

    K.MB.added_members = counted
    right = [d for d in drafts if not d["wrong"]]
    wrong = [d for d in drafts if d["wrong"]]
    for bar in [int(x) for x in sys.argv[1:]] or [S.MIN_NOVEL]:
        S.MIN_NOVEL = bar
        lists[0] = 0
        flagged = sum(not K.check(d["question"], d["draft"], book, sources=sources).passed for d in right)
        members = lists[0]
        caught = sum(not K.check(d["question"], d["draft"], book, sources=sources).passed for d in wrong)
        print(f"MIN_NOVEL={bar}: right flagged {flagged}/{len(right)}, wrong caught {caught}/{len(wrong)}, "
              f"list lines and restatements read as members {members}")


if __name__ == "__main__":
    main()
