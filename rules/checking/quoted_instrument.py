"""A quoted word as the instrument of a verb of naming: "作者用“奖勤罚懒”来概括这两个闭环应有的
正负反馈" says what "作者把这两个闭环应有的正负反馈概括为“奖勤罚懒”" says: Y is summed up (named,
called) in the words Q. The 用…来 order puts the quotation first and the thing it names last,
and the support test, reading 用 and 来 as content, measured the sentence under its bar.

So the 用 order is read in the 把 order the other readings know (Q held to the text verbatim
by the quotation check, Y beside it by the support test), and only when the verb is one of
naming or summing up: "用“…”的程序处理" is no such sentence and is left alone.
"""
from __future__ import annotations

import re

# (who)用“Q”(来)?V Y, V a verb of naming or summing up; Y runs to the end of its clause
_USED = re.compile(r"用(?P<q>“[^”]{1,20}”)(?:来|去)?(?P<v>概括|形容|总结|归纳|称呼|称|概称|表述|指代|描述|说明)"
                   r"(?P<y>[^，,。；;！？]{2,})")


def reordered(text: str) -> str:
    """The sentence with "用“Q”来V Y" said as "把Y V为“Q”"; else unchanged."""
    if "用“" not in text:
        return text
    return _USED.sub(lambda m: f"把{m.group('y')}{m.group('v')}为{m.group('q')}", text)
