"""A lead that sets an article's parts side by side before the lines that compare them: "把第十三条两项
放在一起比就看得出梯度。", "将第十条两款对照来看，差别很清楚：".

Why: the sentence claims only that the article has that many parts (两项) and that comparing them
shows the difference the question asks about; the lines after it say what the difference is,
each judged on its own. Judged alone it shared no words with the article and was flagged. Read
here: the article must have exactly the items counted (its numbered items; a count of 款 is left
to the readings that count paragraphs), and what is "seen" must be a difference (梯度, 差别,
区别, 不同, 轻重) the question asks about (差别, 区别, 不同, 一样吗…). Anything else the sentence says keeps it to the other readings.
"""
from __future__ import annotations

import re

from ..references import cn_int

_LEAD = re.compile(r"^(?:我们|不妨|可以)?(?:把|将)(?P<ref>第[零一二两三四五六七八九十百\d]+条)(?:的)?(?P<n>[一二两三四五六七八九十]+)(?P<unit>项|款)"
                   r"(?:放在一起|放到一起|并排|摆在一起|对照|对比|比较)(?:来)?(?:比|比较|对比|看)?(?:一下)?[，,]?(?:就|便)?"
                   r"(?:看得出|能看出|可以看出|看出|很清楚|一目了然)?(?:来)?(?:其中的|里面的|它们的)?"
                   r"(?P<what>梯度|差别|区别|不同|差异|轻重)?(?:很清楚|很明显|了)?[。：:]?$")
_ASKS_DIFF = re.compile(r"差别|区别|不同|差异|一样吗|有何不同|有什么不一样|梯度|轻重")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]", re.M)


def judged(sentence: str, question: str, article_text) -> tuple[bool, str] | None:
    """(holds, why) for such a lead; None when the sentence is none. `article_text(ref)` gives the
    cited article's text (its lines), or None."""
    m = _LEAD.match(sentence.strip())
    if m is None or not m.group("what") or not _ASKS_DIFF.search(question):
        return None
    text = article_text(m.group("ref"))
    if text is None:
        return None
    if m.group("unit") == "款":
        return None                       # (paragraphs are counted by other readings)
    n, have = cn_int(m.group("n")), len(_ITEM.findall(text))
    if have != n:
        return False, f"{m.group('ref')}有{have}项，不是{m.group('n')}项。"
    return True, f"{m.group('ref')}有{have}项，其间的{m.group('what')}见下文"
