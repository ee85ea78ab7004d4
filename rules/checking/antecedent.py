"""An anaphor that points back at the duty the sentence before states: "第七条要求审核人员…核查…。未这样
核查，导致…的，就属于第十一条第（一）项" / "第六条定的期限是…。无正当理由超过这些期限…，才按第十一条第
（四）项追究" (branch ctx).

The sentence names the item it places the case in, and that item itself refers to the article the
sentence before restates ("（一）未按照第七条规定核查信息…", "（四）无正当理由超过第六条规定的审核期
限…"). Read alone, 这样 / 这些期限 have no words a passage could hold and the sentence fell below the
support bar. The anaphor is written out as the reference it stands for (未按照第七条规定核查, 超过第六条
规定的期限), and the sentence is judged as written out. It is written out only when the passage the
sentence names cites that very article: an antecedent the item does not refer to is no reading of
it, and the sentence stays as it was.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

# 未这样核查 / 没有这样做 / 不这样通报: a manner anaphor after a negation, before its verb
_MANNER = re.compile(r"(?P<neg>未|没有|没|不)(?:这样|如此|照此|按此|按这个要求|按上述要求)(?=[\u4e00-\u9fff])")
# 这些期限 / 上述期限 / 这一期限: a demonstrative before the noun it takes back
_THESE = re.compile(r"(?:这些|上述|这一|这个|该)(?P<noun>[\u4e00-\u9fff]{2})")


def written_out(sentence: str, previous: str, cited_by: Callable[[str], str]) -> str:
    """`sentence` with its anaphor written out as the article the sentence before names, when the
    passage the sentence names (`cited_by(sentence)`: its text) cites that article; else unchanged."""
    if not previous or not (_MANNER.search(sentence) or _THESE.search(sentence)):
        return sentence
    own = [r for r in find_refs(sentence) if r.article]
    before = [r for r in find_refs(previous) if r.article and not r.doc_number]
    if not own or not before or len({r.article for r in before}) != 1:
        return sentence
    art = before[0].article
    if art in {r.article for r in own}:
        return sentence
    target = cited_by(sentence)
    at = next((r for r in find_refs(target) if r.article == art and not r.doc_title), None)
    if at is None:
        return sentence                  # the item it names does not refer to that article
    # the target's own words for the reference (依照本办法第八条第三款的规定), as the anaphor's
    lead = re.search(r"(?:依照|按照|依据|按)?(?:本办法|本规定|本条例|本细则)?$", target[:at.start]).group(0)
    tail = re.match(r"的?规定的?", target[at.end:])
    phrase = lead + target[at.start:at.end] + (tail.group(0).rstrip("的") if tail else "规定")
    out = _MANNER.sub(lambda m: m.group("neg") + (phrase if lead else "按照" + phrase), sentence, 1)
    if out == sentence:
        out = _THESE.sub(lambda m: f"{phrase.removeprefix(lead)}的{m.group('noun')}", sentence, 1)
    return out


# 其中第一个文件 / 前者 / 后者: one member of the list of titles the sentence before gives
_ORDINAL = re.compile(r"^(?:其中|这其中|这里)?(?:的)?(?:第(?P<n>[一二三四五六七八九十])个|(?P<first>前者|头一个)|(?P<last>后者|最后一个))"
                      r"(?:文件|办法|规定|文|依据)?")
_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def member_out(sentence: str, previous: str) -> str:
    """"其中第一个文件在本规定里简称《办法》" after a sentence listing 《A》、《B》、《C》: the member
    meant written out (《A》在本规定里简称《办法》); unchanged when the sentence before lists fewer
    titles than the ordinal counts, or none."""
    m = _ORDINAL.match(sentence.strip())
    if m is None or not previous:
        return sentence
    titles = re.findall(r"《[^》]+》", previous)
    if len(titles) < 2:
        return sentence
    at = 0 if m.group("first") else len(titles) - 1 if m.group("last") else _NUMBERS[m.group("n")] - 1
    if at >= len(titles) or (m.group("last") and len(titles) != 2 and m.group("last") == "后者"):
        return sentence                  # 后者 takes the second of two
    return titles[at] + sentence.strip()[m.end():]
