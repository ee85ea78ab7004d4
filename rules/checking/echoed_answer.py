"""A yes/no answer that repeats what the question asks: "不一定是最终结果。" to "初步问责决定是最终结果
吗？", "不能自动延期。" to "…能自动延期吗？", "按条文可以。" to "能不能…？" (branch ctx).

The checker reads a bare answer word (不一定, 不能, 可以) as a lead: judged as the claim it answers,
or by the sentence after it. With the question's own words after it, or with the words that say
what it is judged on before it (按条文, 根据规定), the same answer was read as a sentence of its
own, found nowhere, and flagged. Such an answer says nothing the bare word does not: the echo must
be the question's words (its A-not-A folded, 能不能 -> 能), and a qualifier only names the text it
is judged on. It is reduced to its answer word and judged as that lead; anything else in it (a new
object, a figure, a body) keeps it a sentence of its own.
"""
from __future__ import annotations

import re

from ..references import find_refs

# the answer words a lead is made of (the checker's own lead words): a modal, a copula, 有, their negations
_WORD = (r"(?P<word>不一定|未必|不会|不能|不得|不可以|不可|不需要|不用|不要|不是|不算|不属于|不适用|没有|"
         r"会|能|可以|可|需要|要|是|算|属于|适用|有)")
# what the answer is judged on: the text, not a fact (按条文, 根据规定, 从条文看)
_ON = r"(?:(?:按|按照|根据|依照|依据|从)(?:条文|规定|原文|本规定|本办法|文本|现有条文)(?:来看|看|而言)?[，,]?)?"
_ANSWER = re.compile(rf"^{_ON}(?:也|还|都|就)?{_WORD}(?P<echo>[^，,。；;：:！!？?]{{0,16}})[。！!]?$")
MIN_ECHO = 2        # an echo shorter than this is no repetition of the question (不能说)
# (r20alarmA) a one-character echo is the question's verb when the question has it right after the
# modal the answer word answers ("不用等。" to "…要等国务院的决定吗？": 要等): the modals each answer word answers
_ANSWERS = {"不用": ("要", "需要", "用", "得", "必须"), "不需要": ("需要", "要", "必须"), "不要": ("要",),
            "不能": ("能", "可以"), "不会": ("会",), "不可以": ("可以", "能"), "不可": ("可", "可以", "能"),
            "不得": ("得", "可以", "能"), "需要": ("需要", "要", "必须"), "要": ("要", "需要", "必须"), "能": ("能",), "会": ("会",),
            "可以": ("可以",)}
# (galarm5) a yes answers the same necessity modals its no does ("要配。" to "…必须配喷淋吗？", as
# "不用配。" does); not a permission (可以配吗 is no question 要 answers)
# (r20alarmA) the text itself said not to say what is asked: "第十六条没这么写。", "条文并没有这样规定。"
# (r22alarm: the text as a whole, "文本里没有这么规定。"; the question's word denied, "条文里没有用这个说法。")
# (这么 / 这样 / 如此 point at the question's proposition): the no to a yes/no question, as 没有 is
_NUM = r"[零一二两三四五六七八九十百\d]+"
# (r27alarm) the text spoken of with what qualifies it as the text at hand: 现有的规定文本,
# 现有的《规定》文本, 手头的文本, 收录的条文 (the regulation by its kind, any kind)
_KIND = r"《?(?:本|该|这部|这份)?(?:规定|办法|条例|细则|准则|决定)》?"
_AT_HAND = rf"(?:(?:现有|手头|收录|现存|能看到)的?)?(?:{_KIND})?(?:条文|原文|文本)"
_TEXT_NO = re.compile(rf"^(?:第{_NUM}条(?:之[一二三四五六七八九十]+)?(?:第{_NUM}款)?(?:第[（(]?{_NUM}[)）]?项)?|{_AT_HAND}|{_KIND}|该条|这一?条|本条)"
                      r"(?:本身)?(?:里|中|上)?(?:也|都|并|可|倒)?(?:没有?|未)(?:(?:这么|这样|如此)(?:写|规定|说|讲|要求)(?:过)?|"

                      # (szalarm4) the same no with the asked proposition as a noun: 条文里没有这个要求 / 这种规定
                      r"(?:作出|提出|写)?(?:过)?(?:这个|这种|这一|这样的|此|该)(?:要求|规定|限制)|"
                      r"(?:用|使用)(?:过)?(?:这个|这种|这一|此)(?:说法|提法|词|表述|字眼))[。！!]?$")


_PERMITTED = re.compile(r"(?<![不没])(?:是)?(?:被)?允许的?(?=[。！!]?$)")


def _asked(question: str) -> str:
    """The question's words with its A-not-A folded (能不能 -> 能) and 吗 dropped."""
    q = re.sub(r"(.)[不没]\1", r"\1", question)
    return re.sub(r"[吗么呢吧？?。！!\s]", "", q)


