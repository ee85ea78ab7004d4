"""Rule claims read from a sentence and verified against the rule data.

Each reader looks for one kind of claim in any wording the vocabulary and the regulation's own
words allow, and returns `Verdict`s: verified (with the row that supports it) or contradicted
(with what the rules say instead). A sentence in which a reader finds nothing is left to the
support test; a reader never passes a sentence on its own absence.

Kinds: role–measure (also negated and "没有规定"), measures that are not this regulation's,
procedure basis per measure, combinability, the measure sets and their conditions, the convening
body and deadline (who makes the initial decision), the accident severity an article covers, the
count of an article's items, and statements about an article whose text is missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..engine import decide
from ..facts import Facts
from ..references import cn_int, find_refs, format_ref, number_key
from ..schema import RuleBook
from .sources import bare, bigrams
from . import quoted_clauses as szalarm_QC
from .mark_negation import negated_before
from . import list_topic as r12alarmA_LT
from . import combine_partner as alarms16_CP
from . import partner_unlisted as wsz2_PU

# (r20alarmA) parallel alternatives, each granted in a clause of its own: "单独用也行，合并用也行"
_ALTERNATIVES = re.compile(r"[^，,。；;、]{2,}?(?:也行|也可以|都行|也成|亦可)(?=[，,；;。]|$)")
NEGATION = re.compile(r"不会|不用|不必|无需|不需要|没有|不予|不是|不被|不给予|不属于|不包括|不在|并非|不能|不可|不得|不|未|无|非")
_NO_RULE = re.compile(r"没有(?:对.{0,20})?(?:作出|作|做|做出)?(?:规定|提到|涉及|提及|列)|没提|未(?:作)?规定|未提|未涉及|不涉及|没有涉及|没写|未列|没有列")
_BLANKET = re.compile(r"(无需|不用|不会|不必|不需要|免于|不受|不承担|免除)?(?:承担|受到|被追究)(?:任何)?(?:责任|处理|问责|处分|追究)"
                      r"|(无需|不用|不必|不需要|免于|不受|免除)(?:任何)?(?:责任|处理|问责|处分|追究)")
# (heldmiss) 一般 alone is a severity where it is joined to another one (较大和一般由区委…开,
# 一般、较大事故): elsewhere it is the common word (一般不会)
_SEVERITY = re.compile(r"特别重大|特大|重大|较大|一般(?=的?(?:公共|安全|生产|责任|事故))"
                       r"|(?:(?<=大[和与及、或])|(?<=大以及)|(?<=大或者))一般|一般(?=(?:[和与及、或]|以及|或者)(?:特别重大|特大|重大|较大))")
_SEV_CANON = {"特大": "特别重大"}
_COMBINE = re.compile(r"单独(?:适|使|采|运|选)?用|单用|合并适用|合并使用|合并|同时适用|同时使用|一并|叠加|并用|一起用|一起使用|组合|搭配")
_COMBINE_NO = re.compile(r"不能|不可以|不可|不得|不允许|(?:只|仅)(?:能|可)(?![是在从有])|不能合并|不可合并|不宜")
_ZBF = re.compile(r"中办发|25号")
_BANFA = re.compile(r"《办法》|行政过错责任追究办法|过错责任追究办法")
_PROCEDURE = re.compile(r"程序|按照|依照|按|依据|执行|办理")
_CLAUSE = re.compile(r"[^，,；;：:]+")
_ITEM_COUNT = re.compile(r"(?:共|一共|有|列(?:了|出)?|包括|规定了|下分|分(?:为|成))\s*([零一二两三四五六七八九十\d]+)\s*(?:项|种|类|个|款|条)(?:情形|情况|内容|方式)?")
_BODIES = re.compile(r"(?:市|区|省)(?:委|政府|纪委|监委|监察局|人大|组织部|法院|检察院|审计局|财政局|人事局|法制办)|国务院|党工委|管委会|"
                     r"纪检监察机关|纪委|监委|监察局|检察机关|审判机关|审计机关|"
                     r"组织人事部门|组织部|安监局|应急管理局|公安机关|司法机关|事故调查组|事故问责组|人大常委会|人民代表大会常务委员会|"
                     r"常务副市长|副市长|市长|"
                     # the province by its level word (省里, 省级), or bare where it acts (由省作出, 省作的)
                     r"省(?=里|级)|(?<=由)省|省(?=(?:来|先)?(?:作|做|拍板|召开))")


@dataclass
class Verdict:
    ok: bool
    message: str           # support (row id / article) when ok, the problem otherwise
    whole: bool = False    # the claim accounts for the whole sentence (nothing else to support)


def _scanner(book: RuleBook) -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One alternation of every vocabulary term, longest first (so the longest wins where terms
    overlap), then the severities; kept on the book it was built from."""
    got = book.__dict__.get("_claim_scanner")
    if got is None:
        terms, _ = book.terms
        table = {}
        for word, cat, canon in terms:
            table.setdefault(word, (cat, canon))
        # every role the reading of titles can give is named by its own name in drafts too
        for ranks in book.vocabulary.positions.values():
            for role in ranks.values():
                table.setdefault(role, ("role", role))
        words = sorted(table, key=len, reverse=True)
        got = (re.compile("|".join(re.escape(w) for w in words) + "|" + _SEVERITY.pattern), table)
        book.__dict__["_claim_scanner"] = got
    return got


def marks(sentence: str, book: RuleBook) -> list[tuple[int, int, str, str]]:
    """(start, end, category, canonical) of the vocabulary terms and severities, longest first."""
    scanner, table = _scanner(book)
    out: list[tuple[int, int, str, str]] = []
    for m in scanner.finditer(sentence):
        word = m.group(0)
        if word in table:
            cat, canon = table[word]
        else:
            cat, canon = "severity", _SEV_CANON.get(word, word)
        out.append((m.start(), m.end(), cat, canon))
    return out


def severities_in(sentence: str, book: RuleBook) -> list[str]:
    return list(dict.fromkeys(c for _, _, cat, c in marks(sentence, book) if cat == "severity"))


def carries_claim(sentence: str, book: RuleBook) -> bool:
    if re.search(r"\d|第[零一二三四五六七八九十百\d]+[条款项章]|[零一二两三四五六七八九十]+(?:项|种|类|条|小时|年)", sentence):
        return True
    if _BODIES.search(sentence):
        return True
    return any(cat in ("role", "measure", "not_measure", "severity", "consequence") for *_, cat, _ in marks(sentence, book))


def _truth(book: RuleBook, severity: str, consequence: str | None):
    facts = Facts(severity=severity, consequence=consequence or ("general_major" if severity == "一般" else None))
    return decide(facts, book).decision


def role_measures(sentence: str, book: RuleBook, severity: str | None, consequence: str | None,
                  condition_said: bool) -> list[Verdict]:
    """Role–measure pairs (measures after a group of roles apply to each), each judged under the
    severity named closest before it in the sentence, else the one in context."""
    sentence = roles_spelled_out(sentence, book)
    ms = marks(sentence, book)
    out: list[Verdict] = []
    group: list[tuple[int, str]] = []
    last_measure_end = 0
    sev = severity
    sev_at: list[tuple[int, str]] = [(s, c) for s, _, cat, c in ms if cat == "severity"]
    roles_seen: list[tuple[int, str]] = []
    for start, end, cat, canon in ms:
        if cat == "role":
            if group and group[-1][0] < last_measure_end:
                group = []
            group.append((start, canon))
            roles_seen.append((start, canon))
        elif cat == "measure" and group:
            if sentence[start - 1:start] in "（(":
                # "…分管副职（书面检查）、街道正职（公开道歉）": a measure in parentheses belongs to the
                # noun just before them, a role read there or none
                last_measure_end = start + 1
                ends = {s0: e for s0, e, c0, _ in ms if c0 == "role"}
                if ends.get(group[-1][0], -9) < start - 2:
                    continue
                group = group[-1:]
            before = [c for s, c in sev_at if s < start]
            sev = before[-1] if before else severity
            between = sentence[group[-1][0]:start]
            if re.search(r"[，,；;：:—]|针对|而是", between[1:]) and last_measure_end > group[-1][0]:
                continue                  # a later clause's measure, not this group's
            for s0, e0, c0, _ in ms:        # 不良影响 inside a condition negates nothing
                if c0 in ("consequence", "role") and group[-1][0] < s0 < start:
                    between = between.replace(sentence[s0:e0], "")
            negated = bool(NEGATION.search(between))
            last_measure_end = start + 1
            if sev is None:
                continue
            if sev == "一般" and not condition_said and not negated:
                arts = "、".join(sorted({r.source.article_label for r in book.regulation.accident_decisions
                                         if r.severity == sev and r.consequence}))
                out.append(Verdict(False, f"{arts}只对造成较大损失或者不良影响的{sev}事故规定处理，句子没有说明这个条件。"))
                continue
            truth = _truth(book, sev, consequence)
            if truth is None:
                continue
            for _, role in group:
                allowed = truth.measures.get(role)
                if allowed is None:
                    out.append(Verdict(negated, f"{sev}事故没有对{role}规定初步问责决定" if negated else
                                       f"本规定没有对{role}规定{sev}事故的初步问责决定，句子却说{canon}。"))
                elif negated and canon in allowed:
                    out.append(Verdict(False, f"{sev}事故对{role}的初步问责是{'、'.join(allowed)}，句子却否定了{canon}。"))
                elif not negated and canon not in allowed:
                    out.append(Verdict(False, f"{sev}事故对{role}的初步问责是{'、'.join(allowed)}，不是{canon}。"))
                else:
                    out.append(Verdict(True, f"{sev}事故：{role}{'、'.join(allowed)}"))
    # "街道党政领导正职无需承担任何责任": a role said to be spared (or held to account) at all
    blanket = _BLANKET.search(sentence)
    if blanket and not any(cat == "measure" for *_, cat, _ in ms):
        spared = bool(blanket.group(1) or blanket.group(2))
        for s in ([c for _, c in sev_at] or ([severity] if severity else [])):
            truth = _truth(book, s, consequence)
            if truth is None:
                continue
            for _, role in roles_seen:
                has = role in truth.measures
                ok = has != spared
                out.append(Verdict(ok, f"{s}事故：{role}" + ("有" if has else "没有") + "规定的初步问责" if ok else
                                   (f"{s}事故对{role}的初步问责是{'、'.join(truth.measures[role])}，不是不承担责任。" if has
                                    else f"{s}事故没有对{role}规定初步问责决定。")))
    # "第十四条没有对区党政领导分管副职作出规定": roles named with no measure, under a no-rule phrase
    no_rule = _NO_RULE.search(sentence)
    if no_rule and not any(cat == "measure" for *_, cat, _ in ms):
        sevs = [c for _, c in sev_at] or ([severity] if severity else [])
        # the roles of the clause that says so: "…，只规定了A、B" names the roles that do have one
        ends = [m.start() for m in re.finditer(r"[，,；;]", sentence)]
        lo = max([e for e in ends if e < no_rule.start()], default=-1)
        hi = min([e for e in ends if e > no_rule.start()], default=len(sentence))
        mine = [(s0, r) for s0, r in roles_seen if lo < s0 < hi]
        if not mine:                      # "X不在名单中，该条没有对其规定…": the clause before names it
            before = max([e for e in ends if e < lo], default=-1)
            mine = [(s0, r) for s0, r in roles_seen if before < s0 < lo] or roles_seen
        for _, role in mine:
            for s in sevs:
                truth = _truth(book, s, consequence)
                if truth is None:
                    # no decision without its condition (一般 without 较大损失): the claim is about
                    # whether the table names the role at this severity at all
                    if any(r.role == role for r in book.regulation.accident_decisions if r.severity == s):
                        out.append(Verdict(False, f"{s}事故对{role}有规定的初步问责决定。"))
                    else:
                        out.append(Verdict(True, f"{s}事故没有对{role}规定初步问责决定", whole=True))
                    continue
                has = role in truth.measures
                out.append(Verdict(not has, f"{s}事故没有对{role}规定初步问责决定" if not has else
                                   f"{s}事故对{role}规定了{'、'.join(truth.measures[role])}，不是没有规定。", whole=not has))
    return out


