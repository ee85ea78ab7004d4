"""A yes to "can it be done straight away?" before a sentence that makes it wait on a step: "可以。重大
隐患整改完毕后，要经区交通运输主管部门复查合格，才可以恢复渡运。" to "经营单位自己看过没问题能直接复
航吗？" (branch `wsz4`).

A yes/no lead is judged by the claim it answers or, when that claim is undecided, by the sentence
after it; here the sentence after it is the text's and supported, but it answers no: the question
asks whether the act needs nothing more (直接, 自己…就, 不用…就: the closed class of words that drop a
precondition), and the sentence says the act comes only after a step (才可以 / 方可 / 才能 after 经 /
须 / 要 / 必须). The yes is then the opposite of what its own support says. A no lead, a question
that asks no such thing, and a sentence that sets no step are not read.
"""
from __future__ import annotations

import re

_YES = re.compile(r"^(?:可以|能够|能|行|是的|是|对|会|可)[。！!，,]?$")
_DIRECT = re.compile(r"直接|(?:马上|立刻|立即|自己|自行)[^，,。？?]{0,10}就|(?:不用|不经|无需|无须|不必)[^，,。？?]{0,12}就")
_STEP = re.compile(r"(?:经|须|需|需要|要|必须|应当)[^。；;]{1,40}?(?:才|方)(?:可以|可|能够|能)")


def contradicted(lead: str, question: str, following: str) -> bool:
    """Whether a yes `lead` to a question asking for the act with nothing more is answered no by
    the sentence after it."""
    return bool(_YES.match(lead.strip()) and _DIRECT.search(question) and _STEP.search(following))
