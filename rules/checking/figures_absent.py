"""An absence of figures: "报告没有给出PM2.5的具体数值", "论文…失职渎职类举报在不断上升，并没有给出具体
件数或比例". The absence reader looks for the words said to be missing (给出PM2.5的数值), which no
text has word for word; but what is denied is a kind of figure about a subject, and that is
false where the document gives the subject with a figure of that kind (PM2.5年均浓度降至29.8微克/
立方米; 失职渎职类的举报只有80件，占信访总量的4.8%).

The kind is read from the noun: 件数 (a count of 件), 人数 (人 / 名), 金额 (元), 比例 / 百分比 /
比重 / 占比 (a per cent or a fraction), and any figure for 数值 / 数据 / 数字 / 数量 / 数目 /
统计. Dates are no figures of a subject. The subject is what the absence names before the noun
(PM2.5的具体数值), else the rest of the sentence (失职渎职类举报…，并没有给出具体件数). It is in a
clause of the document (its sentences cut at 。；) when a run of its characters is there (four,
five when read from the rest of the sentence), and the years it names are there too: "没有给出2007
年的件数" is true where the 2007 clause gives only a per cent.
"""
from __future__ import annotations

import re

from .absence import scope_of
from .sources import SourceSet, SourceText, bare

_KINDS = {
    "件数": r"\d+(?:\.\d+)?万?件",
    "人数": r"\d+(?:\.\d+)?万?(?:人|名)",
    "金额": r"\d+(?:\.\d+)?[万亿]?元",
    "比例": r"\d+(?:\.\d+)?%|[一二三四五六七八九十]分之[一二三四五六七八九十]",
}
for _k in ("百分比", "比重", "占比"):
    _KINDS[_k] = _KINDS["比例"]
# any figure that is no date nor an article's number
_ANY = r"(?<!第)(?<![\d.])\d+(?:\.\d+)?(?![\d.]|年|月|日|号)"
for _k in ("数值", "数据", "数字", "数量", "数目", "统计"):
    _KINDS[_k] = _ANY
_KIND = "|".join(sorted(_KINDS, key=len, reverse=True))
_DENIED = re.compile(r"(?:并|也|都|均)?(?:没有|没|未(?=给|提|列|写|披|公|交|载|说|规|设)|并未|不曾)(?:给出|提供|列出|写出|写明|写|披露|公布|交代|载明|提到|提及|说明|规定|设定|列|有|给)?"
                     rf"(?P<what>[^，,。；;]*?)(?P<kind>{_KIND})(?:(?:或|和|、|及|或者)(?P<kind2>{_KIND}))?")
_FILLER = re.compile(r"任何|具体|详细|确切|精确|明确|的|相关|有关|什么")
_SCOPE = re.compile(r"论文|文章|报告|规定|来源|资料|材料|原文|里面|里|中")


def _present(subject: str, years: list[str], kinds: list[str], texts: list[str], run: int) -> bool:
    for t in texts:
        for clause in re.split(r"[。；;\n]", t):
            c = bare(clause)
            if any(y not in c for y in years):
                continue
            if not any(subject[i:i + run] in c for i in range(len(subject) - run + 1)):
                continue
            plain = re.sub(r"\s", "", clause)
            if any(re.search(_KINDS[k], plain) for k in kinds):
                return True
    return False


def denied_figures(sentence: str, sources: SourceSet, named: list[SourceText], default_doc: str,
                   present=None) -> str | None:
    """Why the sentence's absence of figures is false ("见于…"), or None when it makes none or it
    holds. `present(subject, years, kinds, texts, run)`: whether the figures are there (by default
    in one sentence of the scope; figures_after.py reads the sentences after it too)."""
    present = present or _present
    for m in _DENIED.finditer(sentence):
        kinds = [k for k in (m.group("kind"), m.group("kind2")) if k]
        subject = bare(_SCOPE.sub("", _FILLER.sub("", m.group("what"))))
        run = 4
        scope = scope_of(sentence, sources, named, default_doc)
        if len(subject) == 2 and scope is not None and _present(subject, [], kinds, scope.texts, 2):
            # (wmiss10) "没有规定任何浓度数值": a two-character measure named with the kind of figure
            # (浓度 of 浓度数值) is given where one clause has it with such a figure (150微克/立方米)
            return f"{scope.label}给出了{subject}的{'、'.join(kinds)}，不是没有。"
        if len(subject) < 3:
            subject, run = bare(_SCOPE.sub("", sentence[:m.start()] + sentence[m.end():])), 5
        if len(subject) < run:
            continue
        scope = scope_of(sentence, sources, named, default_doc)
        if scope is None:
            continue
        years = re.findall(r"\d{4}(?=年)", m.group("what") if run == 4 else sentence)
        if present(subject, years, kinds, scope.texts, run):
            return f"{scope.label}给出了{'、'.join(kinds)}，不是没有。"
    return None
