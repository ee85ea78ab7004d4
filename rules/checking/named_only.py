"""A document the text only names, said to be given by name and not by content: "《规定》本身只是点名
引用，没有介绍这个办法的具体内容" of 《深圳市人民政府部门行政首长问责暂行办法》, which 第七条 names among
the texts to compare with and never quotes.

Judged alone, such a sentence shares few words with any passage and was flagged; it is no claim of
the rules but of the sources: that the regulation names the document, and that what the document
says is not there. Read here as that and held to it:
- *named only*: (本规定 / 《规定》 / 条文)(本身)只(是)点名(引用) / 只提到(名字) / 只引用了(名称);
- *content not given*: 没有 / 并未 介绍 / 说明 / 交代 / 摘录 / 写 (它 / 这个办法 / 该文件)的(具体)内容 /
  条文 / 规定.
The subject may be an article (第七条只提到了名字): the title is then held to that article's text.
The document is one the sentence names by title, else the one title the question names, else the
sentence before. It holds when that title (or its short name) is in the regulation's text and the
sources hold no document of that title, so its content is nowhere here. A sentence with any other
clause, or no document to hold it to, is left to the other readings; a title the regulation never
names, or a document the sources do hold, fails the sentence."""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

_NAMED = re.compile(r"^(?:不过|但|但是|只是|而)?(?:本规定|《[^》]{1,8}》|规定|条文|原文|文本|(?P<art>第[零一二两三四五六七八九十百\d]+条))?(?:本身|里|中)?(?:只是|只|仅仅?|也只是?)"
                    r"(?:点名(?:引用)?了?|点了(?:个)?名|提到了?(?:它的)?(?:名字|名称)?|提了一下|引用了?(?:它的)?(?:名字|名称)|列了(?:个)?名字?)"
                    r"(?:一下)?$")
_NOT_GIVEN = re.compile(r"^(?:并|也|都)?(?:没有|没|并未|未)(?:介绍|说明|交代|摘录|引述|写|写出|列出|转述)(?:过)?"
                        r"(?P<what>这个办法|这个文件|这份文件|该办法|该文件|这部规定|该规定|它|其|这些文件|它们)?的?"
                        r"(?:具体)?(?:内容|条文|规定|正文)$")
_CUE = re.compile(r"点名|点了|提到|提了|引用|列了")


def judged(sentence: str, previous: str, question: str, regulation: str,
           held: Callable[[str], bool], aliases: Callable[[str], set[str]],
           article: Callable[[int], str | None]) -> tuple[bool, str] | None:
    """(holds, why) for a sentence made only of those clauses, None for any other."""
    text = sentence.strip().rstrip("。！!")
    if not _CUE.search(text) or "内容" not in text and "条文" not in text and "正文" not in text:
        return None
    clauses = [c.strip() for c in re.split(r"[，,；;]", text) if c.strip()]
    named = _NAMED.match(clauses[0]) if len(clauses) == 2 else None
    if named is None or not _NOT_GIVEN.match(clauses[1]):
        return None
    where = "本规定"
    if named.group("art"):
        # 第七条只提到了名字: the title must be in that article
        n = next((r.article for r in find_refs(named.group("art")) if r.article), None)
        regulation = (article(n) if n else None) or ""
        where = named.group("art")
    titles = re.findall(r"《([^》]+)》", clauses[1])
    for source in (question, previous):
        if titles:
            break
        found = list(dict.fromkeys(re.findall(r"《([^》]+)》", source)))
        titles = found if len(found) == 1 else []
    if len(titles) != 1:
        return None
    title = titles[0]
    names = {title, *(n.strip("《》") for n in aliases(title))}
    if not any(n in regulation for n in names):
        return False, f"{where}没有提到《{title}》。"
    if held(title):
        return False, f"《{title}》的内容在来源中。"
    return True, f"{where}提到《{title}》，其内容不在来源中"
