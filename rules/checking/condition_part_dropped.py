"""A rule restated with its case cut short: "发生一般公共安全责任事故的，区委、区政府…训诫" where the
text says "发生一般公共安全责任事故，造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）…训诫"
(branch `wsz3`).

A regulation's rule is "case的，consequence", and its case is often several parts (发生一般事故，
造成较大损失或者不良影响的: both must hold). A draft that restates the rule with a 的-clause of its
own gives the consequence to the case its clause says: one part kept and another left out widens
the case to every 一般事故. Every word the draft says is the text's, so the support test finds it;
`sufficient_condition` reads the same cut under 只要…就, not in the plain "X的，Y" form.

Read here, against the articles a verified sentence is held to: the text's sentences whose case is
a 的-clause of two or more parts (cut at commas, 且, 并且, 同时) followed by their consequence; the
sentence's own case is a clause ending in 的 followed by a comma and what it says after it. When
the sentence's consequence restates the text's (most of its content pairs, by the sentence's
share), its case restates one part of the text's case (most of that part's pairs) and leaves out
a part after it (few of its pairs said anywhere in the sentence), the sentence drops a condition
the text sets. Only a later part counts: the first part is the case's topic (发生一般公共安全责任
事故), which a draft often names elsewhere or by a short name (一般事故), and a part that is a
reference (有本规定第五、六、七、九条规定的情形) names no condition of its own. The sentence's case
must say nothing but the parts it keeps (nearly all its pairs theirs): a case with words of its own
may say the part left out in other words (30个工作日内办不完 for 不能在前款规定期限内作出处理决定). A case that names no part of the text's is another rule and is left to the other readings.

(wmiss10) Words that only make the sentence's rule broader are no words of its own: 只要是 / 凡是
before its case, 一律 / 一概 in its consequence, and the cause said as 造成的 / 导致的 (只要是申请人提供
虚假材料造成的，审核人员一律不予追究 for 因申请人…提供虚假材料，审核人员已尽到…核查义务仍未能发现
的，不予追究审核责任). A consequence whose subject the text names in its case (审核人员) is read
without those words when it is compared with the text's consequence.
"""
from __future__ import annotations

import re

from .sources import bare, content_pairs

_SENTENCE = re.compile(r"[。；;\n]")
# the text's rule: case (two or more parts) 的，consequence
_RULE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）])?(?P<case>[^。；;：:]{4,80}?[，,][^。；;：:]{2,60}?)的[，,](?P<then>[^。；;]{4,})")
_PARTS = re.compile(r"[，,]|并且|而且|同时|且")
# the sentence's own case: a clause ending in 的, then a comma
_OWN_CASE = re.compile(r"(?:^|[，,：:])(?P<case>[^，,：:。；;]{4,40})的[，,](?P<then>[^。；;]{4,})")
_PAREN = re.compile(r"[（(][^）)]{0,30}[）)]")
# an article's heading or a reference, which names no part of a case
_HEADING = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
_REFERENCE = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将或者应当按对")
KEPT, LEFT, THEN, ONLY = 0.6, 0.25, 0.6, 0.8
# words that widen a rule without saying a condition: sufficiency, universality, a cause's verb
_WIDENING = re.compile(r"^(?:只要是|只要|凡是|凡)|一律|一概|(?:所|而)?(?:造成|导致|引起|引发)$")


def _content(text: str) -> set[str]:
    return content_pairs(_PAREN.sub("", text), _FUNCTION)


def _share(part: set[str], said: set[str]) -> float:
    return len(part & said) / len(part) if part else 0.0


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    own = _OWN_CASE.search(sentence)
    if own is None:
        return []
    case, then = _content(_WIDENING.sub("", own.group("case"))), _content(_WIDENING.sub("", own.group("then")))
    whole = _content(_REFERENCE.sub("", sentence))
    if len(case) < 2 or len(then) < 3:
        return []
    for _, text in articles:
        for line in _SENTENCE.split(text):
            m = _RULE.match(_HEADING.sub("", line.strip()))
            if m is None:
                continue
            # the case's parts, in the text's order (a part that is a reference names no condition)
            parts = [(x, p) for x in _PARTS.split(m.group("case"))
                     if len(p := _content(x)) >= 3 and not _REFERENCE.search(x)]
            # a part opened by 或者 is an alternative, not a further condition: the case is read no further
            # (the consequence's subject said in the text's case: 审核人员…的，不予追究审核责任)
            if len(parts) < 2 or any(re.match(r"\s*或", x) for x in _PARTS.split(m.group("case"))) or \
                    _share(then - _content(m.group("case")), _content(m.group("then"))) < THEN:
                continue
            kept = [i for i, (_, p) in enumerate(parts) if _share(p, case) >= KEPT]
            # a part after the one kept narrows it (发生一般事故，造成较大损失…的); the one before it is
            # the topic, which a sentence commonly says elsewhere or by a short name (一般事故)
            left = [x for i, (x, p) in enumerate(parts) if kept and i > kept[0] and _share(p, whole) < LEFT]
            # the sentence's case says nothing besides the parts kept (else it may say the part
            # left out in other words: 30个工作日内办不完 for 不能在前款规定期限内作出处理决定)
            said = set().union(*(parts[i][1] for i in kept)) if kept else set()
            if left and _share(case, said) < ONLY:
                continue
            if left:
                return [f"原文的情形还要求“{bare(left[0])}”，句子把它略去了"]
    return []


def may_concern(sentence: str) -> bool:
    return "的，" in sentence or "的," in sentence
