"""A sentence held to the clause of the document it restates, not to the whole document.

The support test finds a sentence's figures and bodies *somewhere* in the passages; a draft that
moves a figure (三十日 where the article says 十五日, 三十日 being another article's), swaps a
body for another the text names (法制机构 for 督察机构), reverses a bound (不低于 for 不超过),
flips a negation or a modality, or drops a condition (无正当理由, 但是…除外) still passes that test.
Here each clause of the sentence is aligned with the statement of the document it restates (the
one sharing most of its words, the figures and bodies themselves left out, so that they cannot
choose their own statement), and what the clause says is held to that statement:
- every figure of the clause is the statement's (numerals in one script, see `numerals`);
- every body the document names (a run ending in 机构 / 机关 / 部门 / 领导班子 / 负责人…, or a
  short name the document defines: 以下简称市食安办) is the statement's;
- a bound next to a figure keeps its direction (不超过 / 以内 / 以下 are one, 不少于 / 以上 /
  至少 another, 低于 / 超过 strict);
- a negation agrees (不能 and 没 read as 不得 and 未), and a modality is neither weakened (可以
  where it says 应当) nor strengthened (必须 where it says 可以);
- a condition of the statement is not dropped: every part of a listed situation (an item: 无正当
  理由, 已履行审慎审查义务仍无法发现的) and every exception (但是…, …除外) is said somewhere in
  the draft.
A clause that aligns with no statement confidently is left to the support test.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..references import Ref, cn_int, find_refs
from . import referred_only as g17alarm_RO
from .sources import SourceText, bare, bigrams
from . import paragraph_lines
from . import negation_scope as backlog_scope
from . import own_bodies as g18alarm_OB
from . import excepted_case as g20alarm_PV
from . import item_range as g18alarm_IR
from .item_consequence import item_consequences
from . import figure_rival as reg5_rival
from . import figure_tier as reg7alarm_tier
from . import counted_within as reg7alarm_within
from . import proviso as reg7alarm_proviso
from . import approval as reg7alarm_approval
from . import lead_modality as reg7alarm_lead
from . import lead_class as szalarm_LC
from . import excepted as para_EX
from . import negated_span as reg5_negated
from . import elided_subject as reg5_subject
from . import lead_subject as galarm4_LS
from . import alternatives as wcalarm_alt
from . import table_rows
from . import classed_case as g16alarm_CC
from . import duty_items as alarmsing_duty
from .elided_quote import within as elided_within
from . import case_by_items as oldreg_CBI
from . import cited_case_consequence as oldreg_CCC
from . import basis_reference as wing2_BR

MIN_ALIGN = 0.5           # share of a clause's content pairs in the statement it restates
BODY_TIE = 0.05           # what naming the clause's bodies adds to a statement's share when choosing
MIN_KEPT = 0.3            # share of a condition's content pairs the draft must say
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊即说讲写提到还再]")
# (g19alarm: 第二十三条、第二十四条 cut whole, its 、 no joint of two words)
_REFS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:[、和及至到][零一二两三四五六七八九十百\d]+)+(?:款|项)|"
                   r"(?:本办法|本规定)?第[零一二两三四五六七八九十百\d]+条(?:[、和及与](?:本办法|本规定)?第[零一二两三四五六七八九十百\d]+条)+|第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|[（(][一二三四五六七八九十\d]+[)）]项?|本办法|本规定|前款")
# a figure: digits (numerals read in one script), or a fraction the text writes in words (三分之一)
_FIGURE = re.compile(r"\d+(?:\.\d+)?%?|[一二两三四五六七八九十]+分之[一二两三四五六七八九十]+")
_BODY_END = r"(?:机构|机关|部门|领导班子|负责人|调查组|委员会|办公室|人民政府|局(?![长务]))"
_DEFINED = re.compile(r"以下简称“?([^）)”]{2,12})”?[)）]")
_NEGATION = re.compile(r"不(?!仅|但|论|管|同|断)|未|没|无(?!论)|非(?!常)|免予|禁止|严禁")
_MAY = re.compile(r"可以|可(?!能)")
# a right granted (有权举报) is a permission too, for the modality a clause is held to (branch holesa)
_RIGHT = re.compile(r"可以|可(?!能)|有权(?!力|利|威|益|限|属|责|机关|部门|单位)")
# an exception (…的除外) denies the statement for its case: "X的内容不公开" restates "…公开，但是X的
# 内容除外" (branch regalarm); only the alignment of a clause's polarity reads it so, and only for a
# clause that says no exception of its own (除非…, 除…外 are read as before)
# and a refusal (拒绝提供, 拒不改正) is the negation of the act refused: "不给统计资料" restates
# "拒绝提供统计资料"
_REGALARM_NEGATION = re.compile(_NEGATION.pattern + r"|除外|拒绝|拒不")
_DUTY = re.compile(r"应当|应(?!用)|必须|须|务必|一律")
_BOUNDS = {
    # (不得超过, 不应低于: the bound said as a prohibition)
    "upper": re.compile(r"不[得应能]?超过|不[得应能]?多于|不[得应能]?高于|以下|以内|之内|内|最高|最多|至多|上限"),
    "lower": re.compile(r"不[得应能]?少于|不[得应能]?低于|以上|至少|最少|最低|下限|起码"),
    "below": re.compile(r"低于|少于|不足|不到|未满"),
    "above": re.compile(r"超过|多于|高于"),
}
_EXCEPTION = re.compile(r"^(?:但是|但|除|不过)|除外")
# a precondition of a statement: whose approval or consent it needs (经…批准 / 同意 / 审批)
_PRECONDITION = re.compile(r"^经.{2,}(?:批准|同意|审批|核准|决定)$")
# an item reference of a clause (第（四）项), not of another article (第十一条第（七）项)
_ITEM_REF = re.compile(r"(?<!条)第[（(]([一二三四五六七八九十]+)[)）]项")
# items of a named article, its paragraph between (第11条第1款第(三)项、第(四)项): not the article's own
# items, which _ITEM_REF compares (another article's items are item_refs.py's; branch oldreg)
_ARTICLE_ITEMS = re.compile(r"第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十百\d]+款)?"
                            r"(?:(?:、|和|或者|或|及|以及)?第[（(][一二三四五六七八九十\d]+[)）]项)+")
_BARE_ITEM = re.compile(r"(?<![条款])第[（(]([一二三四五六七八九十]+)[)）]项")
# a term of a list said with a bound (通报批评以上): the step of a scale the statement starts from
_STEP = r"(?:及|或者?)?(?:以上|以下)"
_PREVIOUS = re.compile(r"前款(?!第)")
_LABEL = re.compile(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
# an item's number, （一） or 1. / 1、 / （1）, which says nothing of the item's case
_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))\s*")
# a failure an item names (未在…内采取) restated as the duty it breaches (要在…内采取)
_FAILURE = re.compile(r"未|没有?|不")
_DUTY_SAID = re.compile(r"应当|应该|必须|须|得|要|需要")
_COUNT = re.compile(r"(?:一共|总共|共)(?:有|列了?|规定了?)?([一二两三四五六七八九十]+)(?:种|项|类|个|条)")
_LIGHT = re.compile(r"予以|加以")
MOVED = 0.25              # how much better another statement must explain what follows a condition
CONTEXT = 0.3             # weight of the rest of the sentence in choosing among close statements
IG3_JOINED = 0.7          # share a short clause joined to the one before must have in that one's statement
IG3_PHRASE = 16           # longest noun phrase a bound reaches over before its figure
ITEM_NAMED = 0.1          # an item the sentence names by its number is preferred (g16alarm)
FIGURE_TIE = 0.002        # a statement holding the sentence's figures breaks a tie of words (g18alarm)
WORDING_TIE = 0.001       # a statement keeping the clause's words in order breaks a tie (_run_share: g16alarm)
ANCHOR = 0.15             # a statement of the article the whole sentence restates is preferred


@dataclass(frozen=True)
class Statement:
    """One statement of the document: its words, those of the items it refers to (第十一条第一款
    第（一）项 read as 责令作出书面检查), its article and whether it is a listed item."""

    text: str
    article: int | None
    item: bool
    read: str                 # the text with what it refers to appended
    grams: frozenset = frozenset()        # character pairs of `read`
    own: frozenset = frozenset()          # character pairs of `text`
    previous: bool = False                # `read` has the paragraph before, which the text calls 前款


# (passages' ids and text, the function that reads their references) -> their statements
_STATEMENTS: dict[tuple, list] = {}


def statements(passages: list[SourceText], referred=None) -> list[Statement]:
    """The statements of passages: their lines cut at 。 and ；, each with the text of the items
    and paragraphs it refers to (`referred(ref) -> text`). Kept for the last passages read (a
    draft's sentences restate the same document).

    Kept per `referred` function, not per passages alone: what a reference reads depends on the
    source set (an index's chunks and the parsed files may give one reference different texts)
    and on the reader (a paragraph as itself or as its article). Keyed by the passages alone, one
    set's reading was once handed to another, and a verdict depended on which test a worker had
    run before (test_cache_keys.py). The checker makes one function per source set and document
    (checker._reference_readers), so a set's readings are reused; the key holds it, so its id stays its."""
    key = (tuple((p.id, p.text) for p in passages), referred)
    kept = _STATEMENTS.get(key)
    if kept is None:
        if len(_STATEMENTS) > 64:
            _STATEMENTS.clear()
        kept = _STATEMENTS[key] = _statements(passages, referred)
    return kept


def _statements(passages: list[SourceText], referred=None) -> list[Statement]:
    out = []
    for p in passages:
        lead = ""
        # (an article that numbers its items 1. / 1、 has them as its items: paragraph_lines.item_lines)
        arabic = not any(_ITEM.match(x.strip()) for x in p.text.splitlines())
        paragraph, before = "", ""          # the paragraph a line is in, and the one before it (前款)
        for line in p.text.splitlines():
            item = bool(_ITEM.match(line.strip())) or arabic and bool(paragraph_lines.is_arabic_item(line))
            if line.strip() and not item and "|" not in line:
                paragraph, before = line, paragraph
            row = table_rows.prose(line, p.text) if "|" in line else None
            if row is not None:
                # a table's row is the sentence it stands for, with its grade and its columns'
                # subjects (a header or separator says nothing of its own: table_rows.py)
                if row:
                    read = "\n".join([row] + ([lead] if lead else []))
                    out.append(Statement(line.strip(), p.article, False, read, frozenset(bigrams(read)),
                                         frozenset(bigrams(row))))
                continue
            for s in re.split(r"[。；;]", line):
                if not bare(s):
                    continue
                s = _LABEL.sub("", s)      # the article's own label is no reference
                refs = find_refs(s)
                if p.article and not refs:
                    # a bare item (第（四）项与第（五）项) is one of the article's own (前款第（一）项
                    # is read where it stands: the lead before the items)
                    refs = [Ref(None, None, p.article, None, cn_int(n), 0, 0) for n in _BARE_ITEM.findall(s)]
                    # (a range, 前款第（一）项至第（三）项, is every item in it: item_range.py, g18alarm)
                    have = {r.item for r in refs}
                    refs += [Ref(None, None, p.article, None, n, 0, 0) for n in g18alarm_IR.numbers(s) if n not in have]
                extra = [t for r in refs if r.article and referred is not None and (t := referred(r))]
                previous = bool(_PREVIOUS.search(s) and before and p.article and not refs)
                if previous:
                    # "可以在前款规定的期限内要求听证": 前款 is the paragraph before, read with it as
                    # a reference by number is (g15alarm)
                    extra.append(before)
                # an item is said under its article's lead (有下列情形之一的，可以从轻或者减轻追究：)
                read = "\n".join([s] + extra + ([lead] if item else []))
                # (a light verb, 予以 / 加以, carries nothing of its own: 及时予以纠正 is 及时纠正)
                out.append(Statement(s.strip(), p.article, item, read, frozenset(bigrams(read) | bigrams(_LIGHT.sub("", read))),
                                     frozenset(bigrams(s) | bigrams(_LIGHT.sub("", s))), previous))
                if not item and re.search(r"[：:]\s*$", s + line[-1:]):
                    lead = s
    return out


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，,；;：:。！!？?\n]", text) if bare(c)]


def bodies_of(texts: list[str]) -> list[str]:
    """The names a document defines (以下简称市食安办) and the short items of its lists (通报批评,
    暂停执法资格): the terms a sentence must keep in the statement it restates."""
    out = [d for t in texts for d in _DEFINED.findall(t)]
    for t in texts:
        for line in t.splitlines():
            m = _ITEM.match(line.strip())
            if m:
                term = line.strip()[m.end():].strip("；;。，, ")
                if 4 <= len(term) <= 10 and not re.search(r"[，,、的]", term):
                    out.append(term)
    return list(dict.fromkeys(out))


# where the name of a body begins in the text: after punctuation or a word that governs it
_BODY_STOP = set("，,。；;：:、（）()“”\n 由向经报对为是和或与及在将把被给从其并")


def _body_names(doc_text: str) -> set[str]:
    """The names of bodies in a document: each run before a body word back to where its name
    begins, and the endings of that run of four characters or more (督察机构 in 本部门督察机构)."""
    out = set()
    for m in re.finditer(_BODY_END, doc_text):
        start = m.start()
        while start > max(0, m.start() - 10) and doc_text[start - 1] not in _BODY_STOP:
            start -= 1
            # a short part in brackets belongs to the name (区（县）卫生健康主管部门): reg4miss
            if (paren := re.search(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,2}[)）]$", doc_text[:start])) is not None:
                start = paren.start() + 1
        run = doc_text[start:m.end()]
        out |= {run[i:] for i in range(len(run)) if len(run) - i >= 4}
    return out


def _bodies(clause: str, doc_text: str, defined: list[str]) -> list[str]:
    """The bodies and terms a clause names: the document's terms, and at each body word the
    longest body name of the document that ends there."""
    out = [d for d in defined if d in clause]
    names = _names(doc_text)
    for m in re.finditer(_BODY_END, clause):
        best = next((clause[s:m.end()] for s in range(max(0, m.start() - 10), m.start())
                     if clause[s:m.end()] in names), None)
        if best and not any(best in d or d in best for d in out):
            out.append(best)
    return out


_NAMES: dict[int, set[str]] = {}
_ROLES: dict[int, list[str]] = {}


def _names(doc_text: str) -> set[str]:
    key = hash(doc_text)
    if key not in _NAMES:
        if len(_NAMES) > 16:
            _NAMES.clear()
        _NAMES[key] = _body_names(doc_text)
    return _NAMES[key]


# a person's role a document names (申请人, 被追究人, 审核人员): two characters and 人, or 人员
_ROLE = re.compile(r"被?[\u4e00-\u9fff]{2}人(?!员|民)|[\u4e00-\u9fff]{2}人员")
MIN_ROLE = 3              # how often a document names a role for it to be one


def roles_of(doc_text: str) -> list[str]:
    """The roles a document names often enough to hold a sentence to them, longest first."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"(?=(被?[\u4e00-\u9fff]{2}人(?!员|民)))|(?=([\u4e00-\u9fff]{2}人员))", doc_text):
        w = m.group(1) or m.group(2)
        if "的" not in w:
            counts[w] = counts.get(w, 0) + 1
    return sorted((w for w, n in counts.items() if n >= MIN_ROLE), key=len, reverse=True)


# "…未经批准进行的用火行为，例如烧荒、炼山等": examples given of the noun the clause before ends in
_EXAMPLES = re.compile(r"^(?:例如|比如|譬如|诸如|像是?)")


def held_by_examples(clause: str, said: bool, prev: tuple | None, unit: "Statement") -> bool:
    """Whether an unnegated clause of examples (例如烧荒、炼山等) names members of the noun the clause
    before it ends in, that clause restating the same statement: the examples are that noun's, under
    its condition (未经批准进行的用火行为), which the clause before was held to; they state no polarity
    of their own (g15alarm). A negation in the examples is read as usual."""
    return not said and prev is not None and prev[0] is unit and bool(_EXAMPLES.match(clause.strip()))


def _roles_in(text: str, roles: list[str]) -> set[str]:
    """The roles a text names, each at its longest (被追究人, not 追究人 inside it)."""
    out = set()
    for r in roles:
        if r in text:
            out.add(r)
            text = text.replace(r, "|")
    return out


def _pairs(text: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", _REFS.sub("", text)))


def _share(mine: set[str], text) -> float:
    """Share of `mine` in a text (or in a set of its pairs)."""
    have = text if isinstance(text, (set, frozenset)) else bigrams(text)
    return len(mine & have) / len(mine) if mine else 0.0


def _stripped(clause: str, bodies: list[str]) -> str:
    """The clause without what is held to its statement (figures, bodies, negations, modal
    words, bounds): the words that choose the statement."""
    out = clause
    for b in sorted(bodies, key=len, reverse=True):
        out = out.replace(b, "|")
    out = _FIGURE.sub("|", out)
    for pat in [_NEGATION, _MAY, _DUTY, *_BOUNDS.values()]:
        out = pat.sub("|", out)
    return out


def _bound(text: str, fig_start: int, fig_end: int) -> str | None:
    """The direction of the bound said next to a figure (within a few characters after it, else
    before it)."""
    # (within the figure's clause: 不少于1名配备，不足10座的 bounds 1 from before, not by the next clause's 不足)
    after = re.split(r"[，,。；;]", text[fig_end:fig_end + 8])[0]
    before = text[max(0, fig_start - 6):fig_start]
    for where in (after, before):
        hits = []
        for kind, pat in _BOUNDS.items():
            for m in pat.finditer(where):
                hits.append((m.start(), -len(m.group(0)), kind))
        if not hits and where is before:
            # a bound over a noun phrase before the figure: 不少于委员总数的三分之一
            # (the phrase may be long: 不低于本市在运行自动监测站点总数的百分之十五)
            m = re.search(r"(不[得应能]?(?:超过|多于|高于|少于|低于)|至少|最多|低于|超过|少于|高于)[^，,。；;\d]{1,%d}的$" % IG3_PHRASE,
                          text[max(0, fig_start - IG3_PHRASE - 6):fig_start])
            if m:
                return next(k for k, pat in _BOUNDS.items() if pat.fullmatch(m.group(1)))
        if hits:
            # the nearest word (the longest at one place: 不超过 before 超过)
            hits.sort(key=lambda h: h[0] if where is after else -h[0])
            # (before it: the word ending nearest the figure, the longest of those: 不少于, not
            # the 少于 inside it)
            if where is after:
                return hits[0][2]
            return min(hits, key=lambda h: (h[1] - h[0], h[1]))[2]      # (h[0] - h[1] is where it ends)
    return None


_ITEM_MARK = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")


def _named_item(u: Statement, named: frozenset) -> bool:
    """Whether the statement is an item the sentence names by article and number (第10条第(三)项)."""
    if not named or not u.item:
        return False
    m = _ITEM_MARK.match(u.text)
    try:
        return m is not None and (u.article, cn_int(m.group(1))) in named
    except ValueError:
        return False


def _aligned(clause: str, units: list[Statement], bodies: list[str], anchor: int | None,
             context: set[str] = frozenset(), items: frozenset = frozenset(),
             figures: frozenset[str] = frozenset()) -> tuple[Statement, float] | None:
    """The statement a clause restates (its figures, bodies and polarity words left out), the
    article the whole sentence restates preferred, and of close ones the statement the rest of
    the sentence (`context`) restates too; None when none is close enough. Between statements
    that tie on all that, the one holding more of the sentence's `figures` (这几种都是责令改正，处
    5000元以上1万元以下罚款 where two statements say 责令改正, each with its fine: g18alarm)."""
    mine = _pairs(_stripped(clause, bodies))
    if len(mine) < 3:
        return None
    # of statements the words tie between (两项都是"投诉事项已经由…受理…的"), the one that has the
    # clause's bodies: a body is left out to catch its swap, not to choose against the statement naming it
    # (a statement that refers to 前款 is chosen by its own words, the paragraph before being read
    # with it only once chosen: g15alarm)
    top = max((_share(mine, u.own if u.previous else u.grams) for u in units), default=0.0) if items else 0.0
    scored = sorted(((_share(mine, u.own if u.previous else u.grams), u) for u in units),
                    key=lambda t: -(t[0] + (ANCHOR if t[1].article == anchor else 0) + CONTEXT * _share(context, t[1].own)
                                    + (BODY_TIE if bodies and all(b in t[1].text for b in bodies) else 0)
                                    + (reg7alarm_tier.TIE if reg7alarm_tier.holds_tier(clause, t[1].text) else 0)
                                    + WORDING_TIE * _run_share(clause, t[1].text)
                                    + FIGURE_TIE * _figure_share(figures, t[1].text)
                                    + (ITEM_NAMED if t[0] >= top - ITEM_NAMED and _named_item(t[1], items) else 0)))
    if not scored or scored[0][0] < MIN_ALIGN:
        return None
    return scored[0][1], scored[0][0]


def _figure_share(figures: frozenset[str], text: str) -> float:
    """Share of the sentence's figures that the statement's text holds, each as a whole number."""
    if not figures:
        return 0.0
    return sum(bool(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", text)) for f in figures) / len(figures)


def _run_share(clause: str, text: str) -> float:
    """Share of the clause's runs of three characters found in the text: between statements its
    pairs tie on (对护林员，还可以解除聘用 / 被解除聘用的，2年内不得再被聘用为护林员, both holding
    解除聘用 and 护林员), the one that keeps the clause's words in their order (被解除聘用的)."""
    runs = {clause[i:i + 3] for i in range(len(clause) - 2)}
    return sum(r in text for r in runs) / len(runs) if runs else 0.0