def roles_spelled_out(sentence: str, book: RuleBook) -> str:
    """Roles as drafts shorten them, written out so the scanner reads them: "区有关职能部门的分管
    副职" (a 的 inside a role's name), "街道党政正职" (领导 left out between 党政 and the rank)
    and "街道党政领导正职、分管副职" (the second role keeps the
    first one's unit): a 的 is dropped, or the unit repeated, only where that makes a role of the
    vocabulary that was not read there before."""
    read = marks(sentence, book)
    for canon in {c for *_, cat, c in _scanner(book)[1].values() if cat == "role"}:
        parts = re.fullmatch(r"(.{2,}?)(?:党政)?领导(正职|分管副职)", canon)
        if not parts:
            continue
        for m in reversed(list(re.finditer(re.escape(parts.group(1)) + r"(?:的(?:党政)?(?:领导)?|党政)" + parts.group(2), sentence))):
            if not any(s0 <= m.start() < e0 and cat == "role" for s0, e0, cat, _ in read):
                sentence = sentence[:m.start()] + canon + sentence[m.end():]
                read = marks(sentence, book)
    for s0, e0, cat, canon in reversed(marks(sentence, book)):
        if cat != "role" or not canon.endswith("正职"):
            continue
        m = re.match(r"[、和及与](?=分管副职)", sentence[e0:])
        deputy = canon[:-2] + "分管副职"
        if m and any(c == deputy for *_, c in marks(deputy, book)):
            sentence = sentence[:e0 + 1] + canon[:-2] + sentence[e0 + 1:]
    return sentence


def not_measures(sentence: str, book: RuleBook) -> list[Verdict]:
    out = []
    for start, end, cat, canon in marks(sentence, book):
        if cat != "not_measure":
            continue
        near = sentence[max(0, start - 8):end + 10]
        if NEGATION.search(near.replace(canon, "")):
            out.append(Verdict(True, f"“{canon}”不是本规定的问责方式"))
        else:
            listed = "、".join(m for s in book.regulation.measure_sets for m in s.measures)
            out.append(Verdict(False, f"“{canon}”不是本规定的问责方式（只有：{listed}）。"))
    return out


_ABSENT_MEASURE = re.compile(r"(?:没有|不包括|不含|并无|并没有|没列|未列)(?:列出|规定|写|包括)?$")


def absent_measures(sentence: str, book: RuleBook) -> list[Verdict]:
    """"规定列出的问责方式里没有引咎辞职": a measure of 第十条's sets said to be missing from the
    regulation's measures, where no severity, role, paragraph or other list narrows what is meant."""
    if not re.search(r"问责方式", sentence) or severities_in(sentence, book) or \
            re.search(r"款|项|单独|合并|程序|中办发|《|情形|事故", sentence):
        return []
    ms = marks(sentence, book)
    if any(cat == "role" for *_, cat, _ in ms):
        return []
    listed = {m for s in book.regulation.measure_sets for m in s.measures}
    out = []
    for start, _, cat, m in ms:
        if cat == "measure" and m in listed and _ABSENT_MEASURE.search(sentence[max(0, start - 8):start]):
            src = book.regulation.measure_sets[0].source.article_label
            out.append(Verdict(False, f"{src}列出的问责方式包括{m}。"))
    return out


def procedures(sentence: str, book: RuleBook) -> list[Verdict]:
    """Which document a measure's procedure follows (第十一条 splits the nine measures)."""
    if not _PROCEDURE.search(sentence) or not (_ZBF.search(sentence) or _BANFA.search(sentence)):
        return []
    if re.search(r"进一步问责|从重|从轻|情节|制定", sentence):
        return []      # further accountability, circumstances, the basis of the regulation: not a procedure
    basis_of = {}
    for p in book.regulation.procedures:
        kind = "zbf" if _ZBF.search(p.procedure) else "banfa" if _BANFA.search(p.procedure) else None
        for m in p.measures:
            basis_of[m] = (kind, p)
    out: list[Verdict] = []
    if re.search(r"所有|全部|一律|各种|任何", sentence) and not any(cat == "measure" for *_, cat, _ in marks(sentence, book)):
        said = "zbf" if _ZBF.search(sentence) else "banfa"
        kinds = {k for k, _ in basis_of.values()}
        if kinds != {said}:
            arts = "、".join(sorted({p.source.article_label for p in book.regulation.procedures}))
            out.append(Verdict(False, f"{arts}把问责方式的程序分为两类：" + "；".join(
                f"{'、'.join(p.measures)}{p.procedure}" for p in book.regulation.procedures) + "。"))
        return out
    clauses = [(c.start(), c.group(0)) for c in _CLAUSE.finditer(sentence)]
    sentence_basis = ("zbf" if _ZBF.search(sentence) else None, "banfa" if _BANFA.search(sentence) else None)
    single = [b for b in sentence_basis if b]
    pending: list[tuple[str, bool]] = []
    for _, clause in clauses:
        cm = [(c, bool(NEGATION.search(clause[:s]))) for s, _, cat, c in marks(clause, book) if cat == "measure"]
        basis = "zbf" if _ZBF.search(clause) else "banfa" if _BANFA.search(clause) else None
        if basis is None and len(single) == 1:
            basis = single[0] if cm and not pending else None
        pending += cm
        if basis is None:
            continue
        negated = bool(re.search(r"不是|并非|不按|不依照|不适用|不(?:走|采用|依)", clause))
        for m, _ in pending:
            if m not in basis_of:
                continue
            want, row = basis_of[m]
            ok = (want == basis) != negated
            out.append(Verdict(ok, f"{m}的程序{row.procedure}（{row.id}）" if ok else
                               f"与{row.source.article_label}不符：{m}的程序{row.procedure}。"))
        pending = []
    return out


# "没有就免职能否合并适用作出规定": no rule on whether a measure may be combined (an embedded question)
# or the question put first and the silence after it ("这五种方式能不能合并适用，第二款没有说")
_UNRULED = re.compile(r"(?:没有|没|未|并未)(?:就|对|关于)?[^，,；;。]*?(?:能否|可否|是否|能不能|可不可以)[^，,；;。]*?"
                      r"(?:作出|做出|作|做)?(?:规定|提及|涉及|明确|写)"
                      r"|[^，,；;。]*?(?:能否|可否|是否|能不能|可不可以)[^，,；;。]*?[，,][^，,；;。]{0,8}?(?:都|也)?(?:没有|没|未|并未)"
                      r"(?:作出|做出|明)?(?:说|规定|提及|涉及|明确|写)[^，,；;。]{0,4}。?$"   # (没有明说: szalarm)
                      # "对X能否合并适用没有作出明确表述": the question first, its silence in the same clause (r13c)
                      r"|[^，,；;。]*?(?:能否|可否|是否|能不能|可不可以)[^，,；;。]*?(?:都|也)?(?:没有|没|未|并未)"
                      r"(?:作出|做出|作|做|明)?(?:明确|具体)?的?(?:规定|表述|说明|表态|提及|涉及|明确|写|说)"   # (没有明说: r19alarm)
                      # "没有提到X能否单独适用": the silence first, the question after it (r21alarm)
                      r"|(?:没有|没|未|并未)(?:明确)?(?:提到|提及|说|讲|写|规定|涉及|明确|交代)(?:过|到|明)?[^，,；;。]*?"
                      r"(?:能否|可否|是否|能不能|可不可以)[^，,；;。]*")


def _denier_is_list(after: str, talk: str, row) -> bool:
    """(r19alarm) The clause after a denied run names the combinable list as its subject: that
    paragraph of that article, or the paragraph alone (第二款) while the talk is on that article."""
    comma = re.search(r"[，,]", after)
    clause = re.split(r"[，,；;。]", after[comma.end():])[0] if comma else ""
    refs = [r for r in find_refs(clause) if r.article]
    if refs:
        return all(r.article == row.source.article and r.paragraph == row.source.paragraph for r in refs)
    para = re.match(r"^第([一二三四五六七八九十]+)款", clause)
    return bool(para) and cn_int(para.group(1)) == row.source.paragraph and \
        any(r.article == row.source.article for r in find_refs(talk) if r.internal)


def _rest_unruled(sentence: str, end: int, unruled: list[tuple[int, int]]) -> bool:
    """What follows the run's denying clause says only that no article rules on combining
    (能否合并适用条文没有明说), never that they combine."""
    first = re.search(r"[，,]", sentence[end:])
    second = re.search(r"[，,；;。]", sentence[end + first.end():]) if first else None
    if second is None:
        return True
    start = end + first.end() + second.end()
    for clause in re.finditer(r"[^，,；;。]+", sentence[start:]):
        a, b = start + clause.start(), start + clause.end()
        if not any(x <= a and b <= y for x, y in unruled):
            return False
    return True


