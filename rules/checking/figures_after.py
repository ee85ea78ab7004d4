"""Figures that follow the sentence naming their subject: "举报投诉不断上升。2004年，…举报只有80件".

`figures_absent` finds a denied kind of figure ("并没有给出具体的件数或比例") false when one clause
of the document has both the subject and a figure of that kind. A text often names the subject in
one sentence and gives its figures in the next ones of the same paragraph, each naming the subject
only by its head ("…的举报投诉不断上升…。2004年，…失职渎职类的举报只有80件，占信访总量的4.8%"). So
here the clause that has a run of the subject stands with the sentences after it in its paragraph
that share one of that run's character pairs: a figure of the kind in them is the subject's too.
Only the sentences right after it count, each continuing the run of shared pairs; the first that
shares none ends the subject's stretch.
"""
from __future__ import annotations

import re

from . import figures_absent as FA
from .absence import scope_of
from .sources import SourceSet, SourceText, bare, bigrams

_FOLLOWING = 3      # sentences after the subject's that may still give its figures


def _present(subject: str, years: list[str], kinds: list[str], texts: list[str], run: int) -> bool:
    for t in texts:
        for para in t.split("\n"):
            sents = [s for s in re.split(r"(?<=[。；;])", para) if s.strip()]
            for i, s in enumerate(sents):
                hits = [subject[j:j + run] for j in range(len(subject) - run + 1) if subject[j:j + run] in bare(s)]
                if not hits:
                    continue
                pairs = {p for h in hits for p in bigrams(h)}
                for nxt in sents[i + 1:i + 1 + _FOLLOWING]:
                    if not pairs & bigrams(bare(nxt)):
                        break
                    plain = re.sub(r"\s", "", nxt)
                    if all(y in plain for y in years) and any(re.search(FA._KINDS[k], plain) for k in kinds):
                        return True
    return False


def denied_figures(sentence: str, sources: SourceSet, named: list[SourceText], default_doc: str) -> str | None:
    """Why the sentence's absence of figures is false, read across the subject's sentences, or None."""
    return FA.denied_figures(sentence, sources, named, default_doc, present=_present)
