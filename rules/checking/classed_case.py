"""A case that puts its subject in a class, said by the class alone: "评定为E级的，自检测报告出具之日
起24小时内封闭交通" restated for a question "桥检出来是E级，要多快…". The readings that ask a
condition to be said somewhere in the draft or question (aligned, item_case) count the condition's
character pairs, and the class (E级) is one pair of five, so the condition was held dropped. The
class said word for word by the draft or the question (2 characters at least, no longer than a short
name) says the case: what 评定为 / 认定为 / 属于 adds is how the class is given, not a second
condition."""
from __future__ import annotations

import re

from .sources import bare

_CLASSED = re.compile(r"^(?:对)?(?:被)?(?:评定为|认定为|确定为|定为|评为|列为|属于)([^，,、的]{1,8})的?$")


def said(case: str, said_text: str) -> bool:
    """Whether the case is one of class and `said_text` (the draft and question) names the class."""
    m = _CLASSED.match(case.strip())
    return m is not None and len(bare(m.group(1))) >= 2 and bare(m.group(1)) in bare(said_text)
