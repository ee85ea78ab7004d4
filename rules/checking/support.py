"""The support test for sentences that are not rule claims (the report, the paper, any ingested
document, and what an article says): a deterministic test in the spirit of ALCE's citation recall.

A sentence is supported by a passage when
- every figure in it (numbers, years, counts, durations) appears in the passage,
- every named body (市委, 区政府, 纪检监察机关, …) and every accident severity it names appears there,
- most of its content (character pairs, after the article references are taken out) is found there
  (`MIN_COVERAGE`), and
- it adds no negation and no stronger modality (必须 where the passage says 可) than the passage has.
The passage is the article(s) the sentence names when it names any, else the closest passages of
the documents it names, else of the whole index (the answer's own citations among them).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..references import cn_int, find_refs
from .claims import bodies
from .restatement import left_to_choice, neighbours, other_level, weakened, widened_group
from .sources import SourceSet, SourceText, bare, bigrams, squash
from . import bound_words as BW
from . import besides as g18alarm_BS
from . import item_leads as g18alarm_IL
from . import term_severity as g16alarm_TS
from . import recipients as RC
from . import recounts as RN
from . import widening as WD
from .wholes import denied_elsewhere, part_done
from . import alldone as AD
from . import agents as AG
from . import item_membership as reg6alarm_IM
from . import lead_subject as galarm4_LS
from . import reference_numbers as reg6alarm_RN
from . import bridged as BR
from . import figure_sentence_end as g17alarm_FE
from . import figure_order as backlog_order
from . import ranks as r20miss_RK
from . import agent_act as r20miss_AA

from .misread import misread as r8miss_misread
from . import figure_words as FW
from . import lead_act as LA
from . import list_member as wsz2_LM
from . import title_count as TC
from . import text_talk as szalarm_TT
from . import carried_topic as szalarm_CT
from . import indefinite as szalarm_IN
from . import subject_recipient as szalarm_SR
from .exchanged import exchanged as holes9_exchanged
from .transposed import transposed as holes9_transposed
from .magnitudes import rescaled as r10miss_rescaled
from .item_heads import head as r10miss_head
from .handed_to import moved_recipients as r10miss_moved_recipients
from .handed_to import regalarm_moved_between
from .complement import complement as r10alarmB_complement
from . import item_lead as para_LD
from . import named_bodies as NB
from . import body_level as g11miss_BL
from . import agent_swapped as g11miss_AS
from . import addressed_act as g11miss_AA
from . import addressee as g14miss_AD
from . import document_numbers as alarmsing_DN
from . import list_count as LC

from .own_short import own_short
from . import alternatives as wcalarm_alt
from . import combine_partner as alarms16_CP
from . import added_member as g20miss_AM
from . import relative_items as g20miss_RI
from . import stated_floor as g20miss_SF
from . import denial_opposed as wmiss7_DO
from . import ratio_figure as wmiss8_RF
from . import turned_comparison as wmiss8_TC
from . import plain_not as wmiss9_PN

MIN_COVERAGE = 0.45
_REF = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十\d]+(?:[、和及至到][零一二两三四五六七八九十\d]+)+(?:款|项)|第[零一二两三四五六七八九十百\d]+(?:条|款|项|目|章|节)|[（(][一二三四五六七八九十\d]+[)）]项?|本规定|该条|这一条|本条|原文|规定|论文|文章")
# (the references with the 第 of 第(三)项 too, where figures are paired with the words beside them:
# 依照第10条第(三)项追究… leaves no 第 to pair; g16alarm)
_REF_WHOLE = re.compile(_REF.pattern.replace("|[（(]", "|第?[（(]", 1))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CN_COUNT = re.compile(r"([零一二两三四五六七八九十百千万]+)(?=[个项种类条年月日天小时名人万亿元次家])")
_NEGATORS = ["不包括", "不属于", "不适用", "不需要", "不用", "无需", "不必", "不能", "不可以", "不得", "不会", "不是", "并非",
             "不予", "没有", "未", "无"]
_STRONG = re.compile(r"必须|一定要|一定会|务必|只能")


_DATE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?")
_FRACTION = re.compile(r"[一二三四五六七八九十百]分之[一二三四五六七八九十]+")
_CN_UNIT = re.compile(r"([零一二两三四五六七八九十百千]+)(年|个月|天|日|周|次|家|名|人|件|倍)")


@dataclass(frozen=True)
class Figure:
    """A figure of a sentence and the forms in which a passage may state it."""

    shown: str
    forms: tuple[str, ...]
    number: bool = False          # compared as a whole number token (22 is not in 2.22)
    year: bool = False


def figures(sentence: str) -> list[Figure]:
    """Dates, fractions, numbers (as whole tokens) and Chinese counts with their unit (五次 is
    also 5次)."""

    out: list[Figure] = []
    rest = sentence
    for m in _DATE.finditer(sentence):
        ymd = [int(x) for x in re.findall(r"\d+", m.group(0))]
        iso = "-".join([str(ymd[0])] + [f"{x:02d}" for x in ymd[1:]])
        out.append(Figure(m.group(0), (m.group(0), iso)))       # front matter writes 2017-04-09
    rest = _DATE.sub(" ", rest)
    worded, rest = FW.spelled(rest)     # 五分之一 / 1/5, 第一次 (首次), 上一年 after 2006年
    out += [Figure(shown, forms) for shown, forms in worded]
    for m in _FRACTION.finditer(rest):
        out.append(Figure(m.group(0), (m.group(0),)))
    rest = _FRACTION.sub(" ", rest)
    for m in _NUMBER.finditer(rest):
        n = m.group(0)
        out.append(Figure(n, (n,), number=True, year=len(n) == 4 and rest[m.end():m.end() + 1] == "年"))
    rest = szalarm_IN.unnumbered(rest)      # 比如一名干部: an example's indefinite (branch szalarm)
    for m in _CN_UNIT.finditer(rest):
        try:
            digits = str(cn_int(m.group(1)))
        except Exception:
            continue
        hours = (f"{int(digits) * 24}小时",) if m.group(2) in ("天", "日") else ()   # 一天 is 24小时
        out.append(Figure(m.group(0), (m.group(0), digits + m.group(2)) + hours))
    return out


def _has_figure(fig: Figure, text: str) -> bool:
    if fig.number:
        return bool(re.search(rf"(?<![\d.]){re.escape(fig.shown)}(?![\d]|\.\d)", text))
    return any(f in text for f in fig.forms)


# "没有写24小时的时限": a figure the sentence says the passage lacks (the absence is the claim)
_DENIED_FIGURE = re.compile(r"(?:没有|未|并无|并未)(?:写|规定|要求|提到|列出|载明)?[^，,。；;\d]{0,3}(\d+(?:\.\d+)?\s*(?:个)?(?:小时|天|日|年|项|条|种))")
_DOCNO = re.compile(r"[\u4e00-\u9fff]{1,6}([〔\[［(（]\d{4}[〕\]］)）]\d+号)")
_ENUM_COUNT = re.compile(r"(?<![\d.])([一二两三四五六七八九十]|\d{1,2})(?:种|类|项|个|组)")   # 4种 as 四种


def _enumerated(sentence: str) -> set[int]:
    """Sizes of the lists a sentence enumerates (A、B和C -> 3): a count that matches its own list
    is the sentence counting what it names, checked item by item elsewhere."""
    sizes = set()
    for part in re.split(r"[：:；;。（）()]", sentence):
        items = [x for x in re.split(r"[、，,]|和|及|以及|与", part) if x.strip()]
        if len(items) >= 2:
            sizes.add(len(items))
    return sizes


def numbered_title(title: str, sentence: str, plain: str, context: str) -> bool:
    """Whether the sentence gives the title its document number in brackets right after it, the
    passage has that number, and the document pairs the number with this title."""
    m = re.search(rf"《{re.escape(title)}》[（(]([^（()）]{{2,30}}?号)[)）]", sentence)
    return bool(m and context and squash(m.group(1)) in plain and bare(title + m.group(1)) in bare(context))


def missing_terms(sentence: str, text: str, severities: list[str], context: str = "",
                  known_titles: frozenset[str] = frozenset(), aliases: dict | None = None) -> list[str]:
    """Figures, bodies and severities of the sentence that the passage text does not have. Years
    may come from anywhere in the passage's document (`context`): a report says 去年 in the passage
    and 2015 in its title."""

    plain = squash(text)
    aliases = aliases or {}
    listed = _enumerated(sentence)
    counted = {x for m in _ENUM_COUNT.finditer(sentence) if cn_int(m.group(1)) in listed for x in (m.group(0), m.group(1))}
    denied = {f.shown for m in _DENIED_FIGURE.finditer(sentence) for f in figures(m.group(1))}
    # a document number the passage's document cites (中办发[2009]25号) names a document, it is no figure
    # (only the number goes: the words before it that the match took in, 由市纪委依照, stay; alarms15)
    sentence = _DOCNO.sub(lambda m: next((m.group(0)[:i] for i in range(m.start(1) - m.start())
                                          if squash(m.group(0)[i:]) in context), m.group(0)) if context
                          else m.group(0), sentence)
    # (the passage's own references, 第10条 opening it or 依照本办法第7条, hold no figure either: a
    # regulation that numbers its articles in digits would else lend 10 to "10日内没委托的": g16alarm)
    unreferenced = squash(_REF.sub("", text)) if re.search(r"第\s*\d", text) else plain
    out = [f.shown for f in figures(_REF.sub("", sentence)) if not _has_figure(f, unreferenced) and f.shown not in counted
           and not (f.year and context and f.shown in context) and f.shown not in denied]
    for t in re.findall(r"《([^》]+)》", sentence):
        names = {t, *aliases.get(t, ())}
        # 《规定》 for the one known title that ends with it: the document by its short name
        # (not a short name the sources define for another title: 《办法》 of 第七条)
        short = len(t) >= 2 and sum(k.endswith(t) for k in known_titles) == 1 and t not in aliases
        # (several titles end with it: the short name of the passage's own document, whose title
        # its context begins with; branch regalarm)
        short = short or len(t) >= 2 and t not in aliases and any(
            k.endswith(t) and context.startswith(squash(k)) for k in known_titles)
        # (a short name another document defines for a title of its own — 《办法》 of the Shenzhen
        # 第七条 — is that document's: in a passage of a regulation that defines no such name and
        # whose own title ends with it, 《办法》 is this regulation; branch wcalarm)
        short = short or own_short(t, context, known_titles, aliases)
        # (g21alarm) a title said with its document number, 《关于…暂行规定》（中办发[2009]25号）, where the
        # passage names that number and its document gives the number to that very title: the title
        # is the passage's number by its name
        short = short or numbered_title(t, sentence, plain, context)
        # (a title holding brackets, 《…考核办法（试行）》, is looked up as squashed as the passage: g20alarm)
        if t not in known_titles and not short and not any(n in plain or squash(n) in plain for n in names):
            out.append(f"《{t}》")
    out += [b for b in bodies(sentence) if bare(b) not in plain and (bare(b[1:]) not in plain or _other_level(b, plain))]
    out += [s for s in severities if s not in plain and not g16alarm_TS.in_term(sentence, s, plain)]   # 特大桥梁 (g16alarm)
    out += [x for x in dict.fromkeys(m.group(0) for m in _PLACE.finditer(sentence)) if bare(x)[:2] not in plain]
    out += [f for f in _FREQUENCY.findall(sentence) if f not in plain and not _period_said(f, plain)]
    out += compared(sentence, plain)
    out += [d for d in _DEGREE.findall(sentence) if d not in plain]
    out += misnamed_alias(sentence, aliases)
    out += added_items(sentence, text)
    out += unfounded_basis(sentence, text)
    out += mispaired(sentence, text)
    out += FW.shares_moved(sentence, text) + FW.ends_moved(sentence, text)
    out += event_dates(sentence, text)
    out += restated_terms(sentence, text)
    out += RC.recipients(sentence, text) + RN.recounted(sentence, text) + WD.widened(sentence, text)
    out += RC.regalarm_addressed(sentence, text)      # 向市人民政府申诉 where it says 向复核委员会 (regalarm)
    out += regalarm_moved_between(sentence, text)     # a recipient of one matter given to another (regalarm)
    out += r10miss_rescaled(sentence, text)     # 698万 where the passage says 698亿 (r10miss)
    out += r10miss_moved_recipients(sentence, text)   # 移送 a body the passage names for another role
    out += szalarm_SR.other_matter(sentence, text)   # the recipient of the same matter (subject_recipient.py)
    out += NB.missing_bodies(sentence, text)      # 审计部门 where the passage lists 组织人事部门 (named_bodies.py)
    out += g11miss_BL.other_level(sentence, text)      # 区人民政府 where the passage says 市人民政府 (body_level.py)
    out += g11miss_AS.swapped(sentence, text)      # 由X给予处分 where the passage says 由Y给予处分 (agent_swapped.py)
    out += g11miss_AA.unaddressed(sentence, text)      # 向X申诉 held to a passage with no 申诉 (addressed_act.py)
    out += g14miss_AD.problems(sentence, text) if g14miss_AD.may_concern(sentence) else []   # 通报X where the passage 通报Y (addressee.py)
    out += wmiss8_RF.unheld(_REF.sub("", sentence), text)      # 1:5 where the passage says 1:4 (ratio_figure.py)
    out += wmiss8_TC.turned(sentence, text)      # 高于规定数量的 where the closest statement says 不足 (turned_comparison.py)
    return out


_EVENT_DATE = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)(?:起)?(?:正式)?(?:开始)?(发布|印发|公布|颁布|出台|签发|施行|生效|实施)")
_EVENTS = ("发布印发公布颁布出台签发", "施行生效实施")


def event_dates(sentence: str, text: str) -> list[str]:
    """"2017年4月9日发布": a date said to be when the document was issued or came into force is
    the passage's date of that event (the date within a few words before the same kind of verb),
    or, for issuing, the date the front matter gives the document itself (日期：…), never the
    date of the page the text was taken from."""
    plain = squash(text)
    out = []
    for date, verb in _EVENT_DATE.findall(squash(sentence)):
        kind = next(k for k in _EVENTS if verb in k)
        near = any(v in plain[i + len(date):i + len(date) + 12] for i in _positions(plain, date) for v in
                   re.findall("..", kind))
        own = kind == _EVENTS[0] and bool(re.search(f"日期[：:]{re.escape(date)}", plain))
        if not (near or own):
            out.append(f"{date}{verb}")
    return out


def _positions(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def restated_terms(sentence: str, text: str) -> list[str]:
    """What a restatement changed of the passage's own words (`restatement`): a weaker modality,
    another level of place, a figure set beside another one, a group widened with 及其."""
    out = other_level(sentence, text) + neighbours(sentence, text) + widened_group(sentence, text)
    may = weakened(sentence, text) or left_to_choice(sentence, text)
    return out + ([may] if may else [])


# a named place is a named body's kin: 结合广东省实际 where the article says 结合我市实际
_PLACE = re.compile(r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东"
                    r"|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:省|市|自治区|特别行政区)?")


_EITHER = re.compile(r"([\u4e00-\u9fff]{2,8})或者([\u4e00-\u9fff]{2,8})")
_BOTH_NEEDED = re.compile(r"既[^，,。；;]*又|同时(?:具备|满足|造成|发生|存在)|两者(?:都|均|同时)|二者(?:都|均|同时)|并且|而且|兼具|缺一不可")


def conjoined(sentence: str, text: str) -> list[str]:
    """"既造成较大损失，又造成不良影响" where the passage says "造成较大损失或者不良影响": alternatives
    of the passage said to be needed together."""
    if not _BOTH_NEEDED.search(sentence):
        return []
    plain = bare(sentence)
    out = []
    for a, b in _EITHER.findall(squash(text)):
        # the shortest ends of each alternative that the sentence has
        ka = next((a[i:] for i in range(len(a) - 1) if a[i:] in plain), None)
        kb = next((b[:j] for j in range(len(b), 1, -1) if b[:j] in plain), None)
        if ka and kb and not _kept_apart(plain, ka, kb) and not _regalarm_unjoined(sentence, ka, kb):
            out.append(f"原文是“{a}或者{b}”，两者有其一即可，不是同时具备。")
    return out


def _kept_apart(plain: str, a: str, b: str) -> bool:
    """"发生一般事故，并且造成较大损失或者不良影响": the sentence keeps the passage's 或者 between
    the two alternatives, and its only joiner is a 并且 / 而且 before them, which joins what is
    before it (the accident) to the condition, not the alternatives to each other. 既…又,
    同时具备, 两者都 govern what follows them and always join."""
    ia = plain.find(a)
    ib = plain.find(b, ia + len(a)) if ia >= 0 else -1
    if ib < 0:
        return False
    between = plain[ia + len(a):ib]
    if "或" not in between or _BOTH_NEEDED.search(between):
        return False
    return all(m.group(0) in ("并且", "而且") and m.end() <= ia for m in _BOTH_NEEDED.finditer(plain))


_FIG = re.compile(r"\d+(?:\.\d+)?")
_ARTICLE_REF = re.compile(r"第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|第?[（(][一二三四五六七八九十\d]+[)）]项?")
_ITEM_NUMBER = re.compile(r"^(\s*)(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d))", re.M)
MIN_PAIRED = 0.6


_TO = re.compile(r"^[\u4e00-\u9fff%]{0,2}(?:增加|上升|提高|下降|减少|降低|增长|扩大|缩小)(?:至|到|为)$")


def _slots(text: str) -> list[tuple[str, str, str]]:
    """(figure, the words since the figure before it, the words until the figure after it) for
    every number of the text, the words kept within its sentence (。；)."""
    out = []
    for part in re.split(r"[。；;\n]", text):
        ms = list(_FIG.finditer(part))
        for i, m in enumerate(ms):
            head = part[ms[i - 1].end():m.start()] if i else ""
            tail = part[m.end():ms[i + 1].start() if i + 1 < len(ms) else len(part)]
            if i and _TO.match(head) and out:
                # "过错情形由原来的63种增加至108种": the end of a change shares its start's subject
                head = out[-1][1] + head
            out.append((m.group(0), head, tail))
    return out


def _year_slots(text: str) -> list[tuple[str, str, str]]:
    """(g23alarm) A date's year said for the whole date ("2035年的《…》同时废止" for "2035年3月1日起施行的
    《…》…同时废止"): (the year, its head, 年 and the words after the date), a slot the year may be
    read in as its own (never as another figure's)."""
    out = []
    for part in re.split(r"[。；;\n]", text):
        ms = list(_FIG.finditer(part))
        for i, m in enumerate(ms[:-2]):
            if re.fullmatch(r"\d{4}", m.group(0)) and part[m.end():ms[i + 1].start()] == "年" and \
                    part[ms[i + 1].end():ms[i + 2].start()] == "月":
                head = part[ms[i - 1].end():m.start()] if i else ""
                after = part[ms[i + 2].end():ms[i + 3].start() if i + 3 < len(ms) else len(part)]
                out.append((m.group(0), head, "年" + re.sub(r"^[日号]", "", after)))
    return out


def _rows_as_prose(text: str) -> str:
    """The text with each table row as the sentence it stands for (its header and rule lines
    dropped), ended with a full stop (table_rows.prose)."""
    from . import table_rows
    out = []
    for line in text.splitlines():
        row = table_rows.prose(line, text) if line.lstrip().startswith("|") else None
        out.append(line if row is None else (_ARTICLE_REF.sub("", row) + "。" if row else ""))
    return "\n".join(out)


# the examples a counted noun is glossed with: 比如 / 例如 / 譬如 / 诸如, in brackets or after a comma
_EXAMPLES = re.compile(r"[（(]?(?:比如|例如|譬如|诸如)")


def _beside(head: str, tail: str) -> str:
    """The clause a figure stands in: the last clause of its head, the first of its tail (where a
    list it counts is given: "提出了A、B等" + "种追究方式")."""
    return re.split(r"[，,；;。]", head)[-1] + re.split(r"[，,；;。]", tail)[0]


def _examples_apart(clause: str) -> list[str]:
    """The clause, and the examples it glosses its noun with as a clause of their own
    ("种追究方式(比如A、B)" -> "种追究方式", "(比如A、B)")."""
    m = _EXAMPLES.search(clause)
    return [clause[:m.start()], clause[m.start():]] if m and m.start() else [clause]


@lru_cache(maxsize=1 << 10)
def _g18alarm_lead_words(text: str) -> dict[str, list[str]]:
    """Each figure of an item under a list's lead, with that lead (item_leads.py: g18alarm)."""
    out: dict[str, list[str]] = {}
    if "：" not in text and ":" not in text:
        return out
    for item, lead in g18alarm_IL.items_under_leads(text):
        for fig, _, _ in _slots(squash(_REF_WHOLE.sub("", _ITEM_NUMBER.sub("", item)))):
            out.setdefault(fig, []).append(squash(lead))
    return out


_JOINED = re.compile(r"^(?:并且|而且|并|且|同时|另外|此外)")


def _earlier_figure_clause(fig: str, before: str | None, side: int, clause: str, head: str,
                           theirs: list[tuple[str, str, str]]) -> bool:
    """(szalarm5) "2001年深圳出台行政过错责任追究办法，2005年和2008年两次修订": of the words between
    two figures of a sentence, a clause a comma parts from the later figure is said of the earlier
    one (its tail), not of the later. It is held there: no swap for the later figure when the
    passage's own words after the earlier figure have its content pairs (all but a few). Only when
    the later figure opens its clause (right after the comma): a figure inside a clause ("…处理的，
    第二次暂停期限从重按1年执行") has its head reach back as before; and a clause the earlier
    figure's words do not hold is still a swap ("2005年出台X，2001年修订")."""
    if side or before is None or before == fig:
        return False
    chunks = re.split(r"[，,]", head)
    if len(chunks) < 2 or chunks[-1].strip() or clause not in chunks[:-1]:
        return False
    g = _content_pairs(clause)
    tails = [t for f, _, t in theirs if f == before]
    return bool(g) and any(len(g & _content_pairs(t)) / len(g) >= 0.8 for t in tails)


def mispaired(sentence: str, text: str) -> list[str]:
    """Figures the passage has, paired with what the passage says of another figure: "43家…成立了
    责任追究机构" where the passage says 42家 did that, "80件，占…19%" where 19% is another year's
    share. Each clause beside a figure of the sentence (up to the figures next to it) is held to
    the words beside the same figure in the passage; a clause that is the passage's words beside
    another figure, and not beside its own, swaps them."""
    # (a document number, 沧政发〔2031〕12号, holds no figure of the text's: the sentence's goes before
    # it is read, so the text's goes too, or the figures around it are paired across it: alarmsing)
    text = alarmsing_DN.without_numbers(text)
    # (the line that opens a list is said beside each figure of its items, item_leads.py: g18alarm)
    g18alarm_leads = _g18alarm_lead_words(text)
    # (a table's rows are read as the sentences they stand for, each its own, without the references
    # of their labels, 第七条第（4）项: else a row's figure is paired with the next row's label, and
    # the label with the item number; nor is an item's own number, （4） opening its line, a figure:
    # g15alarm)
    text = _ITEM_NUMBER.sub("", _rows_as_prose(text) if "|" in text else text)
    # (nor are the numbers of the text's own references, 本办法第5条第3款 in a regulation that
    # numbers in digits: the sentence's go before it is read, so the text's go too; g16alarm)
    text = _REF_WHOLE.sub("", text) if re.search(r"第\s*[（(]?\d", text) else text
    theirs = _slots(squash(text))
    if len(theirs) < 2:
        return []
    out = []
    mine = squash(_REF_WHOLE.sub("", sentence))
    years = _year_slots(squash(text))
    for (fig, head, tail), (before, after) in zip(_slots(mine), BR.neighbours(mine)):
        own = [(h, t) for f, h, t in theirs if f == fig] + [(h, t) for f, h, t in years if f == fig]
        others = [(h, t) for f, h, t in theirs if f != fig]
        if not own or not others:
            continue
        for side, words in ((0, head), (1, tail)):
            # (r20alarmB) "6种追究方式（比如A、B）" for the passage's "A、B等6种追究方式": the examples
            # after the counted noun are the ones its list gave before the figure, so they are a
            # clause of their own, held to both sides of it (and examples of another figure's
            # list, from either side of that figure, are moved ones)
            g17alarm_said = ""
            for clause in (c for part in re.split(r"[，,]", words) for c in _examples_apart(part) if side or c == part):
                g17alarm_past = side and g17alarm_FE.past_end(fig, [t for _, t in own], g17alarm_said, squash(text))
                g17alarm_said += clause
                glossed = bool(side and _EXAMPLES.match(clause))
                # (szalarm5) a conjunction opening the clause (并且, 而且) joins it to the one before, no words of it
                g = _content_pairs(_JOINED.sub("", _EXAMPLES.sub("", clause) if glossed else clause))
                if len(g) < 3:
                    continue
                mine_words = [_beside(*x) if glossed else x[side] for x in own] + g18alarm_leads.get(fig, [])
                their_words = [_beside(*x) if glossed else x[side] for x in others]
                here = max(len(g & bigrams(w)) / len(g) for w in mine_words)
                there = max(len(g & bigrams(w)) / len(g) for w in their_words)
                if g17alarm_past and there >= 1.0:
                    continue     # (past its figure's sentence, another sentence word for word: figure_sentence_end.py)
                if _earlier_figure_clause(fig, before, side, clause, words, theirs):
                    continue     # (szalarm5) "2001年出台X，2005年修订": X is 2001's, said after it
                # what the clause says beyond its own figure's words ("全部成立了责任追究机构"
                # where 43家 only 全部明确了…): those words, said of another figure
                rest = g - set().union(*(_content_pairs(w) for w in mine_words))
                moved = len(rest) >= 4 and max(len(rest & _content_pairs(w)) / len(rest) for w in their_words) >= 0.8
                # (a clause the passage too sets between the same two figures is no swap: the
                # sentence only left out a figure between them, `bridged`)
                if (there >= MIN_PAIRED and there - here >= 0.3 or moved) and \
                        not backlog_order.moved_across(fig, after if side else before, side, g, squash(text), min(there, 0.8)) and \
                        not BR.bridged(*((before, fig) if side == 0 else (fig, after)), g, squash(text), min(there, 0.8), words) and \
                        not szalarm_CT.carried(fig, side, clause, squash(text), after if side else before) and \
                        not (side and wcalarm_alt.said_of_condition(fig, g, squash(text), there)):   # (…的，属于…: alternatives.py)
                    out.append(f"“{fig}”与“{clause}”的搭配")
                    break
            else:
                continue
            break
    return out


def _other_level(body: str, plain: str) -> bool:
    """市委 where the passage names only 区委: the body is the passage's at another level."""
    rest = re.escape(bare(body[1:]))
    return body[0] in "市区省" and bool(re.search(f"[市区省]{rest}", plain)) and \
        not re.search(f"{body[0]}[^。；;]{{0,30}}?{rest}", plain)      # 区（…）党委、政府 is 区政府


# how grave a loss or an effect is: 造成重大损失 where the passage says 造成损失 sets a threshold
_DEGREE = re.compile(r"(特别重大|重大|严重|恶劣|较大|巨大)(?=的?(?:损失|影响|后果))")
_ALIAS_IS = re.compile(r"《([^》]+)》[^《》。；;]{0,12}?(?:指的?是|就是|即|是指|是)[^《》。；;]{0,6}《([^》]+)》")


# "《B》在本规定里简称《办法》", "第七条把《B》简称为《办法》": the full title first, then its short name
_ALIAS_NAMED = re.compile(r"《([^》]+)》[^《》。；;]{0,12}?简称(?:为|是|作|叫)?[^《》。；;]{0,4}《([^》]+)》")


def misnamed_alias(sentence: str, aliases: dict) -> list[str]:
    """"《办法》指的是《B》", "《B》简称《办法》": a short name the source defines stands for its own
    full title only, whichever of the two the sentence names first."""
    out = []
    pairs = _ALIAS_IS.findall(sentence) + [(short, full) for full, short in _ALIAS_NAMED.findall(sentence)]
    for a, b in pairs:
        names = {n.strip("《》") for n in aliases.get(a, ())}
        if names and b != a and b not in names:
            out.append(f"《{a}》即《{b}》")
    return out


# how often something is done is a figure of its own (每季度 汇总, not 每月)
_FREQUENCY = re.compile(r"每(?:半年|年度?|季度?|个?月|周|星期|天|日)")
# (r20alarmB) the same period said with 按 / 逐 (按年度向社会公布 for 每年公布): one period, any of its
# words (年 / 年度, 季 / 季度, 月 / 个月, 周 / 星期, 天 / 日)
_PERIOD_WORDS = (("半年",), ("年度", "年"), ("季度", "季"), ("个月", "月"), ("周", "星期"), ("天", "日"))


def _period_said(frequency: str, plain: str) -> bool:
    """Whether the passage says the frequency's period with 每, 按 or 逐 (每年 against 按年度)."""
    unit = frequency[1:]
    words = next((w for w in _PERIOD_WORDS if unit in w), (unit,))
    return bool(re.search(r"(?:每|按|逐)(?:" + "|".join(words) + r")", plain))


# the direction of a comparison is what it asserts (超过 where the passage says 超过, never 少于)
_MORE = ("超过", "多于", "高于", "大于", "上升", "增长", "增加", "提高", "首次超过", "居首", "第一")
_LESS = ("少于", "低于", "小于", "不及", "不如", "下降", "减少", "降低", "回落")
_COMPARE = re.compile("|".join(sorted(_MORE + _LESS, key=len, reverse=True)))


def compared(sentence: str, plain: str) -> list[str]:
    """A comparison whose direction the passage does not have: the sentence says 少于 and the
    passage says only 超过 (or the reverse)."""
    out = []
    for m in _COMPARE.finditer(sentence):
        word = m.group(0)
        if word in plain or re.search(r"(?:没有|并未|未|不)$", sentence[max(0, m.start() - 3):m.start()]):
            continue
        if reg6alarm_RN.in_reference(sentence, m.start(), m.end()):
            continue                     # 第一款: a place in the text, no ranking (reference_numbers.py)
        same = _MORE if word in _MORE else _LESS
        other = _LESS if word in _MORE else _MORE
        if not any(w in plain for w in same) and any(w in plain for w in other):
            out.append(word)
    return out


# (这五种 / 这些 after a list closes it, as 等 does: "A、B、…、免职这五种的程序…")
# (r18alarm) and 的 before a word that opens a predicate (由, 才, 是…) ends a list of modifiers:
# "特别重大和重大的由市委、市政府开" is two lists, not one whose item is 重大的由市委
# (r21alarm) "特别重大和重大才由市委、市政府开": a focus adverb before the agent's preposition (才由, 就由,
# 则按) ends the subject's list, the list after it is another one
_LIST_CUT = re.compile(r"[：:；;。，,（）()“”\"]|等|共|都|均|包括|这[两三四五六七八九十]+[种项类个条]|这些|的(?=由|才|是|就|按|归|被|向)"
                       r"|(?<=[\u4e00-\u9fff])(?:才|就|则)(?=由|按|依|归|向|交)")
_SERIES = re.compile(r"第[零一二两三四五六七八九十百\d、，,至和及与]+(?:条|款|项|章)(?:[、和及与至]第[零一二两三四五六七八九十百\d]+(?:条|款|项|章))*")
# (g22alarm2) 及 closing a verb (涉及, 危及, 波及, 提及 …: a closed class of Chinese) joins no items
_LIST_AND = re.compile(r"(?<=[^、])(?:以及|和|(?<![涉危波提顾普殃惠论累])及|与)(?=[^、]{2,})")


_INCLUDED = re.compile(r"列入|列为|包括|包含|属于|所称|之列|范围")


# "提前7日通知" is the text's "7日前通知": a lead time said before its figure (g16alarm)
_AHEAD = re.compile(r"提前(\d+(?:\.\d+)?(?:个工作日|工作日|个月|小时|日|天|周))")


def added_items(sentence: str, text: str) -> list[str]:
    """An item added to a list the passage gives: where a sentence enumerates (A、B、C) and most
    of its items are the passage's, an item the passage does not have at all is an invention
    (教育管理 among the passage's 市场监管、环境保护…; 公开透明 among its principles)."""
    have = bigrams(text)
    plain = bare(text)
    out = []
    for part in _LIST_CUT.split(_REF.sub("|", _SERIES.sub("|", sentence))):
        part = _LIST_AND.sub("、", part)
        if "、" not in part:
            continue
        # words after the list that point back at it (免职这一档, 训诫这几种) are no item
        part = re.sub(r"(?:这|那)[一几两]?[档类组种项个]|(?:这|那)些$", "", part)
        part = LC.without_own_count(part)    # …、一般四个事故等级: the list's own count (list_count.py)
        last = part.rfind("、")
        first = part.find("、")
        if "|" in part[:first]:
            part = part[part.rindex("|", 0, first) + 1:]   # "第七条针对的是第五条、第六条以外的A、B": the list begins after the reference
            last = part.rfind("、")
        if "|" in part[last:]:
            part = part[:part.index("|", last)]   # "…通报批评三种在第一款那一组": the list ends at the reference
        items = [bare(x) for x in re.split(r"、|\|", part)]
        # (r18alarm) "用人失察、失误属于第六条的情形": the verb after the list (属于, 都是) is no part of its last item
        items = [re.sub(r"(?:都|均|也|皆|全)?(?:属于|是|算是|算|列入|列在|归入|归于)$", "", x) if i == len(items) - 1 else x
                 for i, x in enumerate(items)]
        # (szalarm) "训诫、…、通报批评属于较轻的一档": the verb and what follows it are no part of the last item
        items = [re.sub(r"(?<=..)(?:都|均|也|皆|全)?(?:属于|算是|算作|列入|列在|归入|归于).*$", "", x) if i == len(items) - 1 else x
                 for i, x in enumerate(items)]
        items = [x for x in items if len(x) >= 2]
        if not items:
            continue
        # the first item may carry the words that lead into the list, the last those after it
        items[0] = next((items[0][i:] for i in range(len(items[0]) - 1) if items[0][i:] in plain), items[0])
        items[-1] = next((items[-1][:j] for j in range(len(items[-1]), len(items[-1]) // 2, -1) if items[-1][:j] in plain), items[-1])
        items[-1] = r10miss_head(items[-1], plain)   # …、医疗卫生这几个领域发生…: the item before the passage's words
        if len(items) < 2:
            continue
        def found(x: str) -> bool:
            g = bigrams(x)
            return x in plain or (bool(g) and len(g & have) / len(g) >= 0.5) or _abbreviates(x, plain) \
                or _regalarm_asked_head(x, plain) or (_AHEAD.search(x) is not None and found(_AHEAD.sub(r"\1前", x)))
        hits = [x for x in items if found(x)]
        if len(items) == 2:
            # a pair said to be included together: one item the passage's word for word, the other
            # foreign to it
            if any(x in plain for x in items) and _INCLUDED.search(sentence) and not re.search(r"不|没|未", part):
                out += [x for x in items if len(x) >= 4 and len(bigrams(x) & have) / len(bigrams(x)) < 0.34]
        elif len(hits) >= max(2, (len(items) + 1) // 2):
            # a short item counts too when every other item is the passage's word for word
            out += [x for x in items if not found(x) and
                    (len(x) >= 3 or len(items) >= 3 and "|" not in part and all(y in plain for y in items if y != x))]
    return out


def _abbreviates(x: str, plain: str) -> bool:
    """"环保" for the passage's 环境保护: a short item whose characters open the parts of a
    passage word in order (each followed by at most one character of the full form)."""
    if not 2 <= len(x) <= 4:
        return False
    return bool(re.search("".join(re.escape(c) + "." for c in x[:-1]) + re.escape(x[-1]), plain))


_BASIS = re.compile(r"(?:按照|依照|依据|遵照|根据)(?!这|该|此|上述|以上|前述|其)([^，,。；;、]{2,10}?)(?:原则|进行|办理|处理|执行|追究|问责|的)")


def unfounded_basis(sentence: str, text: str) -> list[str]:
    """The basis a sentence gives (按照X进行) must be the passage's: 按照属地管理原则 where the
    article says 按照干部管理权限 is another rule."""
    have = bigrams(text)
    plain = bare(text)
    out = []
    for m in _BASIS.finditer(_REF.sub("", sentence)):
        g = bigrams(m.group(1))
        # "按照管理权限马上组建的": the passage's own basis (按照管理权限) opens what was read as
        # the basis, and the rest is what is done on it
        own = any(re.search(f"(?:按照|依照|依据|遵照|根据){re.escape(bare(m.group(1))[:k])}", plain)
                  for k in range(len(bare(m.group(1))), 3, -1))
        # (the document itself as the basis, 依照本办法…的规定, is the passage's own: branch galarm)
        if len(g) >= 2 and len(g & have) / len(g) < 0.5 and not own and not _SELF.fullmatch(bare(m.group(1))):
            out.append(m.group(1))
    return out


_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
# (the definition is the parenthesis after the full title: 括号里作了定义 says where and what it is)
_ALIAS_TALK = re.compile(r"写明|规定|指出|中|里|指的?是|就是|即|是指|是|指|给|起的|作了?的?|的|简称|全称|为|称|括号|定义|"
                         r"这里|此处|文中|已经|已|在|前面")    # 这里的《办法》在第七条中已经定义 (alarms16)


def defined_alias(sentence: str, named: list[SourceText]) -> str | None:
    """"第七条写明，《办法》指《深圳市行政过错责任追究办法》": a short name and the full title
    the article it names defines it for (《全称》（以下简称《简称》）), said with no other content."""
    titles = re.findall(r"《([^》]+)》", sentence)
    if len(set(titles)) != 2 or not named:
        return None
    pairs = {pair for p in named for pair in _DEFINES.findall(p.text)}
    if not any(set(titles) == set(pair) for pair in pairs):
        return None
    rest = _ALIAS_TALK.sub("", _REF.sub("", re.sub(r"《[^》]+》", "", sentence)))
    if len(bare(rest)) > 2:
        return None
    return "简称由" + "、".join(p.label for p in named) + "定义"


_ARTICLE_BASIS = re.compile(r"(?:依照|按照|依据|遵照)(?:本规定)?第([零一二两三四五六七八九十百\d]+)条(?:的?规定)?([^，,。；;（(]{2,14})")


def moved_basis(sentence: str, named: list[SourceText]) -> str | None:
    """"依照本规定第十条给予党纪政纪处分（第四条）" where 第四条 says "依照有关规定给予党纪政纪
    处分": what is done is the words of another article the sentence names, and the article given
    as its basis does not say it."""
    for m in _ARTICLE_BASIS.finditer(sentence):
        try:
            n = cn_int(m.group(1))
        except Exception:
            continue
        done = m.group(2)
        if len(_content_pairs(done)) < 2:
            continue
        basis = [p for p in named if p.article == n]
        others = [p for p in named if p.article and p.article != n]
        if basis and coverage(done, "\n".join(p.text for p in basis)) < 0.5 and \
                any(coverage(done, p.text) >= 0.75 for p in others):
            other = next(p for p in others if coverage(done, p.text) >= 0.75)
            if any(r.article == n for r in find_refs(other.text)):
                continue                 # (g19alarm) the other article's own words, its own 依照第十条 kept
            return f"“{bare(done)}”是{other.label}的内容，{basis[0].label}没有这样规定，依据说错了。"
    return None


_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊即就是说讲写提到]")
_NEGATED = re.compile(r"(?:不包括|不属于|不适用|不需要|不用|无需|不必|不能|不可以|不得|不允许|不准|不许|不会|不是|并非|不予|没有|并没有|未|没|不涉及|没提)"
                      r"([^，,。；;！？→⇒]{1,16})")


# the negations that forbid (a rule of their own, which a passage silent on the act cannot hold)
_FORBIDDING = re.compile(r"不能|不可以|不得|不允许|不准|不许")
# a line that permits or requires an act
_LICENSED = re.compile(r"可以?|应当?|必须|须")


def _unheld_prohibition(sentence: str, text: str) -> str | None:
    """"初步问责后不能进一步追究" where the passage says "可…进一步问责": a prohibition whose act is
    the passage's act in part of its words (进一步, half of its pairs or more, less than the three
    quarters that `added_polarity` reads as the same act) on a line that permits or requires it with
    no negation of its own. The denial restates the passage's permission in other words and turns it
    round; a passage silent on the act is left to the other readings (branch wmiss9)."""
    for m in _NEGATED.finditer(sentence):
        neg = sentence[m.start():m.start(1)]
        clause = re.sub(r"^(?:再|还|又|也|就)", "", re.split(r"[，,。；;！？：:]", m.group(1))[0])
        if not _FORBIDDING.fullmatch(neg) or len(_content_pairs(clause)) < 3 or asked_either_way(sentence, m.start(), neg) \
                or re.search(r"(?:没有|并没有|不|未|并非)(?:说|写|规定|要求)?$", sentence[:m.start()]):
            continue
        for line in re.split(r"[。；;\n]", text):
            if not 0.5 <= coverage(clause, line) < 0.75 or not _LICENSED.search(line):
                continue
            shared = [x for x in _content_pairs(clause) if x in line]
            at = min(line.find(x) for x in shared)
            if not re.search(r"不|没|未|无|非|禁止|除", line[max(0, at - 6):at]):
                return neg
    return None


def _content_pairs(text: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", _REF.sub("", text)))


def coverage(sentence: str, text: str) -> float:
    """Share of the sentence's content character pairs found in the text (function characters and
    article references set aside)."""
    # 之后 / 以后 say the passage's 后 (初步问责之后 for 初步问责后)
    mine = bigrams(_FUNCTION.sub("", _REF.sub("", re.sub(r"[之以]后", "后", BW.one_form(sentence)))))
    if not mine:
        return 1.0
    return len(mine & bigrams(BW.one_form(text))) / len(mine)


def added_polarity(sentence: str, text: str) -> str | None:
    """A negation that denies what the passage asserts, or a modality stronger than the passage's.
    A negation of something the passage does not say ("第十二条没有规定由哪个部门牵头") is an
    absence claim, not a contradiction."""
    plain = bare(text)
    for m in _NEGATED.finditer(sentence):
        neg = sentence[m.start():m.start(1)]
        if bare(neg) in plain or asked_either_way(sentence, m.start(), neg) or part_done(sentence, m.start(), text):
            continue                      # (没有全部完成 where the passage gives a part: true)
        if re.fullmatch(r"并?没有?|未|无", neg) and any(f"{n}{bare(m.group(1))[:2]}" in plain for n in ("未", "无", "没", "不")):
            continue                      # 没有载明 where the passage says 未载明, 没有履行 where it says 不履行
        content = m.group(1)
        if r10alarmB_complement(sentence, m.start(), content, text):
            continue                      # 只有A……后面的都没有收录 where the passage says 只收录了A
        if re.match(r"^说?一定", content):
            continue                      # 没有说一定要: a denied modality, not a denied fact
        if _content_pairs(content) and (coverage(content, text) >= 0.75 or _spread(content, text)):
            return neg
    waived = waived_duty(sentence, text) or closed_step(sentence, text) or wmiss9_PN.denied(
        sentence, text, lambda a, b: max(coverage(a, b), coverage(a, _FUNCTION.sub("", b))))
    if waived:
        return waived
    m = _STRONG.search(sentence)
    if m and re.search(r"(没有|并没有|不|未|不是|并非|而非)(?:说|写|写成|规定|要求)?$", sentence[:m.start()]):
        m = None
    if m and m.group(0) not in plain and not re.search(r"应当|应|必须", plain):
        return m.group(0)
    return None


def asked_either_way(sentence: str, start: int, neg: str) -> bool:
    """"能不能合并适用" / "是不是" / "有没有": a verb, its negation, then the verb again (A不A) asks
    whether, it denies nothing; the negation is read there only as part of the question."""
    return len(neg) >= 2 and neg[0] in "不没" and start > 0 and sentence[start - 1] == neg[-1]


def _spread(content: str, text: str) -> bool:
    """"没有发生事故" where the passage says "发生公共安全事故": what is denied is the passage's
    words with a few of its words left out between them; every character of it is in a word of
    the passage, and the words come in the passage's order within one of its clauses."""
    words = bare(_FUNCTION.sub("", _REF.sub("", re.split(r"[，,。；;]", content)[0])))
    have = bigrams(text)
    parts, cur = [], ""
    for i, ch in enumerate(words):
        if cur and words[i - 1:i + 1] in have:
            cur += ch
        else:
            if cur:
                parts.append(cur)
            cur = ch
    if cur:
        parts.append(cur)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return False
    pattern = r"[^，,。；;\n]{0,6}".join(re.escape(p) for p in parts)
    return bool(re.search(pattern, text))


_DUTY_SAID = re.compile(r"应当|必须|一定要|一定会|一定|务必|只能|须")


def strengthened(sentence: str, text: str) -> str | None:
    """"应当根据事故调查结果…进一步问责" where the passage says "可…进一步问责": the passage's
    sentence the draft restates (the one sharing most of its content) permits (可, 可以) and
    imposes no duty, and the draft makes it one, whatever its other words."""
    m = _DUTY_SAID.search(sentence)
    if m is None or re.search(r"(没有|并没有|不|未|不是|并非|而非)(?:说|写|写成|规定|要求)?$", sentence[:m.start()]):
        return None
    spans = [x for x in re.split(r"[。；;\n]", text) if x.strip()]
    best = max(spans, key=lambda x: coverage(sentence, x), default="")
    if best and coverage(sentence, best) >= 0.5 and re.search(r"可以?", best) and not _DUTY.search(best):
        return m.group(0)
    return None


# a duty said to be waived: 可以不 / 不一定 / 不必 … before what the passage may make a duty
_WAIVE = re.compile(r"(可以不|可不|不一定要?|不一定会|未必|不必|无需|不需要|不用)([^，,。；;！？]{2,16})")
_DUTY = re.compile(r"应当|必须|应|须|一律")


def waived_duty(sentence: str, text: str) -> str | None:
    """"可以不辞去领导职务" where the article says 应当引咎辞去领导职务: a duty (应当, 必须) is
    not waived by the sentence's permission to omit it; the sentence and the passage disagree on
    modality. Of the passage's sentences that have what is waived, the one that shares most with
    the whole sentence (its case: 对重大事故负有领导责任的) decides."""
    for m in _WAIVE.finditer(sentence):
        content = m.group(2)
        if not _content_pairs(content):
            continue
        # the passage's sentence on what is waived, and of those the one on the sentence's case
        spans = [x for x in re.split(r"[。；;\n]", text) if x.strip() and coverage(content, x) >= 0.6]
        best = max(spans, key=lambda x: coverage(sentence, x), default="")
        if best and _DUTY.search(best) and m.group(1) not in bare(best):
            return m.group(1)
    return None


def candidates(sentence: str, sources: SourceSet, named: list[SourceText], docs: set[str] | None,
               cited: list[SourceText], ruled: list[SourceText] = ()) -> list[SourceText]:
    """The named articles together; else the articles whose rules cover what the sentence is about
    (`ruled`), the answer's citations and the closest passages."""
    if named:
        return [SourceText("+".join(p.id for p in named), named[0].doc_id, named[0].doc_title, named[0].doc_kind,
                           "、".join(p.label for p in named), "\n".join(p.text for p in named))]
    near = [p for _, p in sources.closest(sentence, k=4, docs=docs)]
    joined = [SourceText("+".join(p.id for p in ruled), ruled[0].doc_id, ruled[0].doc_title, ruled[0].doc_kind,
                         "、".join(p.label for p in ruled), "\n".join(p.text for p in ruled))] if ruled else []
    return list({p.id: p for p in joined + cited + near}.values())


def support(sentence: str, sources: SourceSet, named: list[SourceText], docs: set[str] | None,
            cited: list[SourceText], severities: list[str],
            min_coverage: float = MIN_COVERAGE, polarity: bool = True,
            ruled: list[SourceText] = (), lead: str = "", aligned: frozenset[str] = frozenset(),
            negation: bool = True) -> tuple[SourceText | None, str]:
    """(the supporting passage, "") or (None, why not). `lead`: the words an item is said under
    (its article's lead), where the figures and bodies of a sentence about the item may be.
    `aligned`: the named passages (beside items) that a sentence restates term by term, such as
    the articles that state a situation (a term exchanged there is another situation)."""
    best_why = "知识库中找不到支持这句话的原文。"
    best_cov = -1.0
    holes9_cands = candidates(sentence, sources, named, docs, cited, list(ruled))
    holes9_all = "\n".join(c.text for c in holes9_cands)     # each clause held to its closest clause of them all
    for p in holes9_cands:
        cov = coverage(_NEGATED.sub(lambda m: m.group(0) if coverage(m.group(1), p.text) >= 0.75 else "", sentence), p.text)
        if cov < min_coverage and lead and named:      # an item's words said with its lead's (branch para)
            cov = max(cov, para_LD.coverage(sentence, p.text, lead, coverage))
        if named and lead and reg6alarm_IM.placed(sentence):    # an item read with its lead (branch regalarm)
            cov = max(cov, _regalarm_item_coverage(sentence, p.text, lead))
        missing = missing_terms(denied_elsewhere(alarms16_CP.without_partners(sentence, sources.context(p.doc_id)),
                                                 bodies, p.text), p.text + ("\n" + lead if lead and named else ""),
                                severities, sources.context(p.doc_id), sources.titles, sources.aliases)
        # (negation=False: the caller holds negation and modality clause by clause, rules/checking/aligned.py)
        added = added_polarity(sentence, p.text) if polarity and negation else None
        if polarity and negation and not added and len(named) > 1:
            # the modality is the restated article's, not that of the others the sentence names
            main = max(named, key=lambda n: coverage(sentence, n.text))
            stronger = added_polarity(sentence, main.text) if _STRONG.search(sentence) else None
            added = stronger if stronger and _STRONG.fullmatch(stronger) else None
        if not added and named and negation:
            added = strengthened(sentence, p.text)
        if not added and polarity and negation:
            added = _unheld_prohibition(sentence, p.text)
        if not added and polarity and not negation:
            # (a plain 不 before the passage's act, which the clause readings align too loosely to
            # hold when the clause is short: 不列为重点监管对象, plain_not.py)
            added = wmiss9_PN.denied(sentence, p.text, lambda a, b: max(coverage(a, b), coverage(a, _FUNCTION.sub("", b))))
        novel = novel_runs(*reg6alarm_IM.read(_as_member(sentence, lead),
                                              galarm4_LS.with_subject(sentence, p.text, lead), lead)) \
            if polarity and named else []       # (an item read with its lead: item_membership.py; its subject: lead_subject.py)
        if polarity and named and not novel and all("#" in n.id or n.id in aligned and _one_line(n.text) for n in named):
            novel = substituted(LA.without_lead_act(sentence, lead), p.text)
        if polarity and named and lead and not novel:      # the lead's consequence changed (branch regalarm)
            novel = _regalarm_lead_changed(sentence, p.text, lead)
        if polarity and not novel:
            novel = overstated(sentence, p.text)
        if not novel:           # a figure's unit, a list, a quantifier, an act's agent (branch r8miss)
            novel = r8miss_misread(sentence, p.text, sources.context(p.doc_id))
        if polarity and not novel:      # 由市委、市政府组织调查: an act no candidate gives them (agent_act.py)
            novel = r20miss_AA.act_missing(sentence, holes9_all)
        if polarity and not novel:      # a term exchanged in a restated sentence (branch holes9)
            novel = holes9_exchanged(sentence, holes9_all)
        if polarity and not novel:      # two parts of a restated term exchanged in place (branch holes9)
            novel = holes9_transposed(sentence, holes9_all)
        if polarity and not novel:      # 组织、指导和考核 for the text's 组织、指导和监督 (list_member.py)
            novel = [x] if (x := wsz2_LM.exchanged(sentence, [c.text for c in holes9_cands])) else []
        if polarity and not novel:      # 旅客和其他车辆 for the text's 旅客 alone (added_member.py)
            novel = g20miss_AM.added(sentence, holes9_all)
        if polarity and not novel:      # 前款第（三）项、第（五）项 for the text's （三）、（四） (relative_items.py)
            novel = g20miss_RI.exchanged(sentence, holes9_all)
        if polarity and not novel:      # 至少要给予停职检查 where no passage puts that floor (stated_floor.py)
            novel = g20miss_SF.unheld(sentence, holes9_all)
        if cov >= min_coverage and not missing and not added and not novel and not named and negation and polarity and \
                (wmiss7_other := wmiss7_DO.opposed(sentence, p, sources.of_document(p.doc_id), coverage,
                                                   min_coverage)) is not None:
            # a denial held by this passage's silence, stated by another of the document (denial_opposed.py)
            if cov > best_cov:
                best_cov, best_why = cov, f"这句话否定的内容{wmiss7_other.label}有规定，不能凭{p.label}没有提到就否定。"
            continue
        if cov >= min_coverage and not missing and not added and not novel:
            return p, ""
        if (named or ruled) and not added and not missing and _absence(sentence, p.text):
            return p, ""
        if not added and not missing and open_step(sentence, p.text):
            return p, ""
        if cov > best_cov:
            best_cov = cov
            if missing:
                best_why = f"{'、'.join(missing)}在{p.label}中找不到。"
            elif added:
                best_why = f"“{added}”与{p.label}的原文不符。"
            elif novel and cov >= min_coverage:
                best_why = f"“{novel[0]}”不见于{p.label}。"
            else:
                best_why = f"{p.label}不支持这句话（只有{cov:.0%}的内容见于原文）。"
    return None, best_why


_NOT_FINAL = re.compile(r"^(?:[^，,。；;]*?[，,])?(?P<step>[^，,。；;]{2,12}?)(?:也|并|还)?(?:不一定|未必|并不一定|不见得)(?:就)?(?:是|算)?"
                        r"(?:最终|最后|终局|终点)")


_FINAL = re.compile(r"(?P<step>[^，,。；;]{2,12}?)(?:就|即|便)?(?:是|为|即为|算是?)(?:最终|最后|终局)")


def closed_step(sentence: str, text: str) -> str | None:
    """"初步问责就是最终结果" where the passage lets another step follow it: the finality the
    sentence adds, else None."""
    m = _FINAL.search(sentence)
    if m is None or re.search(r"不一定|未必|不见得|不是|并非|不算", sentence[max(0, m.start("step")):m.end()]):
        return None
    return "最终" if open_step(f"{m.group('step')}不一定是最终", text) else None


def open_step(sentence: str, text: str) -> bool:
    """"初步问责不一定是最终结果" where the passage says "初步问责后，…可…进一步问责": a step is
    not necessarily the last when the passage lets another follow it (X后…可…). Only that
    reading: what would make it the last (应当, 必须 after it) is left to `waived_duty`."""
    m = _NOT_FINAL.search(sentence)
    if m is None:
        return False
    step = bare(_REF.sub("", m.group("step")))
    if len(step) < 2:
        return False
    # (初步问责决定 is the outcome of the passage's 初步问责: a result noun after the act names the
    # same step, szalarm; the act without it must still be two characters and stand in the passage)
    steps = [step] + ([x] if len(x := re.sub(r"(?:的)?(?:决定|结果|处理)$", "", step)) >= 2 and x != step else [])
    return any(re.search(re.escape(one) + r"[^。；;]*?(?:后|之后|以后)[^。；;]*?(?:可以|可)", bare_keep) and
               not re.search(r"应当|必须", bare_keep)
               for one in steps for bare_keep in re.split(r"[。；;\n]", re.sub(r"[\s“”\"]", "", text)))


_ABSENT = re.compile(r"不在|不属于|没有(?:提到|提|规定|写|列|要求|载明)|并没有|未(?:提到|列入|规定|写|载明)|不包括|不涉及|没提|没写|只出现在")


def _absence(sentence: str, text: str) -> bool:
    """"社区居委会负责人不在第二条列举的范围之内": what the sentence says is absent from the
    article (it names) really is absent there."""
    m = _ABSENT.search(sentence)
    if not m:
        return False
    said = _REF.sub("", sentence[:m.start()]) + _REF.sub("", sentence[m.end():])
    pairs = _content_pairs(sentence[:m.start()]) or _content_pairs(sentence[m.end():])
    return bool(said) and (not pairs or len(pairs & bigrams(text)) / len(pairs) < 0.5)


MIN_NOVEL = 5


def novel_runs(sentence: str, text: str) -> list[str]:
    """Stretches of a sentence none of whose character pairs is in the passage, with at least four
    content characters inside them (the characters at a stretch's ends belong to matched
    neighbours): in a sentence restating an article, a substituted term (交通运输 for 安全生产)."""
    # 以后 / 之后 say the passage's 后, as in `coverage`
    # (the document's name for itself, 依据本办法第八条, is a reference too: branch galarm)
    # (the 第 of 第(三)项 goes with its reference, or it joins the words around it into a run: g16alarm)
    # 在X之外，还要另外 for the text's 除X外，另 (branch g18alarm)
    plain = bare(_SELF.sub("", _REF_WHOLE.sub("", re.sub(r"[之以]后", "后", TC.uncounted(g18alarm_BS.in_text_frame(sentence, text))))))
    have = bigrams(text)
    runs, start = [], None
    for i in range(len(plain) - 1):
        fresh = plain[i:i + 2] not in have
        if fresh and start is None:
            start = i
        if not fresh and start is not None:
            runs.append(plain[start:i + 2])
            start = None
    if start is not None:
        runs.append(plain[start:])
    inner = [r[1:-1] for r in runs]
    # a denial or a modality (并没有说一定) is polarity, held to the passage by `added_polarity`
    # a permission (可以) where the passage grants one (可) is the passage's modality
    may = _MAY if "可" in text else _NOTHING
    # what the sentence says about the text (列了三种, 只是直接使用了, 一是) is no term of it (branch szalarm)
    return [r for r in inner if len(_FUNCTION.sub("", _LINKS.sub("", _TALK.sub("", may.sub("", _POLARITY.sub("", szalarm_TT.untalked(r, text))))))) >= MIN_NOVEL] \
        + szalarm_TT.miscounted(sentence, text)


_POLARITY = re.compile(r"并没有|没有|不一定|一定|必须|并不|并非|不是|未")
_SELF = re.compile(r"本(?:办法|条例|细则|规则)")
_MAY = re.compile(r"可以")
_NOTHING = re.compile(r"(?!)")
# words that link clauses or introduce a basis (所以按第三条，由…进行), a condition (如果…) or an
# addition (还) carry no content of their own
_LINKS = re.compile(r"所以|因此|因而|于是|从而|之内|之中|按照|依照|按|依|由|如果|假如|还")
# what a sentence says an article does with its words (明确列出, 写明) is talk about the text, not
# a term of it: the words it points at are held to the passage
_TALK = re.compile(r"明确|列出|列明|写明|载明|规定了")
_MEMBER = re.compile(r"(?:列为|列入|作为|属于)(?P<what>[^，,。；;]{1,12}?)(?:之一|中的一[项种类个]|(?=[，,。；;]|$))")


def _as_member(sentence: str, lead: str) -> str:
    """"把…列为应当问责的情形之一": an item said to be one of its article's list, the list named in
    its lead's words (有下列情形之一的，应当问责); the talk goes when every pair of what the list is
    called is in the lead. 之一 may be left out at the end of a clause (都列为应当问责的情形)."""
    def drop(m: re.Match) -> str:
        parts = [x for x in m.group("what").split("的") if x]
        have = bigrams(lead)
        return "" if lead and parts and all(bigrams(x) and bigrams(x) <= have for x in parts) else m.group(0)
    return _MEMBER.sub(drop, sentence)


def _one_line(text: str) -> bool:
    """An article of one sentence without items: like an item, a sentence restating it aligns
    with it."""
    lines = [x for x in text.splitlines() if x.strip()]
    return len(lines) == 1 and len(re.findall(r"[。；;]", lines[0])) <= 1


# a count with its measure word (三类, 四种, 两项): said of the list after it, never a term of the item
_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+(?:类|种|项|个|名)")


def substituted(sentence: str, text: str) -> list[str]:
    """A sentence restating one item (第五条第（五）项是…) in its own words but with one term
    exchanged (处置 for 预防): aligned with the item, a short stretch of the sentence stands where
    the item has a different short stretch. An item is a line, so the alignment is meaningful."""
    from difflib import SequenceMatcher

    mine = bare(_FUNCTION.sub("", _REF.sub("", sentence)))
    theirs = bare(_FUNCTION.sub("", text))
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
        a, b = mine[i1:i2], theirs[j1:j2]
        if op == "replace" and 2 <= len(a) <= 6 and 2 <= len(b) <= 6 and a not in theirs and i1 > 0 and i2 < len(mine):
            if _COUNTED.search(a) and not re.search(r"[一二两三四五六七八九十百\d]", b):
                continue          # (r20alarmA) "停职检查三类：A、B、C": a count is no term, and the figure readings hold it
            if _pointing(a, sentence) and re.search(r"[条款项]", b):
                continue          # (g21alarm) "指向第十条第（一）项的频次": the sentence's act on a reference, for the text's own reference
            out.append(f"{a}（原文：{b}）")
    return out


def _pointing(a: str, sentence: str) -> bool:
    """Whether the stretch stands right before a reference in the sentence (指向第十条第（一）项):
    what the sentence says an article does with another, where the text has the reference itself."""
    return any(m.end() < len(sentence) and _REF.match(sentence, m.end()) and re.match(r"第|《", sentence[m.end():])
               for m in re.finditer(re.escape(a), sentence))


_WHOLE = re.compile(r"(\d+(?:\.\d+)?)([项件个家所条名人])([^，,。；;\d]{0,12}?)(?:全部|全都|均已|均|都已|都|悉数|已全部)(\w{2})")


def overstated(sentence: str, text: str) -> list[str]:
    """"118项民生实事全部完成" where the passage says "118项民生实事完成116项": all of a counted
    whole said to be done where the passage gives a part."""
    out = []
    plain = squash(text)
    for m in _WHOLE.finditer(sentence):
        n, unit, verb = m.group(1), m.group(2), m.group(4)
        for pm in re.finditer(rf"(?<![\d.]){re.escape(n)}{unit}[^，,。；;]{{0,16}}?{re.escape(verb)}(\d+(?:\.\d+)?){unit}", plain):
            if pm.group(1) != n:
                out.append(f"{n}{unit}…{verb}{pm.group(1)}{unit}")
    return out + AD.whole_said(sentence, text) + AG.other_agent(sentence, text) + \
        r20miss_RK.rank_changed(sentence, text)      # 居全国首位 where it says 居国内前列 (ranks.py)


def _regalarm_item_coverage(sentence: str, text: str, lead: str) -> float:
    """"完成率低于80%属于第七条第（一）项的情形，应当追究过错责任": a sentence that places its case
    in a numbered item and gives the consequence the item's lead gives every item. The clauses
    the lead states word for word (each content pair in the lead: 应当追究过错责任) are the
    article's of every item, and the rest is held to the item; a clause that changes the lead
    (应当从重追究, 可以不追究) has a pair the lead lacks and stays, so the item does not cover it
    (branch regalarm). 0.0 when no clause is the lead's."""
    plain = reg6alarm_IM.read(sentence, text, lead)[0]
    have = bigrams(lead)
    clauses = [c for c in re.split(r"[，,。；;]", plain) if c.strip()]
    kept = [c for c in clauses if not (_content_pairs(c) and _content_pairs(c) <= have)]
    if len(kept) == len(clauses) or not kept:
        return 0.0
    return coverage("，".join(kept), text)


_GOVERNING = re.compile(r"既[^，,。；;]*又|同时(?:具备|满足|造成|发生|存在)|两者(?:都|均|同时)|二者(?:都|均|同时)|兼具|缺一不可")
_CLAUSE_JOINER = re.compile(r"并且|而且")


def _regalarm_unjoined(sentence: str, a: str, b: str) -> bool:
    """The sentence's joiners do not join the passage's two alternatives (branch regalarm):
    - 并且 / 而且 join the clause before them to the one after, so they join the alternatives only
      when they stand between them ("…要从重追究，并且明确不适用第二十一条，所以也不能从轻、减轻":
      the 并且 is before both);
    - alternatives inside one parenthesis gloss a reference ("第（三）项（隐瞒、谎报或者迟报检验结
      果）和群体性食物中毒事件…两个条件同时具备"): a joiner outside the parenthesis joins what the
      sentence says around it, not the words of the gloss.
    A joiner between the alternatives, or one governing them in their own words (既谎报又迟报,
    谎报或者迟报两者同时具备), still joins."""
    ia = sentence.find(a)
    ib = sentence.find(b, ia + len(a)) if ia >= 0 else -1
    if ib < 0:
        return False
    if any(ia + len(a) <= m.start() < ib for m in _BOTH_NEEDED.finditer(sentence)):
        return False
    inside = [(m.start(), m.end()) for m in re.finditer(r"[（(][^（）()]*[)）]", sentence)]
    gloss = next(((x, y) for x, y in inside if x < ia and ib + len(b) <= y), None)
    for m in _GOVERNING.finditer(sentence):
        if gloss is None or gloss[0] < m.start() < gloss[1]:
            return False
    return True


# an item said as an embedded question: 用了哪些追究方式, 有多少人, 是什么原因
_ASKED_ITEM = re.compile(r"^[\u4e00-\u9fff]{0,3}?了?(?:哪些|哪几种|哪几类|哪种|哪类|什么|多少|几个|几种)(?P<head>[\u4e00-\u9fff]{2,})$")


def _regalarm_asked_head(item: str, plain: str) -> bool:
    """"报送内容包括…被追究人数和用了哪些追究方式": an item of a list said as an embedded question
    names the thing it asks about (追究方式); it is the passage's item when that head is in the
    passage word for word (适用的追究方式). A head the passage does not have (免了哪些职务) is not
    (branch regalarm)."""
    m = _ASKED_ITEM.match(item)
    return m is not None and m.group("head") in plain


def _regalarm_lead_changed(sentence: str, text: str, lead: str) -> list[str]:
    """"…属于第七条第（一）项的情形，应当从重追究过错责任" where the lead says 应当追究过错责任: in a
    sentence that places its case in an item, a clause that restates the lead (half its content
    pairs or more are the lead's) with words neither the lead nor the item has (从重) changes the
    consequence the lead gives every item; those clauses, else [] (branch regalarm)."""
    if not reg6alarm_IM.placed(sentence):
        return []
    from . import numerals
    plain = numerals.arabic(reg6alarm_IM.read(sentence, text, lead)[0])
    # (the lead's own lines: `lead` carries the item's line too)
    own = "\n".join(x for x in lead.splitlines() if x.strip() and x.strip() not in text)
    have, item = _content_pairs(numerals.arabic(own)), _content_pairs(numerals.arabic(text))
    out = []
    for c in re.split(r"[，,。；;]", plain):
        pairs = _content_pairs(c)
        if len(pairs) >= 3 and len(pairs & have) >= 0.5 * len(pairs) and pairs - have - item:
            out.append(c)
    return out
