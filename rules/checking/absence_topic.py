"""An absence whose object is a head noun the question modifies: "办法里没有具体标准。" to "举报奖励
的具体标准在办法里哪一条？".

An answer drops what the question has just said: the question asks for 举报奖励的具体标准, and the
answer says the regulation has no 具体标准 — of 举报奖励, as any reader takes it. Read alone, the
absence reader looked for 标准 anywhere in the regulation, found 第十四条's 下列标准, and called the
sentence wrong. The object the absence names is read as the question's noun phrase: where the
question says the same noun (具体标准) right after a modifier and 的 (举报奖励的具体标准), and the
absence's clause names none of that modifier's words, the modifier is written in before the noun. The
sentence then says what its explicit form would, and the absence reader judges that.
"""
from __future__ import annotations

import re

from .sources import bigrams

# the object right after an absence word: 没有具体标准, 没有规定具体标准, 未规定明确的期限
_ABSENT = re.compile(r"(?:没有|未|并未|没)(?:作出|做出|写明?|规定|提到|提及|列出?|载明|说明)?(?:具体|明确)?的?"
                     r"(?P<noun>(?:具体|明确)?[\u4e00-\u9fff]{2,4})(?=[。；;，,！!]|$)")
NEAR = 0.25               # share of the modifier's pairs that puts a sentence of the noun on its topic
# words a question opens with that are no part of a modifier
_OPENING = re.compile(r"^(?:请问|那么?|这个|那个|关于|对于|有关|我想问|想问|问一下|所以)")


def completed(sentence: str, question: str, texts: list[str]) -> str:
    """The sentence with the question's modifier written before the noun its absence names,
    when the question says that noun after "X的", the sentence has none of X's words, and no
    sentence of the text (`texts`) that has the noun shares X's words: where the text says the
    noun of the question's topic (情节 … 按照下列标准确定), the absence stays read as said."""
    m = _ABSENT.search(sentence)
    if m is None or not question:
        return sentence
    noun = m.group("noun")
    core = re.sub(r"^(?:具体|明确)", "", noun)
    if len(core) < 2:
        return sentence
    q = re.search(rf"([\u4e00-\u9fff]{{2,10}})的(?:具体|明确)?{re.escape(core)}", question)
    if q is None:
        return sentence
    mod = _OPENING.sub("", q.group(1))
    mod = mod[-6:]
    clause = re.split(r"[，,；;。]", sentence[:m.start()])[-1] + m.group(0)
    if len(mod) < 2 or bigrams(mod) & bigrams(clause):
        return sentence
    own = bigrams(mod)
    for t in texts:
        for x in re.split(r"[。；;\n]", t):
            if core in x and len(own & bigrams(x)) / len(own) >= NEAR:
                return sentence
    return sentence[:m.start("noun")] + mod + "的" + sentence[m.start("noun"):]
