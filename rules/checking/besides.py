""""Besides X, also Y" said in everyday words, read as the text's own words.

A restatement says "在附件1规定人数之外，还要另外配1名" where the text says "除附件1所列人数外，另
应当配备1名": the text's 除…外 (besides) said as 在…之外 / …以外 / 除了…之外, and its adverb 另
(in addition) said as 另外. The novelty test compares character pairs, so 之外还要另外 shares none
with the text and a faithful sentence reads as a substituted term. Before that test, the
sentence's frame is put in the text's words, only where the text itself has 除…外 (so a sentence
saying 之外 about a text that says 之内 keeps its difference) and only for the frame: what is
excepted (X) and what is added are compared as before.
"""
from __future__ import annotations

import re

# 在X之外 / 除了X之外 / X以外, X one clause's words
_BESIDES = re.compile(r"(?:在|除了|除)(?P<what>[^，,。；;：:\n]{2,20}?)(?:之外|以外)")
# the text's frame: 除X外
_TEXT_BESIDES = re.compile(r"除[^，,。；;\n]{1,20}?[之以]?外")
# 另外 as an adverb before a verb (另外配, 另外设)
_ADDED = re.compile(r"另外(?=[\u4e00-\u9fff])")


def in_text_frame(sentence: str, text: str) -> str:
    """The sentence with its besides-frame in the text's wording (除X外, 另) when the text frames
    its addition so; the sentence unchanged otherwise."""
    if "外" not in sentence or not _TEXT_BESIDES.search(text):
        return sentence
    out = _BESIDES.sub(lambda m: f"除{m.group('what')}外", sentence)
    if out != sentence and "另外" not in text and re.search(r"外[，,]?另", text):
        out = _ADDED.sub("另", out)
    return out
