"""The grades of wrongdoing a provision is triggered by, as terms of one kind for `swaps`.

Chinese rules tell apart 违规 (breaking a rule), 违纪 (breaking discipline), 违法 (breaking the
law) and 犯罪 (a crime): each grade has its own consequence and its own receiving body (涉嫌犯罪的，
移送司法机关; 涉嫌违纪的，移送纪检监察机关). A sentence that restates a provision with another
grade ("涉嫌违法的，移送司法机关" where the text says 涉嫌犯罪) widens or narrows who the provision
reaches, yet the two words are short and unlike any body, measure or role the vocabulary names, so
`swaps` saw no term there. Here the grades are terms of one kind, "offence": an exchange of one
for another in a restated sentence is a swap like 刑事责任 for 纪律责任.
"""
from __future__ import annotations

import re

OFFENCE = re.compile(r"违规|违纪|违法|犯罪")


def terms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "offence", the grade) of each grade of wrongdoing a text names."""
    return [(m.start(), m.end(), "offence", m.group(0)) for m in OFFENCE.finditer(text)]
