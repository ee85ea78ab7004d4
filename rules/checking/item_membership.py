""""演练次数不足属于第九条第（四）项，要追究责任": a situation said to be a numbered item, and the
consequence its article's lead attaches to every item.

The item's line alone has neither the membership talk (属于第九条第（四）项, the reference is checked
as a named article) nor the consequence (应当追究责任 is in the lead: 有下列情形之一的，应当追究
责任). Held to the item alone, both read as words the passage lacks. So the membership whose
object is only a reference goes, and the novelty test reads the item with its lead: a consequence
the lead does not give (从重, 免职) is still a novel run, a situation the item does not state still
is, and the lead's own subject and consequence are what the article says of every item.
"""
from __future__ import annotations

import re

from . import lead_subject as g21alarm_LS
from . import numerals as N

# 属于 / 是 / 算 + a reference to an article or item (+ 规定的 / 所列的 + 情形), up to the clause's end
# (g22alarm: a paragraph in digits, 第11条第1款第(二)项, is left unread here on purpose. Read, it lets
# "…属于第11条第1款第(二)项，按第18条每次扣减2万元" pass where 每次扣减2万元 is (三)(四)'s, as the
# same sentence written 第十一条第一款 passes today: a gap of the membership reading, not of the digits)
_REFS = r"(?:本办法|本规定|本条例)?第[零一二两三四五六七八九十百\d]+条(?:第[一二三四五六七八九十]+款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?"
_MEMBERSHIP = re.compile(rf"(?:就|也|都)?(?:属于|归于|落入|算作|算是)(?:{_REFS}(?:[、和与或及]|或者)?)+(?:(?:规定|所列|列举)?的?)?(?:情形|情况|项)?(?=[，,。；;：:]|$)")   # (a colon opens what follows: reg7alarm)

# "属于第五条第（四）项的问责情形" (alarms16): the kind of 情形 named by a word the item's lead uses
# ("有下列情形之一的，应当问责"); a kind the lead does not name (不予问责情形) stays in the sentence
# (the kind may be the lead's whole consequence before 的情形: 属于第十二条第（二）项应当追究责任的情形, galarm4)
_MEMBERSHIP_KIND = re.compile(rf"(?:就|也|都)?(?:属于|归于|落入|算作|算是)(?:{_REFS}(?:[、和与或及]|或者)?)+(?:规定|所列|列举)?的?"
                              rf"(?P<kind>[\u4e00-\u9fff]{{2,4}}?|[\u4e00-\u9fff]{{5,8}}?(?=的情形))的?情形(?:之一)?(?=[，,。；;：:]|$)")


def _without_kind(sentence: str, lead: str) -> str:
    """The sentence without a membership whose 情形 is of a kind its lead names."""
    return _MEMBERSHIP_KIND.sub(lambda m: "" if "情形" in lead and m.group("kind") in lead else m.group(0), sentence)


# an item cited as what says the sentence (branch alarms15): "第十八条第一款第（二）项规定，…的，不予追究
# 责任" at the start, "…的，依照第十八条第（一）项不予追究责任" before the consequence
_ITEM_REF = r"(?:本办法|本规定|本条例|《[^》]{1,40}》)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?第?[（(][一二三四五六七八九十]+[)）]项?"
_CITING = re.compile(rf"^{_ITEM_REF}(?:规定|写明|明确|载明|列明)?[，,：:]|(?:依照|按照|按|根据|依据){_ITEM_REF}(?:的?规定)?[，,]?(?=[\u4e00-\u9fff])")


def _opening(lead: str, text: str) -> str | None:
    """The one line of the lead that opens the list (ends with ：): the consequence the item's own
    paragraph gives it, not that of the article's other paragraphs (有前款规定情形，但是…仍应当…)."""
    lines = [x for x in lead.splitlines() if x.strip() and x.strip() not in text and re.search(r"[：:]\s*$", x)]
    return lines[0] if len(lines) == 1 else None


# the subject a list's opening line puts before 有下列情形 (收运单位有下列情形之一的，应当追究责任：)
_SUBJECT = re.compile(r"^\s*(?:第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*)?(?P<s>[\u4e00-\u9fff、（）()]{2,30}?)有下列")


def _subject_named(consequence: str, opening: str) -> str:
    """The consequence without the subject the opening line gives the list, when it names it
    ("应当追究收运单位的责任" for "收运单位有下列情形之一的，应当追究责任：" is that line's 应当追究责任
    said of its own subject); any other subject stays, and is not the lead's."""
    m = _SUBJECT.match(opening)
    if not m:
        return consequence
    # (the whole subject, or one of its members: 运营单位 of 运营单位及其工作人员)
    for who in [m.group("s")] + [x for x in re.split(r"及其|以及|和|、|或者|及", m.group("s")) if len(x) >= 2]:
        if who in consequence:
            return consequence.replace(who + "的", "").replace(who, "")
    return consequence


def read(sentence: str, text: str, lead: str) -> tuple[str, str]:
    """(sentence, passage) for the novelty test: when the sentence says its situation is a
    numbered item (属于第N条第（k）项) and the item's lead is at hand, the sentence without that
    talk and the item's text with its lead; otherwise both unchanged (the lead's words never
    support a sentence that does not place itself in the list)."""
    if not lead:
        return sentence, text
    bare_sentence = _MEMBERSHIP.sub("", sentence)
    if bare_sentence == sentence:
        bare_sentence = _without_kind(sentence, lead)
    if bare_sentence == sentence:
        # (the subject the list's opening gives every item, said after the item's citation: lead_subject.py)
        return _cited(g21alarm_LS.without_subject(sentence, lead), text, lead), text
    return bare_sentence, text + "\n" + lead


