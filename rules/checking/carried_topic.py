"""A series' topic carried over to its later figures (branch szalarm).

A passage states the topic of a series once, at its first figure, and leaves it unsaid at the
later ones: "2004年，市监察局受理的失职渎职类的举报只有80件…；2005年上升到233件…；2006年达到
445件". A sentence that says "2006年失职渎职类举报达到445件" writes the topic back at the
figure it quotes; the topic is then no words of another figure moved onto this one
(`support.mispaired`). It is carried only when the passage's own words at the figure say nothing
the sentence leaves out (2006年达到: a clause without a subject of its own) and the rest of the
sentence's clause is said earlier in the same sentence of the passage, before the figure: a topic
said only after the figure (首次超过贪污贿赂类的举报) is no topic of it, so
"2006年贪污贿赂类举报达到445件" stays a swap.
"""
from __future__ import annotations

import re

from .sources import bigrams

_FIG = re.compile(r"\d+(?:\.\d+)?")
# the unit a figure's own slot opens or closes with (2006年, 445件) is the figure's, not a subject
_UNIT = re.compile(r"^[年月日件个项名人家%]|[年月日件个项名人家%]$")
_REACH = re.compile(r"(?:达到|上升到|上升至|增加到|增加至|增至|增长到|下降到|下降至|降到|降至|减少到|减少至|为|有|共)")
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够]")


def _pairs(text: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", text))


def carried(fig: str, side: int, clause: str, plain: str, beside: str | None = None) -> bool:
    """True when the sentence's clause beside `fig` (before it: side 0, after it: side 1) is the
    passage's own subjectless clause at the figure with the series' topic written back. `beside`:
    the sentence's figure on that side of the clause, which must be the passage's there too
    (2004年…达到445件 where the passage has 2006年达到445件 pairs two figures anew)."""
    said = _UNIT.sub("", _FUNCTION.sub("", clause))
    clause_pairs = bigrams(said)
    for sent in re.split(r"[。\n]", plain):
        parts = re.split(r"[；;]", sent)
        offset = 0
        for part in parts:
            ms = list(_FIG.finditer(part))
            for i, m in enumerate(ms):
                if m.group(0) != fig:
                    continue
                other = (ms[i - 1].group(0) if i else None) if side == 0 else \
                    (ms[i + 1].group(0) if i + 1 < len(ms) else None)
                if beside is not None and other != beside:
                    continue
                if side == 0:
                    own = part[ms[i - 1].end() if i else 0:m.start()]
                else:
                    own = part[m.end():ms[i + 1].start() if i + 1 < len(ms) else len(part)]
                chunks = re.split(r"[，,]", own)
                # (r18alarm) after the figure, the clause may be a later one of the passage's
                # between the two figures ("445件，占21%": 占 is the clause before 21%, whose base
                # 信访总量 the series said at its first share)
                owns = [chunks[-1]] if side == 0 else [chunks[0]] + ([chunks[-1]] if len(chunks) > 1 and beside else [])
                # (r18alarm) a verb that only reaches the figure (达到, 上升到) may be left out
                owns += ["" for o in owns if _REACH.fullmatch(_UNIT.sub("", o))]
                for own in owns:
                    own_pairs = _pairs(_UNIT.sub("", own))
                    if not own_pairs <= clause_pairs:
                        continue            # the passage says more at the figure than the sentence does
                    # the clause without the passage's own words at the figure: the topic written back
                    own_words = _UNIT.sub("", _FUNCTION.sub("", own))
                    rest = _pairs(said.replace(own_words, "，")) if own_words else _pairs(said) if not own else set()
                    earlier = _pairs(sent[:offset])
                    if rest and len(rest & earlier) / len(rest) >= 0.8:
                        return True
            offset += len(part) + 1
    return False
