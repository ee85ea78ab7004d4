"""How a sentence talks about the text it restates (branch szalarm).

A sentence that restates an article often says what the article does with its words before it
says the words: 第二条列的名单里，市一级只提到…; 第十三、十四、十六条只是直接使用了“特别重大”…;
第八条列了三种，后面加了“等”：一是…; 在《暂行规定》里出现两处：一是…. Those words are about the
text (its act, its parts, the places and kinds it has, the sentence's own enumeration and glosses),
not terms of it, so they are no substituted term (`support.novel_runs`). What is left of a fresh
stretch once they are set aside is still held to the passage, and the words they point at are too.

The construction is composed, not listed sentence by sentence:
- the text's act: an adverb of manner or focus, a verb of writing, listing or using, and its
  aspect (只是直接使用了, 接着写了, 列进了, 点名了, 出现);
- the text's parts named as such (名单, 措辞, 说法, 字样, 条文, 括号, 后面, 里);
- a tally of places or kinds said with a verb that shows, lists or divides them (出现两处, 列了三种,
  分两种情况); the count itself is held by the counting readers, not here (a bare count, 这三种行为,
  stays a term);
- the sentence's own enumerators (一是, 二是, 其一) and glosses (也就是, 即, 但, 不过);
- that the text makes an exception (有一个例外, 例外是), where the passage has a proviso (g22alarm2);
- a level word after a city or district (市一级, 区级): 市级工作部门 is the 市's;
- a provision's reach in the passive (同样被第十五条覆盖), held by `covered_articles` (szalarm5).
"""
from __future__ import annotations

import re

from ..references import cn_int

# an adverb of manner or focus on the text's act
_MANNER = r"(?:只是|只|仅仅|仅|直接|接着|紧接着|分别|专门|特意|单独|还|也|又)*"
# a verb of writing, listing, naming or using words, with its aspect or complement
_ACT = r"(?:使用|采用|用的是|用了|提到|提及|列举|列出|列进|列入|列有|列|点名|出现|加|注明|括注|标注|写|说|讲)"
_ASPECT = r"(?:了|的是|到|出|进|上|过)?"
_TEXT_ACT = _MANNER + _ACT + _ASPECT
# the text's parts named as such
_PARTS = r"名单|清单|措辞|说法|字样|条文|括号|后面|前面|里面|里|范围"
# a tally of places or kinds the text has, with the verb that has or divides them
# (only with that verb: a bare count, 这三种行为, says what the list holds and stays a term)
_TALLY = r"(?:出现了?|列了|列出了?|分[为成]?|共有|共)[一二两三四五六七八九十]+(?:处|种|类|项|点|层)(?:情况|情形|意思)?"
# the sentence's own enumerators and glosses
_ENUM = r"(?<![第])[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次"
_GLOSS = r"也就是说|也就是|就是说|换句话说|换言之|即|但|不过|而且|并且"
# a level word after a city or district: 市一级, 区级
_LEVEL = r"(?<=[市区省县])一?级"

# (r12alarmA) how clearly the text says it, as the complement of its act: 说得很清楚, 写得明明白白
# (a remark on the saying, not a term; the verb before 得 is the text's act, matched by its neighbours)
_SAID_CLEARLY = r"(?:(?<=[说写讲定])|^)得(?:很|非常|十分|相当|比较|最)?(?:清楚|明白|明确|直白|清清楚楚|明明白白)"
# (szalarm5) a provision's reach said in the passive, its article taken out before (第十四条的初步问责
# 同样被第十五条覆盖): the link is held by `covered_articles`, which fails an article the provision
# does not name
_PASSIVE_REACH = r"(?:同样|也|都|均|一样)?被(?:覆盖|涵盖|包含)"
# (g22alarm2) that the text makes an exception (但有一个例外：…, 例外是…): talk only where the passage
# has a proviso (但…, …除外, 除…外); elsewhere it stays, a term the passage must bear out
_EXCEPTION = r"(?:也|还|另|却)?(?:有|设有|留有|规定了)?(?:一个|一种|一项|个)?例外(?:情形|情况)?(?:是|在于)?"
_PROVISO = re.compile(r"[；;，,。]\s*但|除外|除[^，,。；;]{1,40}(?:以外|之外|外)")
_TALK = re.compile("|".join([_SAID_CLEARLY, _TALLY, _EXCEPTION, _PASSIVE_REACH, _TEXT_ACT, _PARTS, _ENUM, _GLOSS, _LEVEL]))
_LISTED = re.compile(r"^列")
_DIVIDED = re.compile(r"^分")
_ITEMS = re.compile(r"^\s*(?:第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*)?[（(][一二三四五六七八九十]+[)）]", re.M)
_TALLY_ALONE = re.compile(_TALLY)
_EXCEPTION_ALONE = re.compile(_EXCEPTION)


def list_length(text: str) -> int | None:
    """How many things the passage lists: its numbered items, else the alternatives of its
    sentence joined by 或者 (第八条: …，或者…，或者…等); None when it shows no such list."""
    items = len(_ITEMS.findall(text))
    if items:
        return items
    joined = max((len(re.findall(r"或者", x)) for x in re.split(r"[。；;]", text)), default=0)
    return joined + 1 if joined else None


def case_count(text: str) -> int | None:
    """How many cases the passage divides into: its conditions that end in 的 and a comma
    (第四条: …需要追究纪律责任的，…；涉嫌犯罪的，…); None when it has none."""
    return len(re.findall(r"的[，,]", text)) or None


def _tally_is(said: str, text: str) -> bool | None:
    """Whether a tally (列了三种, 分两种情况) is the passage's count; None when this cannot be read
    (出现两处 counts places in a whole document)."""
    n = re.search(r"[一二两三四五六七八九十]+", said)
    if n is None:
        return None
    have = list_length(text) if _LISTED.match(said) else case_count(text) if _DIVIDED.match(said) else None
    if have is None:
        return None
    try:
        return cn_int(n.group(0)) == have
    except ValueError:
        return None


def untalked(run: str, text: str | None = None) -> str:
    """The stretch without what it says about the text: what is left is held to the passage. A
    tally is talk only when it is the passage's count (`text` given); else it stays, a term the
    passage must bear out."""
    def drop(m: re.Match) -> str:
        said = m.group(0)
        if _TALLY_ALONE.fullmatch(said) and (text is None or not _tally_is(said, text)):
            return said
        if _EXCEPTION_ALONE.fullmatch(said) and (text is None or not _PROVISO.search(text)):
            return said
        return ""
    return _TALK.sub(drop, run)


def miscounted(sentence: str, text: str) -> list[str]:
    """The sentence's tallies that the passage's count contradicts (第八条列了四种 where it lists
    three): a count is a term, however few its characters."""
    return [m.group(0) for m in _TALLY_ALONE.finditer(sentence) if _tally_is(m.group(0), text) is False]
