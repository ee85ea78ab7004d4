"""Claims that relate bodies and steps to one another, verified against the rule rows.

`claims.py` reads what a role gets; this module reads who does what and in which order, where a
draft can be wrong while every word of it is in the article (问责由纪检监察机关进行: both words are
in 第三条, the relation is not):
- conductors: who holds to account and who only carries out duties in it (rows `acts: conducts` /
  `duties`), and a body said to take no part;
- the group formed after an accident: its members, that it is a body of its own, and that it works
  in step with the body it is `alongside` (not after it);
- referrals: what a referral gives or where it goes (`key`), that a cumulative one comes on top of
  accountability (never instead of it), and that it is no measure of the measure sets;
- scope: a group said not to be covered that is the wording of a scope row, or a rank its 成员
  include;
- the order of the initial decision and the decision it comes `before`.
Every body, group, key and rank comes from the rows; nothing here names a fact of one regulation.
The readers return contradictions only: what they find right is still held to the sources by the
support test, so a sentence never passes because a relation in it is right.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import NEGATION, Verdict, bodies
from .sources import bare, bigrams
from .situation_frame import situation as r10alarmB_situation

_CLAUSES = re.compile(r"[^，,；;。：:]+")
_CONDUCT = re.compile(r"由(?P<who>[^，,；;。]{1,30}?)(?:按照?[^，,；;。]{0,10})?(?:进行|负责|实施|开展|主导|主持|决定)"
                      r"|^(?P<subject>[^，,；;。由]{2,30}?)(?:按照?[^，,；;。]{0,10})?(?:负责|主导|主持|实施|进行|牵头)(?:对[^，,；;。]{0,12})?问责")
_ONLY = re.compile(r"只由|仅由|只能由|只有|仅|只包括|只限于|仅限于")
_TAKES_NO_PART = re.compile(r"不参与|不参加|不负责|不承担|不履行|没有职责|无职责|无权|没有权|不能参与|不介入|不管")
_MEMBERS = re.compile(r"(?:由|成员来自|成员包括|包括)(?P<who>[^，,；;。]{1,30}?)(?:共同|联合|一起)?(?:组成|构成|组建|牵头|参加)")
# the active form: the members are the clause's subject ("纪检监察机关和有关部门组成事故调查组")
_MEMBERS_ACTIVE = re.compile(r"^(?:[^，,；;。]{0,6}?(?:规定|要求|明确)?[，,]?)?(?P<who>[^，,；;。由]{2,30}?)(?:共同|联合|一起)?(?:组成|组建)(?!的)")
_SAME = re.compile(r"同一个?|一回事|就是|即是|只是名称不同|名称不同|合二为一|合并为一")
_AFTER = re.compile(r"(?:结束|完成|之后|以后|后|完毕)[^，,；;。]{0,6}(?:再|才|方可|然后)?(?:成立|组建|开展|启动|作出|做出)|先[^，,；;。]{1,12}再|等[^，,；;。]{0,8}(?:结束|完成)")
_EXCLUDES = re.compile(r"不再|不得再|不能再|无需再|不用再|就不|不另|免于|免除|代替|取代|替代|之后不得|以后不得")
# (szalarm4) a replacement denied: "问责并不替代纪律处分" says the referral still follows, as its row has it
_REPLACEMENT_DENIED = re.compile(r"(?:不|并不|并非|不是|不能|不会|不可|不得|无法)(?:用来|被用来|可以|能)?(?:代替|取代|替代)$")


def _excludes(before: str) -> bool:
    """Whether the words before a referral's key withhold it (不再, 免于, 以问责替代): a replacement
    whose own verb is negated (问责不替代纪律处分) withholds nothing; any other exclusion word does."""
    for m in _EXCLUDES.finditer(before):
        if m.group(0) in ("代替", "取代", "替代") and _REPLACEMENT_DENIED.search(before[:m.end()]):
            continue
        return True
    return False


_IS_MEASURE = re.compile(r"(?:属于|是|算|列为|列入)[^，,；;。]{0,12}问责方式")
_NOT_COVERED = re.compile(r"不在(?:[^，,；;。]{0,12})(?:范围|之列|其列|此列|其中|里|内)|不属于|不包括|不适用|不算|排除在外|不在列")
_SCOPE_ABOUT = re.compile(r"范围|适用|所称|对象|属于|包括|之列|在列|其列|列入|列举|算|涵盖|覆盖|纳入")
_RESTRICT = re.compile(r"只包括|只有|只是|仅包括|仅限于?|只限于?|只指|仅指|只把|仅把|只将|只涵盖|仅涵盖|只覆盖")
# the levels of government a scope row names (市委、市政府… / 区（包括管理区）…)
_LEVELS = {"市": re.compile(r"市(?:委|政府|级|里|直)|^市"), "区": re.compile(r"区(?:委|政府|级|里|党委|（|\(|的)|管理区|^区")}
_BEFORE_AFTER = re.compile(r"^[^，,；;。]{0,14}?(之前|以前|前|之后|以后|后)")


def _canon(body: str, allowed: list[str]) -> str | None:
    """The row's body a draft's body names: itself, or with its level (市/区/上级) taken off, or a
    party committee (区委 is a 党委) when the row names one."""
    b = re.sub(r"^(?:上级|市|区|省|街道)", "", body) or body
    for a in allowed:
        if body == a or b == a or body.endswith(a):
            return a
    if b.endswith("委") and b not in ("纪委", "监委") and any(a.endswith("党委") for a in allowed):
        return next(a for a in allowed if a.endswith("党委"))
    return None


def named_bodies(text: str, book: RuleBook) -> list[str]:
    """The bodies a text names, in order (for "两者" in a draft: the two its question names)."""
    return _bodies(text, book)


def _bodies(text: str, book: RuleBook) -> list[str]:
    """Named bodies in order: the checker's list and every body the conductor rows name (a group
    also by its short name, 问责组)."""
    words = {w for r in book.regulation.conductors for w in (*r.bodies, r.group or "", r.alongside or "") if w}
    words |= {_short(w) for w in words}
    found: list[tuple[int, int, str]] = []
    for w in sorted(words, key=len, reverse=True):
        for m in re.finditer(re.escape(w), text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), w))
    for b in bodies(text):
        for m in re.finditer(re.escape(b), text):
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), b))
    # "市委、市政府" / "区委、区政府" name a 党委 and a 政府; a level alone before 政府 reads as one body
    for m in re.finditer(r"(?<![委会])政府", text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "政府"))
    for m in re.finditer(r"党委", text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), "党委"))
    return [w for _, _, w in sorted(found)]


def _short(name: str) -> str:
    """事故问责组 is also written 问责组."""
    return re.sub(r"^事故", "", name)


def conductors(sentence: str, book: RuleBook) -> list[Verdict]:
    """"问责由X进行": every X must be a body of a `conducts` row; a body of any row said to take
    no part contradicts it."""
    rows = book.regulation.conductors
    conducts = next((r for r in rows if r.acts == "conducts"), None)
    if conducts is None:
        return []
    group_words = [w for r in rows for w in (r.group, r.alongside) if w]
    out: list[Verdict] = []
    for c in _CLAUSES.finditer(sentence):
        clause = c.group(0)
        if any(_short(g) in clause for g in group_words) or re.search(r"初步问责|现场会|进一步问责|移送|处分", clause):
            continue                    # the group's clause, the convening rows', the referrals'
        about = "问责" in clause or "问责" in sentence[:c.start()]
        if not about and "职责" not in clause:
            continue
        m = _CONDUCT.search(clause) if about else None
        if m and not NEGATION.search(clause[:m.start()]) and not NEGATION.search(m.group(0)):
            for b in _bodies(m.group("who") or m.group("subject"), book):
                if _canon(b, conducts.bodies):
                    continue
                other = next((r for r in rows if r.acts == "duties" and _canon(b, r.bodies)), None)
                out.append(Verdict(False, f"{conducts.source.article_label}：问责由{conducts.who}{conducts.how}；"
                                          + (f"{other.who}{other.how}。" if other else f"不是{b}。")))
        n = _TAKES_NO_PART.search(clause)
        if n and not r10alarmB_situation(clause, n.start()):
            for b in _bodies(clause[:n.start()], book):
                row = next((r for r in rows if r.acts in ("conducts", "duties") and _canon(b, r.bodies)), None)
                if row is not None:
                    out.append(Verdict(False, f"{row.source.article_label}：{row.who}{row.how}，不是不参与问责。"))
    return out


def accident_group(sentence: str, book: RuleBook, question: str = "") -> list[Verdict]:
    """The group formed after an accident: who it is made of, that it is not the body it works
    alongside, and that it works in step with it."""
    out: list[Verdict] = []
    for row in book.regulation.conductors:
        if row.acts != "forms_group" or not row.group:
            continue
        group = _short(row.group)
        if group not in sentence:
            continue
        label = row.source.article_label
        for c in _CLAUSES.finditer(sentence):
            clause = c.group(0)
            m = _MEMBERS.search(clause)
            if m and not NEGATION.search(clause[max(0, m.start() - 4):m.start()]) and not re.search(r"哪", m.group("who")):
                for b in _bodies(m.group("who"), book):
                    if b in (row.group, group) or _short(b) == group:
                        continue
                    if _canon(b, row.bodies) is None:
                        out.append(Verdict(False, f"{label}：{row.who}，没有{b}。"))
        if row.alongside and _short(row.alongside) in sentence:
            other = _short(row.alongside)
            same = _SAME.search(sentence)
            if same and not NEGATION.search(sentence[max(0, same.start() - 3):same.start()]):
                out.append(Verdict(False, f"{label}：{row.group}与{row.alongside}是两个组，同步开展工作。"))
            after = _AFTER.search(sentence)
            if after and not NEGATION.search(sentence[max(0, after.start() - 4):after.start()]) \
                    and not re.search(r"事故(?:发生)?(?:之|以)?后", sentence[max(0, after.start() - 4):after.end()]):
                out.append(Verdict(False, f"{label}：{row.group}{row.how}，不是在{other}之后。"))
    return out


# two measures said to exclude each other: 不并用, 不能同时给予, 不得并处, 二者只能选一
_NOT_TOGETHER = re.compile(r"^[^，,。；;]{0,4}?(?:不|不能|不得|不可|不会|不应|无法)(?:再)?(?:并用|同时(?:适用|给予|使用|追究|进行)|并处|叠加|兼施|合并适用)"
                           r"|^[^，,。；;]{0,6}?(?:只能)?二(?:者)?(?:选|择)一")


def referrals(sentence: str, book: RuleBook) -> list[Verdict]:
    """What a referral gives is given (not withheld), on top of accountability, and is no measure."""
    out: list[Verdict] = []
    measures = {m for s in book.regulation.measure_sets for m in s.measures}
    for row in book.regulation.referrals:
        if not row.key:
            continue
        label = row.source.article_label
        for m in re.finditer(r"(?:只|仅|仅仅|只是)(?:能|可)?(?:给予|给|作出|移送|移交)?([^，,。；;]{2,8})", sentence):
            part = bare(m.group(1))
            if part != row.key and part in row.key and part.endswith(row.key[-2:]):
                out.append(Verdict(False, f"{label}：{row.when}{row.then}，不只是{part}。"))
        key = next((f for f in _key_forms(row) if f in sentence), None)
        if key is None:
            continue
        at = sentence.index(key)
        # (heldmiss) every place the key stands is read, not the first only: "问责与党纪政纪处分不并用，
        # 受到问责的，不再给予党纪政纪处分" withholds it at its second place
        for place in [m.start() for m in re.finditer(re.escape(key), sentence)]:
            clause = next(c.group(0) for c in _CLAUSES.finditer(sentence) if c.start() <= place < c.end())
            k = place - next(c.start() for c in _CLAUSES.finditer(sentence) if c.start() <= place < c.end())
            before = clause[:k]
            modifier = clause[k + len(key):].startswith("的")   # 党纪政纪处分的具体种类: about something else
            if not modifier and (_excludes(before) or
                                 re.search(r"(?:不|无需|不用|不必|没有必要)(?:给予|给|移送|移交)$", before)):
                out.append(Verdict(False, f"{label}：{row.when}{row.then}。"))
                break
            # (heldmiss) the two said not to go together (问责与党纪政纪处分不并用) where the row's
            # referral comes on top of accountability
            if row.cumulative and not modifier and _NOT_TOGETHER.search(clause[k + len(key):]):
                out.append(Verdict(False, f"{label}：受到问责，{row.when}{row.then}；两者并存，不是不能并用。"))
                break
        is_measure = _IS_MEASURE.search(sentence[at:])
        if is_measure and row.key not in measures and not NEGATION.search(sentence[at:at + is_measure.end()]):
            out.append(Verdict(False, f"{row.key}不是本规定的问责方式；{label}：{row.when}{row.then}。"))
        if row.cumulative:
            for c in _CLAUSES.finditer(sentence):
                if re.search(r"(?:不再|不得再|不能再|无需再|不用再|就不|不另行?)(?:进行|实施|给予)?问责|免于问责|代替问责|取代问责", c.group(0)):
                    out.append(Verdict(False, f"{label}：受到问责，{row.when}{row.then}；两者并存，不是互相替代。"))
    return out


# (szalarm4) accountability said not to replace what the referrals give: "也就是说，问责并不替代纪律处分和
# 刑事追究" restates that they come on top of it; a conclusion word may lead it
_NOT_REPLACED = re.compile(r"^(?:也就是说|换句话说|换言之|可见|所以|因此|这说明|即)?[，,]?(?:受到)?问责(?:本身)?(?:并|也)?"
                           r"(?:不|不会|不能|不是要?|并不)(?:替代|取代|代替)(?P<what>[^，,。；;！!]+?)[。！!]?$")


def not_replaced(sentence: str, book: RuleBook) -> list[Verdict]:
    """The whole sentence saying accountability does not replace the referrals it names: each thing
    named must be a referral's (its key, the responsibility its condition or its row names) and every
    referral named cumulative (given on top of accountability, never instead); else it says nothing
    here and the other readings judge it."""
    m = _NOT_REPLACED.match(sentence.strip())
    if m is None:
        return []
    rows = [r for r in book.regulation.referrals if r.key]
    named = []
    for part in re.split(r"和|与|及|以及|、|或", m.group("what")):
        part = re.sub(r"^(?:对|的)", "", part)
        row = next((r for r in rows if any(f in part for f in _key_forms(r))), None)
        if row is None:
            return []
        named.append(row)
    if not named or not all(r.cumulative for r in named):
        return []
    return [Verdict(True, "、".join(dict.fromkeys(r.source.article_label for r in named)), whole=True)]


def _key_forms(row) -> list[str]:
    """The names a referral goes by, from its row's own words: its key (党纪政纪处分) and the
    responsibility its condition names (追究纪律责任), and their halves crossed (纪律处分,
    党纪政纪责任), longest first."""
    nouns = [row.key] + re.findall(r"[\u4e00-\u9fff]{2}(?:责任|处分)", row.when) + list(row.names)
    heads = {n[:-2] for n in nouns if len(n) >= 4}
    tails = {n[-2:] for n in nouns if len(n) >= 4 and n[-2:] in ("责任", "处分")}
    forms = {row.key, *row.names} | {h + t for h in heads for t in tails}
    return sorted(forms, key=len, reverse=True)


def scope(sentence: str, book: RuleBook, named_articles: list[int]) -> list[Verdict]:
    """A group said not to be covered (or the scope said to include only some) that a scope row
    covers: its wording is (nearly) the row's, or it is a rank the row's 成员 include."""
    rows = book.regulation.scope
    if not rows:
        return []
    article = rows[0].source.article
    if article not in named_articles and not re.search(r"本规定|所称|党政领导干部|适用", sentence):
        return []
    ranks = sorted({k for r in rows for k in r.ranks}, key=len, reverse=True)
    out: list[Verdict] = []
    label = rows[0].source.article_label
    for c in _CLAUSES.finditer(sentence):
        clause = c.group(0)
        neg = _NOT_COVERED.search(clause)
        restrict = _RESTRICT.search(clause)
        if not neg:
            cut = _shortened_row(clause, rows)
            if cut:
                out.append(Verdict(False, f"{label}所称的是{cut[0].covers}（不是“{cut[1]}”）。"))
        if neg and not re.search(r"没有|未|不是", clause[:neg.start()]):
            group = clause[:neg.start()]
            row = _row_named(group, rows)
            rank = next((k for k in ranks if k in group and _SCOPE_ABOUT.search(sentence)), None)
            if row is not None:
                out.append(Verdict(False, f"{label}所称党政领导干部包括{row.covers}。"))
            elif rank and not re.search(r"市委|市政府|人大|政协|社区|企业", group):
                out.append(Verdict(False, f"{label}所称的是领导班子成员、领导成员，正职和副职都在内。"))
        for row, levels in _listed_rows(rows):
            # "只把市委、市政府工作部门的内设机构…纳入" / "区级部门的内设机构不在范围内": a row that
            # reaches back to the departments listed before it (上列) covers every level they have
            core = bare(re.sub(r"^上列[^内]*?工作部门|领导成员$|成员$", "", row.covers))
            said = clause[restrict.end():] if restrict else clause[:neg.start()] if neg else ""
            if len(core) < 2 or core not in bare(said):
                continue
            named = {lv for lv, pat in _LEVELS.items() if pat.search(said)}
            if named and named < levels and (restrict and not NEGATION.search(clause[:restrict.start()]) or
                                             neg and not re.search(r"没有|未|不是", clause[:neg.start()])):
                out.append(Verdict(False, f"{label}：{row.covers}，上列工作部门是{'、'.join(lv for lv in _LEVELS if lv in levels)}两级的工作部门。"))
        topic = _topic_row(clause[:restrict.start()], rows) if restrict else None
        if topic is not None and not NEGATION.search(clause[:restrict.start()]):
            # "内设机构这一层只覆盖领导成员": the restriction is within the row its topic names
            said = [bare(x) for x in re.split(r"[、，,和及与]|以及", clause[restrict.end():]) if len(bare(x)) >= 2]
            if said:
                ok = all(x in bare(topic.covers) for x in said)
                out.append(Verdict(ok, f"{label}：{topic.covers}" + ("" if ok else "。")))
            continue
        if restrict and not NEGATION.search(clause[:restrict.start()]):
            said = clause[restrict.end():]
            left = _rows_left_out(said, rows)
            if left:
                out.append(Verdict(False, f"{label}所称党政领导干部还包括{'、'.join(left)}。"))
            rank = next((k for k in ranks if k in said), None)
            if rank and _SCOPE_ABOUT.search(sentence):
                out.append(Verdict(False, f"{label}所称的是领导班子成员、领导成员，不只是{rank}。"))
    return out


_LAYER = re.compile(r"(?:这|那)?(?:一)?(?:层|级|类|块)$|里面$|里$|中$|的$")


def _topic_row(before: str, rows):
    """The scope row the words before a restriction name as its topic ("内设机构这一层只覆盖…"):
    those words (after the last comma, without 这一层 / 里) are part of one row's wording."""
    words = bare(re.split(r"[，,：:]", before)[-1])
    for _ in range(2):
        words = _LAYER.sub("", words)
    rows_with = [r for r in rows if len(words) >= 4 and words in bare(r.covers)]
    return rows_with[0] if len(rows_with) == 1 else None


