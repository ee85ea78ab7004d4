"""A pronoun whose antecedent is the subject its own sentence opens with: "第八条不在这一条的适用范围
里，它按《关于…》追究" — 它 is 第八条, not the measures of the sentence before.

The checker reads a bare 它/其 after a sentence that named measures as those measures (“按第十一条，
它的程序…”). When the sentence itself opens with a provision as its subject (第N条, 本规定, a titled
document) and the pronoun comes after a clause about that subject, the nearer antecedent is that
provision, so the measures are not put in the pronoun's place. The sentence is then judged as it
is written, against the provision it names.
"""
from __future__ import annotations

import re

# the opening subject: an article (with its 款/项), this regulation, or a titled document, then a
# clause about it before the comma that the pronoun follows
_OPENING = re.compile(r"^(?:[《「“][^》」”]+[》」”])?(?:本规定|该规定|第[零一二两三四五六七八九十百\d]+条"
                      r"(?:第[零一二两三四五六七八九十\d]+款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?)"
                      r"(?:[（(][^）)]*[）)])?[^，,；;。]{2,}[，,]$")


def own_subject(before: str) -> bool:
    """Whether the words before a pronoun open with a provision as the sentence's subject and end
    with the clause said of it (so the pronoun after the comma stands for that provision)."""
    return bool(_OPENING.match(before.strip()))
