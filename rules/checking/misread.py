"""The readings of branch r8miss that the support test asks of each passage it tries: what a
sentence misreads in a passage whose words it otherwise has (a figure's unit, a share compared,
a list's member or count, a quantifier, who does an act). Each returns what the sentence says
otherwise, with the passage's word; the support test takes it as a novel term."""
from __future__ import annotations

from . import acts, enumerations, proportions, quantifiers


def misread(sentence: str, text: str, document: str) -> list[str]:
    """`text`: the passage tried; `document`: its document's whole text, for the readings that
    hold a restated clause wherever the document has it (唯一, a restriction)."""
    return (proportions.unit_changed(sentence, text) + proportions.misjudged_share(sentence)
            + enumerations.exchanged(sentence, text) + enumerations.miscounted(sentence, text)
            + enumerations.added(sentence, text, document)
            + quantifiers.widened(sentence, document) + quantifiers.uniqueness(sentence, document)
            + acts.other_actor(sentence, text))
