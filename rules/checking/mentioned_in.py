"""Articles said to mention a document: "《关于实行党风廉政建设责任制的规定》，第一条和第八条都提到了它".

The sentence names one document and says that some articles mention it (提到 / 提及 / 引用 / 援引
/ 写到 / 用到 / 点名 / 出现, with 都 / 也 / 中 … between, or 见于 / 出现在 / 写在 before them). Every
character pair of the title is in the sources and each article exists, so the support test
passes it; but the claim is that each of those articles names the document. An article that
names it neither by its title, nor by an alias the text defines (《办法》), nor by the document
number the text pairs with the title (《…》（中办发[2009]25号）) does not mention it: the sentence
is unsupported. A title the sources never name is left to the other readings; a sentence with
two titles (which one is mentioned where?) decides nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import find_refs, int_cn

_TITLE = re.compile(r"《([^》]{2,60})》")
_AFTER = re.compile(r"^(?:里|中|当中|之中|里面)?(?:都|也|均|同样|还)?(?:有|曾)?"
                    r"(?:提到|提及|引用|援引|写到|用到|点名|出现|点到|列明|载明)")
_BEFORE = re.compile(r"(?:见于|出现在|出现于|写在|用在|提到于)$")
_NUMBER = r"[\u4e00-\u9fff]{1,6}[\[［〔(（]\d{4}[\]］〕)）]\d+号"


def may_concern(sentence: str) -> bool:
    return "《" in sentence and "条" in sentence and bool(
        re.search(r"提到|提及|引用|援引|写到|用到|点名|出现|点到|列明|载明|见于|写在|用在", sentence))


def problems(sentence: str, article_text: Callable[[int], str | None], whole: str,
             aliases: dict[str, set[str]]) -> list[str]:
    """Why an article said to mention the sentence's one document does not name it."""
    titles = set(_TITLE.findall(sentence))
    if len(titles) != 1:
        return []
    title = titles.pop()
    if f"《{title}》" not in whole:
        return []
    names = {f"《{title}》"} | aliases.get(title, set())
    names |= {m.group(1) for m in re.finditer(rf"《{re.escape(title)}》[（(]({_NUMBER})[）)]", whole)}
    refs = [r for r in find_refs(sentence) if r.internal]
    spans: dict[tuple[int, int], list[int]] = {}
    for r in refs:
        spans.setdefault((r.start, r.end), []).append(r.article)
    for (start, end), articles in spans.items():
        if not (_AFTER.match(sentence[end:]) or _BEFORE.search(sentence[:start])):
            continue
        for n in articles:
            text = article_text(n)
            if text is None:
                continue
            if not any(name in text for name in names):
                return [f"第{int_cn(n)}条没有提到《{title}》"]
    return []