def bare(text: str, question: str) -> str:
    """The answer word of an answer that is only that word with an echo of the question and/or a
    qualifier naming the text (with its full stop); else `text` unchanged."""
    t = text.strip()
    yes_no_asked = bool(question) and bool(re.search(r"[吗么][？?。]?\s*$|吧[？?]\s*$|([\u4e00-\u9fff])[不没]\1|是否|能否|可否", question))
    if yes_no_asked and _TEXT_NO.match(t) and not re.search(r"什么|哪|谁|怎么|怎样|如何|多少|几", question):
        return "没有。"
    # (szalarm4) a permission said as a predicate (是允许的) is the modal it answers (可以); only the
    # yes: a no is not held to agree with the sentence after it (agrees), so 不允许 stays a claim
    t = _PERMITTED.sub("可以", t)
    m = _ANSWER.match(t)
    if m is None or not yes_no_asked:
        return text
    echo, asked = m.group("echo"), _asked(question)
    if echo and len(echo) < MIN_ECHO and any(q + echo in asked for q in _ANSWERS.get(m.group("word"), ())):
        pass                             # "不用等。" to "要等…吗": the modal and its verb, as asked
    elif echo and len(echo) < MIN_ECHO and re.search(re.escape(echo) + r"了?$", asked) and \
            re.search(r"[，,]", asked):
        pass                             # "不一定完。" to "…，事情就算完了吗": the question's last predicate (szalarm5)
    elif echo and (len(echo) < MIN_ECHO or echo not in asked):
        return text
    if echo and len(re.sub(r"(?:能|可以|可|会|要|需要|是|算|属于|适用|有|没有|一定)$", "", asked[:asked.find(echo)])) < MIN_ECHO:
        return text                      # the question's whole proposition (its subject too) is a claim
    if not echo and t.startswith(m.group("word")):
        return text                      # a bare answer word is already a lead
    return m.group("word") + "。"


# what limits or denies: a sentence that bears out a no (只是初步, 只有…才可以, 不得, 须经批准)
_LIMITING = re.compile(r"只有|只是|只能|仅|才|不|没|未|无|须|除非|除外|以…为限|为限")


def agrees(negative: bool, after: str, answer: str = "") -> bool:
    """Whether the sentence after an echoed yes bears it out: a yes (是最终结果, 能自动延期) does not
    rest on a sentence that limits or denies (只是初步, 只有…才可以). The checker judges that
    sentence's truth, not which way it answers; an echoed answer says which way, so the two must
    agree. A no is often followed by what holds instead (不是区里。是市委、市政府…), so only a yes
    is held to this."""
    if not after or negative:
        return True
    if (m := _ADVERSE.search(answer)) is not None and \
            not re.search(rf"(?:不|没有?|无|未)(?:会|受到?|产生|造成|构成)?(?:任何)?{m.group(0)}", after):
        return True                      # (g19alarm) 有影响 borne out by what it limits: 6个月内不得提拔
    return not _LIMITING.search(_BOUND.sub("", after))


# (g19alarm) a yes that there is an adverse effect (有影响, 受限制, 有后果): what bears it out is a
# limit or a ban (不得提拔), not a denial of that effect itself (不影响, 没有限制)
_ADVERSE = re.compile(r"影响|限制|后果|约束")


# a bound of a quantity (50万元以上不满300万元, 不超过15日) limits a figure, not the answer (alarmsing)
_BOUND = re.compile(r"不满|不足|不超过|不少于|不低于|不高于|不多于|(?<=[\d万千百十元日天年月%])以[上下内]")


# the two things a question asks how they relate, taken back (这两条, 两者, 它们)
_BOTH = re.compile(r"^(?:这|那)?(?:两|二)(?:条|款|项|者|个规定)|^它们|^二者|^两者")


def premise(text: str, question: str) -> bool:
    """"这两条是对应的。" to "第十条和第十一条有什么对应关系？": the two things the question names,
    taken back, said to stand in the relation the question asks about. It restates the question's
    premise and asserts nothing of its own: like an answer word, it is judged by the sentence after
    it. A relation the question does not name, or a negation it does not have, is a claim."""
    t = text.strip()
    m = _BOTH.match(t)
    if m is None or len([r for r in find_refs(question) if r.article]) != 2:
        return False
    said = re.sub(r"^(?:都|也|是|之间|的)+|(?:的)?[。！!]$", "", t[m.end():])
    said = re.sub(r"^(?:是)", "", said)
    asked = _asked(question)
    return len(said) >= MIN_ECHO and said in asked and not re.search(r"不|没|非|无", said)


# (g18alarm) a no said as the question's own predicate negated: "不按这个办法。" to "…，按这个办法追责吗？"
_NEGATED_ECHO = re.compile(r"^(?:也|还|都|就|并)?(?:不|没有?)(?P<echo>[\u4e00-\u9fff]{2,12})[。！!]?$")


def negated_echo(text: str, question: str) -> bool:
    """"不按这个办法。" to "…出了事，按这个办法追责吗？": 不 before words the question asks with,
    as it has them, from the start of its last clause's predicate (after its case and subject):
    a no that says nothing the bare 不 does not, judged as a lead. Words the question does not
    have, or its subject taken with them, keep it a sentence of its own."""
    if not question or not re.search(r"[吗么][？?。]?\s*$|吧[？?]\s*$|([\u4e00-\u9fff])[不没]\1|是否", question):
        return False
    m = _NEGATED_ECHO.match(text.strip())
    if m is None:
        return False
    echo, asked = m.group("echo"), _asked(question)
    last = re.split(r"[，,：:；;]", asked)[-1]
    # the echo opens the last clause (a case and a subject before it are in earlier clauses)
    return last.startswith(echo) and len(last) > len(echo) and len(echo) >= MIN_ECHO + 1
