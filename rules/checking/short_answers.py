"""Short answers that lean on the question for what they say.

People answer the way they would across a desk: "评不了。" to "年底还能评优吗？", "拿不到奖金。"
to "能拿奖金吗？", "两年之内不行。" to "还能回来做审核吗？", "看从什么时候算。" to "还能投诉吗？",
"3个工作日内。" to "他们多久转给医院？". Judged alone such a sentence has no words a passage could
support, and it was flagged; judged as what it answers it is a claim like any other:

- a yes or a no made of the question's own verb with a potential or resultative complement
  (评不了, 拿得到, 做不成), or of 行 / 不行 / 得 / 不得, with an optional object the question names
  and an optional time qualifier before it (两年之内不行): a yes/no lead, judged as the claim it
  answers or by the sentence after it; the qualifier's figures must be that sentence's figures;
- "it depends" (看从什么时候算, 要看情况, 分情况, 视情况而定): says nothing of its own; it is judged
  by the sentence after it, never as a yes or a no;
- a phrase that fills the question's open slot (多久, 几天, 多少钱, 哪个部门, 谁): the question with
  that slot filled is the claim, judged whole.

The readings compose the question's words with the answer's: no answer phrase is listed.
"""
from __future__ import annotations

import re

from .numerals import arabic

# a potential or resultative complement after a verb: 评不了, 拿不到, 做得成, 回不来
_COMPLEMENT = r"(?:不|得)(?:了|到|上|成|起|出|下|动|完|着|来|去|回来)"
# what may stand before an answer and only qualifies it: a span of time (两年之内, 2年内, 当年),
# a hedge (原则上, 一般, 暂时, 目前)
_QUALIFIER = (r"(?P<qual>(?:[一二两三四五六七八九十\d]+个?(?:年|月|日|天|小时|工作日|个月)(?:之内|以内|内|之后|以后|后)?"
              r"|当年|今年|暂时|目前|短期内|原则上|一般(?:来说)?|通常))?")
# (r17alarm) a directional after the complement: 说不出来, 答不上来 say no more than 说不出, 答不上
_POTENTIAL = re.compile(r"^" + _QUALIFIER + r"(?:也|还|都|就)?(?P<verb>[\u4e00-\u9fff])" + _COMPLEMENT + r"(?:(?<=[出上起下])来)?" +
                        r"(?P<obj>[\u4e00-\u9fff]{0,6}?)(?:了|的)?[。，！,!]?$")
_PLAIN = re.compile(r"^" + _QUALIFIER + r"(?:也|还|都|就)?(?P<word>不行|行|不得|不可|可)(?:的)?[。，！,!]?$")
# "it depends": on what (看从什么时候算, 要看情况, 得看具体情形), or that it divides (分情况, 视情况而定)
_DEPENDS = re.compile(r"^(?:这|那|这个|那个)?(?:就|还|也)?(?:要|得|需要|主要)?(?:看|视|取决于)[^，,。；;]{1,12}?(?:而定|来定|决定)?[。！!]?$"
                      r"|^(?:这|那)?(?:要|得)?分(?:情况|几种情况|两种情况)(?:来看|来说|而定)?[。！!]?$|^(?:不好说|说不准|因情况而异)[。！!]?$")


def _asked(question: str) -> str:
    """The question's words with its A-not-A folded (能不能 -> 能), as the answer echoes them."""
    return re.sub(r"(.)[不没]\1", r"\1", question)


def yes_no(text: str, question: str) -> bool | None:
    """True / False for a short answer that says yes / no with the question's own verb and a
    complement (or 行, 不行, 得, 不得); None when the sentence is no such answer."""
    t = text.strip()
    if not question or not re.search(r"[吗么][？?。]?\s*$|吧[？?]\s*$|([\u4e00-\u9fff])[不没]\1|是否|可否|能否", question):
        return None
    asked = _asked(question)
    m = _POTENTIAL.match(t)
    if m and m.group("verb") in asked and (not m.group("obj") or m.group("obj") in asked):
        comp = re.search(_COMPLEMENT, t[m.start("verb"):])
        return not comp.group(0).startswith("不")
    m = _PLAIN.match(t)
    if m:
        return not m.group("word").startswith("不")
    return None


