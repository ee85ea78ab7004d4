"""An absence of a thing's specifics where the text only hands the thing to another document.

"具体哪些情节从重、哪些从轻，现有的《规定》文本里没有写", "现有文本里没写具体情节" where the text's
only words on it are "从重、从轻情节按照中办发[2009]25号第八条、第九条执行": the draft does not deny
that the text names the thing (it says the thing is there and handed on); it denies that the text
gives its particulars (具体 / 哪些 / 什么). Looking the thing up word for word finds it and called the
claim false.

Read here: the absence asks the thing's particulars (具体, or a question word, before it), and every
sentence of the scope that speaks of the thing (most of its character pairs) hands it to another
document: a verb of following (按照, 依照, 依据, 参照, 适用) with a title in 《》 or a document number
after it, and no list of its own (no colon, no items). Then the particulars are indeed not in the
text. When any sentence of the scope speaks of the thing in its own words ("第五条规定有下列情形之一
的，应当问责：（一）…"), this reading says nothing and the absence is judged as before (false when
the thing is there), so a false absence of a listed thing is still caught.
"""
from __future__ import annotations

import re

from ..references import _DOC_NUMBER
from .sources import bare, bigrams

# the particulars asked: 具体, 具体的, 具体哪些, 哪些, 什么样的 … before the thing
_PARTICULARS = re.compile(r"具体|哪些|哪几种|什么样")
# a clause handing the thing to another document
_HANDED = re.compile(rf"(?:按照?|依照|依据|参照|适用)[^，,。；;：:]{{0,12}}?(?:《[^》]+》|{_DOC_NUMBER})"
                     r"[^。；;：:]*?(?:执行|办理|处理|规定|确定|认定)")
_SELF = re.compile(r"本(?:规定|办法|条例|细则|决定)")
_LISTED = re.compile(r"[：:]|[（(][一二三四五六七八九十\d]+[）)]")


def bare_clause(text: str) -> str:
    """The text without spaces or quotation marks, its clause punctuation kept."""
    return re.sub(r"[\s“”\"‘’'《》]", "", text)


def _speaks_of(sentence: str, pairs: set[str]) -> bool:
    """Whether a sentence of the scope has most of the thing's character pairs."""
    return bool(pairs) and len(pairs & bigrams(bare(sentence))) * 2 >= len(pairs)


def only_referred(asked: str, thing: str, texts: list[str]) -> bool:
    """Whether the absence (the words `asked` that hold its thing `thing`) asks the thing's particulars and
    every sentence of the scope speaking of the thing hands it to another document."""
    if not _PARTICULARS.search(re.split(r"[，,；;。]", bare_clause(asked))[0]):
        return False
    pairs = {p for p in bigrams(bare(thing)) if not re.search(r"[的了和与或及、]", p)}
    said = [s for t in texts for s in re.split(r"[。；;\n]", t) if _speaks_of(s, pairs)]
    return bool(said) and all(_HANDED.search(s) and not _SELF.search(s) and not _LISTED.search(s)
                              for s in said)