def _rows_left_out(said: str, rows) -> list[str]:
    """"只覆盖领导班子成员和街道党政领导成员": each group the restriction lists is a scope row's
    closing words (or the whole row), and rows none of them names are left out by the 只."""
    items = [bare(x) for x in re.split(r"[、，,和及与]|以及", said) if len(bare(x)) >= 4]
    if not items:
        return []
    named = [[r for r in rows if bare(r.covers).endswith(x) or x in bare(r.covers) and len(x) >= 6] for x in items]
    if not all(named):
        return []
    hit = {id(r) for group in named for r in group}
    return [r.covers for r in rows if id(r) not in hit]


def _listed_rows(rows) -> list[tuple[object, set[str]]]:
    """Rows that refer to the departments listed before them (上列工作部门), with the levels of
    government those rows name."""
    out = []
    for i, r in enumerate(rows):
        if "上列" in r.covers:
            before = [x.covers for x in rows[:i] if "工作部门" in x.covers]
            out.append((r, {lv for lv, pat in _LEVELS.items() if any(pat.search(b) for b in before)}))
    return out


def _shortened_row(clause: str, rows) -> tuple[object, str] | None:
    """"指市委、市政府领导班子成员" where the row is 市委、市政府工作部门领导班子成员: a group
    listed as covered that is a row with words taken out of its middle is another group (the
    words in the row's brackets, 包括管理区, may be left out)."""
    from difflib import SequenceMatcher

    group = re.sub(r"^(?:以及|及|和|还有|就是|即|指|是|包括|有)+", "", clause.strip())
    g = bigrams(bare(group))
    row = next((r for r in rows if len(g) >= 4 and len(g & bigrams(bare(r.covers))) / len(g) >= 0.85
                and len(g & bigrams(bare(r.covers))) / len(bigrams(bare(r.covers))) >= 0.6), None)
    if row is None:
        return None
    unbracket = lambda x: bare(re.sub(r"[（(][^）)]*[）)]|的", "", x))
    mine, theirs = unbracket(group), unbracket(row.covers)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, theirs, mine, autojunk=False).get_opcodes():
        if op == "delete" and i2 - i1 >= 2 and 0 < i1 and i2 < len(theirs):
            return row, group
    return None


