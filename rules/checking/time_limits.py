"""An absence of a time limit: "条文只是说事故发生后要召开现场会，并没有规定具体的时限" where
第十三条 and 第十四条 say 应在24小时内召开现场会. The absence reader looks for the word said to be
missing (时限), which the article does not use: it says the limit as a figure (24小时内). What is
denied is a kind of figure, a span of time within which something is done, about a subject (召开
现场会); that is false where a clause of the text gives the subject with such a span.

The kind is read from the noun (时限, 期限, 时间要求, 时间限制, 多长时间, 多久…); a span is a number
with a unit of time and 内 / 以内 / 之内 (24小时内, 三个工作日内, 30日以内). 立即 and 及时 name no
span, so "没有规定具体时限" of 立即成立 stays true. The subject is what the absence names before the
noun (召开现场会的时限), else the rest of the sentence, found in the clause by a run of five of its
characters (figures_absent.py's rule for a subject read from the rest). The text is the articles the
sentence names (in parentheses too: 一般事故（第十六条）的条文里), or those of the severities it
names (一般事故: 第十六条, handed over by the checker), else the document it names
(absence.scope_of); a sentence that names only 条文 / 条款 speaks of the
regulation the question is about, else the default one.

The denial may also come last, after the act and the kind of figure it denies (branch `rest14`):
"对受理申诉的机关多长时间作出处理决定没有规定", "X的期限，办法未作规定". The kind of figure stands
inside the subject (多长时间 between its doer and its act); taken out, the subject is the doer and
the act (受理申诉的机关作出处理决定), read as above."""
from __future__ import annotations

import re

from .absence import Scope, scope_of
from .sources import SourceSet, SourceText, bare, bigrams

_KIND = r"时限|期限|时间要求|时间限制|时间上的?(?:要求|限制)|时间规定|多长时间|多久|几个?小时|时间"
_DENIED = re.compile(r"(?:并|也|都|均)?(?:没有|没|未(?=规|给|提|列|写|说|限|设|作)|并未|不曾)(?:规定|给出|提出|写明|写|设定|设|限定|提到|提及|说明|明确|作出|有|给)?"
                     rf"(?P<what>[^，,。；;]*?)(?P<kind>{_KIND})(?:(?:内|以内|之内)(?P<then>[\u4e00-\u9fff]{{2,8}}))?")
# the denial last in its clause: (对 / 关于) subject, the kind of figure inside it, then 没有规定
_POSTPOSED = re.compile(r"(?:^|[，,。；;：:])(?:对|关于|就|至于)?(?P<what>[^，,。；;：:]*?)(?P<kind>多长时间|多久|期限|时限|几天)"
                        r"(?P<act>[^，,。；;：:]{0,16}?)(?:[，,]?(?:本|该|这部|这份)?(?:办法|规定|条例|细则|条文|文件|原文))?(?:都|也|并|均|则)?(?:没有|没|未|并未)(?:作出|做出|作|做|给出|写明|明确)?"
                        r"(?:具体|明确|任何)?的?(?:规定|说明|写|限定|要求)")
_FILLER = re.compile(r"任何|具体|详细|确切|精确|明确|的|相关|有关|什么|上|方面|要求|规定")
_MODAL = re.compile(r"(?:必须|应当|应该|需要|须|要|得)在?|在$")
_WHO = re.compile(r"^(?:条文|条款|规定|原文|文件|它|其)+|条文|条款|只是说|只说|只是|只讲|只提|说|要|应当|应|需要|得|就")
_SPAN = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个)?(?:小时|工作日|日|天|周|星期|个月|月|年)(?:内|以内|之内)")
_TEXTS = re.compile(r"条文|条款|这一?条|该条|规定")


