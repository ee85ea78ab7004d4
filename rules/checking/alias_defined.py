"""Where a short name is defined: "《办法》这个简称是在第七条定义的", "第七条给《深圳市行政过错责任
追究办法》定了简称". The regulation defines a short name once, in a parenthesis after the full title
(《全称》（以下简称《简称》）); a sentence that names one of the two titles and the articles said
to define it, and says nothing else, is held to those articles' text: true when one of them holds
that parenthesis for the title, false when none does (another article only uses the short name)."""
from __future__ import annotations

import re

from .sources import SourceText, bare

_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
_ABOUT_NAME = re.compile(r"简称|定义")
_TALK = re.compile(r"第[零一二两三四五六七八九十百\d]+条|简称|全称|定义|括号|名称|说法|这个词|首次|最早|出自|来自|规定|明确|"
                   r"这个|这一|该|是在|是从|是|在|由|给|中|里|作出|作了?|做了?|下了?|定了?|的|了|就")


def judged(sentence: str, named: list[SourceText]) -> tuple[bool, str] | None:
    """(true, why) for a sentence that only says which article defines a short name, else None."""
    titles = set(re.findall(r"《([^》]+)》", sentence))
    if len(titles) != 1 or not named or not _ABOUT_NAME.search(re.sub(r"《[^》]*》", "", sentence)):
        return None
    if bare(_TALK.sub("", re.sub(r"《[^》]*》", "", sentence))):
        return None                        # it says more than where the name is defined
    title = titles.pop()
    defining = [p for p in named if any(title in pair for pair in _DEFINES.findall(p.text))]
    if defining:
        return True, "简称由" + "、".join(p.label for p in defining) + "定义"
    return False, f"{'、'.join(p.label for p in named)}没有定义《{title}》这个简称。"


# "《办法》——也就是第七条简称的《深圳市行政过错责任追究办法》——", "《办法》（即第七条所称的《…》）":
# a title glossed by the other name of the pair, with the article that defines the short name
_GLOSS = re.compile(r"《(?P<a>[^》]+)》(?P<gloss>(?:——|—|[（(])(?:也就是|就是|即|指|是)?(?P<ref>第[零一二两三四五六七八九十百\d]+条)?"
                    r"(?:中|里)?(?:所称|简称|定义|称|说|规定)?的?《(?P<b>[^》]+)》(?:——|—|[)）]))")


# (r23alarm) the gloss at the end of the clause the title is in, after its predicate: "按《办法》执行
# （即第七条所称的《…》）" (a bracket opening with 即 / 也就是 / 指, holding only the other title)
_GLOSS_AFTER = re.compile(r"《(?P<a>[^》]+)》[^《》（）()，,。；;：:]{1,12}(?P<gloss>[（(](?:也就是|就是|即|是指|指)"
                          r"(?P<ref>第[零一二两三四五六七八九十百\d]+条)?(?:中|里)?(?:所称|简称|定义|称|说|规定)?的?"
                          r"《(?P<b>[^》]+)》[)）])")


# (r27alarm) the other title in apposition, the defining article in brackets after it: "按《办法》，即
# 《深圳市行政过错责任追究办法》（第七条给出的简称）"
_GLOSS_APPOSED = re.compile(r"《(?P<a>[^》]+)》(?P<gloss>[，,]?(?:也就是|就是|即)《(?P<b>[^》]+)》[（(]"
                            r"(?P<ref>第[零一二两三四五六七八九十百\d]+条)(?:中|里)?(?:给出|定义|规定|作出|所作|所给|定下)?的?"
                            r"(?:简称|全称|定义|名称)[)）])")


def unglossed(sentence: str, texts: dict[int, str]) -> tuple[str, str | None]:
    """(the sentence without a gloss that pairs a short name with its full title, a problem or None).
    `texts` maps the document's article numbers to their text. The gloss is true when the two
    titles are a pair some article defines (《全称》（以下简称《简称》）), and the article it names,
    if any, is that one; a wrong gloss is a problem, and the sentence is left as it is."""
    from ..references import cn_int

    out, problem = sentence, None
    found = {m.span("gloss"): m for m in _GLOSS_AFTER.finditer(sentence)}
    found.update({m.span("gloss"): m for m in _GLOSS.finditer(sentence)})
    found.update({m.span("gloss"): m for m in _GLOSS_APPOSED.finditer(sentence)})
    for m in sorted(found.values(), key=lambda m: m.start("gloss"), reverse=True):
        pair = {m.group("a"), m.group("b")}
        defining = [n for n, t in texts.items() if any(set(d) == pair for d in _DEFINES.findall(t))]
        if m.group("ref") and defining:
            n = cn_int(m.group("ref")[1:-1])
            if n not in defining:
                problem = f"《{m.group('a')}》这个名称不是第{m.group('ref')[1:-1]}条定义的。"
                continue
        if not defining:
            if len(pair) == 2 and any(m.group("a") in d or m.group("b") in d for t in texts.values()
                                      for d in _DEFINES.findall(t)):
                problem = f"《{m.group('a')}》不是《{m.group('b')}》的简称。"
            continue
        out = out[:m.start("gloss")] + out[m.end("gloss"):]
    return out, problem
