"""A sentence that only says the text has a quoted word ("后面还有一个“等”字。"), its article left
to the sentence before.

After a list read out of an article ("第八条列举了三类行为：A；B；C。"), a writer adds what the
wording holds beyond the items: "后面还有一个“等”字". The sentence names no article: its subject
is the article the sentence before was found in (the checker's `about`, set only when that
sentence was held to exactly one article). Read here: a sentence that is one clause of the form
[position]?[还/也]?有[一个/个]?“X”[字/二字/一词/字样]? names the words X and claims they are in that
article; it is written with the article as its subject ("第八条后面还有一个“等”字") and the wording
reader (`_wording_clauses`) holds the quote to that article, so a word the article lacks fails.

A negated form (没有一个“等”字) is not this construction and is left to the other readings; an
article of another document than the one being read is not carried.
"""
from __future__ import annotations

import re

from ..references import find_refs

# (szalarm4) the text named as such (条文后面还有个“等”字) is that article too
_TEXT = r"(?:条文|原文|这一?条|该条|本条)的?"
_HAS = re.compile(rf"^(?:而|并且|且)?(?:{_TEXT})?(?:后面|后头|末尾|最后|结尾|之后|其后)?(?:还|也|另外)?有(?:一个|个)?"
                  r"[“「\"][^”」\"]{1,8}[”」\"](?:字|二字|两个字|一词|这个词|这个字|字样)?[。！!]?$")
_NAMES_ARTICLE = re.compile(r"第[零一二两三四五六七八九十百\d]+条")
# the talk of such a sentence once its quote is taken out (for `_wording_clauses`)
TALK = r"(?:后面|后头|末尾|最后|结尾|之后|其后)?(?:还|也|另外)?(?<![没无未不只仅唯])有(?:一个|个)?(?:字样|二字|两个字|一词|这个词|这个字|字)?"


def may_concern(sentence: str) -> bool:
    return "有" in sentence and bool(_HAS.match(sentence.strip()))


def carried(sentence: str, about: str, doc_of_title) -> str:
    """The sentence with the article `about` names as its subject, when it is such a sentence and
    names no article of its own; else the sentence unchanged. `doc_of_title` maps a title to a
    document id, or None for the document being read."""
    if not may_concern(sentence) or _NAMES_ARTICLE.search(sentence):
        return sentence
    refs = [r for r in find_refs(about)[:1] if r.article and not r.doc_number]
    if not refs or (refs[0].doc_title and not doc_of_title(refs[0].doc_title)):
        return sentence
    return f"第{refs[0].article}条" + re.sub(rf"^((?:而|并且|且)?){_TEXT}", r"\1", sentence.strip())


# (r27alarm) "三个，后面还有个“等”：A、B、C": a count, a clause saying a word follows the list, then the
# list; the word is held to the text right after the list's last member
_COUNT_HAS = re.compile(r"^(?P<count>(?:一共|总共|共)?有?[一二两三四五六七八九十\d]{1,2}(?:个|种|项|类|部|份|件))[，,]"
                        r"(?P<has>(?:后面|后头|末尾|最后|结尾|之后|其后)(?:还|也|另外)?有(?:一个|个)?[“「\"](?P<word>[^”」\"]{1,4})[”」\"]"
                        r"(?:字|二字|一词|字样)?)(?P<list>[：:].+)$")


def count_with_word(sentence: str, texts: list[str]) -> tuple[str, str | None]:
    """(the sentence without the clause on the word, why it is wrong or None). The word must stand
    right after the last member of the list in a text that has the whole list (past a gloss in
    brackets); when it does, the sentence is the count and the list alone."""
    m = _COUNT_HAS.match(sentence.strip())
    if m is None:
        return sentence, None
    members = [x.strip(" 。") for x in m.group("list")[1:].split("、") if x.strip(" 。")]
    last = re.sub(r"[（(][^）)]*[）)]$", "", members[-1]) if members else ""
    if not last:
        return sentence, None
    word = m.group("word")
    for t in texts:
        for at in (i.end() for i in re.finditer(re.escape(last), t)):
            after = re.sub(r"^[（(][^）)]*[）)]", "", t[at:])
            if after.startswith(word):
                return m.group("count") + m.group("list"), None
    return sentence, f"原文所列的“{last}”后面没有“{word}”。"
