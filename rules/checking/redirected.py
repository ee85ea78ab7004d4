"""The answer pointing the user to the passage they more likely meant, then saying what it says:
"你要找的可能是第五条第（四）项，那一项讲的是瞒报、谎报、…的情形。" (branch r12alarmA).

你要找的可能是X is a guess at the user's intent, no claim of the text; the claim is what the
anaphor after it (那一项, 这一条) says X says. The sentence is read as that claim with the
anaphor written out: "第五条第（四）项讲的是…", held to that item as any sentence naming it is;
content that is another item's (第五条第（三）项 for 瞒报) fails there.
"""
from __future__ import annotations

import re

_REF = r"(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十百\d]+款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?"
_GUESS = re.compile(rf"^(?:你|您)(?:要|想|真正)?(?:找|问|问的|找的|想问|想找)的?(?:可能|应该|大概|也许|或许|多半|恐怕)?(?:是|其实是)"
                    rf"(?P<ref>{_REF})[，,](?:那|这|该)一?(?:项|条|款)(?P<rest>(?:讲|说|规定|写)(?:的是|了)?.+)$")


def written_out(sentence: str) -> str:
    """The claim of a redirect: the reference guessed at, with what the anaphor says of it."""
    m = _GUESS.match(sentence.strip())
    return m.group("ref") + m.group("rest") if m else sentence