def figures(text: str) -> list[str]:
    """The figures of an answer's qualifier (两年之内不行 -> ['2']), in Arabic digits."""
    m = _POTENTIAL.match(text.strip()) or _PLAIN.match(text.strip())
    if m is None or not m.group("qual"):
        return []
    return re.findall(r"\d+", arabic(m.group("qual")))


def figures_held(text: str, after: str) -> bool:
    """Whether the figures of an answer's qualifier are those of the sentence after it."""
    said = set(re.findall(r"\d+", arabic(after)))
    return all(f in said for f in figures(text))


def depends(text: str) -> bool:
    """"看从什么时候算。" / "要看情况。" / "分情况。": an answer that says it depends, on nothing
    it names as a fact."""
    return bool(_DEPENDS.match(text.strip()))


# the open slot of a question: a span of time, a figure, a body or a person
_SLOT = re.compile(r"多长时间|多长期限|多久|多快|多少(?:个)?(?:工作日|日|天|小时|个月|月|年|元|钱|万元|人|名)?|"
                   r"几(?:个)?(?:工作日|日|天|小时|个月|月|年|人|名|次)|"
                   r"(?:哪个|哪一个|哪些|哪级|哪一级|什么)(?:部门|机关|单位|机构|主管部门)|由谁|谁")
# every word that asks: a question with two of them is not answered by one phrase
_ASKS = re.compile(r"什么|哪|谁|多久|多快|多长|多少|几|怎么|怎样|如何|为何|何时|何种")
# how the name of a body ends (市食安办, 区卫生健康委员会, 市生态环境局, 调查组)
_BODY_END = re.compile(r"(?:部门|机关|机构|单位|政府|委员会|局|委|办|厅|院|组|中心|所|站|会|处|科|室)(?:及其[^，。]{1,8})?$")
# an answer that is only a phrase: no clause break, short, not a question back
_PHRASE = re.compile(r"^[^，,。；;：:？?！!]{1,16}[。！!]?$")


def filled(sentence: str, question: str) -> str | None:
    """The question with its open slot filled by a phrase answering it ("3个工作日内" to "他们多久
    转给医院" -> "他们3个工作日内转给医院"), or None when the sentence is no such phrase or the
    question has no one slot. The answer's own 内 / 以内 stays: it is the bound of its span."""
    s = sentence.strip()
    if not _PHRASE.match(s) or not question:
        return None
    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    q = re.sub(r"^(?:请问|那么|那|想问一下|想问|我想知道)", "", q)
    slots = list(_SLOT.finditer(q))
    if len(slots) != 1 or len(_ASKS.findall(q)) != 1:
        return None                         # one slot, and nothing else asked (什么方式，谁来决定)
    m = slots[0]
    phrase = re.sub(r"[。！!]$", "", s)
    phrase = re.sub(r"^(?:一般是|一般|应当是|应该是|是|要|在|由)", "", phrase)
    if not phrase or _ASKS.search(phrase) or re.search(r"不|没|未|无|非|第[^，。]{1,6}[条款项章]", phrase):
        return None                         # a phrase with a negation or a reference is a claim of its own
    slot = m.group(0)
    own = _person(phrase, q, m)
    if own:
        # "校长自己担。" to "…谁来担？": a person with the question's own verb after it (branch ctx)
        return q[:m.start()] + own + q[m.end():]
    if slot in ("由谁", "谁") or slot.endswith(("部门", "机关", "单位", "机构")):
        if re.search(r"\d", phrase) or not _BODY_END.search(phrase):
            return None                     # what fills a body's slot is a body (…局, …委员会, …办)
        lead = "由" if slot == "由谁" and not phrase.startswith("由") else ""
    else:
        if not re.search(r"[\d一二两三四五六七八九十百千万]", phrase):
            return None                     # a span or amount is a figure
        lead = ""
    return q[:m.start()] + lead + phrase + q[m.end():]


