"""A sentence whose subject, an article, is the one the sentence before opens with and is dropped:
an absence after "第N条只说…" ("第十二条只说问责组由纪检监察机关以及有关部门组成，…；牵头单位、组长人选都
没有规定。"), and a sentence that only says which word the article uses ("第15条是衔接条款：…可以…进一步
问责。用的是“可”字。"). (`elided_subject.py` carries a body, not an article.)

"第N条只说A；B没有规定" contrasts what the article says with what it does not: the second
sentence's subject is dropped because it is the first one's, the article. Judged alone the absence
names no scope, so the absence reader left it to the support test, which found its words nowhere
and flagged it. Read here: a sentence that names no article, document or source (本规定, 条文,
来源 …), is one noun phrase and a stating verb denied at its end (都没有规定, 也没写, 未提到), after a
sentence whose subject is an article and whose verb is restricted (只说, 仅规定, 只写), is written
with that article as its scope ("牵头单位、组长人选，第十二条都没有规定"), and the absence reader judges it
against that article as any scoped absence: a thing the article has fails.

A sentence that opens with a verb of wording (用的是, 写的是, 措辞是) and names no article says which
words the article the sentence before opens with (第N条 as its subject) uses; it is written with that
article as its subject ("第15条用的是“可”字"), and the wording reader holds each quote to that
article: "用的是“应”字" of 第十五条 (可依照) fails.
"""
from __future__ import annotations

import re

_NUM = r"[零一二两三四五六七八九十百\d]+"
_OPENS = re.compile(rf"^(?P<ref>第{_NUM}条(?:第{_NUM}款)?)")
_WORDING = re.compile(r"^(?:而|并且|且)?(?:这里|这一?条|条文|原文)?(?:用的(?:词|字|说法)?是|写的是|措辞是|用词是|用了)[“「\"]")
_ONLY_SAID = re.compile(rf"^(?P<ref>第{_NUM}条(?:第{_NUM}款)?)(?:也|则)?(?:只|仅|仅仅|只是)(?:说了?|规定了?|写了?|讲了?|提到了?)")
_DENIED = re.compile(r"(?:都|也|均|并)?(?:没有|未|并未|没)(?:作出|做出)?(?:具体|明确|任何)?(?:的)?"
                     r"(?:规定|写明?|提到|提及|说明|列出|交代)[。！!]?$")
_SCOPED = re.compile(rf"第{_NUM}[条款项]|《|本规定|本条|该条|条文|规定里|规定中|来源|材料|资料|文本|原文")


def scoped(sentence: str, previous: str) -> str:
    """The sentence with the previous sentence's article as its scope, when it is such an absence."""
    m = _ONLY_SAID.match(previous.strip())
    d = _DENIED.search(sentence.strip())
    if m is None or d is None or _SCOPED.search(sentence):
        return sentence
    head = sentence.strip()[:d.start()]
    if not re.fullmatch(r"[\u4e00-\u9fff、和与及]{2,24}", head):
        return sentence
    return f"{head}，{m.group('ref')}{sentence.strip()[d.start():]}"


def worded(sentence: str, previous: str) -> str:
    """The sentence with the previous sentence's opening article as its subject, when it only says
    which words are used and names no article of its own."""
    m = _OPENS.match(previous.strip())
    if m is None or not _WORDING.match(sentence.strip()) or re.search(rf"第{_NUM}条", sentence):
        return sentence
    return m.group("ref") + sentence.strip()
