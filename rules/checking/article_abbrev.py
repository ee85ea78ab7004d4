"""An article cited by its English abbreviation: "Art. 26：本规定自…起施行", "Article 7(4)", "Arts. 3".

A Chinese answer written by someone used to English legal writing may cite the article it rests on
as Art. N. The checker's references are Chinese (第N条, 第N条第M项); read literally, "Art. 26" names
no article and its 26 is a figure the article lacks. The abbreviation is rewritten to the Chinese
reference it abbreviates, so the sentence is held to that article like any other citation; a
number in brackets after it is that article's item (Art. 7(4) -> 第7条第4项), as in English usage.
Nothing else of the sentence changes, so a wrong article or a wrong content still fails.
"""
from __future__ import annotations

import re

_ABBREV = re.compile(r"(?<![A-Za-z])(?:Arts?|Articles?)\.?\s*(\d{1,3})(?:\s*[(（](\d{1,2})[)）])?(?![\d.])")


def chinese(text: str) -> str:
    """`text` with each Art. N (Article N, Art. N(M)) written as 第N条 (第N条第M项)."""
    if "Art" not in text:
        return text
    return _ABBREV.sub(lambda m: f"第{m.group(1)}条" + (f"第{m.group(2)}项" if m.group(2) else ""), text)
