"""An act said to be allowed where the statement it restates forbids it, or where the statement
demands another act in the same case.

Why: the alignment readers (aligned.py) compare a clause's negation and modality with the
statement it restates only when the clause shares most of that statement's words; a draft that
adds its own condition (申辩理由不成立的，调查组可以据此加重追究, where the text says 不得因被调查人
申辩而加重追究) or says the contrary act in its own words (有利害关系的人员也可以参加, where the
text says 有利害关系的，应当回避) shares too little to be aligned, and the support test, reading
character pairs, found the case's words in the article and passed it. Two constructions:
- forbidden: the clause says 可以 / 能 / 允许 + an act whose words (four characters or more) the
  passage says after 不得 / 禁止 / 严禁 / 不能, and the document says that act nowhere after a
  permission of its own (an exception, …的可以…, would make the permission the text's);
- another act: the sentence restates a statement's leading case (its first clause, ending in 的:
  half of that clause's character pairs are in the sentence), the statement attaches a duty to
  it (应当 / 必须 + an act), and the sentence, after the case, says a permission whose clause
  does not name the duty's act: what the text demands in that case is replaced by something it
  does not allow. 可以申请回避 beside 应当回避 names the act and is left alone.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

# (能 inside a word is no permission: the first of 能力 / 能源 / 能耗 / 能效 / 能量, the second of
# 功能 / 性能 / 职能 / 技能 / 智能 / 效能 / 体能 / 节能: 完成能力评估 allows nothing, wping)
_PERMIT = re.compile(r"(?<![不未可])(?:可以|可|能够|(?<![功性职技智效体节本潜才])能(?![力源耗效量])|允许|准许)(?![能是否])")
# a right the text grants (有权进行陈述、申辩) is a permission of the act it names (not 有权力, 有权机关)
_RIGHT = re.compile(r"有权(?!力|利|威|益|限|属|责|机关|部门|单位)")
_FORBID = re.compile(r"不得|禁止|严禁|不能|不准|不应当?")
# (应 alone only where it is not the first of 应当: 应当在2个工作日内 names no act, and 当在 is none: wping)
_DUTY = re.compile(r"(?:应当|必须|应(?!当))([\u4e00-\u9fff]{2})")
# a duty's first characters that open a manner or a recipient, not the act (应当根据…, 应当向…)
_NOT_ACT = re.compile(r"^(?:根据|依照|依据|按照|在|向|对|自|于|将|把|及时|立即|予以|会同|同时)")
# a permission reported as what someone is told (告知其可以…): the text's own words
_REPORTED = re.compile(r"告诉|告知|说明|通知|提示")
_NEG = re.compile(r"不|未|没|无|非|免")
_CLAUSE = re.compile(r"[，,；;：:。！!？?\n]")
_STATEMENT = re.compile(r"[。；;\n]")
MIN_ACT = 4               # characters of the act the clause and the prohibition share
MIN_CASE = 0.5            # share of the statement's leading case said in the sentence


def _common(a: str, b: str, n: int) -> str | None:
    """A stretch of `n` characters of `a` found in `b`."""
    for i in range(len(a) - n + 1):
        if a[i:i + n] in b:
            return a[i:i + n]
    return None


def _granted_only(act: str, theirs: str, doc: str) -> bool:
    """Whether every stretch of MIN_ACT characters the act shares with the barred clause lies in an act
    the document grants as a right (有权陈述、申辩): the clause restates the right with its own time or
    manner (在收到告知书之日起5个工作日内), not the barred act (加重追究 is granted nowhere)."""
    shared = {act[i:i + MIN_ACT] for i in range(len(act) - MIN_ACT + 1) if act[i:i + MIN_ACT] in theirs}
    granted = [bare(_CLAUSE.split(c[p.end():])[0]) for c in _STATEMENT.split(doc) for p in _RIGHT.finditer(c)]
    return bool(shared) and all(any(x in g for g in granted) for x in shared)


def forbidden(sentence: str, passage: str, doc: str) -> list[str]:
    """The clauses of `sentence` that allow an act the passage forbids (`doc` the document's text,
    where a permission of the same act would be its own)."""
    out = []
    for clause in _CLAUSE.split(sentence):
        m = _PERMIT.search(clause)
        if m is None:
            continue
        act = bare(clause[m.end():])
        if _NEG.search(act) or len(act) < MIN_ACT:
            continue
        for statement in _STATEMENT.split(passage):
            for f in _FORBID.finditer(statement):
                theirs = bare(_CLAUSE.split(statement[f.end():])[0])
                shared = _common(act, theirs, MIN_ACT)
                if shared is None:
                    continue
                if any(shared in bare(c[p.end():]) for c in _CLAUSE.split(doc) for p in _PERMIT.finditer(c)):
                    continue
                if any(act in bare(c[p.end():]) for c in _CLAUSE.split(doc) for p in _RIGHT.finditer(c)):
                    continue      # the whole act granted as a right (有权进行陈述、申辩): the text's own (g12alarm)
                if _granted_only(act, theirs, doc):
                    continue      # (regalarm3) all it shares with the bar is an act granted as a right
                    # (可以在…5个工作日内陈述、申辩 beside 有权陈述、申辩 and 不得因…陈述、申辩…而加重追究)
                out.append(f"“{clause.strip()}”：原文是“{statement[f.start():].split('，')[0].strip()}”")
                break
    return list(dict.fromkeys(out))


def another_act(sentence: str, passage: str) -> list[str]:
    """The sentence restating a statement's leading case and allowing, in that case, something
    else than the act the statement demands."""
    out = []
    said = bigrams(bare(sentence))
    for statement in _STATEMENT.split(passage):
        parts = [c for c in _CLAUSE.split(statement) if bare(c)]
        if len(parts) < 2 or not parts[0].endswith("的"):
            continue
        case = bigrams(bare(parts[0]))
        if not case or len(case & said) / len(case) < MIN_CASE:
            continue
        duty = _DUTY.search("".join(parts[1:]))
        if duty is None or _NOT_ACT.search("".join(parts[1:])[duty.start(1):]):
            continue
        clauses = [c for c in _CLAUSE.split(sentence) if bare(c)]
        for k, clause in enumerate(clauses):
            m = _PERMIT.search(clause)
            if m is None or duty.group(1) in clause or _NEG.search(clause[m.end():]) or _REPORTED.search(clause):
                continue
            # the case said right before the permission: in its clause or the one before it
            before = bigrams(bare("".join(clauses[max(0, k - 1):k]) + clause[:m.start()]))
            if len(case & before) / len(case) >= MIN_CASE:
                out.append(f"“{clause.strip()}”：原文在这种情形下是“{duty.group(0)}”（{statement.strip()}）")
    return list(dict.fromkeys(out))
