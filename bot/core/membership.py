"""Questions that ask whether things belong to a class ("废电池、过期药品算不算有害垃圾"): the class
is usually the regulation's own word, so a passage that names the class looks like an answer. It
is one only when it names the things asked about: a definition that lists the four classes says
nothing of where a 废电池 goes. This module finds the things (the members) of such a clause."""
from __future__ import annotations

import re

from knowledge.words import cut

# The copulas of membership, asked as A-not-A or with a final particle: X算不算Y, X属不属于Y,
# X是不是Y, X算Y吗, X属于Y吗. The predicate after the copula must be a noun phrase (the class);
# "是不是要公开道歉" asks an act and is no membership.
_COPULA = re.compile(r"算不算|属不属于|是不是|属于不属于|算是|属于|归为|列为|算")
_FINAL = re.compile(r"(?:吗|呢|么|吧|嘛|啊)$")
_ITEMS = re.compile(r"[、和及与或]|以及|或者|还有")
_PUNCT = re.compile(r"[^\w、]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _nominal(tag: str, verbal: bool = False) -> bool:
    """A head that names a thing: not a verb, adjective, adverb, pronoun or function word (the
    cut tags a term's last character oddly, 可回收物: 物 zg). A verbal noun (停职检查) is a thing
    as a member, never as a class (违规 asks whether an act is wrong)."""
    if tag.startswith("vn"):
        return verbal
    return not tag.startswith(("v", "a", "d", "r", "p", "u", "c", "m", "q"))


def members(clause: str) -> tuple[str, ...]:
    """The things a membership clause asks about, each as written ("废电池", "过期药品"), or ()
    when the clause asks no membership: no copula, no subject before it, or a class after it that
    is not a noun phrase (an act: 是不是要写检查)."""
    clause = _PUNCT.sub("", clause)
    body = _FINAL.sub("", clause)
    m = _COPULA.search(body)
    if m is None or m.group(0) in ("算", "属于", "算是") and not _FINAL.search(clause):
        return ()
    subject, cls = body[:m.start()], body[m.end():]
    cls_words = [w for run in cut(_HAN.findall(cls)) for w in run]
    # the class is a noun phrase: its head (last word) a noun, no verb of its own before it
    if not subject or not cls_words or not _nominal(cls_words[-1].tag) \
            or any(w.tag.startswith("v") and not w.tag.startswith("vn") for w in cls_words):
        return ()
    items = [i for i in _ITEMS.split(subject) if i]
    # each item must be a noun phrase of its own: a subject with a verb or pronoun (我们这样做) is a case
    out = []
    for item in items:
        words = [w for run in cut(_HAN.findall(item)) for w in run]
        if not words or not _nominal(words[-1].tag, verbal=True) or any(w.tag.startswith("r") for w in words):
            return ()
        out.append(item)
    return tuple(out)


def named(member: str, texts: list[str]) -> bool:
    """Whether a passage speaks of `member`: it has the member, or a two-character run of it (the
    asker's 物业公司 is the text's 物业服务企业; 过期药品 shares nothing with a list of classes)."""
    runs = [member] + [member[i:i + 2] for i in range(len(member) - 1)]
    return any(r in t for r in runs for t in texts)