def _row_named(group: str, rows) -> object | None:
    """The scope row a group is named by: nearly all of the group's character pairs are in the
    row's wording, and it names most of the row's."""
    g = bigrams(bare(re.sub(r"的|本规定|第[^条]{1,4}条|工作部门的", lambda m: "工作部门" if m.group(0) == "工作部门的" else "", group)))
    if len(g) < 4:
        return None
    for r in rows:
        have = bigrams(bare(r.covers))
        if len(g & have) / len(g) >= 0.85 and len(g & have) / len(have) >= 0.7:
            return r
    for r in rows:
        # "管理区党工委、管委会的领导": the units a row names as included in it (in brackets:
        # 包括管理区, 党工委, 管委会) are covered by it, whatever else the row names
        have = bigrams(bare(r.covers))
        inside = bigrams(bare("".join(re.findall(r"[（(]([^）)]+)[）)]", r.covers)).replace("包括", "")))
        items = [re.sub(r"的?(?:领导|干部|成员|人员|负责人|班子)+$", "", x).replace("的", "")
                 for x in re.split(r"[、，,和及与]", group)]
        own = set().union(*(bigrams(bare(x)) for x in items))
        if own and len(own & have) / len(own) >= 0.85 and len(own & inside) >= 3:
            return r
    return None


