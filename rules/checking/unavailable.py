"""A remark that a text cannot be read here, resting on the sentence beside it: "有这样一条，但内容
看不到。" before "第十八条开头写着…，可来源在这里就断了"; "这个问题根据现有材料答不了。";
"建议找这份规定的完整原文核对。" after "…具体有哪几种情形在来源中缺失"; "如果要知道这些文件的
具体条文，需要另找原文。" after a list of documents the knowledge base does not hold.

Judged alone such a sentence has nothing to be found in: it names no article, figure or body, and
its words (看不到, 答不了, 另找原文) are talk about the sources, not about the regulation. Read with
its neighbour it is a claim that is true or false: the sources lack the text it speaks of. It is
held only when that lack is stated or shown next to it:
- the sentence just before or just after it states an absence in the sources (缺失, 没有收录, 中断,
  看不到 …) and is itself verified, so the absence is the checker's finding, not the writer's; or
- the sentences just before it (a list and its lead) name documents by title, and the knowledge
  base holds none of them (this is the "these files" the remark speaks of).
A remark that the article exists (有这样一条) needs the neighbour to name an article as well.
Everything else in the sentence must be one of these clauses: a condition (如果要知道…), the
existence of the article, an unavailability (…看不到 / 答不了 / 无法回答, or only a piece of text
said visible: 只看得到标题性的一句, r13b) or advice to find the
original elsewhere (需要另找原文, 建议找…原文核对, 建议找到完整文本再核对). The same remark beside a sentence that states no
absence, or beside documents the sources do hold, stays unsupported.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

_CONDITION = re.compile(r"^(?:如果|若|要是|假如|倘若)(?:要|想|需要)?(?:知道|了解|查看|看到|核实|弄清)[^，,]{0,16}$")
_EXISTS = re.compile(r"^(?:是|确实|的确)?有(?:这样|这么)?(?:一条|这一条|这条)$")
_UNSEEN = re.compile(
    r"^(?:但|可|可是|不过|只是|然而)?[^，,]{0,12}?(?:内容|原文|条文|全文|正文|具体内容)?(?:都|也|却|还)?"
    r"(?:看不到|查不到|见不到|找不到|(?:是)?(?:答|回答|解答)不了|(?:无法|没法|没办法)(?:回答|作答|解答|列举))$"
    # (r13b) only a piece of text said visible, the rest thereby unseen: 只看得到标题性的一句
    r"|^(?:但|可|可是|不过|只是|然而)?(?:只|仅)(?:能)?(?:看得到|看到|见到|剩下?|留下)(?:了)?"
    r"[^，,]{0,6}?(?:一句|一行|开头|标题|引导语|引导句)(?:话)?$")
_ELSEWHERE = re.compile(
    r"^(?:但|不过|所以|因此)?(?:建议|请|需要|要|得|只能|可以)(?:您|你)?(?:另|另外|再|自行|去)?"
    r"(?:找|查|查找|寻找|调取|查阅)[^，,]{0,14}?(?:原文|全文|文本)(?:来|去|后|以后|之后)?(?:再)?(?:核对|查看|确认|对照|核实)?$")
# (r13b) "仅凭这份规定的文本无法确定。": what cannot be determined is left unsaid, so it is what the
# sentence just before says the text does not state; held by that sentence's verified absence
_UNDETERMINED = re.compile(
    r"^(?:但|可|可是|不过|所以|因此|因而)?(?:(?:仅|只|单)?(?:凭|从|根据|依据|就)[^，,]{0,12}?(?:来看|看)?)?(?:都|也|还)?"
    r"(?:无法|没法|没办法|不能|难以)(?:确定|判断|确认|得知|知道|查明)$")
# a sentence saying the text does not state something (没有写明, 未规定, 没有界定), not any 没有
_UNSTATED = re.compile(r"(?:没有|未|并未|并没有)(?:作出|做出)?(?:具体|明确|任何)?(?:的)?(?:写明?|提到|提及|规定|列出?|载明|说明|"
                       r"标注|注明|讲|说|涉及|交代|界定|定义|给出)|没写|没提|没讲|没说|没交代")
# a neighbour stating a lack in the sources
_ABSENT = re.compile(r"缺失|缺少|没有收录|未收录|中断|断了|看不到|不在来源|不完整|没有附上?原文|未附原文|来源(?:里|中)?没有")
_ARTICLE = re.compile(r"第[零一二两三四五六七八九十百\d]+条")


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in re.split(r"[，,；;]", sentence.strip().rstrip("。！!")) if c.strip()]


def remark(sentence: str) -> tuple[bool, bool] | None:
    """(says the article exists, says the text is elsewhere or unseen) when every clause of the
    sentence is one of the remark's clauses and one says the text cannot be read here; else None."""
    clauses = _clauses(sentence)
    if not clauses or _ARTICLE.search(sentence):
        return None
    kinds = []
    for c in clauses:
        if _EXISTS.match(c):
            kinds.append("exists")
        elif _UNSEEN.match(c) or _ELSEWHERE.match(c):
            kinds.append("lack")
        elif _UNDETERMINED.match(c):
            kinds.append("undetermined")
        elif _CONDITION.match(c):
            kinds.append("condition")
        else:
            return None
    if "lack" not in kinds and "undetermined" not in kinds:
        return None
    return "exists" in kinds, "lack" in kinds


def judged(texts: Sequence[str], verdicts: Sequence[str], carries: Callable[[str], bool],
           held_title: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(index, why) of each unsupported remark the sentences beside it hold. `texts` and `verdicts`
    are the draft's units in order; `carries` says a sentence carries a claim (an article, figure,
    role, measure, severity or body), `held_title` that the knowledge base holds a document."""
    out = []
    for i, (text, verdict) in enumerate(zip(texts, verdicts)):
        said = remark(text) if verdict == "unsupported" else None
        if said is None or carries("，".join(c for c in _clauses(text) if not _EXISTS.match(c))):
            continue            # (有这样一条's 一条 is the neighbour's article, not a count)
        exists, lack = said
        why = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and verdicts[j] in ("verified", "quote") and _ABSENT.search(texts[j]) \
                    and (not exists or _ARTICLE.search(texts[j])):
                why = f"旁边一句已说明来源缺失这部分内容：“{texts[j][:30]}”"
                break
        if not lack:
            # 无法确定 alone: only the verified absence just before it says what cannot be determined
            j = i - 1
            why = f"前一句已说明原文没有写这一点：“{texts[j][:30]}”" if j >= 0 and verdicts[j] == "verified" and \
                (_ABSENT.search(texts[j]) or _UNSTATED.search(texts[j])) and not exists else None
        if why is None and not exists:
            titles: list[str] = []
            j = i - 1
            while j >= 0 and verdicts[j] in ("verified", "quote", "framing"):
                titles += re.findall(r"《([^》]+)》", texts[j])
                if re.search(r"[：:]\s*$", texts[j]):
                    break
                j -= 1
            if titles and not any(held_title(t) for t in titles):
                why = "前面所列文件均未收录在知识库中：" + "、".join(f"《{t}》" for t in dict.fromkeys(titles))
        if why is not None:
            out.append((i, why))
    return out