def _exception_said(clause: str, rival: "Statement", unit: "Statement") -> bool:
    """Whether a rival statement may stand for the clause: any statement may, but an exception
    (但是，作出决定的机关认为需要停止执行的除外) only when the clause says some of its own words, those
    the statement it excepts from lacks (作出决定的机关认为需要): "处理决定停止执行" beside
    "…不停止处理决定的执行" states the exception as the rule."""
    if not _EXCEPTION.search(_clauses(rival.text)[0] if _clauses(rival.text) else rival.text) and "除外" not in rival.text:
        return True
    own = {g for g in _pairs(rival.text) if g not in unit.grams}
    return len(own & _pairs(clause)) >= 2


def _parity(text: str) -> bool:
    """Whether a text says no: an odd number of negations (不属于不予受理 says yes), bounds aside."""
    for pat in _BOUNDS.values():
        text = pat.sub("|", text)
    return len(_NEGATION.findall(text)) % 2 == 1


def _lead_parts(unit: "Statement", clause: str, covered: list[str]) -> list[str] | None:
    """The clauses of an item's lead that a clause restates better than it restates the item
    (None when it restates the item, or the statement is no item)."""
    if not unit.item:
        return None
    own = max((_share(_pairs(c), clause) for c in covered if c in unit.text), default=0.0)
    lead = [c for c in _clauses(unit.read.replace(unit.text, "")) if _share(_pairs(c), clause) >= 0.5]
    best = max((_share(_pairs(c), clause) for c in lead), default=0.0)
    return lead if lead and best > own else None


