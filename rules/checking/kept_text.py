"""What a cut source keeps and lacks, said in everyday words: "只能看到开头一句：“…”" to "第十八条现在能
看到什么？", "冒号后面的情形清单在来源里没了".

The readings of a cut article (`_missing_said`, the front matter's 来源缺失) know the words the
checker's own notes use: 只保留了开头一句, 在来源中缺失. People say the same with a verb of seeing
(只能看到, 只看得到 = only that much is kept) and with 没了 / 丢了 / 不见了 for 缺失, and leave the
article unsaid when the question names it. Both are written in the words the readings know, and
the sentence is then judged as that: "只能看到开头一句" of an article the sources hold whole
(第十七条) is false as 第十七条只保留了开头一句 is; a lack said of a place that is not the
sources (规定里没了) is left as written.
- *kept*: 只 / 仅 (能) 看到 / 看得到 / 见到 / 剩 + what, then the kept words quoted after a colon,
  naming no article: the one article the
  question names (else the sentence before) is its subject, 只保留了 its verb;
- *lacked*: (在) 来源 / 资料 (里 / 中) (就 / 都 / 也) 没了 / 没有了 / 丢了 / 不见了 is 在来源中缺失.
"""
from __future__ import annotations

import re

from ..references import find_refs, format_ref

# (the kept words must be given after a colon, a quote the checker holds verbatim: a bare "只看得到开头
# 一句。" is a remark held by the sentence beside it, `unavailable.py`)
_KEPT = re.compile(r"^(?:现在|目前)?(?:只|仅)(?:能)?(?:看到|看得到|看得见|见到|剩下?|留下)(?:了)?(?P<rest>(?:开头|标题|引导)[^，,；;：:“”]*[：:](?:[“「][^，,；;]*)?[。]?$)")
_LACKED = re.compile(r"(?:在|从)?(?P<where>来源|资料|材料)(?:里|中|上)?(?:就|都|也|已经|却)?(?:没了|没有了|丢了|不见了|找不到了)")


# (r19alarm) "转载的文本在这句之后断了，具体情形没有保留下来": the cut placed after the words just
# quoted (这句, 这里), naming no article: it is the one article the question (else the sentence
# before) names; what was not kept (没有保留下来) is what the source lacks
_CUT_BACK = re.compile(r"(?:在|到)(?P<here>这一?句(?:话)?|这里|此处|这儿)(?:之后|后面|以后|后)?(?:就)?(?P<cut>断了|中断了?|断掉了)")
_NOT_KEPT = re.compile(r"(?:都|也|就)?(?:没有|没|未)(?:能)?(?:保留|保存|留)下来")


def _one_article(question: str, previous: str) -> tuple[int, str | None] | None:
    for text in (question, previous):
        refs = {(r.article, r.doc_title) for r in find_refs(text) if r.article and not r.doc_number}
        if len(refs) == 1:
            return next(iter(refs))
    return None


def said(sentence: str, question: str, previous: str) -> str:
    """The sentence in the words the cut-article readings know, or as it is."""
    out = _LACKED.sub(lambda m: f"在{m.group('where')}中缺失", sentence)
    back = _CUT_BACK.search(out)
    if back is not None and not any(r.article for r in find_refs(out)):
        one = _one_article(question, previous)
        if one is not None:
            n, title = one
            out = (out[:back.start("here")] + (f"《{title}》" if title else "") + format_ref(n)
                   + out[back.start("here"):back.start("cut")] + "中断了" + out[back.end("cut"):])
            out = _NOT_KEPT.sub("在来源中缺失", out)
    m = _KEPT.match(out.strip())
    if m is None or any(r.article for r in find_refs(out)):
        return out
    one = _one_article(question, previous)
    if one is not None:
        n, title = one
        return (f"《{title}》" if title else "") + format_ref(n) + "只保留了" + out.strip()[m.start("rest"):]
    return out