def combinable(sentence: str, book: RuleBook, before: str = "", asked: str = "") -> list[Verdict]:
    """Measures said to be combinable (or not) against 第十条第二款's list; a clause that says no
    article rules on whether a measure is combinable is true of a measure the list leaves out,
    and of any measure when it speaks of the *other* articles beside that paragraph (named in
    the sentence or the one `before` it)."""
    if not _COMBINE.search(alarms16_CP.LISTED_TOGETHER.sub("", sentence)):
        return []              # (一并列为…对象 lists persons together: combine_partner.py)
    row = book.regulation.combinable
    allowed = set(row.measures)
    if not allowed:
        return []          # a book without the list (a passages-only one: reg6miss) rules on no measure
    if (wsz2_partner := wsz2_PU.unlisted(sentence, lambda x: any(
            cat == "measure" for *_, cat, _ in marks(x, book)))) is not None:
        # "责令公开道歉可以与行政拘留合并适用": a partner that is none of the regulation's measures
        # (partner_unlisted.py)
        return [Verdict(False, f"{wsz2_partner}不是{row.source.label}所说的问责方式，条文没有规定可以与它合并适用。")]
    negated = bool(_COMBINE_NO.search(sentence))
    unruled = [m.span() for m in _UNRULED.finditer(sentence)]
    beside = any(r.article == row.source.article and r.paragraph in (None, row.source.paragraph)
                 for r in find_refs(before + "。" + sentence) if r.internal)
    out = []
    for start, end, cat, m in marks(sentence, book):
        if cat != "measure":
            continue
        span = next(((a, b) for a, b in unruled if a <= start < b), None)
        if span is not None:
            other = "其他" in sentence[:span[0]] + sentence[span[0]:start] and beside
            ok = m not in allowed or other
            out.append(Verdict(ok, f"{m}：{row.source.label}没有列它，其余条文也没有规定它能否合并适用" if ok and m not in allowed
                               else f"{m}：{row.source.label}之外的条文没有规定它能否合并适用" if ok else
                               f"{row.source.label}规定{m}可以单独适用也可以和其他问责方式合并适用。"))
            continue
        if _partner(sentence, start) or alarms16_CP.partner(sentence, start, end):
            continue                     # (与停职检查等其他问责方式合并适用: combine_partner.py)
        if _member_clause(sentence, start, end, row.source, m, book):
            continue                     # (…，调离现工作岗位也是第十条规定的问责方式之一: g21alarm)
        if alarms16_CP.unwritten(sentence, start, end):
            # "没有明文写停职检查可以与其他问责方式合并适用": true only of a measure the list leaves out
            ok = m not in allowed
            out.append(Verdict(ok, f"{m}：{row.source.label}没有列它" if ok else
                               f"{row.source.label}规定{m}可以单独适用也可以和其他问责方式合并适用。",
                               whole=alarms16_CP.unwritten_whole(sentence)))
            continue
        if r12alarmA_LT.topic_denied(sentence, end, [(a, b) for a, b, c, _ in marks(sentence, book) if c == "measure"]) \
                and _denier_is_list(sentence[end:], before + "。" + sentence, row) \
                and _rest_unruled(sentence, end, unruled):
            # (r19alarm) "剩下的停职检查、…、免职，第二款都没有点名": the run denied a place in the list
            # by the clause after it, true only of measures the list leaves out
            ok = m not in allowed
            out.append(Verdict(ok, f"{m}：{row.source.label}没有列它" if ok else
                               f"{row.source.label}列了{m}：可以单独适用也可以和其他问责方式合并适用。"))
            continue
        # "…只有A、B四种，免职、引咎辞职不在这份名单里": a clause of its own that denies its measures
        # a place in the list gives them the opposite polarity to the sentence's
        denied = _denied_in_clause(sentence, end) or szalarm_QC.denied_before(sentence, start)
        listed = "、".join(book.regulation.combinable.measures)
        if m not in allowed and negated and not denied:
            # (r20miss) "免职不能单独适用": the paragraph says what may be used alone or together, and
            # nothing of the measures it leaves out; that one cannot is a claim the text does not make
            out.append(Verdict(False, f"{row.source.label}只说{listed}可以单独适用也可以和其他问责方式合并适用，"
                                      f"没有说{m}不能（或只能）单独、合并适用。"))
            continue
        ok = (m in allowed) != (negated != denied)
        out.append(Verdict(ok, f"{m}：可单独或合并适用的是{listed}" if ok else
                           f"与{book.regulation.combinable.source.label}不符：可以单独适用也可以合并适用的只有{listed}。"))
    # "可单独或合并适用的方式一共五种": the count is the number of measures the paragraph lists
    for count in re.finditer(r"(?<![第\d])([一二两三四五六七八九十\d]+)(?:种)", sentence):
        if negated:
            break
        if re.match(r"(?:方式|做法|用法)?(?:也)?(?:都|均|全都|全)", sentence[count.end():]) and \
                len(_ALTERNATIVES.findall(sentence[:count.start()])) == cn_int(count.group(1)):
            # (r20alarmA) "单独用也行，合并用也行，…两种都允许": the alternatives just said, of the
            # measures spoken of (the sentence's, else the question's), each in the list
            subject = list(dict.fromkeys(m for *_, cat, m in marks(sentence, book) if cat == "measure")) or \
                list(dict.fromkeys(m for *_, cat, m in marks(before + "。" + asked, book) if cat == "measure"))
            if subject and set(subject) <= allowed:
                out.append(Verdict(True, f"{'、'.join(subject)}：可单独或合并适用的是{'、'.join(row.measures)}"))
                continue
            out.append(Verdict(False, f"与{row.source.label}不符：可以单独适用也可以合并适用的是{'、'.join(row.measures)}。"))
            break
        if re.match(r"(?:方式)?(?:也)?(?:都|均|全都|全)", sentence[count.end():]):
            # (r18alarm) "两种都在第二款的名单里": the measures asked about, counted, each in the list
            subject = list(dict.fromkeys(m for *_, cat, m in marks(before + "。" + asked, book) if cat == "measure"))
            if subject and cn_int(count.group(1)) == len(subject) and set(subject) <= allowed:
                out.append(Verdict(True, f"{'、'.join(subject)}：可单独或合并适用的是{'、'.join(row.measures)}"))
                continue
            out.append(Verdict(False, f"所说的{count.group(0)}不是所问的、列在{row.source.label}里的问责方式。"))
            break
        if cn_int(count.group(1)) != len(allowed):
            out.append(Verdict(False, f"与{book.regulation.combinable.source.label}不符：可以单独适用也可以合并适用的"
                                      f"问责方式有{len(allowed)}种。"))
        break
    return out


def _partner(sentence: str, start: int) -> bool:
    """"责令公开道歉…也可以和其他问责方式合并适用，免职就属于“其他问责方式”之一": a measure whose own
    clause says it is one of the other measures a combinable one goes with, and says nothing of
    combining, is that partner, not a measure said to be combinable."""
    bounds = [0] + [m.end() for m in re.finditer(r"[，,；;]", sentence)] + [len(sentence) + 1]
    a, b = next((x, y) for x, y in zip(bounds, bounds[1:]) if x <= start < y)
    clause = sentence[a:b]
    if _COMBINE.search(clause):
        return False
    # (szalarm4) "…也可以和其他问责方式合并适用，而停职检查也是第十条规定的问责方式之一": a clause
    # saying the measure is one of the text's measures, after a sentence naming the other measures
    # a combinable one goes with, says it is such a partner
    one_of = re.search(r"(?:也|同样|都|本身)?(?:是|属于)[^，,；;。]{0,14}问责方式(?:之一|中的一种)", clause[start - a:]) \
        and re.search(r"其他的?(?:问责)?方式", sentence[:a]) \
        and not re.search(r"第[一二三四五六七八九十\d]+款", clause)
    # (a paragraph named, 第十条第二款: whether the measure is that paragraph's is judged, not taken
    # as the partner: the lead's merge of szalarm4 with g21alarm, tests/rules/test_g21alarm.py)
    return bool(re.search(r"其他的?(?:问责)?方式", clause)) or bool(one_of)


def measure_sets(sentence: str, book: RuleBook) -> list[Verdict]:
    """Measures said to follow from 造成/未造成重大损失或者恶劣影响 must be in that set."""
    out = []
    if severities_in(sentence, book):
        return out                      # an accident's table, not 第十条's sets
    sets = {s.consequence: s for s in book.regulation.measure_sets}
    for clause in re.split(r"[；;。]", sentence):
        ms = marks(clause, book)
        conseq = [c for *_, cat, c in ms if cat == "consequence" and c in sets]
        if not conseq:
            counts = re.findall(r"(?<![第\d])(?:[一二两三四五六七八九十]|\d+)(?:种|项|类)", clause)
            # "较重一组四种（…），较轻一组五种（…）": each counted group on its own
            pieces = re.split(r"(?<=[）)])[，,]", clause) if len(counts) > 1 else [clause]
            for piece in pieces:
                out += _counted_part(piece, marks(piece, book), book)
            out += [v for part in re.split(r"[，,]", clause) for v in _one_tier(part, marks(part, book), book)]
            out += [v for part in re.split(r"[，,]", clause) for v in _tier_named(part, marks(part, book), book)]
            continue
        s = sets[conseq[0]]
        # the set's count is not a total that leads into it ("第十条一共列了九种问责方式：…的五种")
        first = next(a for a, _, cat, c in ms if cat == "consequence" and c in sets)
        lead = max(clause.rfind("：", 0, first), clause.rfind(":", 0, first)) + 1
        count = re.search(r"([一二两三四五六七八九十]|\d+)(?:种|项|类)", clause[lead:])
        if count and len(set(conseq)) == 1 and not NEGATION.search(clause[lead:][max(0, count.start() - 4):count.start()]):
            n = cn_int(count.group(1))
            if n != len(s.measures):
                out.append(Verdict(False, f"与{s.source.article_label}不符：{'造成' if s.consequence == 'major' else '未造成'}"
                                          f"重大损失或者恶劣影响的问责方式有{len(s.measures)}种：{'、'.join(s.measures)}。"))
        restrictive = bool(re.search(r"只能|只有|仅|只", clause))
        own = _consequence_of_parts(clause, ms, sets)
        for start, _, cat, m in ms:
            if cat != "measure":
                continue
            s = own(start) or sets[conseq[0]]
            negated = negated_before(clause, start, ms, NEGATION)
            ok = (m in s.measures) != negated
            out.append(Verdict(ok, f"{s.id}" if ok else
                               f"与{s.source.article_label}不符：{'造成' if s.consequence == 'major' else '未造成'}重大损失或者恶劣影响的，"
                               f"给予{'、'.join(s.measures)}。"))
        if restrictive and out and all(v.ok for v in out):
            named = {m for *_, cat, m in ms if cat == "measure"}
            if named and named < set(s.measures) and re.search(r"只能|只有|仅", clause):
                out.append(Verdict(False, f"{s.source.article_label}对这种情形规定的问责方式是{'、'.join(s.measures)}，"
                                          f"不只是{'、'.join(named)}。"))
    return out