def _negated(text: str) -> bool:
    """A negation, the 不 of a bound (不低于, 不超过) aside: that is the bound's direction."""
    for pat in _BOUNDS.values():
        text = pat.sub("|", text)
    return bool(_NEGATION.search(text))


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], draft: str, question: str = "",
             referred=None, items_of=None, written: str = "") -> list[str]:
    """What the sentence's clauses say against the statements of `passages` they restate (the
    articles it names, else its document's `whole`), `draft` the whole draft (where a condition
    may be said), `referred(ref)` the text a reference names, `items_of(article)` how many items
    an article lists, `written` the sentence as the draft wrote it (a count that opens a list,
    共四种：…, is taken out of `sentence` once it matches the list; it still says the list is whole)."""
    units = statements(passages or whole, referred)
    if not units:
        return []
    doc_text = "\n".join(p.text for p in whole)
    defined = bodies_of([p.text for p in whole])
    raw_clauses = _clauses(sentence)
    # (the items the sentence names, 依照第10条第(三)项: of statements its words tie between, those: g16alarm)
    named_items = frozenset((r.article, r.item) for r in find_refs(sentence)
                            if r.article and r.item and not r.doc_title and not r.doc_number)
    raw_sentence = sentence
    sentence = _REFS.sub("", sentence)
    arts = {p.article for p in passages or whole}
    by_article: dict = {}
    for u in units:
        by_article.setdefault(u.article, set()).update(u.own)
    said = _pairs(sentence)
    anchor = max(arts, key=lambda n: _share(said, by_article.get(n, set())), default=None) if len(arts) > 1 else None
    out: list[str] = []
    conditions: dict[str, str] = {}       # a condition -> the statement it is part of
    g22alarm_read: dict[str, str] = {}    # an item's condition -> the lead of its list
    wcalarm_or: dict[str, list[str]] = {}  # a clause -> the alternatives of its run (alternatives.py)
    clauses = _clauses(sentence)
    first_item: Statement | None = None
    raws = [r for r in raw_clauses if bare(_REFS.sub("", r))]
    written_item = bool(re.search(r"[；;]\s*$", written or raw_sentence))     # (a line of a list the draft writes)
    before: tuple[Statement, str] | None = None
    hits: list[Statement] = []
    hit_at: dict[int, Statement] = {}
    reg5_leads: list[tuple[str, Statement]] = []      # (a statement's leading condition, the statement)
    alarmsing_lead_clause: dict[int, tuple] = {}      # (the clause that restated it, its share, its bodies)
    for i, clause in enumerate(clauses):
        bodies = _bodies(clause, doc_text, defined)
        # (a case naming the article its act follows restates a statement citing it: basis_reference.py, wing2)
        basis = wing2_BR.cited(raws[i], len(raws) == 1 and written_item) if len(raws) == len(clauses) else set()
        basis_units = wing2_BR.citing(units, basis) if basis else []
        if basis_units:
            clause = wing2_BR.in_text_words(clause, basis, basis_units)
        hit = _aligned(clause, basis_units or units, bodies, anchor, _pairs(_stripped(sentence, [])) - _pairs(clause), named_items,
                       frozenset(_FIGURE.findall(sentence)))
        if hit is None and before is not None and before[1].endswith("的"):
            # "X的，Y" where Y alone is too short to choose: Y read with its condition
            joined = _share(_pairs(_stripped(before[1] + clause, bodies)), before[0].grams)
            hit = (before[0], joined) if joined >= 0.6 and len(_pairs(_stripped(clause, bodies))) >= 2 else None
        if hit is None and before is not None and bodies and \
                len({g for g in _pairs(_stripped(clause, bodies)) if "|" not in g}) < 3:
            # a clause too short to choose a statement of its own, but naming a body (报市…局备案
            # after …制定实施细则; 复核机关可以不听取 after …的): read with the statement the clause before it restates
            # (each clause's own pairs, none across their boundary or a word taken out)
            both = {g for c in (before[1], clause) for g in _pairs(_stripped(c, bodies)) if "|" not in g}
            joined = _share(both, before[0].grams)
            hit = (before[0], joined) if joined >= IG3_JOINED else None
            # (unless another statement says the clause with its bodies, word for word but for its
            # particles: "…作书面检查，市人民政府可以对区人民政府通报批评" joins with a comma what the
            # text says in two statements apart, …作出书面检查；市人民政府可以对区人民政府予以通报批评: g18alarm)
            own = g18alarm_OB.own_statement(clause, bodies, units, before[0], _pairs(_stripped(clause, [])))
            hit = own or hit
        if hit is None and before is not None:
            # a short clause read within the article the clause before restates (short_clause.py)
            from . import short_clause as reg5_short
            hit = reg5_short.joined(clause, bodies, before, units)
            reg5_words = reg5_short.words(clause, bodies, before[1]) if hit is not None else None
        else:
            reg5_words = None
        if hit is None and i + 1 < len(clauses):
            # a condition too short to choose alone, read with its consequence (condition_joined.py)
            from . import condition_joined as wping_CJ
            hit = wping_CJ.joined(clause, clauses[i + 1], bodies, units,
                                  {anchor} | ({before[0].article} if before is not None else set()))
        if hit is None:
            before = None
            continue
        unit, share = hit
        hits.append(unit)
        hit_at[i] = unit
        if before is not None and before[0] is unit and before[1].endswith("的"):
            # "X的，Y" restating one statement: Y is read with its condition (可以申请回避 after the
            # situation that 应当回避 follows)
            share = max(share, _share(_pairs(_stripped(before[1] + clause, bodies)), unit.grams))
        prev = before
        before = (unit, clause)
        raw = raws[i] if len(raws) == len(clauses) else ""
        theirs_items = set(_ITEM_REF.findall(_ARTICLE_ITEMS.sub("", unit.text)))
        mine_items = set(_ITEM_REF.findall(_ARTICLE_ITEMS.sub("", raw)))
        if share >= 0.5 and theirs_items and mine_items and not mine_items <= theirs_items:
            out.append(f"原文这一句说的是第（{'）项、第（'.join(sorted(theirs_items, key=cn_int))}）项（原文：{unit.text}）")
        if unit.item and first_item is None:
            first_item = unit
        for m in _FIGURE.finditer(clause):
            fig = m.group(0)
            found = list(re.finditer(rf"(?<![\d.]){re.escape(fig)}(?![\d])", unit.text))
            held_in = unit.text
            if not found and unit.read != unit.text and not unit.previous:
                # (the figure of the provision the statement refers to, 第5条第3款规定的频次 being
                # 每月巡查不少于1次, is the statement's: g16alarm)
                found = list(re.finditer(rf"(?<![\d.]){re.escape(fig)}(?![\d])", unit.read))
                held_in = unit.read
            if not found and reg5_rival.held_elsewhere(clause, fig, _bound(clause, m.start(), m.end()), unit, share,
                                                       units, bodies):
                continue             # (another statement of the article, restated as well, has it: reg5)
            if not found and reg7alarm_within.period_before(fig, unit, units):
                continue             # (the period a 不计算在内 points back to, written out: reg7alarm)
            if not found:
                out.append(f"“{fig}”不是原文这一句的数字（原文：{unit.text}）")
                continue
            mine = _bound(clause, m.start(), m.end())
            theirs = {_bound(held_in, u.start(), u.end()) for u in found}
            if mine and None not in theirs and mine not in theirs:
                out.append(f"“{fig}”的界限与原文不符（原文：{unit.text}）")
        if share >= 0.5:
            # a grade of a scale said in place of the statement's (橙色以上预警 for 红色预警: g19miss)
            from . import grade_swapped as g19miss_GS
            swapped = g19miss_GS.problems(clause, unit.text)
            # (g22alarm2) unless another statement that the clause restates as closely gives the
            # clause's own grade to that head: "算重大事件" where （一）特别重大事件 and （二）重大事件 open alike
            mine_pairs = _pairs(_stripped(clause, bodies))
            if swapped and any(u is not unit and g19miss_GS.gives(clause, u.text) and _share(mine_pairs, u.grams) >= share
                               for u in units):
                swapped = []
            out += swapped
        if share >= 0.6:
            out += widened(clause, unit.text, doc_text)
            # a role exchanged for another (审核人员的失信信息 where it says 申请人的)
            roles = _ROLES.get(hash(doc_text)) or _ROLES.setdefault(hash(doc_text), roles_of(doc_text))
            mine_roles, their_roles = _roles_in(clause, roles), _roles_in(unit.read, roles)
            if mine_roles - their_roles and their_roles - mine_roles:
                out.append(f"“{'、'.join(sorted(mine_roles - their_roles))}”不是原文这一句所说的人（原文：{unit.text}）")
        for b in bodies:
            if b not in unit.read and b not in unit.read.replace("的", "") and not reg5_subject.inherits(
                    b, unit, units, statements(whole, referred)) and not (
                    unit.item and galarm4_LS.inherits(b, clause, unit.text, doc_text)):
                # (an unsaid subject: reg5; an item's, from its list's lead: galarm4; a term the
                # statement says with a 的 inside, 责任追究的方式 for 追究方式, is said: galarm4)
                out.append(f"“{b}”不是原文这一句所说的（原文：{unit.text}）")
        # "不属于不追究…的情形": the frame 属于…情形 says whether the case is the lead's, nothing of its own
        framed = _share({g for g in _pairs(_stripped(re.sub(r"属于|(?:的)?情形(?:之一)?", "", clause), bodies)) if "|" not in g},
                        unit.grams) if unit.item and re.search(r"属于.+情形", clause) else 0.0
        if not _negated(clause) and (excepted := _regalarm_excepted(clause, unit.text)):
            out.append(f"“{clause}”说的是原文除外的情形（原文：{excepted}）")      # (branch regalarm)
        if max(share, framed) >= 0.6 and not re.search(r"[吗呢？?]$", clause):
            # (the statement's parts cut at its conjunctions too: 明知该决定违法 | 而未提出书面异议)
            # (and its alternatives apart: 可以从轻处理或者免予追究责任 is no negation of 从轻处理)
            # (and a table row's cells apart: the 未 of a row's case, 隐患未按期整改, is not its figure's, g15alarm)
            parts = [x for c in _clauses(unit.text) for x in re.split(r"而|并且|但是|但|且|或者|\|", c) if bare(x)]
            covered = [c for c in parts if _share(_pairs(c), clause) >= 0.5] or [unit.text]
            said, held = _negated(clause), any(_negated(c) for c in covered)
            # (each negation of the clause aligned with the statement's: negation_scope.py)
            # (a case said on its own, "X的，不适用这一项", is held to the case of "但X的除外", not to its 除外: alarmsing)
            said, held = backlog_scope.polarity(clause, unit.text, parts, covered, _NEGATION if re.search(
                r"除|以外|之外|例外", clause) or (clause.endswith("的") and "的除外" in unit.text) else _REGALARM_NEGATION,
                list(_BOUNDS.values()))
            # (an exception's negation only for a clause that names what it excepts: branch para)
            para_kept = para_EX.unsaid_exceptions(covered, clause, unit.text, _clauses, _pairs, _NEGATION)
            if para_kept != covered:
                said, held = _negated(clause), any(_negated(c) for c in para_kept)
            if held and not said and not reg5_negated.restated(covered, clause):
                held = False         # (the clause says none of what the statement negates: reg5)
            failure = held and not said and _DUTY_SAID.search(clause) and all(
                not _negated(c) or _FAILURE.search(c) for c in covered) and not backlog_scope.own_duty(clause, unit.text, _DUTY_SAID)
            mine = reg5_words or _pairs(_stripped(clause, bodies))     # (a joined short clause: both clauses' words)
            rival = any(_negated(u.text) == said and _share(mine, u.grams) >= share - 0.2 and _exception_said(clause, u, unit)
                        for u in units if u is not unit)
            if prev is not None and prev[1].endswith("的") and prev[0].item and unit.text in prev[0].read:
                rival = False     # "X的，要追究…" after an item X: the lead X is under is the statement restated
            leads = _lead_parts(unit, clause, covered)
            if leads is not None:
                # "…的，属于不予受理的情形": the clause restates the lead the item is under; its
                # polarity is the lead's (a double negation, 不属于不予受理, is an assertion)
                said = _parity(clause)
                held = any(_parity(c) for c in leads)
                # the lead says what follows the case (不追究): no failure of the item's to excuse
                # a duty said against it (因…无法履行职责的 is the case, not the statement)
                failure = False
            if prev is not None and (g20alarm_ex := g20alarm_PV.excepted(prev[0], units)) is not None \
                    and unit.text in g20alarm_ex.text and unit.article == g20alarm_ex.article:
                held = not held      # (the case a 除外 proviso excepts, restated before: proviso.py, g20alarm)
            if said != held and not held_by_examples(clause, said, prev, unit) and not failure and not rival \
                    and not oldreg_CCC.agrees(clause, said, unit, units, _negated):   # (cited_case_consequence.py)
                out.append(f"“{clause}”的肯定与否定与原文相反（原文：{unit.text}）")
            if _RIGHT.search(clause) and _DUTY.search(unit.text) and not _RIGHT.search(unit.text):
                out.append(f"“{clause}”把原文的“应当”说成了“可以”（原文：{unit.text}）")
            if _DUTY.search(clause) and _RIGHT.search(unit.text) and not _DUTY.search(unit.text) \
                    and not reg7alarm_approval.reg7alarm_needed(clause, unit.text):    # (须经X批准: reg7alarm)
                out.append(f"“{clause}”把原文的“可以”说成了义务（原文：{unit.text}）")
            elif (reg7alarm_lead_may := reg7alarm_lead.made_duty(clause, unit, doc_text)) is not None:
                out.append(f"“{clause}”把原文的“可以”说成了义务（原文：{reg7alarm_lead_may}）")   # (the lead's 可以: reg7alarm)
        if clause.endswith("的") and share >= 0.6:
            # the statement's condition replaced by words of its consequence (condition_swapped.py: g19miss)
            from . import condition_swapped as g19miss_CS
            out += g19miss_CS.problems(clause, unit.text, draft + "\n" + question)
        if clause.endswith("的") and i + 1 < len(clauses):
            # "X的，Y": what follows a condition is what the statement of that condition attaches to it
            then = "".join(clauses[i + 1:])
            g = _pairs(_stripped(then, []))     # (its terms kept: a term is what may have moved)
            here = _share(g, unit.grams)
            other = max(((_share(g, u.grams), u) for u in units if u is not unit), key=lambda t: t[0], default=(0.0, None))
            if len(g) >= 4 and here < 0.5 and other[0] >= 0.6 and other[0] - here >= MOVED \
                    and reg7alarm_lead.in_lead_line(unit, other[1], doc_text):
                out += reg7alarm_lead.modality(then, other[1].text)    # (the item's lead line: reg7alarm)
            # (g19alarm) what the item's own lead line attaches to its items (…有下列情形之一的，对责任
            # 人员依照第二十三条追究责任：) as much as another place does is the item's consequence
            elif len(g) >= 4 and here < 0.5 and other[0] >= 0.6 and other[0] - here >= MOVED \
                    and not _share(g, _pairs(reg7alarm_lead.item_lead(unit, doc_text))) >= other[0] \
                    and not szalarm_LC.classed_by_lead(then, unit.text, doc_text) \
                    and not reg7alarm_proviso.own_proviso(unit, other[1], units) \
                    and not reg7alarm_proviso.own_sequel(unit, other[1], units, _share(
                        _pairs(_stripped(clauses[i + 1], [])), unit.grams), doc_text):   # (the next sentence: wcalarm)
                out.append(f"“{then}”是原文另一处的规定（{other[1].text}），不是“{clause}”的后果（原文：{unit.text}）")
            elif share >= 0.6:
                # the figures of another case's consequence of the article (consequence_figures.py: g19miss)
                from . import consequence_figures as g19miss_CF
                out += g19miss_CF.problems(clause, clauses[i + 1], unit, units)
        elif i + 1 < len(clauses) and share >= 0.6:
            out += _extended(clause, "".join(clauses[i + 1:]), unit, units)
        lead_condition = _clauses(_MARK.sub("", unit.text))[:1]
        if share >= 0.6 and lead_condition and lead_condition[0].endswith("的") and "下列" not in lead_condition[0] \
                and _share(_pairs(lead_condition[0]), clause) < 0.5:
            # what a statement attaches to its condition (骗取金额在五万元以上的，还应当…) joined to
            # what another statement says (同时要…), before or after it in the sentence (reg5): the
            # condition must be said somewhere in the draft
            reg5_leads.append((lead_condition[0], unit))
            alarmsing_lead_clause[id(reg5_leads[-1])] = (clause, share, bodies)
        if share >= 0.6:
            # the condition a statement puts just before the consequence the clause restates
            # (…组织现场评估，评估通过的，予以移出): said somewhere in the draft
            own = _clauses(_MARK.sub("", unit.text))
            for k in range(1, len(own) - 1):
                if own[k].endswith("的") and _share(_pairs(own[k + 1]), _pairs(clause)) >= 0.8 and \
                        _share(_pairs(own[k]), _pairs(clause)) < MIN_KEPT:
                    conditions.setdefault(own[k], "")
            out_parts = _conjuncts(unit.text)
            for part in out_parts:
                conditions.setdefault(part, "")
        wcalarm_or.update(wcalarm_alt.members(_clauses(_MARK.sub("", unit.text))))   # (…，或者…: alternatives.py)
        own_clauses = _clauses(_MARK.sub("", unit.text))
        # (an item of a list of duties: only its cases are conditions; 除…外 that adds is none: duty_items.py)
        duty_item = alarmsing_duty.listed_duty(unit.read, unit.item, unit.text, unit.article, whole)
        # (the measures after a case the sentence itself names are no conditions: item_consequence, g12alarm)
        g12alarm_then = item_consequences(own_clauses, sentence) if unit.item else set()
        # (a statement met only through the article it cites, which the sentence restates, lends the
        # clause none of its own conditions or exceptions: referred_only.py)
        g17alarm_via = g17alarm_RO.through_reference(_pairs(_stripped(clause, bodies)), unit.own, unit.text, unit.read,
                                                     unit.article, anchor)
        for k, c in enumerate([] if g17alarm_via else own_clauses):
            if alarmsing_duty.adding(c, own_clauses[k + 1:]):
                continue
            if (unit.item and c not in g12alarm_then and (not duty_item or alarmsing_duty.is_case(c))) \
                    or _PRECONDITION.search(c.strip()):
                conditions.setdefault(c, "")
                if unit.item:       # (its list's lead, where the article of its bare items is named)
                    g22alarm_read.setdefault(c, galarm4_LS.lead_of(unit.text, doc_text) or "")
            elif _EXCEPTION.search(c):
                # an exception is said by its own words, not by those it shares with its rule
                # (但是第（四）项与第（五）项不得合并适用 beside 也可以合并适用)
                conditions[c] = unit.text.replace(c, "")
    for reg5_t in reg5_leads:
        reg5_c, reg5_u = reg5_t
        alarmsing_c, alarmsing_s, alarmsing_b = alarmsing_lead_clause[id(reg5_t)]
        if alarmsing_duty.also_restates(_pairs(_stripped(alarmsing_c, alarmsing_b)), alarmsing_s, reg5_u, hits, _share):
            continue       # (the clause says no more of it than of another statement the sentence restates)
        if any(h.read != reg5_u.read for h in hits):
            conditions.setdefault(reg5_c, "")
    said_all = bigrams(_FUNCTION.sub("", draft + question))

    def kept(c: str) -> bool:
        g = _pairs(c)
        # (a condition that puts the case in a class, 评定为E级的, is kept by the class said word
        # for word: 桥检出来是E级; classed_case.py, g16alarm)
        return len(g) < 3 or len(g & said_all) / len(g) >= MIN_KEPT or g16alarm_CC.said(c, draft + question) \
            or oldreg_CBI.said(c, draft + question, g22alarm_read.get(c, ""))      # (a case stated by items, one named: case_by_items.py)

    for c in sorted(conditions):
        g = _pairs(c)
        own = g - _pairs(conditions[c])
        if conditions[c] and oldreg_CBI.exception_said(c, written or sentence):
            continue                    # (articles excepted by name, said not to apply: case_by_items.py)
        if conditions[c] and len(own) >= 2 and len(own & said_all) / len(own) < MIN_KEPT:
            out.append(f"略去了原文的例外“{c}”")
        elif not kept(c) and not any(len(_pairs(x)) >= 3 and kept(x) for x in wcalarm_or.get(c, []) + wcalarm_alt.inner(c)):
            # (one alternative said of a run joined by 或者 meets the condition: alternatives.py)
            out.append(f"略去了原文的条件“{c}”")
    out += _crossed(sentence, clauses, hit_at, lambda: statements(whole, referred), doc_text, defined)
    out += _steps(sentence, hits, defined)
    for m in _EITHER.finditer(sentence):
        # "不论实名还是匿名" beside a statement that says one of them: it widens that statement
        for u in dict.fromkeys(hits):
            out += widened(f"{m.group(1)}和{m.group(2)}", u.text, doc_text)
    count = _COUNT.search(written or sentence)
    if count and first_item is None and items_of is not None:
        # the list the sentence counts named by its terms (批评教育、责令书面检查、…): their article
        first_item = _listed_by_terms(written or sentence, units, defined)
    if count and first_item is not None and items_of is not None and first_item.article:
        have = items_of(first_item.article)
        if have and cn_int(count.group(1)) != have:
            out.append(f"所列情形出自第{first_item.article}条，该条列有{have}项，不是{count.group(1)}项")
    return list(dict.fromkeys(out))


