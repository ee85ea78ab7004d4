"""Where a request goes, held to a passage that never makes that request: "向区人民政府申诉，期限是
收到复核决定之日起15日内" held to "区人民政府可以根据本规定制定实施细则，并自发布之日起15日内报市城管局
备案".

向X申诉 says who receives an appeal (a complaint, a report, a review); the passage that supports it
must say that act. A passage that names X and the deadline but not the act shares most of the
sentence's characters, so the support test holds it there, and `recipients.regalarm_addressed`
leaves a passage that addresses nobody to coverage. Read here: the act of each 向X + act clause
whose act is a specific request (申诉, 投诉, 举报, 复核, 备案, 复议) must be in the passage; generic
verbs (提出, 报告, 反映) are not read.
"""
from __future__ import annotations

import re

from .sources import bare, squash

_ADDRESSED = re.compile(r"向[\u4e00-\u9fff（）()]{2,24}?(?:依法|书面)?(?:提出|申请)?(申诉|投诉|举报|复核|备案|复议)")


def unaddressed(sentence: str, text: str) -> list[str]:
    """The 向X + act clauses of the sentence whose act the passage never names."""
    if "向" not in sentence:
        return []
    plain = bare(text)
    return [m.group(0) for m in _ADDRESSED.finditer(squash(sentence)) if m.group(1) not in plain]