def _person(phrase: str, q: str, m: re.Match) -> str | None:
    """The person of a phrase answering 谁 with the question's own verb after it (校长自己担 to
    谁来担 -> 校长), else None."""
    verb = re.sub(r"^(?:来|去)", "", re.split(r"[，,]", q[m.end():])[0])
    if m.group(0) != "谁" or not verb:
        return None
    own = re.sub(rf"(?:自己|本人|亲自)?(?:来|去)?{re.escape(verb)}$", "", phrase)
    return own if own and own != phrase and not re.search(r"\d", own) else None


def person(sentence: str, question: str) -> str | None:
    """The person a short answer names for the question's 谁 (校长自己担。 -> 校长), else None."""
    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    slots = list(_SLOT.finditer(q))
    if len(slots) != 1 or not _PHRASE.match(sentence.strip()):
        return None
    return _person(re.sub(r"[。！!]$", "", sentence.strip()), q, slots[0])


def held_where_asked(phrase: str, question: str, texts: list[str], score) -> bool:
    """Whether the figures of a phrase that fills a question's slot are those of the statement the
    question itself asks about: of the sentences of `texts` (the passages closest to the
    question), the one `score(question, sentence)` rates highest. The filled question could
    otherwise be held to another article that has the figure (5个工作日 of 重大投诉's extension
    answering how soon a complaint is passed on)."""
    figs = re.findall(r"\d+(?:\.\d+)?", arabic(phrase))
    who = person(phrase, question)
    if who is not None:
        # the person must be the one the statement the question asks about names (branch ctx)
        sentences = [x for t in texts for x in re.split(r"[。；;\n]", t) if x.strip()]
        q = re.sub(r"[？?。！!\s]+$", "", question.strip())
        slot = list(_SLOT.finditer(q))[0]
        verb = re.sub(r"^(?:来|去)", "", re.split(r"[，,]", q[slot.end():])[0])
        best = max(sentences, key=lambda x: score(question, x)) if sentences else ""
        # as the one who does the question's act there (由校长同时承担), not a name in another clause
        return bool(re.search(rf"(?:^|[由对向是，,、]){re.escape(who)}[^，,。；;]{{0,6}}?{re.escape(verb)}", best))
    if not figs:
        return True
    sentences = [x for t in texts for x in re.split(r"[。；;\n]", arabic(t)) if x.strip()]
    # (a figure answers a statement that has one: of 对护林员，还可以解除聘用 and 被解除聘用的，2年内不得
    # 再被聘用为护林员, which tie on the question's words, the second: g16alarm)
    sentences = [x for x in sentences if re.search(r"\d", x)] or sentences
    if not sentences:
        return False
    best = max(sentences, key=lambda x: score(question, x))
    if not all(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", best) for f in figs):
        return False
    return _act_said(question, best)


def _act_said(question: str, best: str) -> bool:
    """(branch r21miss) The act the question asks the figure of (what follows its slot: 多少天内要
    送达本人 → 送达本人) said in the sentence that has the figure: one of its content pairs there.
    The closest sentence is only the closest; a question whose act no passage says (送达, where
    第十三条's 24小时 bounds 召开现场会) is not answered by that sentence's figure."""
    from .support import _content_pairs

    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    slots = list(_SLOT.finditer(q))
    if not slots:
        return True
    act = re.sub(r"^(?:的?时间|期限)?(?:以内|之内|内|以后|之后|后)?(?:就|才|还)?(?:必须|应当|应该|需要|要|得|须|能|可以|应)?",
                 "", re.split(r"[，,]", q[slots[0].end():])[0])
    pairs = _content_pairs(act)
    return len(pairs) < 2 or bool(pairs & _content_pairs(best))
