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
- a tally of places or kinds said with a verb that has or divides them (出现两处, 列了三种,
  分两种情况); the count itself is held by the counting readers, not here;
- the sentence's own enumerators (一是, 二是, 其一) and glosses (也就是, 即, 但, 不过);
- a level word after a city or district (市一级, 区级): 市级工作部门 is the 市's.
"""
from __future__ import annotations

import re

# an adverb of manner or focus on the text's act
_MANNER = r"(?:只是|只|仅仅|仅|直接|接着|紧接着|分别|专门|特意|单独|还|也|又)*"
# a verb of writing, listing, naming or using words, with its aspect or complement
_ACT = r"(?:使用|采用|用的是|用了|提到|提及|列举|列出|列进|列入|列有|列|点名|出现|加|注明|括注|标注|写|说|讲)"
_ASPECT = r"(?:了|的是|到|出|进|上|过)?"
_TEXT_ACT = _MANNER + _ACT + _ASPECT
# the text's parts named as such
_PARTS = r"名单|清单|措辞|说法|字样|条文|括号|后面|前面|里面|里|范围"
# a tally of places or kinds the text has, with the verb that has or divides them
_TALLY = r"(?:出现|列了?|分[为成]?|有|共)?[一二两三四五六七八九十]+(?:处|种|类|项|点|层)(?:情况|情形|意思)?"
# the sentence's own enumerators and glosses
_ENUM = r"(?<![第])[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次"
_GLOSS = r"也就是说|也就是|就是说|换句话说|换言之|即|但|不过|而且|并且"
# a level word after a city or district: 市一级, 区级
_LEVEL = r"(?<=[市区省县])一?级"

_TALK = re.compile("|".join([_TALLY, _TEXT_ACT, _PARTS, _ENUM, _GLOSS, _LEVEL]))


def untalked(run: str) -> str:
    """The stretch without what it says about the text: what is left is held to the passage."""
    return _TALK.sub("", run)