def _consequence_of_parts(clause: str, ms, sets: dict):
    """"调离现工作岗位是给没有造成重大损失…的情形用的，不在造成重大损失那一档（那一档是责令公开道歉、
    …）": a clause that names both consequences pairs each with the measures of its own part (up
    to a comma, a parenthesis belonging to the part before it); a measure in a part that names
    none goes with the nearest consequence before it. The set for a measure at a position, or None."""
    marks_c, end = [], -1
    for a, b, cat, c in ms:
        if cat != "consequence" or c not in sets:
            continue
        # "未造成重大损失或者恶劣影响": the alternative after 或者 is under the same 未造成
        if not (marks_c and re.fullmatch(r"或者|或|和|及|、", clause[end:a])):
            marks_c.append((a, c))
        end = b
    if len({c for _, c in marks_c}) < 2:
        return lambda start: None
    bounds, depth, begin = [], 0, 0
    for i, ch in enumerate(clause):
        depth += ch in "（(" and 1 or ch in "）)" and -1 or 0
        if ch in "，," and depth == 0:
            bounds.append((begin, i))
            begin = i + 1
    bounds.append((begin, len(clause)))

    def at(start: int):
        part = next(((a, b) for a, b in bounds if a <= start < b), None)
        inside = [c for a, c in marks_c if part and part[0] <= a < part[1]]
        before = [c for a, c in marks_c if a < start]
        pick = inside[0] if inside else before[-1] if before else None
        return sets[pick] if pick else None
    return at


def _one_tier(clause: str, ms, book: RuleBook) -> list[Verdict]:
    """"用训诫、书面检查、通报批评、调离现岗这一档": measures said to be one tier (这一档 / 这一组)
    must be one group the rule data knows (a set of 第十条, the combinable ones, a procedure's)."""
    if not re.search(r"[这那同][一]?[档组类]|一档|一组", clause):
        return []
    named = {m for *_, cat, m in ms if cat == "measure"}
    groups = [set(s.measures) for s in book.regulation.measure_sets] + [set(book.regulation.combinable.measures)] + \
        [set(p.measures) for p in book.regulation.procedures]
    if len(named) < 2 or any(named <= g for g in groups):
        return []
    sets = book.regulation.measure_sets
    return [Verdict(False, f"所说的这一档里的问责方式不属于{sets[0].source.article_label}的同一组：" +
                    "；".join("、".join(s.measures) for s in sets) + "。")]


_TIER = re.compile(r"(?:较|更|偏)?(?P<w>轻|重)(?:的)?(?:一|那一|这一|那|这)?(?:档|组)")


def _tier_named(clause: str, ms, book: RuleBook) -> list[Verdict]:
    """(szalarm) "通报批评属于重档": measures said to be in the heavier or the lighter tier must be in
    that set of the rule data: of two sets split by a consequence, the one whose condition is
    negated (未造成…) is the lighter. A negated tier (不属于重档) is not read."""
    m = _TIER.search(clause)
    sets = book.regulation.measure_sets
    if m is None or len(sets) != 2 or NEGATION.search(clause[max(0, m.start() - 4):m.start()]):
        return []
    light = [s for s in sets if re.match(r"未|没有|不", s.source.span or "")]
    if len(light) != 1:
        return []
    tier = light[0] if m.group("w") == "轻" else next(s for s in sets if s is not light[0])
    named = [c for a, _, cat, c in ms if cat == "measure"]
    off = [x for x in dict.fromkeys(named) if x not in tier.measures]
    if not named or not off:
        return []
    return [Verdict(False, f"{'、'.join(off)}不在{tier.source.article_label}较{m.group('w')}的一组（" +
                    "、".join(tier.measures) + "）。")]


# (szalarm4) the counted measures said to belong to a group (都属于…那一组, 在…之列): a count of members
_MEMBERS_OF_GROUP = re.compile(r"(?:都|均|全|全都|确实|恰好|正好|同样|也)*(?:属于|归于|归入|落在|在)[^，,；;。]{0,30}"
                               r"(?:一组|一档|那组|这组|组里|档里|之列|之中|名单里|名单上)")


def _counted_part(clause: str, ms, book: RuleBook) -> list[Verdict]:
    """"三种：训诫、责令作出书面检查、通报批评": a counted list of measures, said as complete, that
    is only part of one of 第十条's sets and is no group the rule data knows (a set, the combinable
    measures, a procedure's measures)."""
    # "处理两类人：对A训诫，对B…": a count of the officials, not of the measures
    count = re.search(r"(?<![第\d])([一二两三四五六七八九十]|\d+)(?:种|项|类)(?!人|对象|干部|领导|官员|成员)", clause)
    named = [m for *_, cat, m in ms if cat == "measure"]
    if not count or len(named) < 2 or cn_int(count.group(1)) != len(set(named)) or \
            NEGATION.search(clause[max(0, count.start() - 4):count.start()]):
        return []
    if _MEMBERS_OF_GROUP.search(clause[count.end():]):
        return []       # (szalarm4) "两种方式——A、B——都属于…那一组": members counted, not the group
    groups = [set(s.measures) for s in book.regulation.measure_sets] + [set(book.regulation.combinable.measures)] + \
        [set(p.measures) for p in book.regulation.procedures]
    if set(named) in groups:
        return []
    part_of = [s for s in book.regulation.measure_sets if set(named) < set(s.measures)]
    return [Verdict(False, f"{s.source.article_label}的这一组问责方式有{len(s.measures)}种：{'、'.join(s.measures)}。")
            for s in part_of[:1]]


def hm_text(sentence: str, m: re.Match) -> str | None:
    """The duration at m when it is written in digits with 小时 (read by the hours check)."""
    return m.group(0) if m.group(1).isdigit() and m.group(2) == "小时" else None


def convening(sentence: str, book: RuleBook, severity: str | None) -> list[Verdict]:
    """Who convenes the on-site meeting and makes the initial decision, and within how many hours."""
    # a title or a decree number (《生产安全事故报告和调查处理条例》（国务院令第493号）) names no body that acts
    sentence = re.sub(r"《[^》]*》|[（(][^）)]*令[^）)]*[）)]", "", sentence)
    if not re.search(r"现场会|小时|初步(?:问责)?决定|召开|召集|处理", sentence):
        return []
    sevs = severities_in(sentence, book) or ([severity] if severity else [])
    # with no severity said or asked, the cited article's rows can only find a wrong body or
    # deadline: what they verify is left to the other readings (之后 for 前 is not theirs to see)
    cited_only = not sevs
    if cited_only and NEGATION.search(sentence):
        return []          # (不是由区委区政府开: a denied body is the negation readers')
    sevs = sevs or _cited_severities(sentence, book)
    out: list[Verdict] = []
    for sev in sevs:
        row = next((c for c in book.regulation.convening if sev in c.severities), None)
        if row is None:
            continue
        for hm in re.finditer(r"(\d+)\s*(?:个)?小时", sentence):
            h = hm.group(1)
            # (r19alarm: 也没提24小时时限, the deadline said not to be mentioned)
            denied = re.search(r"没有(?:写|规定|要求)|未(?:写|规定|要求)|没有?提(?:到|及)?|未提及?|并无|没有|不(?:需要?|要|用|必)在?|无需|无须",
                               sentence[max(0, hm.start() - 6):hm.start()])
            if row.hours is None and denied:
                out.append(Verdict(True, f"{row.id}: 没有规定时限"))
                continue                  # "也没有写24小时的时限": the deadline denied, rightly
            if row.hours is not None and denied and re.search(r"不(?:需要?|要|用|必)在?|无需|无须|提", denied.group(0)):
                # "较大事故不要在24小时内开现场会": the deadline the row gives, denied
                out.append(Verdict(False, f"{sev}事故的现场会应在{row.hours}小时内召开（{row.body}）。"))
                continue
            ok = row.hours is not None and int(h) == row.hours
            out.append(Verdict(ok, f"{row.id}: {row.hours}小时" if ok else
                               (f"时限不符：{sev}事故的现场会应在{row.hours}小时内召开，不是{h}小时。" if row.hours else
                                f"{sev}事故没有规定召开现场会的时限（{h}小时）。")))
        for dm in re.finditer(r"([一二两三四五六七八九十百]+|\d+)(?:个)?(小时|天|日|周)", sentence):
            if dm.group(2) == "日" and not re.match(r"[内之]", sentence[dm.end():dm.end() + 1]):
                continue
            if dm.group(0) == hm_text(sentence, dm):
                continue                      # 24小时: read above
            # a duration in other units is the same deadline when it comes to the same hours (一天 = 24小时)
            hours = cn_int(dm.group(1)) * {"小时": 1, "天": 24, "日": 24, "周": 168}[dm.group(2)]
            ok = row.hours is not None and hours == row.hours
            out.append(Verdict(ok, f"{row.id}: {row.hours}小时" if ok else
                               f"{sev}事故的时限是{row.hours}小时。" if row.hours else f"{sev}事故没有规定时限。"))
        if row.hours is None and re.search(r"现场会", sentence) and not NEGATION.search(sentence) \
                and not re.search(r"(?:没有?提(?:到|及)?|未提及?|没有?(?:规定|要求|写|说))[^，,。；;]{0,4}现场会", sentence):
            # (r19alarm: 既没提现场会, the meeting itself denied)
            out.append(Verdict(False, f"{sev}事故：{row.action}。"))
        if "初步问责" not in row.action and _miss2_initial_of(sentence, sev, book):
            # (miss2) an initial decision said of a severity whose row gives its body another act (一般: 按《办法》作出处理);
            # the composer names each severity's outcome by its row's `decision` (第十六条: 处理)
            out.append(Verdict(False, f"{sev}事故：{row.action}，没有规定初步问责决定。"))
        # (or a body the deadline is said of, the act left unsaid: "都由区委、区政府在24小时内开" (r19miss))
        if re.search(r"现场会|召开|召集|初步(?:问责)?决定", sentence) or (row.hours is None and re.search(r"处理", sentence)) \
                or re.search(r"由[^，,。；;]{1,30}?在?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|天|日)(?:内|之内|以内)", sentence):
            # the body that convenes, not officials of a body ("对市委、市政府领导…没有规定")
            named = [m.group(0) for m in _BODIES.finditer(sentence)
                     if not re.match(r"[、，]?(?:[市区]?(?:委|政府))?[、，]?(?:[市区]?(?:委|政府))?(?:的)?(?:领导|负责人|书记|主要领导|分管)",
                                     sentence[m.end():])
                     and not re.search(r"对[^，。；]{0,8}$", sentence[:m.start()])]
            # the groups and the bodies whose decision the initial one comes before are no subject,
            # unless the sentence makes them the one who decides (由国务院作出, 事故问责组召开)
            named = [b for b in named if b not in ("事故调查组", "事故问责组") or acts_initially(sentence, b)]
            subject = [b for b in named if not re.search(r"国务院|^省", b) or acts_initially(sentence, b)] \
                if sev in ("特别重大", "重大") else named
            for b in subject:
                base = b[1:] if b[0] in "市区省" else b
                ok = b in row.body or (base in row.body and b[0] == row.body[0])
                out.append(Verdict(ok, f"{row.id}: {row.body}" if ok else f"{sev}事故召开现场会、作出初步问责决定的是{row.body}，不是{b}。"))
            out += _body_cut(sentence, row, subject, sev)
    return [v for v in out if not v.ok] if cited_only else out


