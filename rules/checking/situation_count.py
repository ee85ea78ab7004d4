"""A count of the situations an article lists, said with words between the verb and the count:
"第五条列举了公共安全管理方面五种应当问责的情形". The item-count reader (claims.item_counts) reads
a count right after its verb (列了六项, 共有六种); with a qualifier before the count (公共安全管理
方面) or a verb it does not know (列举了), the count was left to the support test, which holds
Chinese numerals to nothing, so a wrong count passed.

Here a count of 情形 / 情况 is read wherever it stands in its clause: a numeral and a classifier
(种 / 项 / 类 / 个) with at most a few words before the noun (应当问责的). Said of one named article
whose items are numbered (（一）（二）…), it is the number of those items. A count of a part (其中,
前三种, 之一, 中的) and a count said of one item of the article (第（二）项) are left alone, and so is
a 个 that counts a span or people (12个月内因同类情形, 3个工作日内): a duration, not a count of
situations."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import cn_int, format_ref
from .claims import Verdict

_COUNTED = re.compile(r"(?<![第前后])([一二两三四五六七八九十\d]+)\s*(?:种|项|类|个(?!月|工作日|小时|星期|季度|自然|年度|日|人))(?P<gap>[^，,。；;：:、（）()]{0,16}?)(?:情形|情况)")
_PART = re.compile(r"其中|之一|中的|里的|当中|之中|部分")
_ITEM = re.compile(r"第[（(][一二三四五六七八九十\d]+[)）]项")


def counts(sentence: str, numbers: list[int], items_of: Callable[[int], int]) -> list[Verdict]:
    """The count of situations the sentence gives its one named article, against that article's
    numbered items; [] when the sentence gives none, names several articles or an item."""
    if len(set(numbers)) != 1 or _ITEM.search(sentence):
        return []
    have = items_of(numbers[0])
    if not have:
        return []
    out = []
    for m in _COUNTED.finditer(sentence):
        around = sentence[max(0, m.start() - 3):m.end() + 3]
        if _PART.search(around):
            continue
        n = cn_int(m.group(1))
        out.append(Verdict(n == have, f"{format_ref(numbers[0])}列有{have}项" if n == have else
                           f"{format_ref(numbers[0])}列有{have}项情形，不是{n}项。"))
    return out