def _extended(clause: str, then: str, unit: "Statement", units: list["Statement"]) -> list[str]:
    """The topic of one statement (对公职人员的问责决定) said with what another statement says of
    its own topic (由…局务会议集体讨论作出, "和…一样"): the clause is the statement's lead, the
    rest of the statement is not said, and another statement explains what follows clearly
    better."""
    parts = _clauses(_MARK.sub("", unit.text))
    if len(parts) < 2 or _share(_pairs(clause), _pairs(parts[0])) < 0.8:
        return []
    rest = _pairs("".join(parts[1:]))
    g = _pairs(_stripped(then, []))
    here = _share(g, unit.grams)
    other = max(((_share(g, u.grams), u) for u in units if u is not unit and u.article == unit.article),
                key=lambda t: t[0], default=(0.0, None))
    if len(g) >= 4 and _share(rest, g) < MIN_KEPT and other[0] >= 0.6 and other[0] - here >= MOVED \
            and not reg7alarm_proviso.own_proviso(unit, other[1], units):     # (its own 但是: reg7alarm)
        return [f"“{then}”是原文另一处的规定（{other[1].text}），不是“{clause}”的（原文：{unit.text}）"]
    return []


def _conjuncts(text: str) -> list[str]:
    """The parts of a condition joined by 且 (情节较轻且及时纠正、未造成危害后果的; …，且在发现后
    二十四小时内报告的): each must hold, so each must be said. After 且 the list goes on at 、;
    before it a 、 may join alternatives, and that part is kept whole."""
    out = []
    for c in _clauses(_MARK.sub("", text)):
        if not c.endswith("的") or "且" not in c:
            continue
        head, _, tail = c[:-1].partition("且")
        out += [x for x in [head, *re.split(r"、|并且|且", tail)] if len(_pairs(x)) >= 2]
    return out


