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


# 前五种 / 后四种 / 前两项: the first or last members of the list the sentence before gives
_COUNTED = re.compile(r"(?P<end>前|后)(?P<n>[一二两三四五六七八九十]|\d+)(?P<unit>种|项|个|类)")
_MEMBER_SPLIT = re.compile(r"[、，,：:；;。（）()\s]")


def _count(n: str) -> int:
    return int(n) if n.isdigit() else 2 if n == "两" else _NUMBERS[n]


def counted_out(sentence: str, previous: str, text: str) -> str:
    """"前五种按中办发[2009]25号文件执行，后四种按《办法》执行" after a sentence listing nine
    measures: each count written out as the members it takes (the first five, the last four), so
    the sentence is judged on what it assigns to each; a passage holds the members, never 前五种.

    The members are the previous sentence's list chunks, each cut to the longest start of it that
    `text` (the passages the sentence names) has: "免职是一组" is 免职. The sentence stays as it was
    when the list is shorter than a count, or a 前 and a 后 together do not make up the whole list
    (then the counts say something other than a split of that list)."""
    found = list(_COUNTED.finditer(sentence))
    if not found or not previous or not text:
        return sentence
    plain = re.sub(r"\s", "", text)
    members = []
    for chunk in _MEMBER_SPLIT.split(previous):
        cut = next((chunk[:k] for k in range(len(chunk), 1, -1) if chunk[:k] in plain), "")
        if len(cut) >= 2 and not cut.startswith("第") and cut not in members:
            members.append(cut)
    counts = [(m.group("end"), _count(m.group("n"))) for m in found]
    if len(members) < 3 or any(n > len(members) for _, n in counts):
        return sentence
    ends = {e for e, _ in counts}
    if ends == {"前", "后"} and sum(n for _, n in counts) != len(members):
        return sentence
    out, at = [], 0
    for m, (end, n) in zip(found, counts):
        taken = members[:n] if end == "前" else members[-n:]
        out.append(sentence[at:m.start()] + "、".join(taken))
        at = m.end()
    return "".join(out) + sentence[at:]
