"""A document number referred back to: "引咎辞职按中办发[2009]25号文件执行。这个文号对应的文件名，
第一条里写明了，是《关于实行党政领导干部问责的暂行规定》。".

Why: 这个文号 (this document number) names nothing the sources can be searched for, and the
sentence was held to the article it cites with only its title left to match. The number it
points back to is the one the sentence before gives: written out ("中办发[2009]25号文件对应的
文件名…"), the sentence is judged as if it had named the number, so that the title must be the
one the cited article pairs with that number. Only when the sentence before gives exactly one
document number; else the sentence is left as it is.
"""
from __future__ import annotations

import re

from ..references import _DOC_NUMBER

_NUMBER = re.compile(_DOC_NUMBER)
_BACK = re.compile(r"^(?:而)?(?:这个|这一|该|此|上述)(?:文号|文件号|发文字号|编号)(?:的?文件)?")


def resolved(sentence: str, previous: str) -> str | None:
    """The sentence with 这个文号 written as the one number of the sentence before, or None."""
    m = _BACK.match(sentence)
    if m is None:
        return None
    numbers = list(dict.fromkeys(_NUMBER.findall(previous)))
    if len(numbers) != 1:
        return None
    return numbers[0] + "文件" + sentence[m.end():]


_TITLE = re.compile(r"《([^》]+)》")
_TALK = re.compile(r"对应的?|文件名称?|名称|全称|标题|写明了?|写着|列明了?|载明了?|就是|是|叫|即|为|里|中|了|[，,。：:\s]")


def paired(sentence: str, previous: str, article: callable) -> tuple[bool, str] | None:
    """(holds, why) for "这个文号对应的文件名，第一条里写明了，是《X》": the one number of the sentence
    before and the title must stand together in the article cited (the title, then the number in
    brackets right after it); None when the sentence says anything more, or cites no one article
    (`article` gives the text of a cited article label, or None)."""
    text = resolved(sentence, previous)
    if text is None:
        return None
    number = _NUMBER.match(text).group(0)
    titles = _TITLE.findall(text)
    refs = re.findall(r"第[零一二两三四五六七八九十百\d]+条", text)
    if len(titles) != 1 or len(set(refs)) != 1:
        return None
    rest = _TALK.sub("", _TITLE.sub("", text[len(number):]).replace(refs[0], "").replace("文件", "", 1))
    if rest:
        return None
    body = article(refs[0])
    if body is None:
        return None
    squashed = re.sub(r"\s", "", body)
    at = [m.end() for m in re.finditer(re.escape("《" + titles[0] + "》"), squashed)]
    if any(re.match(r"[（(]" + re.escape(number) + r"[）)]", squashed[i:]) for i in at):
        return True, f"{refs[0]}：《{titles[0]}》（{number}）"
    return False, f"{refs[0]}没有写明{number}是《{titles[0]}》。"


# (the year said back: "2006年。那一年失职渎职类举报445件…")
_YEAR_BACK = re.compile(r"^(?:那一年|这一年|那年|这年|当年|同年)[，,]?")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def year_resolved(sentence: str, previous: str) -> str | None:
    """The sentence with 那一年 / 当年 written as the one year the sentence before names, or None.
    (A year the sentence before does not name alone is no antecedent: the sentence is left.)"""
    m = _YEAR_BACK.match(sentence)
    if m is None:
        return None
    years = list(dict.fromkeys(_YEAR.findall(previous)))
    if len(years) != 1:
        return None
    return f"{years[0]}年" + sentence[m.end():]