def _crossed(sentence: str, clauses: list[str], hit_at: dict[int, "Statement"], everything,
             doc_text: str, defined: list[str]) -> list[str]:
    """"A：B" (a label and what it is) whose two halves restate two different items of one list
    (情节较重：依规依纪依法给予处分, where the item that says 较重 names another measure): the
    sentence joins what belongs to different items. Each half is held to the items of the article
    a half restates (`everything()`: the statements of the whole document, the sentence's
    passages may be the one item it matched)."""
    seps = [sep for part, sep in zip(*[iter(re.split(r"([，,；;：:。！!？?\n])", sentence) + [""])] * 2) if bare(part)]
    if len(seps) != len(clauses):
        return []
    out = []
    for i, sep in enumerate(seps[:-1]):
        known = hit_at.get(i) or hit_at.get(i + 1)
        if sep not in "：:" or known is None or not known.item:
            continue
        items = [u for u in everything() if u.item and u.article == known.article]
        a = _aligned(clauses[i], items, _bodies(clauses[i], doc_text, defined), None)
        b = _aligned(clauses[i + 1], items, _bodies(clauses[i + 1], doc_text, defined), None)
        if a is not None and b is not None and a[0].text != b[0].text:
            out.append(f"“{clauses[i]}”与“{clauses[i + 1]}”出自原文不同的两项（原文：{a[0].text}；{b[0].text}）")
    return out