def _act_at_span(act: str, clause: str, span: re.Match) -> bool:
    """The act stands in the part of the clause (between commas and colons) that gives the span
    (alarms16): in "区委…应在24小时内召开现场会，并作出初步问责决定：…对…停职检查" the span is the
    meeting's, not a limit on 停职检查, which only stands further on in the sentence."""
    start = max(clause.rfind(c, 0, span.start()) for c in "，,：:") + 1
    ends = [i for i in (clause.find(c, span.end()) for c in "，,：:") if i >= 0]
    return act in bare(clause[start:min(ends) if ends else len(clause)])


def _present(subject: str, run: int, act: str, texts: list[str]) -> str | None:
    """The span of time a clause gives the subject with, or None. The clause must have the act
    the limit is said of too (the subject's last two characters, 处理 of 给市纪委监委设处理期限):
    a limit on another act of the same body (移送 within five days) is no limit on this one."""
    best: tuple[int, str] | None = None
    for t in texts:
        for clause in re.split(r"[。；;\n]", t):
            c = bare(clause)
            span = _SPAN.search(re.sub(r"\s", "", clause))
            if span and act in c and any(subject[i:i + run] in c for i in range(len(subject) - run + 1)) and \
                    _act_at_span(act, re.sub(r"\s", "", clause), span):
                # the clause that shares most of the subject's pairs names the limit
                score = len(bigrams(subject) & bigrams(c))
                if best is None or score > best[0]:
                    best = (score, span.group(0))
    return best[1] if best else None


def _then(m: re.Match) -> str:
    """The act after a kind of figure that asks (多长时间内召开: 召开), else ""."""
    return m.group("then") or "" if re.fullmatch(r"多长时间|多久|几个?小时", m.group("kind")) else ""


def denied_limit(sentence: str, sources: SourceSet, named: list[SourceText], default_doc: str) -> str | None:
    """Why the sentence's absence of a time limit is false, or None when it makes none or it holds."""
    # (heldmiss) "没有写必须在多长时间内召开": a modal and 在 before the kind are no subject; the
    # act then follows the kind (…内召开) and the subject is the rest of the sentence, as below
    # (only after a kind that asks, 多长时间 / 多久: "没在规定期限内作出" denies the act, not a limit)
    denials = [(m, bare(_MODAL.sub("", _FILLER.sub("", m.group("what"))) + _then(m)), bare(_then(m))[:2])
               for m in _DENIED.finditer(sentence)]
    # (the denial after the act: the subject is the doer and the act, the kind taken out; the act
    # is read whole, its object with it, 复查决定 of 作出复查决定: a limit on 申请复查 or on a 复核决定
    # is no limit on the 复查决定, galarm4)
    denials += [(m, bare(_FILLER.sub("", m.group("what") + m.group("act"))), bare(_FILLER.sub("", m.group("act")))[-4:])
                for m in _POSTPOSED.finditer(sentence)]
    for m, subject, whole_act in denials:
        run, act = 4, whole_act if len(whole_act) in (2, 4) else subject[-2:]
        if len(subject) < 3:
            before = bare(_WHO.sub("", sentence[:m.start()]))
            before = re.sub(r"(?:并|也|都|均|但|而|却|可|只)+$", "", before)
            act = whole_act[:2] if m.re is _DENIED and whole_act else before[-2:]
            subject, run = bare(_WHO.sub("", sentence[:m.start()] + "，" + sentence[m.end():])), 5
        if len(subject) < run or len(act) < 2:
            continue
        # the articles the sentence names, in parentheses too ("一般事故（第十六条）的条文里没有…")
        scope = Scope("、".join(p.label for p in named), [p.text for p in named], "") if named else \
            scope_of(sentence, sources, named, default_doc)
        if scope is None and _TEXTS.search(sentence) and default_doc in sources.documents:
            scope = Scope(f"《{sources.documents[default_doc].title}》",
                          [p.text for p in sources.passages if p.doc_id == default_doc], "")
        if scope is None:
            continue
        span = _present(subject, run, act, scope.texts)
        if span:
            return f"{scope.label}规定了时限（“{span}”），不是没有。"
    return None