def _cited(sentence: str, text: str, lead: str) -> str:
    """The sentence without the citation of its item and without its last clause when that clause
    is the consequence the line opening the item's list gives every item (…的，不予追究责任); else
    the sentence unchanged. Nothing else of the sentence is read with the lead."""
    cited = _CITING.sub("", sentence)
    opening = _opening(lead, text) if cited != sentence else None
    if opening is None:
        return sentence
    clauses = re.split(r"[，,]", cited.strip().rstrip("。；;"))
    last = re.sub(r"[^\u4e00-\u9fff]", "", _subject_named(clauses[-1], opening))
    pairs = {last[i:i + 2] for i in range(len(last) - 1)}
    have = {opening[i:i + 2] for i in range(len(opening) - 1)} | _figure_pairs(opening)
    if len(clauses) < 2 or not clauses[-2].endswith("的") or not pairs or not pairs <= have:
        return _lead_consequence(clauses, have) or _lead_measures(clauses, have) or sentence
    return "，".join(clauses[:-1]) + "。"


def _figure_pairs(text: str) -> set[str]:
    """The character pairs of the text with its figures written in digits (2万元 as 20000元, as the
    checker reads a sentence) and its marks left out: a figure is held digit by digit."""
    words = re.sub(r"[^\u4e00-\u9fff\d]", "", N.arabic(text))
    return {words[k:k + 2] for k in range(len(words) - 1)}


def _lead_consequence(clauses: list[str], have: set[str]) -> str | None:
    """(g23alarm) "第十八条第二款第（三）项规定，一年内…被处罚3次以上的，由区城市管理部门处2万元以上10万元
    以下罚款，并可以责令停业整顿15日以上30日以下": the case (up to its clause ending in 的) followed by
    several clauses, each the consequence the list's opening line gives every item, figures and
    all (…的，由区城市管理部门处2万元以上10万元以下罚款，并可以责令停业整顿15日以上30日以下：). The
    clauses after the case go; a figure or a word the opening lacks keeps them all. None when
    they do not all go."""
    case = max((i for i, c in enumerate(clauses) if c.endswith("的")), default=None)
    if case is None or case == len(clauses) - 1:
        return None
    after = clauses[case + 1:]
    if not all(len(p := _figure_pairs(c)) >= 2 and p <= have for c in after):
        return None
    return "，".join(clauses[:case + 1]) + "。"


# a remark in brackets, "（同时责令限期改正、给予警告）", and the words that join it on
_REMARK = re.compile(r"[（(](?P<r>[^（()）]{2,40})[)）]")
_REMARK_JOIN = re.compile(r"^(?:同时|并|另外|另|还|也|均|都)+(?:要|需|应当|会)?")


def _pairs(text: str) -> set[str]:
    words = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {words[k:k + 2] for k in range(len(words) - 1)}


def lead_remarks(text: str, have: set[str]) -> str:
    """(g22alarm) The text without a bracketed remark that restates what an item's list's lead
    (whose character pairs are `have`) gives every item: "并可以责令停业整顿1个月以上3个月以下（同时
    责令限期改正、给予警告）" of an item under "…的，由区住房城乡建设部门责令限期改正，给予警告，并按照下列
    规定处以罚款：". A remark with a word the lead lacks (同时吊销营业执照) stays."""
    if not have:
        return text

    def drop(m: re.Match) -> str:
        parts = [x for x in re.split(r"[、，,和及与]", _REMARK_JOIN.sub("", m.group("r").strip())) if x.strip()]
        return "" if parts and all(len(_pairs(x)) >= 1 and _pairs(x) <= have for x in parts) else m.group(0)
    return _REMARK.sub(drop, text)


def _lead_measures(clauses: list[str], have: set[str]) -> str | None:
    """(g22alarm) "按第25条第1款第（一）项，由区住房城乡建设部门责令限期改正，给予警告，并处5000元…罚款":
    the cited item's own consequence (处5000元…) said after the measures its list's opening line
    gives every item (…的，由区住房城乡建设部门责令限期改正，给予警告，并按照下列规定处以罚款：). The clauses
    before the last whose every pair is the opening's go; a clause with a word the opening lacks
    (由市住房城乡建设部门…, 责令停业整顿) stays and is held to the item. None when none goes."""
    kept, dropped = [], False
    for i, clause in enumerate(clauses):
        pairs = _pairs(clause)
        if i < len(clauses) - 1 and len(pairs) >= 2 and pairs <= have:
            dropped = True
            continue
        unremarked = lead_remarks(clause, have)
        dropped = dropped or unremarked != clause
        kept.append(unremarked)
    return "，".join(kept) + "。" if dropped and kept else None


def placed(sentence: str) -> bool:
    """Whether the sentence places itself in an article's list (…属于第九条第（四）项，…)."""
    return bool(_MEMBERSHIP.search(sentence) or _MEMBERSHIP_KIND.search(sentence))