_WAITED = re.compile(r"(?:待|等到?|等待|等候)$")
_THEN = re.compile(r"再|才|然后|之后|以后|据此")


def decision_order(sentence: str, book: RuleBook) -> list[Verdict]:
    """"在国务院、省作出问责决定后再作出初步问责决定": the initial decision comes before the
    decision its row names."""
    out: list[Verdict] = []
    if "初步问责" not in sentence:       # (初步问责是在…之后作出的: the decision by its short name too)
        return out
    for row in book.regulation.convening:
        if not row.before:
            continue
        anchor_words = [w for w in re.split(r"、|作出|做出", row.before) if w]
        heads = [m.end() for w in anchor_words[:-1] for m in re.finditer(re.escape(w), sentence)]
        if not heads:
            continue
        last = max(heads)                 # after the bodies, the decision they make
        tail = sentence.find(anchor_words[-1], last)
        if tail >= 0 and tail - last <= 6:
            last = tail + len(anchor_words[-1])
        first = min(m.start() for w in anchor_words[:-1] for m in re.finditer(re.escape(w), sentence))
        if _WAITED.search(sentence[max(0, first - 4):first]) and _THEN.search(sentence[last:last + 12]):
            # "须待国务院、省作出问责决定，再…作出初步问责决定": waited for, so made after it
            out.append(Verdict(False, f"{row.source.article_label}：初步问责决定在{row.before}前作出，不是之后。"))
            continue
        m = _BEFORE_AFTER.search(sentence[last:])
        if not m:
            continue
        if m.group(1).endswith("后"):
            out.append(Verdict(False, f"{row.source.article_label}：初步问责决定在{row.before}前作出，不是之后。"))
    return out


