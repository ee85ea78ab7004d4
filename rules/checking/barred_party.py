"""A party the text says may not be charged, said to bear the cost (branch `heldmiss`): "委托第三方
评估的费用由区财政和被评估的物业服务企业按比例分担" where the text says "委托第三方评估的费用由区
财政保障，不得向物业服务企业收取".

Every word of such a clause is the text's (the cost, the payer it names, the party it protects),
so the support test passes it; what it turns round is the bar. Read here: the text's bars on a
charge (不得向X收取, 不得由X承担, 不得要求X支付…) and the party X each protects; a clause of the
sentence that makes X a payer (由…X…分担 / 承担 / 负担 / 支付 / 缴纳, 向X收取, X分担…) with no
denial before the act, and that shares a run of four characters with the text's sentence of the
bar (what is charged: 委托第三方评估), says what the text forbids. A party named with no bar, or
a bar the sentence repeats (不得向X收取), decides nothing.
"""
from __future__ import annotations

import re

_PAY = r"分担|承担|负担|支付|缴纳|交纳|出资|付费|分摊|摊派"
_BAR = re.compile(rf"(?:不得|不应|禁止|严禁)(?:向|由|要求|让)(?P<party>[\u4e00-\u9fff]{{2,14}}?)(?:{_PAY}|收取|收费)")
_DENIED = re.compile(r"不得|不应|不能|不用|无需|无须|不需要?|不必|免|禁止|严禁|不[再会]?")
RUN = 4
TAIL = 4                  # the party by its last characters (企业 of 物业服务企业 is too short)


def _payer(clause: str, party: str) -> bool:
    """Whether the clause makes the party (by its last TAIL characters) a payer, undenied."""
    tail = re.escape(party[-TAIL:])
    for m in re.finditer(rf"由[^，,。；;]*?{tail}[^，,。；;]*?(?:{_PAY})|向[^，,。；;]*?{tail}[^，,。；;]*?(?:收取|收费)|"
                         rf"{tail}[^，,。；;由向]{{0,6}}?(?:{_PAY})", clause):
        if not _DENIED.search(m.group(0)) and not _DENIED.search(clause[max(0, m.start() - 3):m.start()]):
            return True
    return False


def may_concern(text: str) -> bool:
    return bool(re.search(rf"{_PAY}|收取|收费", text))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    plain = re.sub(r"[^\u4e00-\u9fff]", "", sentence)
    runs = {plain[i:i + RUN] for i in range(len(plain) - RUN + 1)}
    for _, text in held:
        for whole in re.split(r"[。\n]", text):
            for m in _BAR.finditer(whole):
                party = m.group("party")
                if len(party) < TAIL or not any(r in re.sub(r"[^\u4e00-\u9fff]", "", whole) for r in runs):
                    continue
                if any(_payer(c, party) for c in re.split(r"[。；;]", sentence)):
                    return [f"原文不许让“{party}”承担（原文：{whole.strip()}）"]
    return []
