"""A "same or not" answer against the sentence after it that sends one case to the other's
provision (branch wmiss7).

"负有领导责任的，处分和直接责任人员一样吗？" -> "不一样。…对负有领导责任的…，依照前款规定处理。":
the sentence after the lead, true of the text, says the one case is handled by the provision of the
other (依照前款规定处理, 参照第N条执行, 同样适用), that is, the same. A "不一样" before it is then no
answer the sentence bears out, however well the sentence itself is held."""
from __future__ import annotations

import re

# a lead that answers "一样吗 / 相同吗": its sign (True: the same)
_SAME_LEAD = re.compile(r"^(?:是的?|对)?[，,]?(?P<no>不|并不|没有?)?(?:一样|相同|同样|有区别|有差别|有不同|区别)[。！!]?$")
# a provision the case is sent to: 依照/按照/参照/适用 + the other's paragraph or article + 规定
_SENT = re.compile(r"(?:依照|按照|参照|比照|适用)(?:本条)?(?:前款|前[一二两三四五六七八九十]款|前条|上款|"
                   r"第[零一二两三四五六七八九十百\d]+[条款](?:第[零一二两三四五六七八九十\d]+款)?)(?:的)?(?:规定)?"
                   r"(?:处理|执行|办理|追究|处罚|处分|给予)")
# the same words said outright (同样处理, 同等对待)
_SAME_WORDS = re.compile(r"同样(?:处理|对待|适用|追究)|同等(?:处理|对待)")
# what makes the sent case differ after all (但是…从轻, 另有规定, 除外)
_DIFFERING = re.compile(r"但|除外|从轻|从重|减轻|加重|另有|不同|区别|不一样")


def lead_sign(lead: str) -> bool | None:
    """True for a "same" lead (一样), False for "not the same" (不一样, 有区别), None for any other."""
    m = _SAME_LEAD.match(re.sub(r"\s", "", lead))
    if m is None:
        return None
    differs = bool(m.group("no")) != bool(re.search(r"区别|差别|不同", m.group(0)))
    return not differs


def says_same(sentence: str, after: str = "") -> bool:
    """The sentence sends a case to another's provision, with nothing that sets it apart, in it or
    in the sentences after it (依照前款规定处理；但是…可以从轻处理: a difference after all)."""
    return bool(_SENT.search(sentence) or _SAME_WORDS.search(sentence)) and not _DIFFERING.search(sentence + after)