def _steps(sentence: str, hits: list[Statement], defined: list[str]) -> list[str]:
    """A term of a list said with a bound (责令书面检查以上) where the statement the sentence
    restates bounds another term of that list (通报批评以上): the scale starts elsewhere."""
    out = []
    for term in defined:
        for m in re.finditer(re.escape(term) + _STEP, sentence):
            for u in dict.fromkeys(hits):
                theirs = [t for t in defined if t != term and re.search(re.escape(t) + _STEP, u.text)]
                if theirs and not re.search(re.escape(term) + _STEP, u.text):
                    out.append(f"“{m.group(0)}”不是原文的界限（原文：{u.text}）")
    return out


def _listed_by_terms(sentence: str, units: list[Statement], defined: list[str]) -> Statement | None:
    """The first item of the article whose listed terms the sentence names (at least two)."""
    named = [t for t in defined if t in sentence]
    if len(named) < 2:
        return None
    best: dict = {}
    for u in units:
        if u.item and u.article is not None:
            best.setdefault(u.article, []).append(u)
    scored = sorted(((sum(any(t in u.text for u in us) for t in named), us[0]) for us in best.values()),
                    key=lambda t: -t[0])
    return scored[0][1] if scored and scored[0][0] >= 2 else None


def quoted_elsewhere(quotes: list[str], named: list[SourceText]) -> str | None:
    """A quote the sentence gives as the words of the article or item it names, which are not
    there (they are verbatim elsewhere in the sources, or the quote check would have failed)."""
    if not named:
        return None
    held = bare("\n".join(p.text for p in named))
    # (r18alarm) a quote with words left out (……) is the article's when its pieces are (elided_quote.py)
    off = [q for q in quotes if bare(q) not in held and not elided_within(q, [p.text for p in named])]
    if off:
        return f"引文“{off[0][:30]}”不是{'、'.join(p.label for p in named)}的原文。"
    return None


