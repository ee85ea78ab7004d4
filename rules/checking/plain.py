"""A draft's plain words read as the legal words of the document it restates.

People write 不能 for 不得, 没 for 未, 不过 for 但是, 必须 for 应当. Read literally, the support
test finds a negation or a modality the text does not have. The groups of words that mean the
same in a sentence about a rule are data (rules/data/plain_words.yaml); a draft's word is
rewritten to the word of its group that the document uses most, and only when the document does
not use the draft's own word (a text that says both keeps both meanings apart). Negation and
modality are then held to the text clause by clause (`aligned`): the rewriting never turns a
denial into an assertion or a permission into a duty, it only changes which of the same words is
used.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

# "没有关于举报奖励的内容", "没有任何规定", "没有明说": 没有 is "there is no" or "does not say", not
# the 未 of an act not done; rewritten, the absence claim would no longer be read as one
_ABOUT = r"(?!有?(?:关于|有关|任何|什么|哪|专门|明|具体|相关|说|写|提(?!出)|讲|载|涉及))"
_DATA = Path(__file__).resolve().parent.parent / "data" / "plain_words.yaml"


@lru_cache(maxsize=1)
def groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g) for g in yaml.safe_load(_DATA.read_text(encoding="utf-8"))["groups"])


# A sentence that names the knowledge base speaks of what the knowledge base holds ("知识库中没有可以
# 回答这个问题的依据", "知识库的资料中没有给出……"), not of the regulation's acts: its 没有 is "there is
# no", and our own declines are read in those words (sentences.is_framing, the absence readers).
# Quoted text (“…”, 「…」, a "> " line) is another document's words, verified verbatim: it is never
# rewritten (the paper's "有权必须尽责" stays 必须 beside a regulation that writes 应当).
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?\n]|$)")
_QUOTED = re.compile(r"(“[^”\n]*”|「[^」\n]*」)")
_OF_THE_INDEX = "知识库"


def unquoted(text: str, rewrite) -> str:
    """`text` with `rewrite` applied to what it says in its own words only: quoted lines (> …) and
    quoted spans (“…”, 「…」) are the source's words and stay as written."""
    out = []
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):
            out.append(line)
            continue
        out.append("".join(part if _QUOTED.fullmatch(part) else rewrite(part) for part in _QUOTED.split(line)))
    return "\n".join(out)


def legal(text: str, document: str) -> str:
    """`text` with each plain word the document does not use replaced by its group's word that
    the document uses most; quotes, and sentences about the knowledge base itself, left as they are."""
    out = []
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):
            out.append(line)
            continue
        out.append("".join(part if _QUOTED.fullmatch(part) else "".join(
            s if _OF_THE_INDEX in s else _legal(s, document) for s in _SENTENCE.findall(part))
            for part in _QUOTED.split(line)))
    return "\n".join(out)


def _legal(text: str, document: str) -> str:
    for group in groups():
        used = sorted((document.count(w), w) for w in group if w in document)
        if not used:
            continue
        target = used[-1][1]
        words = [w for w in group if w != target and w not in document]
        if not words:
            continue
        # the longest word first (没有 before 没), never inside a longer word of the group
        pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        text = re.sub(f"(?:{pattern}){_ABOUT}", lambda m: m.group(0) if _kept(m) else target, text)
    return text


# "不予受理的情形里也没有拒绝签字这一项": 没有 after a place (里, 中, 内, 上) says that something
# is not there, an absence, not the 未 of an act not done
_PLACE = re.compile(r"[里中内上](?:也|都|并|还|均|却)?$")


def _kept(m: re.Match) -> bool:
    before = m.string[:m.start()]
    return m.group(0).startswith("没") and bool(_PLACE.search(before))
