"""Which articles cite a document ("提到中办发[2009]25号的有四条：第一条、第十一条、第十五条和第十七条"):
the answer to 哪几条提到了…, a list that claims each article cites the document and, as the
answer to which ones, that no other article does. The support test alone passed such a list with
an article swapped (its words are all in some article), so the list is held to the articles' text:
the document is cited there by its title, its short name (《办法》) or its number, the number
linked to the title where an article gives it in brackets after the title.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, format_ref
from .claims import Verdict
from .sources import bare
from .support import coverage

GLOSS_COVERAGE = 0.8   # a gloss is nearly the article's own words (a paraphrase is not read here)

_NUMBER = r"(?:中办发|国发|[\u4e00-\u9fff]{1,4}发)\s*[\[［〔(（]?(?:\d{4})?[\]］〕)）]?\s*\d+\s*号"
_DOC = rf"《[^》]+》(?:[（(]{_NUMBER}[）)])?|{_NUMBER}(?:文件?)?"
_LIST = re.compile(rf"^(?P<scope>[^，,：:]*?(?:条文|文本|规定)[中里]?[，,])?(?:提到|提及|引用|援引|引述|出现)了?(?P<doc>{_DOC})的"
                   r"(?:条文|条款|条)?(?P<how>只有|仅有|就是|包括|有|是|共有|一共有|共)(?P<count>[一二两三四五六七八九十\d]+条)?[：:，,]?"
                   r"(?P<list>.+)$")
_ARTICLE = re.compile(r"第([零一二两三四五六七八九十百\d]+)条")
# where the list is read: the sources' own articles (来源可见的条文中)
_SCOPE = re.compile(r"^(?:在)?(?:来源|现有|可见|收录|知识库|本规定|规定|现存)+[^，,]{0,8}(?:条文|文本|规定)[中里]?[，,]$")


def _number_form(number: str) -> re.Pattern:
    """中办发[2009]25号 and 中办发25号 alike: the issuer's word, the year if any, the number."""
    m = re.match(r"([\u4e00-\u9fff]+)\D*?(\d{4})?\D*?(\d+)\s*号", bare(number))
    if m is None:
        return re.compile(re.escape(bare(number)))
    year = m.group(2)
    return re.compile(re.escape(m.group(1)) + (year if year else r"(?:\d{4})?") + re.escape(m.group(3)) + "号")


def _names(doc: str, texts: dict[int, str], aliases: dict[str, set[str]]) -> list[re.Pattern]:
    """The forms the articles may cite the document by: its title, short names, its number, and
    the number an article gives in brackets after the title (or the title it gives the number)."""
    titles = re.findall(r"《([^》]+)》", doc)
    numbers = re.findall(_NUMBER, doc) if not titles else re.findall(_NUMBER, re.sub(r"《[^》]+》", "", doc))
    for t in texts.values():
        for m in re.finditer(rf"《([^》]+)》[（(]({_NUMBER})[）)]", t):
            if m.group(1) in titles:
                numbers.append(m.group(2))
            elif any(_number_form(n).fullmatch(bare(m.group(2))) for n in numbers):
                titles.append(m.group(1))
    out = [re.compile(re.escape(bare(x))) for t in titles for x in [t, *(a.strip("《》") for a in aliases.get(t, ()))]]
    return out + [_number_form(n) for n in numbers]


def citing_articles(sentence: str, articles: Callable[[], dict[int, str]], aliases: dict[str, set[str]]) -> list[Verdict]:
    """The list of articles said to cite a document, held to the articles (`articles()`: number ->
    text, asked for only when the sentence gives such a list); [] when it gives none. Accounts for
    the whole sentence when nothing but the list is said."""
    m = _LIST.match(sentence.strip().rstrip("。"))
    if m is None or (m.group("scope") and not _SCOPE.match(m.group("scope"))):
        return []
    texts = articles()
    listed = [cn_int(x) for x in _ARTICLE.findall(m.group("list"))]
    if not listed:
        return []
    names = _names(m.group("doc"), texts, aliases)
    citing = {n for n, t in texts.items() if any(p.search(bare(t)) for p in names)}
    if not citing:
        return []                         # a document the articles do not cite by any form read here
    out = [Verdict(False, f"{format_ref(n)}没有提到{m.group('doc')}。") for n in listed if n not in citing]
    exhaustive = m.group("how") != "包括"
    missing = sorted(citing - set(listed))
    if exhaustive and missing:
        out.append(Verdict(False, f"提到{m.group('doc')}的还有{'、'.join(format_ref(n) for n in missing)}。"))
    count = m.group("count")
    if count and cn_int(count[:-1]) != len(set(listed)):
        out.append(Verdict(False, f"句子说有{count}，却列了{len(set(listed))}条。"))
    # 第十五条（进一步问责）: what a gloss says of its article is held to that article alone
    for n, gloss in re.findall(r"第([零一二两三四五六七八九十百\d]+)条[（(]([^）)]+)[）)]", m.group("list")):
        text = texts.get(cn_int(n), "")
        if coverage(gloss, text) < GLOSS_COVERAGE:
            out.append(Verdict(False, f"“{gloss}”不见于{format_ref(cn_int(n))}。"))
    if out:
        return out
    rest = bare(re.sub(r"第[零一二两三四五六七八九十百\d]+条(?:[（(][^）)]*[）)])?|和|与|及|、|等", "", m.group("list")))
    return [Verdict(True, "提到" + m.group("doc") + "的是" + "、".join(format_ref(n) for n in sorted(citing)),
                    whole=not rest)]