# two things joined where the statement has one of them: 复核和复查期间 for 复核期间 (not X及其Y,
# whose second member is 其Y, "X's own Y", and not a word 其Y: 养护单位及其责任人员; branch oldreg)
_JOINED = re.compile(r"([\u4e00-\u9fff]{2})(?:和|与|及|以及|或者|或|、)(?!其)([\u4e00-\u9fff]{2})")


# "whichever of two": 不论A还是B, 无论A或者B
_EITHER = re.compile(r"(?:不论|无论|不管)([\u4e00-\u9fff]{2})(?:还是|或者|或|和|与)([\u4e00-\u9fff]{2})")


def widened(clause: str, unit: str, doc_text: str) -> list[str]:
    """A word joined to one of the statement's own by 和 / 、 / 或者 that the statement does not
    have, though the document has it elsewhere: the clause extends the statement to it."""
    out = []
    for m in _JOINED.finditer(clause):
        a, b = m.group(1), m.group(2)
        for have, added in ((a, b), (b, a)):
            if have in unit and added not in unit and added in doc_text and \
                    not re.search(re.escape(have) + r"[^。；;]{0,3}" + re.escape(added), unit):
                out.append(f"原文这一句只说“{have}”，没有“{added}”（原文：{unit}）")
    return out


_EXCEPTED = re.compile(r"(?:但是|但)[，,]?(?P<case>[^，,。；;]{2,40}?)的?除外")


def _regalarm_excepted(clause: str, text: str) -> str | None:
    """"涉及国家秘密…的内容应当公开" where the statement says "…应当…公开，但是涉及国家秘密…的内容
    除外": a clause that says the statement of the case its exception takes out, with no
    exception or negation of its own, affirms what the text excepts (branch regalarm). The
    exception's words, or None."""
    if re.search(r"除|以外|之外|例外|不包括|不含|不在", clause):
        return None
    for m in _EXCEPTED.finditer(text):
        case = _pairs(m.group("case"))
        # (the clause says the statement of it: some of its other words are the statement's own)
        said = _pairs(clause) - case - _pairs(m.group(0))
        if len(case) >= 4 and _share(case, _pairs(clause)) >= 0.8 and said & _pairs(text[:m.start()]):
            return m.group(0)
    return None
