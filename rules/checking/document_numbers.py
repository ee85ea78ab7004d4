"""A document number said to be a title's ("中办发[2009]25号就是《…》", "《…》（中办发[2009]25号）").

Why: the sources give a document's number once, in brackets after its title (《关于实行党政领导
干部问责的暂行规定》（中办发[2009]25号）); a sentence that pairs the number with another title
the same text cites (《关于实行党风廉政建设责任制的规定》, cited elsewhere without a number)
has every word in the sources and passed the support test. Here each pairing the sentence makes
— the number, then 就是 / 即 / 是 / 指 / 全称是 and a title; a title, then its 文号 is / 就是 and a
number; a title with the number in brackets after it — is held to the pairings the sources
make. A number the sources give another title, or a title the sources give another number,
fails the sentence. A number or title the sources never pair says nothing here (the other
readers judge it); this reader only contradicts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .sources import SourceSet

# any issuer's number (沧政发〔2031〕12号 as well as 中办发[2009]25号): characters, a bracketed year,
# a serial; a match may start a few characters early (就是沧政发…), so numbers are compared by their ends
_DOC_NUMBER = r"[\u4e00-\u9fff]{1,6}[〔\[［【]\d{4}[〕\]］】]\d+号"
_PAIRED = re.compile(rf"《([^》]+)》\s*[（(]\s*({_DOC_NUMBER})\s*[）)]")
_IS = r"\s*(?:的)?(?:全称|全名|名称|标题|文号)?(?:也就是|就是指|就是|即为|即|指的是|是指|指|为|是|叫做?)\s*"
# (the pairing ends its clause: "…25号是《…》的制定依据" says something else of the title)
_END = r"(?:这份文件|这个文件|这份规定|的文号|的编号)?(?=[，,。；;、）)]|$)"
_NUMBER_IS_TITLE = re.compile(rf"({_DOC_NUMBER})(?:文件)?{_IS}《([^》]+)》{_END}")
_TITLE_IS_NUMBER = re.compile(rf"《([^》]+)》{_IS}({_DOC_NUMBER})(?:文件)?{_END}")


def _norm(number: str) -> str:
    """The number with its brackets made one kind and spaces off ([2009] for 〔2009〕)."""
    return re.sub(r"[〔［【]", "[", re.sub(r"[〕］】]", "]", re.sub(r"\s+", "", number)))


@lru_cache(maxsize=16)
def _pairings(whole: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(titles of each number, numbers of each title) as the sources pair them."""
    titles: dict[str, set[str]] = {}
    numbers: dict[str, set[str]] = {}
    for title, number in _PAIRED.findall(whole):
        titles.setdefault(_norm(number), set()).add(title)
        numbers.setdefault(title, set()).add(_norm(number))
    return titles, numbers


def _same_title(said: str, have: set[str], sources: SourceSet) -> bool:
    """A title the sources give (or a short name they define for it)."""
    return said in have or any(f"《{said}》" in sources.aliases.get(h, set()) for h in have)


def contradicted(sentence: str, sources: SourceSet) -> str | None:
    """Why a pairing of number and title in the sentence is not the sources', or None."""
    if "号" not in sentence or "《" not in sentence:
        return None
    said = [(m.group(1), m.group(2)) for m in _NUMBER_IS_TITLE.finditer(sentence)]
    said += [(m.group(2), m.group(1)) for m in _TITLE_IS_NUMBER.finditer(sentence)]
    said += [(m.group(2), m.group(1)) for m in _PAIRED.finditer(sentence)]
    if not said:
        return None
    titles, numbers = _pairings("\n".join(p.text for p in sources.passages))
    for number, title in said:
        n = _norm(number)
        key = max((k for k in titles if _same_number(n, k)), key=len, default=None)
        have = titles.get(key) if key else None
        if have and not _same_title(title, have, sources):
            return f"原文中{key}是《{'》《'.join(sorted(have))}》的文号，不是《{title}》的。"
        own = numbers.get(title)
        if own and not any(_same_number(n, k) for k in own):
            return f"原文中《{title}》的文号是{'、'.join(sorted(own))}，不是{number}。"
    return None


def _same_number(said: str, known: str) -> bool:
    """The same year and serial, the issuer's characters of one the end of the other's."""
    a, b = re.match(r"(.*?)(\[.*)$", said), re.match(r"(.*?)(\[.*)$", known)
    return bool(a and b) and a.group(2) == b.group(2) and (a.group(1).endswith(b.group(1)) or b.group(1).endswith(a.group(1)))


_ANY_NUMBER = re.compile(_DOC_NUMBER)


def without_numbers(text: str) -> str:
    """The text with its document numbers (沧政发〔2031〕12号) taken out, the brackets around them left."""
    return _ANY_NUMBER.sub("", text) if "号" in text else text