def order_elsewhere(sentence: str, book: RuleBook, severities: list[str], named_articles: list[int]) -> list[Verdict]:
    """"第十四条规定，较大事故…并在省作出问责决定前作出初步问责决定": the decision the initial one
    comes before (a row's `before`) said of a severity or an article whose row names none; the
    order is the row's own, not every convening row's."""
    out: list[Verdict] = []
    rows = book.regulation.convening
    for row in rows:
        if not row.before:
            continue
        words = [w for w in re.split(r"、|作出|做出", row.before) if w]
        deciders, decision = words[:-1], words[-1]
        if not deciders or not re.search(f"(?:{'|'.join(map(re.escape, deciders))})[^，,；;。]{{0,8}}?{re.escape(decision)}"
                                         r"(?:之|以)?前", sentence):
            continue
        other_severity = bool(severities) and not set(severities) & set(row.severities)
        other_article = bool(named_articles) and row.source.article not in named_articles and \
            any(r.source.article in named_articles for r in rows)
        if other_severity or other_article:
            out.append(Verdict(False, f"{row.source.article_label}：在{row.before}前作出初步问责决定的是"
                                      f"{'、'.join(row.severities)}事故，所说的事故或条文没有这一先后。"))
    return out


def members_moved(sentence: str, book: RuleBook) -> list[Verdict]:
    """"立即成立由纪检监察机关以及有关部门组成的事故调查组": the members of a group row said of
    the body the group works alongside (its `alongside`), which is another group. The group
    formed is the one right after 组成的, or the subject before 由…组成, or the object of an active
    组成 whose subject is the members ("纪检监察机关和有关部门组成事故调查组")."""
    out: list[Verdict] = []
    for row in book.regulation.conductors:
        if row.acts != "forms_group" or not row.group or not row.alongside:
            continue
        group, other = _short(row.group), _short(row.alongside)
        for c in _CLAUSES.finditer(sentence):
            clause = c.group(0)
            m = _MEMBERS.search(clause) or _MEMBERS_ACTIVE.search(clause)
            if m is None or NEGATION.search(clause[max(0, m.start() - 4):m.start()]) or NEGATION.search(m.group("who")):
                continue
            members = [b for b in _bodies(m.group("who"), book) if b not in (row.group, group, row.alongside, other)]
            if not members or not all(_canon(b, row.bodies) for b in members):
                continue
            active = m.re is _MEMBERS_ACTIVE
            formed = clause[m.end():m.end() + 8] if active or clause[m.end():].startswith("的") else clause[:m.start()][-8:]
            if other in formed and group not in formed:
                out.append(Verdict(False, f"{row.source.article_label}：由{'、'.join(members)}组成的是{row.group}，"
                                          f"{row.alongside}是与它同步工作的另一个组。"))
    return out