def _cited_severities(sentence: str, book: RuleBook) -> list[str]:
    """With no severity said or asked, the severities of the convening rows of the one article
    the sentence cites ("第十三条还写明由省作出初步问责决定": 第十三条's rows, 特别重大 and 重大)."""
    arts = {r.article for r in find_refs(sentence) if r.article and not r.doc_number
            and (r.internal or r.doc_title == book.regulation.title)}
    if len(arts) != 1:
        return []
    (art,) = arts
    return [sev for c in book.regulation.convening if c.source.article == art for sev in c.severities]


_ALONE = re.compile(r"单独|独自|独立|只由|仅由|只有|只是|一家")
_NO_PART = re.compile(r"^(?:并)?(?:不作为|不是|不参与|不参加|不负责|无权|不作|不做|没有参与)")


def _body_cut(sentence: str, row, subject: list[str], sev: str) -> list[Verdict]:
    """"由市政府单独作出" / "市委不作为决定主体" where the row's body is 市委、市政府: one of the
    bodies that act together said to act alone, or another of them said to take no part."""
    parts = [p for p in re.split(r"[、，和与及]", row.body) if p]
    if len(parts) < 2:
        return []
    named = {b for b in subject if b in parts}
    alone = named and len(named) < len(parts) and _ALONE.search(sentence)
    denied = [p for p in parts for m in re.finditer(re.escape(p), sentence)
              if _NO_PART.search(sentence[m.end():m.end() + 8])]
    if alone or denied:
        return [Verdict(False, f"{sev}事故召开现场会、作出初步问责决定的是{row.body}，"
                               f"{'不是' + '、'.join(named) + '单独作出' if alone else '、'.join(denied) + '也是主体'}。")]
    return []




def article_severities(sentence: str, book: RuleBook, named: list[int]) -> list[Verdict]:
    """An article cited for an accident severity must be one whose rows cover it. Each reference
    is read with the severities of its own clause; a severity the clause denies is not claimed."""

    covers: dict[int, set[str]] = {}
    for r in book.regulation.accident_decisions:
        covers.setdefault(r.source.article, set()).add(r.severity)
    for c in book.regulation.convening:
        covers.setdefault(c.source.article, set()).update(c.severities)
    out = []
    def internal(text: str) -> list[int]:
        # 《深圳市党政领导干部问责暂行规定》第十四条 is the regulation's own article, cited by title
        return [r.article for r in find_refs(text) if r.article and not r.doc_number
                and (r.internal or r.doc_title == book.regulation.title)]

    clauses = re.split(r"[，,；;。]", sentence)
    for clause in (clauses if len(internal(sentence)) > 1 else [sentence]):
        refs = internal(clause)
        if len(refs) != 1 or refs[0] not in covers:
            continue
        n = refs[0]
        for start, _, cat, s in marks(clause, book):
            if cat != "severity" or NEGATION.search(clause[max(0, start - 4):start]):
                continue
            ok = s in covers[n]
            out.append(Verdict(ok, f"{format_ref(n)}规定{'、'.join(sorted(covers[n]))}事故" if ok else
                               f"{format_ref(n)}规定的是{'、'.join(sorted(covers[n]))}事故，不是{s}事故。"))
    return out


# a clause that goes on to name what a list holds ("…，包括主动报告的情形"): about the article
# the sentence is about, so held to its surviving words like a clause that names it
_LIST_CONTENT = re.compile(r"^(?:其中|具体)?(?:包括|包含|涵盖|比如|例如|譬如|列了|列有|列明|列举了?|分别是|即)")


def covers_severities(article: int, words: str, book: RuleBook) -> bool | None:
    """Whether the article's rows cover every accident severity the words name ("特别重大",
    "重大事故" said of 第十三条 in a parenthesis); None when the words name no severity."""
    verdicts = article_severities(format_ref(article) + words, book, [article])
    return all(v.ok for v in verdicts) if verdicts else None


def missing_articles(sentence: str, book: RuleBook, named: list[int], ok_words: re.Pattern,
                     held=None) -> list[Verdict]:
    """Anything asserted about an article whose text is missing from the source is unsupported,
    except that it is missing and what its surviving words say: with `held(article, clause)`
    (does a clause say no more than the article's surviving text?), a sentence that does not say
    the rest is missing but whose every clause is held ("第十八条是关于不予问责的条款") gets no
    verdict here and is judged against the surviving text like any other sentence."""
    out = []
    for n, status in book.regulation.articles.items():
        if not status.missing:
            continue
        about = n in named or (n in _missing_topics(book) and re.search(_missing_topics(book)[n], sentence))
        if not about:
            continue
        ok = bool(ok_words.search(sentence))
        # the clauses that name the article (or its topic) and do not say it is cut
        topic = _missing_topics(book).get(n)
        said = [c for c in szalarm_QC.clauses(sentence) if not ok_words.search(c)   # quotes kept whole (szalarm)
                and (any(r.article == n for r in find_refs(c)) or topic and re.search(topic, c)
                     or (_LIST_CONTENT.match(c.strip()) or szalarm_QC.counts_list(c)) and not find_refs(c))]
        if held is not None and said and all(held(n, c) for c in said):
            if not ok:
                continue
        elif held is not None and said:
            ok = False            # "因为第十八条后来修订时被删除了，只剩开头": not what the source says
        out.append(Verdict(ok, (status.reason or "") if ok else f"{format_ref(n)}所列情形在来源中缺失，不能对其内容作断言。",
                           whole=ok))
    return out


def _missing_topics(book: RuleBook) -> dict[int, str]:
    """A missing article is recognised by its own opening words too (不予问责 for 第十八条)."""
    out = {}
    for row in book.regulation.missing:
        words = re.findall(r"[不免]予\w{2}", row.source.span)
        if words:
            out[row.source.article] = "|".join(re.escape(w) for w in words) + r"|免于问责|免责"
    return out


# a count right after the article it counts the items of: "对照第十三条两项列个表" (branch r13a)
_OF_ARTICLE = re.compile(r"第[零一二两三四五六七八九十百\d]+条(?:的)?$")
_ARTICLE_ITEMS = re.compile(r"(?<=条)(?:的)?([零一二两三四五六七八九十\d]+)项")


_PART_OF_COUNT = re.compile(r"(?:[零一二两三四五六七八九十\d]+|几)(?:项|种|类|个|条)(?:里|中|之中|当中|里面)(?:头)?$")


def item_counts(sentence: str, named: list[int], item_count) -> list[Verdict]:
    """"第五条列了六项": the number of items (or of the listed things) of the article named."""
    out = []
    m = _ITEM_COUNT.search(sentence) or _ARTICLE_ITEMS.search(sentence)
    if not m or len(named) != 1:
        return out
    para = re.search(r"第[零一二三四五六七八九十百\d]+条第([一二三四五六七八九十]|\d{1,2})款", sentence)
    if para:
        item_count = _paragraph_list(item_count, para.group(1))

    if _PART_OF_COUNT.search(sentence[:m.start()]):
        return out      # (szalarm4) "四种里有三种": a part of the count before it, not the article's items
    n = cn_int(m.group(1))
    have = item_count(named[0])
    # the count accounts for the sentence only when nothing but list talk is left ("第五条是用人失察，
    # 共有六项" says more than the count, and the rest is held to the article), or when it leads into
    # the list whose items are held under it ("第五条列了六种，概括起来是：")
    left = bare(_LIST_TALK.sub("", re.sub(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)|下分|分", "",
                                          sentence.replace(m.group(0), "", 1))))
    if have:
        out.append(Verdict(n == have, f"{format_ref(named[0])}列有{have}项" if n == have else
                           f"{format_ref(named[0])}列有{have}项，不是{n}项。", whole=n == have and (len(left) <= 2 or bool(re.search(r"[：:]\s*$", sentence)))))
    return out


def bodies(sentence: str) -> list[str]:
    return [m.group(0) for m in _BODIES.finditer(sentence)]


_COUNT = re.compile(r"共([零一二两三四五六七八九十百\d]+)条|(?:只有|从)第一条(?:到|至)第([零一二两三四五六七八九十百\d]+)条")


def article_counts(sentence: str, have: list[int]) -> list[Verdict]:
    """"共十八条" / "只有第一条到第十八条": the number of articles the source holds."""

    out = []
    for m in _COUNT.finditer(sentence):
        n = cn_int(m.group(1) or m.group(2))
        last = max(have) if have else 0
        out.append(Verdict(n == last, f"来源共有{last}条" if n == last else f"来源中的条文到第{last}条，不是{n}条。",
                           whole=n == last))
    return out


