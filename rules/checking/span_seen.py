"""A span of articles said to be there, ending at an article whose text is cut.

"现有文本能看到第一条到第十八条" where the source stops at 第十八条's opening: the clause says the
text reaches that article (its heading and opening survive), nothing of what its missing list
holds. The cut-article reader (`claims.missing_articles`) held every clause naming the article to
its surviving words and failed this one for naming another article (第一条) beside it.

Read here: the clause's only article references are one span (第A条到第N条, 至, —) whose end is the
cut article, with a verb of what the text holds or shows (看到, 有, 收录, 保留, 包括, 写到, 到) and
no denial or count. A span running past the cut article (到第二十条) ends elsewhere and is not read
here (the article-range reader says those articles do not exist); a clause saying what the article
lists is no span and is still held to the surviving words.

And a clause that only denies the article's content ("但没有具体内容", "没有具体情形"): the cut list
said to be missing, which is what the source says of it; a denial with any other object (没有开头,
没有规定问责) is no such clause and is held as before.
"""
from __future__ import annotations

import re

from ..references import cn_int

_N = r"[零一二两三四五六七八九十百\d]+"
_SPAN = re.compile(rf"第({_N})条(?:到|至|—|－|-|~|～)第({_N})条")
_HOLDS = re.compile(r"看到|看得到|看见|能看|有|收录|保留|包括|包含|写到|列到|(?<!不)到")
_DENIED = re.compile(r"没|未|无|不|非|共|一共|总共|只|仅")


def reaches(clause: str, cut: int) -> bool:
    """Whether the clause only says the text holds the articles up to the cut one."""
    spans = list(_SPAN.finditer(clause))
    if len(spans) != 1:
        return False
    m = spans[0]
    try:
        first, last = cn_int(m.group(1)), cn_int(m.group(2))
    except ValueError:
        return False
    rest = clause[:m.start()] + clause[m.end():]
    if last != cut or first >= last or re.search(r"第" + _N + r"[条款项]", rest):
        return False
    return bool(_HOLDS.search(clause[:m.start()])) and not _DENIED.search(rest)


# a denial whose only object is the article's content, the part the source lacks
_CONTENT_DENIED = re.compile(r"(?:但|可是|不过|而|却)?(?:并|都|也)?(?:没有|没|无)(?:写|列|给出|列出)?(?:任何)?(?:具体|实际)?的?"
                             r"(?:内容|清单|情形|条目|下文|列举)")


def content_denied(clause: str) -> bool:
    """Whether the clause only says the article's content is not there."""
    return bool(_CONTENT_DENIED.fullmatch(re.sub(r"[\s，,。；;、]", "", clause)))


def only_content_denied(clause: str, absent: re.Pattern) -> bool:
    """Whether every part of the clause (cut at a colon) that makes an absence only denies the
    content ("但没有具体内容：第十八条是“…”")."""
    parts = [x for x in re.split(r"[：:]", clause) if absent.search(x)]
    return bool(parts) and all(content_denied(x) for x in parts)


def titles_only(sentence: str) -> bool:
    """Whether the list after the sentence's colon is titles in 《》 alone (each with a gloss in
    brackets at most): long members, but each one document, so they can be counted."""
    m = re.search(r"[：:]([^。；;]+)", sentence)
    if m is None:
        return False
    members = [x.strip() for x in m.group(1).split("、") if x.strip()]
    return len(members) >= 2 and all(re.fullmatch(r"《[^》]+》(?:[（(][^）)]*[）)])?", x) for x in members)
