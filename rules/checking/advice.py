"""Advice to read the source itself: "具体细节建议对照原文", "建议直接查阅该文件原文", "请自行核对条文全文".

Such a sentence tells the reader what to do, not what a source says, so it is framing, like
请以原文为准. It is read as a construction, not as a list of phrases: an adviser (建议 / 请 / 最好 /
可以 …), at most a manner word (直接 / 自行 / 再 …), a verb of consulting a text (查阅 / 对照 /
核对 / 参阅 / 查看 …) and an object that is a text as such (原文, 全文, 条文, 原件, ending the
sentence, after at most a demonstrative and a kind of document). A topic before the adviser
(具体细节, 细节) is allowed when it is short and names nothing. The caller asks it only of a
sentence that carries no claim (no article, figure, role, measure, severity or named body), so
"建议对照第十四条原文，街道主任会被撤职" never reaches it as framing."""
from __future__ import annotations

import re

_ADVICE = re.compile(
    r"^(?P<topic>[^，,。；;：:“”《》\d]{0,8}?)[，,]?"
    r"(?:建议|请|最好|不妨|可以|可|务必|还请)(?:您|你|大家)?"
    r"(?:直接|自行|再|亲自|仔细|进一步|另行|最好)?"
    r"(?:查阅|对照|核对|参阅|查看|阅读|翻阅|参照|比对|对一下|查一下|看一下)(?:一下)?"
    r"(?:该|这份|这个|这|那份|那个|相关|有关)?(?:文件|规定|文本|资料|条文|文件的|规定的)?"
    r"(?:原文|全文|原件|条文原文|条文)[。！!]?$")
# a topic names nothing when it is the vague words for "the details"
_TOPIC = re.compile(r"^(?:具体|具体的|详细|更多|其余|其他|其它)?(?:细节|内容|情况|规定|要求|表述|措辞)?(?:的话|方面|上)?$")


def consults_source(sentence: str) -> bool:
    """True for advice to read the source text itself, with no topic but the details."""
    m = _ADVICE.match(sentence.strip())
    return bool(m) and bool(_TOPIC.match(m.group("topic")))