def _paragraph_list(item_count, paragraph: str):
    """For 第十条第二款列了四种: the length of the list in that paragraph."""

    def count(n: int) -> int:
        text = item_count.text(n) if hasattr(item_count, "text") else ""
        paras = [x for x in text.splitlines() if x.strip()]
        k = cn_int(paragraph) - 1
        # reg7alarm: items （一）（二）… belong to the paragraph whose lead they follow; such a
        # paragraph's list is its items (第二十一条第一款规定了两种: its two items, not its lead)
        items = reg7alarm_paragraph_items(paras)
        if k < len(items) and items[k]:
            return items[k]
        paras = [x for x in paras if not _ITEM_LINE.match(x)] if any(items) else paras
        if k >= len(paras):
            return 0
        if re.search(r"[，,]或者", paras[k]):
            # (g22alarm) a paragraph of cases joined by "，或者" (拟对养护单位扣减…，或者拟对责任人员作出停职
            # 检查、调整职务、责令辞职、免职处理的) lists its cases, not the 、-run inside one of them: its count
            # is not read here
            return 0
        return max((len(part.split("、")) for part in re.split(r"[，。；]", paras[k])), default=0)
    return count


def severity_conditions(sentence: str, book: RuleBook) -> list[Verdict]:
    """A severity said to come with a consequence must be one the rows give it (第十六条's 一般
    事故 with 较大损失或者不良影响, not 重大损失); "无论是否造成损失" denies a condition a row has."""
    ms = marks(sentence, book)
    sevs = [c for *_, cat, c in ms if cat == "severity"]
    conseqs = [c for *_, cat, c in ms if cat == "consequence"]
    out: list[Verdict] = []
    for sev in sevs:
        wanted = {r.consequence for r in book.regulation.accident_decisions if r.severity == sev}
        needed = {c for c in wanted if c}
        if not needed:
            continue
        # "并不是一律问责": a universal denied is the condition said, not said away
        if re.search(r"(?<![不非没未])(?<!不是)(?<!并非)(?<!并不)(?:无论|不论|不管|即使没有|都要|一律)", sentence) and \
                re.search(r"损失|影响", sentence):
            out.append(Verdict(False, f"{sev}事故只在造成较大损失或者不良影响时才有规定的处理。"))
        for c in conseqs:
            if c not in needed and c != "minor":
                out.append(Verdict(False, f"{sev}事故的条件是造成较大损失或者不良影响，不是重大损失或者恶劣影响。"))
    return out


def external_articles(sentence: str, whole_text: str) -> list[Verdict]:
    """Articles of a document outside the knowledge base: only the references the sources make
    to it are known (中办发[2009]25号第八条、第九条)."""
    out = []
    by_number: dict[str, list[int]] = {}
    # "中办发[2009]25号文件的第七条": the document's own articles, however the number is followed
    sentence = re.sub(r"(\d+号)(?:文件|文)?(?:中|里)?的?(?=第)", r"\1", sentence)
    for r in find_refs(sentence):
        if r.doc_number and r.article:
            by_number.setdefault(r.doc_number, []).append(r.article)
    for number, arts in by_number.items():
        said = {r.article for r in find_refs(whole_text) if number_key(r.doc_number) == number_key(number) and r.article}
        for a in arts:
            ok = a in said
            out.append(Verdict(ok, f"来源引用了{number}{format_ref(a)}" if ok else
                               f"来源只引用了{number}" + ("、".join(format_ref(x) for x in sorted(said)) or "（未引用具体条文）")
                               + f"，没有{format_ref(a)}。"))
    if by_number:
        out += _external_content(sentence, whole_text, set(by_number))
    return out


# what a sentence says an article provides: "第九条规定…", "第九条里写的是…"
_PROVIDES = re.compile(r"^(?:[中里内])?(?:则|就|还|也)?(?:规定|写明|写的是|写着|载明|明确|要求|说的是|指出|提出)了?[：:，,]?")


def _external_content(sentence: str, whole_text: str, numbers: set[str]) -> list[Verdict]:
    """What a sentence says an outside document's article provides ("其中第九条规定主动采取措施…的，
    可以从轻问责"): the sources hold that document's references only, so the words said of it must
    be words the sources say beside the reference (从重、从轻情节 of 第十七条); anything else is
    the outside text's content, which no source holds (r19miss)."""
    keys = {number_key(n) for n in numbers}
    beside = "".join(s for s in re.split(r"[。\n]", whole_text) if any(number_key(r.doc_number) in keys for r in find_refs(s)))
    out: list[Verdict] = []
    refs = find_refs(sentence)
    for i, r in enumerate(refs):
        # "…25号第八条、第九条，其中第九条规定…": an article taken up again of the outside document
        again = r.doc_number is None and r.article and re.search(r"其中$", sentence[:r.start]) and \
            any(q.doc_number in numbers and q.article == r.article for q in refs[:i])
        if (r.doc_number not in numbers and not again) or not r.article:
            continue
        number = r.doc_number or next(q.doc_number for q in refs[:i] if q.doc_number in numbers and q.article == r.article)
        m = _PROVIDES.match(sentence[r.end:])
        if m is None:
            continue
        what = re.split(r"[。；;]", sentence[r.end + m.end():])[0]
        pairs = [p for p in bigrams(bare(what)) if not re.search(r"[的了是和与或者及等也都]", p)]
        if len(pairs) < 4:
            continue
        share = sum(p in bare(beside) for p in pairs) / len(pairs)
        if share < 0.5:
            out.append(Verdict(False, f"来源没有载明{number}{format_ref(r.article)}的内容，只引用了它。"))
    return out


def national_classes(sentence: str, book: RuleBook, in_knowledge_base) -> list[Verdict]:
    """Sentences about the national classification (a rule table from outside the knowledge base):
    the class it gives figures, its article and issuer, and that it is not in the knowledge base."""
    table = book.national
    if table is None or table.title not in sentence:
        return []
    from ..facts import Facts, _read_figures

    out: list[Verdict] = []
    if re.search(r"知识库中?(?:也)?没有|不在知识库", sentence):
        ok = not in_knowledge_base(table.title)
        out.append(Verdict(ok, f"《{table.title}》不在知识库中" if ok else f"《{table.title}》在知识库中。", whole=ok))
        return out
    refs = [r.article for r in find_refs(sentence) if r.article and r.doc_title == table.title]
    if refs and refs != [table.article]:
        return [Verdict(False, f"事故等级的划分在{table.label}，不是{format_ref(refs[0])}。")]
    said = Facts()
    _read_figures(sentence, table, said)
    classes = [c for c in ("特别重大", "重大", "较大", "一般") if re.search(f"(?<!特别)属于{c}|为{c}|是{c}", sentence)]
    if said.figures and classes:
        ok = classes[0] == said.suggested and (table.issuer in sentence or "国务院令" not in sentence)
        out.append(Verdict(ok, f"按{table.label}，{classes[0]}事故" if ok else
                           f"按{table.label}，这些数字对应{said.suggested}事故，不是{classes[0]}事故。", whole=ok))
    return out


_TARGET = re.compile(r"(?:适用于|按照?|依照|依据|对照|根据|针对)(?:本规定|本办法)?(?:第[一二三四五六七八九十]+章)?$")
# (a quantifier between them, 的所有情形 / 的全部情形 / 的各种情形, still names the articles' situations:
# a range read as its members, 第五条到第九条的所有情形, relates each member to the other article)
_SITUATION_AFTER = re.compile(r"^(?:规定)?(?:的)?(?:所有|全部|一切|各种|各项|各类|各)?(?:情形|情况)")
# "第五条、第六条之外的…": the articles another one is said to reach beyond (第七条 names them)
_BEYOND = re.compile(r"^(?:[、和及与]第[零一二两三四五六七八九十百\d]+条)*(?:规定)?(?:的)?(?:情形|情况)?(?:以外|之外)")


_MAX_ARTICLE = 300       # past any article number a regulation has: the articles looked through
# a membership denied after the article (its gloss in brackets between): 不在其列, 不在此列, 不在其中,
# 不属于其中, 没有包括在内
_LEFT_OUT_AFTER = re.compile(r"^(?:[（(][^（）()]{0,20}[）)])?(?:则|却|并|也|就)?(?:不|并不|没有?|未)(?:被)?(?:在|属于|算在|列在|列入|包括在|包含在)"
                             r"(?:其|此|这|那)?(?:之?列|之?中|之?内|里面?|当中)")


def cross_references(sentence: str, article_text) -> list[Verdict]:
    """"第十条适用于第五条至第九条的情形", "第八条情形按第十条处理": an article said to apply to (or
    to follow from) another must be linked to it by the text's own references (第十条 names
    第五、六、七、九条). Only sentences that relate articles this way are read."""
    # a reference in parentheses after a clause ("管理区包括在区之内（第二条）") is that clause's
    # citation, not one end of a relation between articles
    refs = [r for r in find_refs(sentence) if r.article and r.internal
            and not (r.start and sentence[r.start - 1] in "（(" and sentence[r.end:r.end + 1] in ("）", ")"))]
    if len({r.article for r in refs}) < 2:
        return []
    targets = {r.article for r in refs
               if _TARGET.search(sentence[max(0, r.start - 6):r.start]) or _SITUATION_AFTER.match(sentence[r.end:])
               or _BEYOND.match(sentence[r.end:])}
    if not targets:
        return []
    # (r18alarm) "按第十三条（特别重大、重大）或第十四条（较大）": an article joined to a target by 或 / 和 /
    # 、, a gloss in brackets between, is under the same 按: a target too
    for a, b in zip(refs, refs[1:]):
        if a.article in targets and re.fullmatch(r"(?:[（(][^（）()]{0,20}[）)])?(?:或者?|和|及|与|以及|、)",
                                                 sentence[a.end:b.start]):
            targets.add(b.article)
    # "没有第八条": an article the sentence says is left out is related to none
    # "而不是按第十条…处理": a basis denied is no relation either
    denied = {r.article for r in refs if re.search(r"(?:没有|不含|不包括|除了?|并非|不是|而非)(?:写|提到?|列|包括|按照?|依照|依据|根据)?$",
                                                   sentence[max(0, r.start - 7):r.start])}
    # (r27alarm) "第十六条（一般事故）不在其列": an article said after it to be outside the set named
    left_out = {r.article for r in refs if _LEFT_OUT_AFTER.match(sentence[r.end:])} - targets
    denied |= left_out
    if left_out and targets:
        # the set is what an article of the text cites beside the targets: no article that cites
        # every target may cite the one left out ("只说按第十三条…，第十四条不在其列" where 第十五条
        # cites both)
        citing = [n for n in range(1, _MAX_ARTICLE) if targets <= _internal(article_text(n) or "")]
        for d in sorted(left_out):
            with_it = [n for n in citing if d in _internal(article_text(n) or "")]
            if with_it:
                return [Verdict(False, f"{format_ref(with_it[0])}援引{'、'.join(format_ref(t) for t in sorted(targets))}时也援引了{format_ref(d)}。")]
    others = {r.article for r in refs} - targets - denied
    if not others:                       # "第八条情形…按第十条处理": each names the other
        # a series (第五、六、七、九条) is one reference: its articles stand together
        first = min(r.start for r in refs if r.article in targets)
        others = {r.article for r in refs if r.start == first}
        targets = targets - others
    targets -= denied
    if not targets:
        return []
    out = []
    for t in sorted(targets):
        for o in sorted(_own_clause(sentence, refs, t, others)):
            linked = t in _internal(article_text(o)) or o in _internal(article_text(t)) \
                or regalarm_spoken(sentence, refs, t, o, article_text)
            if not linked:
                out.append(Verdict(False, f"{format_ref(o)}和{format_ref(t)}之间没有这种援引关系。"))
    return out


