"""The matter asked about said to be outside the regulation, the sentence after it showing where it
is: "这个不归这份办法管。第28条说超限运输车辆通行城市桥梁的许可和管理，按《澜溪市超限运输车辆通行城市
桥梁管理规定》执行" to "超限通行证怎么办？".

Why: "这个不归这份办法管" has no words of its own a passage could hold: its subject is the matter
the question asks about (这个), its claim that the regulation does not govern it. Judged alone it
was held to whatever passage came closest and failed. Like a bare no, it is right when the sentence
after it shows it: there the regulation hands the matter to another text.

Read here, after the sentences are judged: an unsupported sentence that is only such a denial (a
deictic subject or none, 不归 / 不属于 / 不在 the regulation (这份办法, 本规定 …) 管 / 范围), followed
by a verified sentence that restates a referral of an article it names (按照 / 依照 / 依据 / 按
《T》…执行 / 办理 / 处理, T a title the sources do not hold, the article's own words), whose matter
(the words before the referral in the article) shares at least two word pairs with the question.
Then the denial holds. Anything else keeps its verdict.
"""
from __future__ import annotations

import re
from typing import Callable

from .rejudge import rejudged
from .sources import bare, bigrams

_OUTSIDE = re.compile(r"^(?:这个|这事|这件事|此事|这一块|这部分|这|它)?(?:其实|并|就|也)?(?:不归|不属于|不在)"
                      r"(?:这份|这部|这个|本|该)?(?:办法|规定|条例|细则|规则)(?:的)?(?:管|管辖|管理范围|调整范围|规定范围|范围)"
                      r"(?:之内|内|里)?[。！!]?$")
_REFERRAL = re.compile(r"(?P<matter>[^，,；;。：:\n]*)[，,]?(?:按照|依照|依据|按)《(?P<title>[^》]+)》(?:的规定)?(?:执行|办理|处理)")
_FRAME = re.compile(r"的|和|与|及|或者|本办法|本规定")
SHARED = 2            # word pairs the question shares with the referred matter


def settle(verdicts: list, problems: list[str], question: str, article_of: Callable[[str], str],
           held: Callable[[str], bool]) -> None:
    """Each such denial before a sentence that shows the referral: verified. `article_of(text)`:
    the text of the articles `text` names; `held(title)`: whether the sources hold that title."""
    for i, v in enumerate(verdicts[:-1]):
        if v.verdict != "unsupported" or not _OUTSIDE.match(v.text.strip()):
            continue
        nxt = verdicts[i + 1]
        if nxt.verdict not in ("verified", "quote"):
            continue
        said = {m.group("title") for m in _REFERRAL.finditer(nxt.text)}
        article = article_of(nxt.text)
        asked = bigrams(bare(_FRAME.sub("", question)))
        for m in _REFERRAL.finditer(article):
            if m.group("title") in said and not held(m.group("title")) and \
                    len(asked & bigrams(bare(_FRAME.sub("", m.group("matter"))))) >= SHARED:
                rejudged(v, problems, (True, f"后一句说明此事按《{m.group('title')}》办理，不在本办法之内"))
                break
