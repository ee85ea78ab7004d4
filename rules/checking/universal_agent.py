"""An act said to be done by one body for every case where the text divides the cases between bodies
(branch `g15miss`).

"森林防火的责任追究决定都由县林业局依照本规定作出" where the article says "对乡镇人民政府、县直有关部门
及其责任人员的责任追究，由联席会议办公室调查…" and "对村民委员会、护林员…的责任追究，由县林业局依照
本规定作出决定": the text gives the act (责任追究) to a body only for the parties its 对…的 names, and
another body for others; a sentence that says the act is all (都 / 均 / 一律 / 全部 / 统一) the one
body's drops the scope, and every word of it is in the article, so the support test passes it.
Read here: a sentence's 都由X (or 均由, 一律由 …) + a verb, the act before it; the held articles'
statements 对S的A，由Y… with that act. When they give the act to two bodies, one of them X (a shared
content pair) and another one not, and the sentence names none of the parties of X's scope, the
sentence widens X's scope to every case. No body or act of any regulation is read here.
"""
from __future__ import annotations

import re

from .one_clause import _content
from .sources import bigrams, squash

_ALL = re.compile(r"(?:都|均|一律|全部|全都|统一|概)由([\u4e00-\u9fff]{2,16}?)(?=依照|依据|按照|负责|调查|作出|决定|办理|处理|组织|来|实施)")
_SCOPED = re.compile(r"对([^，,。；;]{2,60}?)的([\u4e00-\u9fff]{2,8}?)[，,][^，,。；;由]{0,8}由([\u4e00-\u9fff]{2,16}?)"
                     r"(?=依照|依据|按照|负责|调查|作出|决定|办理|处理|组织|实施)")
_MEMBERS = re.compile(r"、|和|或者|以及|及其|及|与")


def _same(a: str, b: str) -> bool:
    return bool(_content(bigrams(a)) & _content(bigrams(b)))


def may_concern(sentence: str) -> bool:
    return "由" in sentence and bool(_ALL.search(squash(sentence)))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    said = squash(sentence)
    for m in _ALL.finditer(said):
        who, before = m.group(1), said[:m.start()]
        scoped = [(s.group(1), s.group(2), s.group(3)) for _, text in articles for s in _SCOPED.finditer(squash(text))]
        for act in dict.fromkeys(a for _, a, _ in scoped if a in before):
            mine = [scope for scope, a, body in scoped if a == act and _same(who, body)]
            others = [body for scope, a, body in scoped if a == act and not _same(who, body)]
            if not mine or not others:
                continue
            members = [x for scope in mine for x in _MEMBERS.split(scope) if len(x) >= 2]
            if any(x in said for x in members):
                continue
            return [f"原文只对“{mine[0][:20]}”的{act}由{who}作出，其他的由{others[0]}"]
    return []
