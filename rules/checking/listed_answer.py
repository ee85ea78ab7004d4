"""A list given alone as the answer to a 哪些 question (branch `wpsz`).

"第十三条规定市委、市政府对哪些级别的事故作出初步问责决定？" answered "特别重大和较大两个级别。":
judged alone the phrase names two grades the sources have and passes, though the question's article
gives the body 特别重大 and 重大, not 较大. short_answers.filled fills a question's slot with a
figure or a body; a list (A和B, A、B, A及B, with a count of what it counts or not) answers a slot
that asks which members (哪些 / 哪几 / 哪两 / 哪一 / 哪个 / 哪种 / 哪类 / 哪级, with what it counts
after it). Here each member of the list, put alone in the question's slot, is a claim judged like
any sentence ("第十三条规定…对特别重大的事故…", "…对较大的事故…"). The question's own words may
not be the text's, so a claim can fail for its wording alone: only a member whose claim fails
where another member's claim in the same words holds is said to be no answer (a member swapped
for another of its class). When every member's claim fails, or every one holds, the phrase stays
as judged alone: this reading only turns a verified phrase into an unsupported one. No word of
any regulation is read here: the slot and the members are the question's and the answer's.
"""
from __future__ import annotations

import re

# the slot: the asking word, a measure, and what is counted (级别, 部门, 情形), up to 的 or the end
_SLOT = re.compile(r"(?P<ask>哪些|哪几|哪两|哪三|哪一|哪个|哪种|哪类|哪级)(?P<measure>个|种|类|项|级)??"
                   r"(?P<noun>[\u4e00-\u9fff]{0,4}?)(?=的|[？?。]|$)")
_ASKS = re.compile(r"什么|哪|谁|多久|多快|多长|多少|几|怎么|怎样|如何|为何|何时|何种")
# a phrase of members: joined by 和 / 与 / 及 / 、 / 以及, short, no clause break
_PHRASE = re.compile(r"^[^，,。；;：:？?！!]{2,24}[。！!]?$")
_JOINED = re.compile(r"以及|和|与|及|、")
# (r23miss: a verb of duty before the list, 负责A和B, says no member)
_LEAD = re.compile(r"^(?:答[：:])?(?:一共|共|总共)?(?:是|有|包括|就是|分别是|主要是|只有|(?:主要|分别|具体)?负责)?")
# an article's number (第五、六、七、九条) is a reference, not a member of the question's class
_NOT_MEMBERS = re.compile(r"不|没|未|无|非|第|[\d]")


def may_concern(sentence: str, question: str) -> bool:
    return bool(question) and "哪" in question and bool(_JOINED.search(sentence)) and bool(_PHRASE.match(sentence.strip()))


def claims(sentence: str, question: str) -> list[tuple[str, str]]:
    """(member, the question with its one 哪些-slot filled by that member alone) for each member
    of the list the sentence gives; empty when the sentence is no such list or the question has
    no one such slot."""
    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    q = re.sub(r"^(?:请问|那么|那|想问一下|想问|我想知道)", "", q)
    slots = list(_SLOT.finditer(q))
    if len(slots) != 1:
        return []
    m = slots[0]
    if _ASKS.search(q[:m.start()] + "，" + q[m.end():]):
        return []                           # one slot, and nothing else asked (哪几 is one word)
    before, rest, noun = q[:m.start()], q[m.end():], m.group("noun")
    if len(noun) > 2 and noun[0] in "个种类项级":
        noun = noun[1:]                     # 哪几级事故: 级 measures, 事故 is counted (级别 is one word)
    phrase = _LEAD.sub("", re.sub(r"[。！!]$", "", sentence.strip()))
    # the phrase's own words that the question says around the slot (适用于… / …两个级别的事故)
    core = rest[1:] if rest.startswith("的") else rest
    if len(core) >= 2 and phrase.endswith(core) and len(phrase) > len(core):
        # (r23miss) the whole rest of the question said after the list, its 的 left out
        # ("对特别重大和较大事故作出初步问责决定" to "…对哪些级别的事故作出初步问责决定")
        phrase = phrase[:-len(core)]
    else:
        for k in range(min(len(rest), len(phrase)), 0, -1):
            if phrase.endswith(rest[:k]):
                phrase = phrase[:-k]
                break
    for k in range(min(len(before), len(phrase)), 0, -1):
        if phrase.startswith(before[-k:]):
            phrase = phrase[k:]
            break
    # the count of what it counts after the last member (两个级别, 三种) is no member
    phrase = re.sub(r"(?:这|共|等)?[一二两三四五六七八九十]+(?:个|种|类|项|级)?" + re.escape(noun) + "$", "", phrase) if noun else phrase
    if noun and phrase.endswith(noun):
        phrase = phrase[:-len(noun)]
    if _NOT_MEMBERS.search(phrase) or _ASKS.search(phrase):
        return []
    members = [x for x in _JOINED.split(phrase) if x]
    if len(members) < 2 or any(not re.fullmatch(r"[\u4e00-\u9fff]{1,10}", x) or "的" in x for x in members):
        return []
    if len(members[-1]) > 4 and len(members[-1]) > 2 * max(len(x) for x in members[:-1]):
        # modifiers sharing the last member's head (区委、区政府领导班子成员): the earlier members
        # are no members alone, and filled into the slot they would say nothing the text says
        return []
    tail = "" if rest.startswith("的") or not noun else noun
    return [(x, before + x + tail + rest) for x in members]
