"""A document named by its title where the sources name it by its number: 第一条 writes
"《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）" and 第十一条 then says only "按照中办发
[2009]25号文件执行". A draft that names the document by its title ("按…程序执行，也就是《关于实行
党政领导干部问责的暂行规定》") names the same document, yet the title is nowhere in 第十一条. The
sources' own gloss (a title followed by its number in parentheses) makes the two one name: the
title is read as the number, and every claim about the document (which measures follow its
procedure) is then judged as if the number had been written."""
from __future__ import annotations

import re

from .sources import SourceSet

# 《标题》（中办发[2009]25号）: a title and, in the parentheses right after it, its document number
_GLOSSED = re.compile(r"《([^》]+)》[（(]([\u4e00-\u9fff]{1,8}[〔\[［]\d{4}[〕\]］]\d+号)[)）]")


def _numbers(sources: SourceSet) -> dict[str, str]:
    """Title -> the number the sources gloss it with (kept on the source set it was read from)."""
    got = sources.__dict__.get("_glossed_numbers")
    if got is None:
        got = {}
        for p in sources.passages:
            for title, number in _GLOSSED.findall(p.text):
                got.setdefault(title, number)
        sources.__dict__["_glossed_numbers"] = got
    return got


# what is done according to a document: where the sources name it by its number
_BASIS = re.compile(r"程序|按照?|依照|依据|根据|执行|办理|进一步问责")


def numbered(sentence: str, sources: SourceSet) -> str:
    """The sentence with each title the sources gloss with a number written as that number
    (a title the sentence itself glosses with its number is left as written), where the sentence says
    something is done according to it. (Said of the document itself, "这份文件本身的内容不在来源
    里", the title stays: the sources cite the number, they do not hold the document.)"""
    if not _BASIS.search(sentence):
        return sentence
    for title, number in _numbers(sources).items():
        sentence = re.sub(r"《" + re.escape(title) + r"》(?![（(]" + re.escape(number) + r"[)）])", number, sentence)
    return sentence
