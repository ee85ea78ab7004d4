"""An act said of a case at every grade: "凡发生公共安全责任事故，不论等级，均须在24小时内召开
现场会" where 第十三、十四条 (特别重大、重大、较大) say 召开现场会 and 第十六条 (一般) does not.

不论 / 无论 / 不管 / 不分 + a grade or kind, then 均 / 都 / 一律 + an act, says the act holds in
every case of the noun. The support test finds the act in the articles of some grades and passes
it. Read here: the case is the longest run of the words before the act (four characters at
least) that opens articles of the document qualified (特别重大或重大X, 一般X: the run at the start
of the article's first clause with something before it, so an article that defines X itself is
not one of its cases); when two or more articles open so, and some of them state the act (the
act's content pairs, MIN_SHARE of them) while another does not, the act is not said of every
grade: the sentence is unsupported, naming the article that leaves it out.
"""
from __future__ import annotations

import re

from ..references import int_cn
from .support import coverage

MIN_SHARE = 0.6
_ANY = re.compile(r"(?:不论|无论|不管|不分)[^，,。；;：:]{0,10}?[，,]?(?:都|均|一律|一概|全都|全部)")
_MODAL = re.compile(r"^(?:都|均|一律|一概|全都|全部)?(?:必须|须|应当|应该|应|要|需要|需|得|会)?")
_ARTICLE = re.compile(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")


def may_concern(sentence: str) -> bool:
    return bool(_ANY.search(sentence))


def problems(sentence: str, articles: dict[int, str]) -> list[str]:
    """Why an act said of every grade of a case is not said in one grade's article."""
    m = _ANY.search(sentence)
    if m is None:
        return []
    rest = sentence[m.end():]
    act = _MODAL.sub("", re.split(r"[，,。；;：:！!]", rest)[0])
    if len(act) < 3:
        return []
    before = sentence[:m.start()]
    opens = {n: re.split(r"[，,。；;：:]", _ARTICLE.sub("", t), maxsplit=1)[0] for n, t in articles.items()}
    case = ""
    for i in range(len(before)):
        for j in range(len(before), i + 3, -1):
            run = before[i:j]
            if len(run) <= len(case):
                break
            if sum(1 for o in opens.values() if o.find(run) > 0) >= 2:
                case = run
                break
    if len(case) < 4:
        return []
    graded = [n for n, o in opens.items() if o.find(case) > 0]
    said = [n for n in graded if coverage(act, articles[n]) >= MIN_SHARE]
    unsaid = [n for n in graded if n not in said]
    if said and unsaid:
        return [f"第{int_cn(unsaid[0])}条（{opens[unsaid[0]]}）没有规定“{act}”"]
    return []
