"""A word that points back over every list before it: "上列工作部门内设机构领导成员" after "市委、市政府
工作部门领导班子成员，区…政府（管委会）及其工作部门领导班子成员" (branch r20miss).

上列 / 上述 / 前列 / 前述 + a noun names every one of that noun said before it in the sentence: here
the work departments of both lists, the city's and the district's. A draft that narrows what
follows (内设机构领导成员) to the noun of one owner ("只限于市委、市政府工作部门的内设机构") drops the
others; each of its words is in the article, so the quote readers took the clause for the article's
wording. Read: a passage sentence with such a pointer whose noun is said at least twice before it
(the longest start of the words after the pointer that is); the owners are the words before each
of those mentions in their clause (brackets set aside). A draft sentence that restricts (只限于,
仅指, 只包括 …) to the noun with an owner, names the head of what follows the pointer, and whose
owner is the owner of some of the mentions but not of all, is wrong."""
from __future__ import annotations

import re
from functools import lru_cache

from .sources import SourceText, bare

_POINTER = re.compile(r"(?:上列|上述|前列|前述|以上所列|上面所列)")
_CHEAP = re.compile(r"只|仅|限于|专指|单指")
_RESTRICT = re.compile(r"(?:只限于|仅限于|只限|仅限|限于|只指|仅指|专指|单指|只包括|仅包括|只包含|仅包含|只是|仅是|仅为|只有|仅有)"
                       r"(?P<what>[^，,。；;]+)")
# words that say a level in speech (区里, 市一级, 区这边): the level is the owner
_LEVEL_TALK = re.compile(r"(?<=[\u4e00-\u9fff])(?:里|这一级|一级|级|这边|那边|层面|方面)$")
_POINTING = re.compile(r"这些|那些|这|该|各|上述|上列|前述|以上|前面|前列|它们|其")
_OWNER_TALK = re.compile(r"^(?:是指|指的是|是|指|包括)|(?:的|里|中|之中)$")


@lru_cache(maxsize=256)
def _pointers(text: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(noun, what follows it, the owners of the noun's mentions before the pointer) for each
    pointer in the text whose noun is said twice or more before it."""
    out = []
    plain = re.sub(r"[（(][^）)]*[）)]", "", text)
    for sent in re.split(r"[。；;\n]", plain):
        for m in _POINTER.finditer(sent):
            before, after = sent[:m.start()], re.split(r"[，,、]", sent[m.end():])[0]
            noun = ""
            for k in range(min(6, len(after)), 1, -1):
                if before.count(after[:k]) >= 2:
                    noun = after[:k]
                    break
            if not noun or len(after) - len(noun) < 2:
                continue
            owners = []
            for clause in re.split(r"[，,]", before):
                at = clause.find(noun)
                while at >= 0:
                    owners.append(bare(_OWNER_TALK.sub("", clause[:at])))
                    at = clause.find(noun, at + len(noun))
            if len(owners) >= 2:
                out.append((noun, after[len(noun):], tuple(owners)))
    return tuple(out)


def narrowed(sentence: str, passages: list[SourceText]) -> str | None:
    """Why a sentence narrows a pointer over several lists to one of them, else None."""
    if not _CHEAP.search(sentence) or not passages:
        return None
    claims = list(_RESTRICT.finditer(sentence))
    if not claims:
        return None
    plain = bare(sentence)
    for p in passages:
        if not _POINTER.search(p.text):
            continue
        for noun, follows, owners in _pointers(p.text):
            head = bare(follows)[:4]
            if head not in plain:
                continue
            for c in claims:
                if re.search(r"[不非没未]$", sentence[:c.start()]):
                    continue              # 不只限于…: the restriction denied
                what = re.sub(r"[\s“”\"‘’'《》]|[（(][^）)]*[）)]", "", c.group("what"))
                said = ""
                for at in (k for k in range(len(what)) if what.startswith(noun, k)):
                    if not re.sub(r"^的", "", what[at + len(noun):]).startswith(head):
                        continue          # the noun of another member (…工作部门的领导班子成员、…)
                    # the owner is the member's own words: after the last 、 和 与 (及其 binds)
                    said = bare(_LEVEL_TALK.sub("", _OWNER_TALK.sub("", re.split(r"[、和与]|及(?!其)", what[:at])[-1])))
                    break
                if not said or _POINTING.fullmatch(said):
                    continue              # 这些工作部门内设机构: the pointer said again
                fits = [o for o in owners if said in o]
                if fits and len(fits) < len(owners):
                    others = [o for o in owners if said not in o]
                    return (f"{p.label}的“{_POINTER.search(p.text).group(0)}{noun}”指前面所列的各个{noun}，"
                            f"不只{'、'.join(o + noun for o in fits)}，还有{'、'.join(o + noun for o in others)}。")
    return None