_ALWAYS = re.compile(r"一律|一概|凡是?|无论|不论|所有|全部|必然|统统|均(?:要|会|应|须)")


def _condition(row) -> str:
    """The words of a referral's condition that name it (追究纪律责任 of 同时需要追究纪律责任的)."""
    return bare(re.sub(r"同时|需要|需|的$", "", row.when))


def _inline_then_wrong(then: str, said, rows) -> bool:
    """(r12alarmA) A consequence written in the condition's own clause ("涉嫌犯罪的给予行政处分"): it
    is wrong when it names another referral's key, or shares too little with the row's own
    consequence (its key or its words, 移送司法机关依法处理)."""
    if any(f in then for r in rows if r is not said for f in _key_forms(r)):
        return True
    words = bare(re.sub(r"^(?:就|则|才|都|也|应当|应|要|须)+|依照有关规定|依法|处理$", "", then))
    have = bigrams(said.then + said.key)
    pairs = [words[i:i + 2] for i in range(len(words) - 1)]
    return bool(pairs) and sum(p in have for p in pairs) / len(pairs) < 0.5


def referral_crossed(sentence: str, book: RuleBook) -> list[Verdict]:
    """A referral's condition given another referral's consequence ("需要追究纪律责任的，移送司法
    机关"), and a referral said to follow always (一律, 凡) where its row gives it only under its
    condition (同时需要追究纪律责任的). Conditions and keys are the rows' own words."""
    rows = [r for r in book.regulation.referrals if r.key and _condition(r)]
    out: list[Verdict] = []
    clauses = [c.group(0) for c in _CLAUSES.finditer(sentence)]
    for clause in clauses:              # a condition with its consequence in its own clause (r12alarmA)
        said = next((r for r in rows if _condition(r) in clause), None)
        # (its consequence right after the condition's own 的: …追究纪律责任的给予…)
        own = re.match(r"的(?P<then>[^的，,；;。]+)$", clause[clause.index(_condition(said)) + len(_condition(said)):]) \
            if said and not NEGATION.search(clause) else None
        # (a consequence is a verb's: 涉嫌犯罪的党政领导干部 is a relative clause, its 的 heads a noun)
        if own and re.match(r"^(?:就|则|才|都|也|要|应当?|依照有关规定|依法)*(?:给予|予以|移送|移交|交由|追究)", own.group("then")) \
                and _inline_then_wrong(own.group("then"), said, rows):
            out.append(Verdict(False, f"{said.source.article_label}的原文是“{said.when}，{said.then}”。"))
    for i, clause in enumerate(clauses[:-1]):
        said = next((r for r in rows if _condition(r) in bare(clause)), None)
        if said is None or NEGATION.search(clause):
            continue
        # (r12alarmA) "…需要追究纪律责任的给予党纪政纪处分，涉嫌犯罪的移送…": the condition's clause
        # already gives its own consequence after its 的, so the next clause is another case
        own = re.match(r"的(?P<then>[^的]+)$", clause[clause.index(_condition(said)) + len(_condition(said)):]) \
            if _condition(said) in clause else None
        if own and any(f in own.group("then") for f in _key_forms(said)):
            continue
        then = clauses[i + 1]
        given = [r for r in rows if any(f in then for f in _key_forms(r))]
        if not given and not NEGATION.search(then) and re.match(r"^(?:就|则|才|都|也|要|应当?)*(?:给予|予以|移送|移交|交由)", then) \
                and _inline_then_wrong(then, said, rows):    # 涉嫌犯罪的，给予行政处分 (r12alarmA)
            out.append(Verdict(False, f"{said.source.article_label}的原文是“{said.when}，{said.then}”。"))
            continue
        if given and said not in given and not NEGATION.search(then):
            other = given[0]
            out.append(Verdict(False, f"{said.source.article_label}：{said.when}，{said.then}；"
                                      f"{other.when}，才{other.then}。"))
    plain = bare(sentence)
    for row in rows:
        key = next((f for f in _key_forms(row) if f in sentence), None)
        if key is None or _condition(row) in plain:
            continue
        at = sentence.index(key)
        always = _ALWAYS.search(sentence[:at])
        if always and not NEGATION.search(sentence[max(0, always.start() - 3):at]):
            out.append(Verdict(False, f"{row.source.article_label}：{row.when}，才{row.then}，不是{always.group(0)}如此。"))
    return out