_CLAUSE_CUT = re.compile(r"[，,；;。]")


def _own_clause(sentence: str, refs: list, target: int, others: set[int]) -> set[int]:
    """(regalarm3) The articles a target is related to: in "第十六条第（六）项把迟报列为追责情形，第十七条
    第四款又说依照本办法第二十六条处理" each clause has its own article as subject, and the 依照 relates
    the target to the article of its own clause only. When the target's clause (cut at ，；。) names
    another of the sentence's articles, those are the ones it is related to; else all of them."""
    spans = [m.end() for m in _CLAUSE_CUT.finditer(sentence)]

    def clause(pos: int) -> int:
        return sum(1 for e in spans if e <= pos)

    at = {clause(r.start) for r in refs if r.article == target}
    near = {r.article for r in refs if r.article in others and clause(r.start) in at}
    return near or others


_ONLY_FOR = re.compile(r"(?:只|仅)(?:针对|适用于|适用|对|限于|涉及|指|管|包括)|仅限于?")


def restricted_references(sentence: str, article_text) -> list[Verdict]:
    """"第十五条的进一步问责只针对第十三条规定的…" where 第十五条 names 第十三条、第十四条: an article
    said to reach only some of the articles its own text names, leaving out the others."""
    refs = [r for r in find_refs(sentence) if r.article and r.internal]
    only = _ONLY_FOR.search(sentence)
    if not refs or not only or refs[0].start > only.start():
        return []
    subject = refs[0].article
    said, at, series = set(), only.end(), -1
    for r in refs:                       # the references right after the restriction, in a series
        # (第五、六、七、九条 is one series: its articles share its span)
        if r.start >= at and re.fullmatch(r"[、和及与或]?", sentence[at:r.start]) or r.start == series:
            said.add(r.article)
            at, series = r.end, r.start
    theirs = _internal(article_text(subject)) - {subject}
    if said and said < theirs:
        left = "、".join(format_ref(n) for n in sorted(theirs - said))
        return [Verdict(False, f"{format_ref(subject)}援引的是{'、'.join(format_ref(n) for n in sorted(theirs))}，也包括{left}。")]
    return []


def _internal(text: str) -> set[int]:
    return {r.article for r in find_refs(text) if r.article and r.internal}


_NOT_LISTED = re.compile(r"^(?:并|也)?(?:没有|没|未|不)(?:被)?(?:列在|列入|写在|写进|出现在|在)|^不在(?:其中|其内|内|此列|之列)")
# the rest of a measure's own clause says it is not in the list ("免职、引咎辞职不在这份名单里")
# "没有把免职、引咎辞职列入…": the denial before the terms it puts out of the list
_NOT_PUT = re.compile(r"(?:没有|没|未|并未|不)(?:把|将)[^，,；;。把将]{0,16}$")
# (r19alarm) "第十条第二款没有列出训诫": the list verb denied before the terms, in their clause
_NOT_NAMED = re.compile(r"(?:没有|没|未|并未|并没有)(?:列出|列入|列|点名|提到|提及|包括|写到|写)了?[^，,；;。、]{0,4}$")
_OUT_OF_LIST = re.compile(r"^[^，,；;。]*?(?:不在|没有列|未列|没有被列|不属于|没有包括|不包括)")


_MEMBER_OF = re.compile(r"^(?:也|还|同样|则)?(?:是|属于)[^，,；;。]{0,16}?(?:问责方式|方式|措施)(?:之一|中的一种)?[。；;]?$")


def _member_clause(sentence: str, start: int, end: int, paragraph, measure: str, book: RuleBook) -> bool:
    """The measure opens a clause of its own that only says it is one of the measures of an
    article it names ("调离现工作岗位也是第十条规定的问责方式之一"): that clause says nothing of
    combining it, and its membership is held by the readers of lists, not as a claim that it
    combines (g21alarm). Named as one of the combinable paragraph's own (第十条第二款规定的问责方式
    之一), or of no article (也是这样的方式之一), it is that claim, and is read as before."""
    head = re.split(r"[，,；;。]", sentence[:start])[-1]
    tail = re.split(r"[，,；;。]", sentence[end:])[0]
    if head.strip() or not _MEMBER_OF.match(tail) or re.search(r"合并|单独|一并|一起|同时|叠加", tail):
        return False
    refs = [r for r in find_refs(tail) if r.internal and r.article]
    if not refs or any(r.article == paragraph.article and r.paragraph in (paragraph.paragraph,) for r in refs) \
            or re.search(r"该款|本款|这一?款", tail):
        return False
    # (only where the rule data give the measure to the article named: 也是第十二条规定的 stays a claim)
    return all(any(measure in s.measures and s.source.article == r.article and r.paragraph in (None, s.source.paragraph)
                   for s in book.regulation.measure_sets) for r in refs)


def _denied_in_clause(sentence: str, end: int, spans: list[tuple[int, int]] = ()) -> bool:
    """The clause a term ends in denies it a place in the list, with at most a few other terms
    between the term and the denial. (r28alarm) The terms joined to it by 、/和 (`spans`, the
    sentence's terms) are one run the denial after the last of them covers, however long: "停职
    检查、引咎辞职、责令辞职、免职、调离现工作岗位都没有列入这一款"."""
    pos = end
    for start, stop in sorted(spans):
        if start >= pos and re.fullmatch(r"[、和及与]", sentence[pos:start]):
            pos = stop
    m = _OUT_OF_LIST.match(sentence[pos:])
    return bool(m) and len(m.group(0)) <= 16


_LISTS = re.compile(r"列|点名|提到|提及|包括|写了|写的是|只有|援引|引用|引了|分成|分为")
_RESTRICTS = re.compile(r"只点名了?|只列了?|只提到了?|只有|仅列|仅有|只写了")
_COUNTED = re.compile(r"(?<!第)(?<![一二两三四五六七八九十\d])([一二两三四五六七八九十\d]+)(种|组|项|类)")
# words that talk about a list rather than add to it (列出, 点名, 其中, 第一组…): what is left of a
# sentence once they, the references and the listed things are taken out must be next to nothing
_LIST_TALK = re.compile(r"第[一二三四五六七八九十]+(?:组|类)|没有|并|列在|列入|列出的?|列了|列|点名了?|提到了?|提及|写的?是|写了|包括|只有|引用了?|援引了?|引了|"
                        r"只|其中|不在|这一?款|这一?条|该款|该条|一共|共|分成|分为|除了|还|也|问责方式|方式|种|组|类|项|里面?|的|是|了|和|及|与|把|将")


def list_talk(sentence: str) -> str:
    """What is left of a sentence once its references and the words that talk about a list
    (列了, 包括, 其中, 种, 类…) are taken out."""
    return bare(_LIST_TALK.sub("", re.sub(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)|第?[（(][一二三四五六七八九十]+[)）]项?",
                                          "", sentence)))


def _not_a_count(sentence: str, m: re.Match, book: RuleBook) -> bool:
    """"那一组", "一组5种": 一 before 组 (or after 这/那/哪) names a group, it counts nothing; and
    "训诫、责令作出书面检查、通报批评三种" counts the measures listed just before it."""
    if m.group(1) == "一" and (m.group(2) == "组" or re.search(r"[这那哪另每同]$", sentence[:m.start()])):
        return True
    if m.group(2) == "项" and _OF_ARTICLE.search(sentence[:m.start()]):
        return True                      # "第十三条两项": the article's own items (`item_counts`), no measures
    run = [c for s0, e0, cat, c in marks(sentence[:m.start()], book) if cat == "measure"]
    tail = re.sub(r"(?:这|这些)$", "", sentence[:m.start()])   # 免职和调离现工作岗位这五种 (r12alarmA)
    count = 0
    for s0, e0, cat, c in reversed(marks(tail, book)):
        if cat != "measure" or not re.fullmatch(r"[、和及与]?", tail[e0:len(tail) if count == 0 else end]):
            break
        count, end = count + 1, s0
    return bool(run) and count >= 2 and count == cn_int(m.group(1))


