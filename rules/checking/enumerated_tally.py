"""A tally announced before the sentence's own enumeration: "纪检监察机关有两个位置：一是按第三条，…；
二是按第十二条，…" (branch r12alarmA).

有两个位置 says nothing of the text beyond how many parts the answer will give, and the parts follow,
numbered by the answer itself (一是, 二是). The tally is talk about the answer when it is the number
of those parts, counted in the draft from the lead to the end of its paragraph, in order and
without a further one; then the lead is judged without it ("纪检监察机关：一是…"), each part held
to its article as before. A tally the parts do not bear out (有三个位置 with 一是, 二是) is left in
and stays a term the passage lacks; so does a count of the text's kinds (两种情形) or an exhaustive
one (只有两个…): those are claims about the text.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int

# (个, 重, 层, 方面 count the answer's parts; 种, 项, 类 count the text's kinds, and 只有 / 共 make the
# tally exhaustive: "领导责任只有两种情形：一是…；二是…" is a count of the text's list, a claim)
# (g21alarm) the answer's call to the reader, 注意两个限定：一是…, is such a lead too: it has no subject
_TALLY = re.compile(r"^(?P<subj>[^：:，,。；;]{0,16}?)(?<![只仅就共])(?:有|扮演|承担|起|发挥|(?<![^，,])(?:要|请|需要)?注意)(?:着|了)?"
                    r"(?P<n>[两二三四五六七八九十]+)(?:个|重|层|方面的?)(?P<noun>[\u4e00-\u9fff]{0,4})[：:](?=\s*(?:一是|其一))")
_PART = re.compile(r"(?:^|(?<=[：:，,；;。\s]))(?:其)?([一二三四五六七八九十])是")


def parts(draft: str, text: str) -> int:
    """How many parts the answer numbers itself (一是, 二是…) from `text` to its paragraph's end, when
    they run 1..n in order; 0 otherwise."""
    at = draft.find(text.strip()[:12]) if draft else -1
    if at < 0:
        return 0
    rest = re.split(r"\n\s*\n", draft[at:], maxsplit=1)[0]
    got = [cn_int(m.group(1)) for m in _PART.finditer(rest)]
    return len(got) if got == list(range(1, len(got) + 1)) else 0


# (galarm4) what an article says, counted: "第三十一条讲了两件事：一是…；二是…". A count of the article's
# own content, so a claim about the text: it stands when the parts that follow are that many and the
# article has that many sentences (a third sentence left out makes 两件事 wrong)
_SAID = re.compile(r"^(?P<subj>(?:本办法|本规定|本条例|本细则)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?)"
                   r"(?:一共|共|主要)?(?:讲了|说了|规定了|写了|讲|说|规定)(?P<n>[两二三四五六七八九十]+)(?:件事|层意思|点内容|个意思)[：:]"
                   r"(?=\s*(?:一是|其一))")


def without_tally(sentence: str, draft: str, text: str,
                  article_text: Callable[[str], str | None] = lambda ref: None) -> str:
    """The lead without its tally, when the tally is the number of the parts that follow (and, for
    a count of what an article says, the number of its sentences: `article_text(ref)` gives the
    text of the article the lead names)."""
    m = _TALLY.match(sentence)
    if m is None:
        said = _SAID.match(sentence)
        n = cn_int(said.group("n")) if said else 0
        whole = article_text(said.group("subj")) if said else None
        if said is None or n < 2 or n != parts(draft, text) or whole is None or n != _sentences(whole):
            return sentence
        return said.group("subj") + "：" + sentence[said.end():]
    if cn_int(m.group("n")) != parts(draft, text) or cn_int(m.group("n")) < 2:
        return sentence
    return m.group("subj") + "：" + sentence[m.end():]


def _sentences(text: str) -> int:
    """How many sentences an article's text has (its label aside), cut at 。"""
    return len([x for x in re.split(r"[。\n]", text) if re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", x))])