_HEAD_END = re.compile(r"都|均|也|全部|属于|是|在|算|包括|列入|纳入")


def scope_heads(sentence: str, book: RuleBook, named_articles: list[int]) -> list[Verdict]:
    """Two ways a group is put in or out of 第二条 that the other scope readers do not read:
    - a row's unit with another head ("内设机构的全体工作人员都属于…" where the row says 内设机构
      领导成员): said covered, the words after the unit name no leader (the row's 领导, a rank it
      includes, 负责人);
    - a level said not covered ("区级和街道的领导不在适用范围内"): a part of the group, without its
      level suffix (级) and leader words, is what a scope row begins with."""
    rows = book.regulation.scope
    if not rows or (rows[0].source.article not in named_articles and not re.search(r"本规定|所称|党政领导干部|适用", sentence)):
        return []
    label = rows[0].source.article_label
    ranks = {k for r in rows for k in r.ranks}
    out: list[Verdict] = []
    for c in _CLAUSES.finditer(sentence):
        clause = c.group(0)
        neg = _NOT_COVERED.search(clause)
        if neg is None and _SCOPE_ABOUT.search(clause) and not NEGATION.search(clause):
            # the row whose unit the clause names at most length (内设机构 is the internal row's,
            # not the 工作部门 of the rows before it)
            said = bare(clause)
            best = max(((n, r) for r in rows for core in [bare(re.sub(r"^上列|(?:领导班子成员|领导成员|成员)$", "", r.covers))]
                        for n in range(len(core), 3, -1) if core[-n:] in said), key=lambda t: t[0], default=None)
            if best is None:
                continue
            n, row = best
            core = bare(re.sub(r"^上列|(?:领导班子成员|领导成员|成员)$", "", row.covers))[-n:]
            after = said[said.rfind(core) + len(core):].lstrip("的")
            end = _HEAD_END.search(after)
            head = after[:end.start()] if end else ""
            if head and not re.search("领导|负责" + "".join(f"|{k}" for k in ranks), head):
                out.append(Verdict(False, f"{label}所称的是{row.covers}，不是{head}。"))
        elif neg and not re.search(r"没有|未|不是", clause[:neg.start()]):
            for part in re.split(r"[、和及与]|以及", clause[:neg.start()]):
                unit = re.sub(r"(?:这一级|一级|层面|级)$", "", re.sub(r"(?:的)?(?:领导|干部|领导干部|官员)$", "", bare(part)))
                row = next((r for r in rows if unit and bare(r.covers).startswith(unit)), None)
                if row is not None:
                    out.append(Verdict(False, f"{label}所称党政领导干部包括{row.covers}。"))
    return out