def listing(sentence: str, book: RuleBook, text: str, titles: dict[str, set[str]]) -> list[Verdict]:
    """What an article or paragraph lists: "停职检查没有列在第十条第二款里", "这一款只点名了训诫、…",
    "第十条一共列了九种问责方式，分成两组", "第七条还提到了《…》": each measure or title said to be
    listed is in the passage's text (or said not to be, is not), a restrictive list names all of
    them, and each count is the number of measures, of measure sets or of one set's measures.
    Accounts for the whole sentence only when nothing but list talk is left."""
    if not _LISTS.search(sentence) and not re.search(r"不在其中|不在内|不在此列", sentence):
        return []
    plain = bare(text)
    canon_in = [m for s in book.regulation.measure_sets for m in s.measures if m in plain]
    out: list[Verdict] = []
    named = []
    rest = sentence
    spans = [(s0, e0) for s0, e0, cat, _ in marks(sentence, book) if cat == "measure"]
    named_off = None                     # the end of a run member whose list verb is denied before it
    for start, end, cat, m in marks(sentence, book):
        if cat != "measure":
            continue
        if alarms16_CP.partner(sentence, start, end):
            rest = rest.replace(sentence[start:end], "")
            continue                     # one of the *other* measures a listed one combines with
        denied = bool(_NOT_LISTED.search(sentence[end:])) or _denied_in_clause(sentence, end, spans) or \
            bool(_NOT_PUT.search(sentence[:start])) or szalarm_QC.denied_before(sentence, start) or \
            bool(_NOT_NAMED.search(sentence[:start])) or \
            (named_off is not None and re.fullmatch(r"[、和及与]", sentence[named_off:start]) is not None) or \
            r12alarmA_LT.topic_denied(sentence, end, spans)
        listed = m in plain
        named_off = end if _NOT_NAMED.search(sentence[:start]) or (
            named_off is not None and re.fullmatch(r"[、和及与]", sentence[named_off:start])) else None
        if denied == listed:
            out.append(Verdict(False, f"{m}{'在' if listed else '不在'}所引条文列出的问责方式中。"))
        elif not denied:
            named.append(m)
        rest = rest.replace(sentence[start:end], "")
    if named and _RESTRICTS.search(sentence) and set(named) != set(canon_in):
        out.append(Verdict(False, f"所引条文列出的是{'、'.join(canon_in)}。"))
    first_ref = re.search(r"第[零一二两三四五六七八九十百\d]+条", sentence)
    for t in re.findall(r"《([^》]+)》", sentence[first_ref.end() if first_ref else 0:]):
        # a title before the article names whose article it is, not what the article mentions
        names = {t, *(n.strip("《》") for n in titles.get(t, ()))}
        if not any(n in text for n in names):
            out.append(Verdict(False, f"所引条文没有提到《{t}》。"))
        rest = rest.replace(f"《{t}》", "")
    sets = [s for s in book.regulation.measure_sets if all(m in plain for m in s.measures)]
    allowed = {len(canon_in)} | ({len(sets)} | {len(s.measures) for s in sets} if len(sets) > 1 else set())
    for m in _COUNTED.finditer(sentence):
        n = cn_int(m.group(1))
        if _not_a_count(sentence, m, book):
            rest = rest.replace(m.group(0), "", 1)
            continue
        before = r12alarmA_LT.rest_count(sentence, m.start(), spans)
        if before is not None and canon_in:
            # 另外三种: the list less the members named before it, and the members it names
            after = r12alarmA_LT.rest_named(sentence, m.end(), spans)
            if n != len(canon_in) - before or after not in (0, n):
                out.append(Verdict(False, f"所引条文列有{len(canon_in)}种问责方式，除去前面说的{before}种还有"
                                          f"{len(canon_in) - before}种，不是{n}种。"))
            rest = rest.replace(m.group(0), "", 1)
            continue
        if canon_in and n not in allowed:
            out.append(Verdict(False, f"所引条文列有{len(canon_in)}种问责方式，不是{n}种。"))
        rest = rest.replace(m.group(0), "", 1)
    mentions = re.search(r"《", sentence[first_ref.end() if first_ref else 0:])
    if mentions:
        # "列了三部：《…》、《…》、《…》": a count of the documents listed, each title with its alias
        # one document, is the number the passage names
        listed = {frozenset({t, *(n.strip("《》") for n in titles.get(t, ()))})
                  for t in re.findall(r"《([^》]+)》", sentence[first_ref.end() if first_ref else 0:])}
        have = {frozenset({t, *(n.strip("《》") for n in titles.get(t, ()))}) for t in re.findall(r"《([^》]+)》", text)}
        for m in re.finditer(r"(?<![第\d一二两三四五六七八九十])([一二两三四五六七八九十\d]+)(?:部|份|个文件)(?:[\u4e00-\u9fff]{0,4}?(?:规定|文件|办法|法规))?", sentence):
            # (r28alarm) a count of the titles listed that is fewer than the passage names says the
            # passage names only those: "两部：《A》、《B》" of an article naming three is wrong
            if cn_int(m.group(1)) != len(have) and not (cn_int(m.group(1)) == len(listed) >= len(have)):
                out.append(Verdict(False, f"所引条文提到的文件有{len(have)}部，不是{m.group(1)}部。"))
            rest = rest.replace(m.group(0), "", 1)
        # the article's own words, quoted ("等有关规定", "等"), and its alias note (简称《办法》)
        rest = re.sub(r"[“「]([^”」]{1,20})[”」]", lambda q: "" if bare(q.group(1)) in plain else q.group(0), rest)
        rest = re.sub(r"[（(](?:以下)?简称[^）)]*[）)]", "", rest)
        rest = re.sub(r"后面(?:还)?(?:有|带)", "", rest)
    if out or not (named or canon_in and _COUNTED.search(sentence) or mentions):
        return out
    left = bare(_LIST_TALK.sub("", re.sub(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)", "", rest)))
    return [Verdict(True, "所引条文列出：" + "、".join(named or canon_in), whole=len(left) <= 2)]


_CITED_BY = re.compile(r"^((?:《[^》]+》[、和与及]?)+)(?:[（(]([^）)]*)[）)])?[：:](.+)$")
_CITE_TALK = re.compile(r"第[零一二两三四五六七八九十百\d]+条|《[^》]+》|引用了?|援引了?|提到了?|提及|沿用了?|这个|该|它|其|简称|"
                        r"并|也|还|了|均|都|分别|作为|制定|依据|的|和|与|及|、")


def cited_by(sentence: str, article_text, aliases: dict[str, set[str]]) -> list[Verdict]:
    """"《深圳市行政过错责任追究办法》：第七条引用，并简称《办法》，第十一条、第十六条沿用这个简称":
    documents and the articles that cite them. Each article named cites each title (by its title,
    its alias or the document number the sentence gives it in brackets; where the clause speaks of
    the short name, by the short name); an alias said to be given (简称《办法》) is the one the
    article before defines. Accounts for the whole sentence only when nothing but this talk is left."""
    m = _CITED_BY.match(sentence.strip().rstrip("。"))
    if m is None:
        return []
    titles = re.findall(r"《([^》]+)》", m.group(1))
    number = bare(m.group(2) or "")
    out: list[Verdict] = []
    left = ""
    before: list[int] = []
    for clause in re.split(r"[，,；;]", m.group(3)):
        arts = [cn_int(x) for x in re.findall(r"第([零一二两三四五六七八九十百\d]+)条", clause)]
        short = re.search(r"简称(?:为)?《([^》]+)》", clause)
        if short:
            given = any(f"简称《{short.group(1)}》" in article_text(n) for n in (arts or before))
            ok = given and all(f"《{short.group(1)}》" in aliases.get(t, set()) for t in titles)
            out.append(Verdict(ok, "" if ok else f"所引条文没有把这份文件简称为《{short.group(1)}》。"))
        for t in titles:
            alias = [a.strip("《》") for a in aliases.get(t, ())]
            names = alias if "简称" in clause and not short else [t, *alias] + ([number] if number else [])
            for n in arts:
                if not names or not any(x and x in bare(article_text(n)) for x in names):
                    out.append(Verdict(False, f"{format_ref(n)}没有引用《{t}》。"))
        before = arts or before
        left += bare(_CITE_TALK.sub("", clause))
    if not out and not before:
        return []
    ok = all(v.ok for v in out)
    return out + ([Verdict(True, "引用关系见于所引条文", whole=len(left) <= 2)] if ok else [])


# a body made the one who convenes or decides: 由X作出 / X负责召开, in a sentence about the meeting
# or the initial decision; X作出问责决定(前) is the decision the initial one comes before, not this one
# the act of deciding, in its full and short forms (作出初步问责决定, 作初步决定)
_ACTS = re.compile(r"^(?:负责|来|会|将|应|要|单独|自行|统一|只负责)?(?:召开|召集|拍板|作出|做出|决定|作|做)(?!为)")
_OTHER_DECISION = re.compile(r"^的?(?:是|为)?(?:之后|后来|此后|随后|以后|后面|后)?的?(?:最终|正式|最后)?(?:问责)?(?:决定|处理)|^[^，,；;。]{0,12}?(?:之|以)?前")


def acts_initially(sentence: str, body: str) -> bool:
    """"初步问责决定由国务院作出": in a sentence that speaks of the meeting or the initial
    decision, the body follows 由 or comes right before the act (召开, 作出, 拍板), and the act's
    object is not the decision the initial one is made before (国务院、省作出问责决定前)."""
    if not re.search(r"现场会|初步问责|初步决定|拍板", sentence):
        return False
    for clause in re.findall(r"[^，,；;。]+", sentence):
        for m in re.finditer(re.escape(body), clause):
            after = re.sub(r"^(?:[、和与及](?:国务院|省|市委|市政府|区委|区政府))+", "", clause[m.end():])
            after = re.sub(r"^(?:里|级|这一级|那一级)", "", after)       # 省里作的: the level word's body acts
            act = _ACTS.match(after)
            by = clause[max(0, m.start() - 1):m.start()] == "由"
            if not (by or act):
                continue
            rest = after[act.end():] if act else re.sub(r"^[^，,；;。]*?(?:作出|做出|召开|决定)", "", after)
            other = _OTHER_DECISION.search(rest)
            if other and "初步" not in other.group(0):
                continue          # 国务院、省作决定前: the decision the initial one comes before
            return True
    return False


# an article that speaks: 第十七条第二款规定 / 第十七条明确 …
_SPEAKS = re.compile(r"^(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:中|里)?(?:规定|明确|写明|指出|要求|说)")


def regalarm_spoken(sentence: str, refs: list, t: int, o: int, article_text) -> bool:
    """"第十七条第二款规定有第七条情形的领导干部要从重追究，并且明确不适用第二十一条": the relation
    between two articles is said as what a third one (the sentence's speaker, 第N条…规定) says; it is
    the text's own when that article refers to both (branch regalarm). A speaker that names only
    one of them, or none, links nothing."""
    for r in refs:
        if r.article in (t, o) or not _SPEAKS.match(sentence[r.end:]):
            continue
        said = _internal(article_text(r.article))
        if t in said and o in said:
            return True
    return False


def _miss2_initial_of(sentence: str, sev: str, book: RuleBook) -> bool:
    """A clause that gives this severity an initial decision (miss2): it says 初步问责 undenied, and
    the severity is its own or the sentence's only one; a clause that names articles gives the
    decision to them (按第十三条、第十四条初步问责后), not to the severity spoken of elsewhere."""
    for clause in re.split(r"[，,。；;]", sentence):
        if "初步问责" not in clause or re.search(r"(?:不|没有?|未|无|非)[^，,。；;]{0,8}初步问责", clause) or \
                re.search(r"第[零一二两三四五六七八九十百\d]+条", clause):
            continue
        said = severities_in(clause, book) or severities_in(sentence, book)
        if said == [sev]:
            return True
    return False


_ITEM_LINE = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")


def reg7alarm_paragraph_items(lines: list[str]) -> list[int]:
    """How many items each paragraph (款) of an article has, the item lines counted under the
    paragraph before them: an article's paragraphs are its lines that are not items."""
    out: list[int] = []
    for line in lines:
        if _ITEM_LINE.match(line):
            if out:
                out[-1] += 1
        else:
            out.append(0)
    return out
