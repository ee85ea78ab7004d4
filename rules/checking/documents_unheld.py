"""The documents an answer has listed, said to be cited but not held: "这些文件的内容规定里都没有
收录，只知道规定引用了它们。" after a list of the titles a regulation cites.

The sentence points back (这些 / 上述 / 以上 文件) at the titles the lines above name, and says two
things of them: their contents are not in the sources (没有收录, 不在这里, 查不到), and, in an
optional second clause, that the regulation only cites them (只知道规定引用了它们). Judged against
the passages it has no words to hold, and it was flagged. It is held to the titles above: there
must be at least one; none may be a document the sources hold (a title the index has, or a short
name it resolves); and when the second clause is said, every title must be in the text of the
document the answer is about. A title the sources hold makes the sentence false; anything else
the sentence says leaves it to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

_BACK = r"(?:这些|这几个|这几份|这两个|这两份|上述|以上|前面这些|上面这些)(?:外部|被引用的?|引用的)?(?:文件|文件|规定|办法)"
_HELD_NOT = (r"(?:的)?(?:具体)?(?:内容|正文|原文|全文|条文)(?:在)?(?:本规定|规定|来源|这里|材料|资料|手头的?材料)?(?:里|中)?(?:都|也|均)?"
             r"(?:没有收录|没收录|未收录|未予收录|不在(?:这里|此|来源里|来源中|材料里)?|查不到|没有收|看不到|没有给出|没有转录|未转录)")
_CITES_ONLY = r"(?:我们|这里)?(?:只|仅)(?:知道|能看到|看得到|能知道)(?:本规定|规定|条文)?(?:引用|援引|提到)了?(?:它们|这些文件)"
_SAID = re.compile(rf"^(?:不过|但|而)?{_BACK}{_HELD_NOT}(?P<cites>[，,；;]{_CITES_ONLY})?[。！!]?$")
_TITLE = re.compile(r"《([^》]+)》")


def judged(sentence: str, above: str, held: Callable[[str], bool], cited_in: str,
           own_title: str) -> tuple[bool, str] | None:
    """(right, why) for such a sentence; `above` is the answer before it, `held(title)` whether the
    sources hold a document of that title, `cited_in` the text of the document the answer is
    about, `own_title` its title (not one of the documents cited)."""
    m = _SAID.match(sentence.strip())
    if m is None:
        return None
    titles = [t for t in dict.fromkeys(_TITLE.findall(above)) if t != own_title and t not in own_title]
    if not titles:
        return None
    have = [t for t in titles if held(t)]
    if have:
        return False, f"来源收录了{'、'.join(f'《{t}》' for t in have)}，不是没有收录。"
    if m.group("cites"):
        uncited = [t for t in titles if t not in cited_in]
        if uncited:
            return False, f"{'、'.join(f'《{t}》' for t in uncited)}不见于《{own_title}》的条文。"
    return True, f"{'、'.join(f'《{t}》' for t in titles)}：来源未收录" + ("，规定引用了它们" if m.group("cites") else "")
