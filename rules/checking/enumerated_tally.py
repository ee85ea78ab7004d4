"""A tally announced before the sentence's own enumeration: "纪检监察机关有两个位置：一是按第三条，…；
二是按第十二条，…" (branch r12alarmA).

有两个位置 says nothing of the text beyond how many parts the answer will give, and the parts follow,
numbered by the answer itself (一是, 二是). The tally is talk about the answer when it is the number
of those parts, counted in the draft from the lead to the end of its paragraph, in order and
without a further one; then the lead is judged without it ("纪检监察机关：一是…"), each part held
to its article as before. A tally the parts do not bear out (有三个位置 with 一是, 二是) is left in
and stays a term the passage lacks; so does a count of the text's kinds (两种情形) or an exhaustive
one (只有两个…): those are claims about the text.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int

# (个, 重, 层, 方面 count the answer's parts; 种, 项, 类 count the text's kinds, and 只有 / 共 make the
# tally exhaustive: "领导责任只有两种情形：一是…；二是…" is a count of the text's list, a claim)
# (g21alarm) the answer's call to the reader, 注意两个限定：一是…, is such a lead too: it has no subject
_TALLY = re.compile(r"^(?P<subj>[^：:，,。；;]{0,16}?)(?<![只仅就共])(?:有|扮演|承担|起|发挥|(?<![^，,])(?:要|请|需要)?注意)(?:着|了)?"
                    r"(?P<n>[两二三四五六七八九十]+)(?:个|重|层|方面的?)(?P<noun>[\u4e00-\u9fff]{0,4})[：:](?=\s*(?:一是|其一))")
_PART = re.compile(r"(?:^|(?<=[：:，,；;。\s]))(?:其)?([一二三四五六七八九十])是")


def parts(draft: str, text: str) -> int:
    """How many parts the answer numbers itself (一是, 二是…) from `text` to its paragraph's end, when
    they run 1..n in order; 0 otherwise."""
    at = draft.find(text.strip()[:12]) if draft else -1
    if at < 0:
        return 0
    rest = re.split(r"\n\s*\n", draft[at:], maxsplit=1)[0]
    got = [cn_int(m.group(1)) for m in _PART.finditer(rest)]
    return len(got) if got == list(range(1, len(got) + 1)) else 0


# (galarm4) what an article says, counted: "第三十一条讲了两件事：一是…；二是…". A count of the article's
# own content, so a claim about the text: it stands when the parts that follow are that many and the
# article has that many sentences (a third sentence left out makes 两件事 wrong)
_SAID = re.compile(r"^(?P<subj>(?:本办法|本规定|本条例|本细则)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?)"
                   r"(?:一共|共|主要)?(?:讲了|说了|规定了|写了|讲|说|规定)(?P<n>[两二三四五六七八九十]+)(?:件事|层意思|点内容|个意思)[：:]"
                   r"(?=\s*(?:一是|其一))")


def without_tally(sentence: str, draft: str, text: str,
                  article_text: Callable[[str], str | None] = lambda ref: None) -> str:
    """The lead without its tally, when the tally is the number of the parts that follow (and, for
    a count of what an article says, the number of its sentences: `article_text(ref)` gives the
    text of the article the lead names)."""
    m = _TALLY.match(sentence)
    if m is None:
        said = _SAID.match(sentence)
        n = cn_int(said.group("n")) if said else 0
        whole = article_text(said.group("subj")) if said else None
        if said is None or n < 2 or n != parts(draft, text) or whole is None or n != _sentences(whole):
            return sentence
        return said.group("subj") + "：" + sentence[said.end():]
    if cn_int(m.group("n")) != parts(draft, text) or cn_int(m.group("n")) < 2:
        return sentence
    return m.group("subj") + "：" + sentence[m.end():]


def _sentences(text: str) -> int:
    """How many sentences an article's text has (its label aside), cut at 。"""
    return len([x for x in re.split(r"[。\n]", text) if re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", x))])


# --- (galarm6) a count of conditions said to hold together, glued to its first part ---
# "可以免予追究，但要同时满足两个条件：未谋取私利，也未造成人员伤亡", "要看两个条件是否同时满足：一是…；
# 二是…": the count says how many parts the answer gives and that they must all hold. Judged with its
# first part the count reads as words the passage lacks. It goes when (1) it is the number of the
# parts that follow it (一是, 二是… to the paragraph's end, else the clauses after its colon in its own
# sentence), and (2) the text joins them as it says: the one line of the document that holds them
# (the parts' words at least half its) joins nothing with 或 (同时 said of a text's 或者 stays a
# claim the text does not make). The parts are then judged as said, each on its own.
_N_ = r"[两二三四五六七八九十]"
_CONJOINED = re.compile(rf"(?:同时满足(?P<n>{_N_})个条件|(?:(?<![^，,：:；;])(?:要|得|就)?看)?(?P<m>{_N_})个条件(?:是否|都要|都得|都须|须|要)?同时满足|"
                        rf"(?P<k>{_N_})个条件(?:缺一不可|都要满足|都得满足|须同时具备|要同时具备))"
                        r"(?P<then>(?:才能|才可以|才会|才)[^：:，,。；;]{2,10})?[：:]")
_CLAUSE_MARK = re.compile(r"^(?:也|并且|并|且|而且|同时|还|又)")


def _numbered_parts(draft: str, text: str) -> list[str]:
    """The parts the answer numbers itself (一是, 二是…) from `text` to its paragraph's end."""
    at = draft.find(text.strip()[:12]) if draft else -1
    if at < 0 or not parts(draft, text):
        return []
    rest = re.split(r"\n\s*\n", draft[at:], maxsplit=1)[0]
    marks = list(_PART.finditer(rest))
    return [re.split(r"[。；;\n]", rest[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(rest)])[0]
            for i, m in enumerate(marks)]


def _joined_by_or(said: list[str], line: str) -> bool:
    """Whether the text's line joins two of the parts with 或 / 或者: each part placed at the clause
    of the line most like it, an alternative's word between two of those clauses."""
    from .support import coverage
    pieces = re.split(r"([，,、；;]|或者|或)", line)
    clauses = pieces[0::2]
    at = sorted({max(range(len(clauses)), key=lambda j: coverage(x, clauses[j])) for x in said})
    return any("或" in "".join(pieces[2 * a + 1:2 * b:2]) for a, b in zip(at, at[1:]))


def conjoined_count(sentence: str, draft: str, text: str, lines: list[str]) -> tuple[str, str | None]:
    """(the sentence without its count of conditions said to hold together, when the parts after it
    are that many and the text's line that holds them joins them as it says; a problem when that
    line gives them as alternatives (或者), else None). The sentence is unchanged otherwise."""
    from .support import coverage
    m = _CONJOINED.search(sentence)
    if m is None:
        return sentence, None
    n = cn_int(m.group("n") or m.group("m") or m.group("k"))
    after = sentence[m.end():]
    numbered = bool(re.match(r"\s*(?:其)?一是", after))
    if numbered:
        said = _numbered_parts(draft, text)
    else:
        said = [_CLAUSE_MARK.sub("", c.strip()) for c in re.split(r"[，,；;、]", re.sub(r"[。！!]\s*$", "", after))
                if c.strip()]
    if numbered and len(said) >= 2 and len(said) != n:
        # the answer's own parts, numbered, are fewer or more than it counts: 三个条件 over 一是, 二是
        return sentence, f"说有{n}个条件，却列了{len(said)}个"
    if n < 2 or len(said) != n or any(len(x) < 2 for x in said):
        return sentence, None
    joined = "".join(said)
    best = max(lines, key=lambda line: coverage(joined, line), default="")
    if not best or coverage(joined, best) < 0.5:
        return sentence, None
    if _joined_by_or(said, best):
        return sentence, f"原文中这几项是择一的（“或者”），不是要同时满足（原文：{best.strip()}）"
    if "或" in best:
        return sentence, None
    if m.group("then"):
        # "要同时满足两个条件才能免予追究：一是A；": the consequence is the text's for all the parts
        # together, said as "A，且B的，才能免予追究" (each part still judged in its own sentence)
        return "，且".join(re.sub(r"的$", "", x.strip()) for x in said) + "的，" + m.group("then"), None
    return sentence[:m.start()] + sentence[m.end():], None


# (galarm6) "两者都满足的，免予追究（第20条第2款第1项）" after "要看两个条件是否同时满足：一是A；二是B": the
# sentence says the text's consequence of the conditions just counted; it is the sentence "A，且B的，
# 免予追究", judged as that. Only when the count before the parts said they hold together (and the
# text joins them so: `conjoined_count` left nothing to flag) and the anaphor counts as many.
_BOTH = re.compile(rf"^(?:这)?(?P<n>{_N_})(?:者|条|项|点|个条件|个)(?:(?:都|均|同时)(?:满足|具备|符合|成立)了?(?P<then>的[，,])|"
                   rf"(?:缺一不可|必须同时满足|都要满足|都得满足)(?![的，,]))")


def both_held(sentence: str, draft: str, lines: list[str]) -> str:
    """The sentence with its anaphor of the conditions counted before it written out, else unchanged."""
    m = _BOTH.match(sentence)
    at = draft.find(sentence.strip()[:10]) if m else -1
    if m is None or at < 0:
        return sentence
    before = re.split(r"\n\s*\n", draft[:at])[-1]
    lead = None
    for lead in _CONJOINED.finditer(before):
        pass
    if lead is None or not re.match(r"\s*(?:其)?一是", before[lead.end():]):
        return sentence
    said = _numbered_parts(draft, before[lead.start():])
    n = cn_int(m.group("n"))
    if len(said) != n or n != cn_int(lead.group("n") or lead.group("m") or lead.group("k")):
        return sentence
    kept, problem = conjoined_count(before[lead.start():lead.end()] + "".join(
        f"{'一二三四五六七八九十'[i]}是{x}；" for i, x in enumerate(said)), draft, before[lead.start():], lines)
    if problem is not None or _CONJOINED.search(kept):
        return sentence
    joined = "，且".join(re.sub(r"的$", "", x.strip()) for x in said)
    return joined + ("的，" if m.group("then") else "") + sentence[m.end():]
