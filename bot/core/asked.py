"""What a question asks for, read from its structure, and whether the passages that would answer
it address that at all.

A question has a frame that asks (吗, 是否, 能不能, 影不影响, 什么, 哪, 几, 多少, 多久, 怎么…) and the
words that set the scene ("停职检查期间", "被问责的领导", "出了较大事故"). Retrieval ranks by shared
words, so the scene alone brings back a passage: "停职检查期间工资还照发吗" retrieved 第十一条,
which lists 停职检查 and says nothing of pay. What the question wants is the part the frame attaches
to — the predicate after the last modal (会, 能, 可以, 要, 还…) with its object, or for a question
word its clause — stripped of the words the knowledge base is about (the vocabulary's roles,
measures, severities, topics; the documents' titles: the scene). When every clause that asks has
such words and none of them is in any passage the answer would rest on, those passages answer
something else; and a question asking for a count (几章, 多少小时) is addressed only by a figure
with that unit.

Why not a share of shared words: measured on the blind topic questions, the share of a question's
words the lead passage covers was 0.34–0.81 for the unanswerable and 0.20–1.0 for the answerable.
The scene is most of a question's words; what is asked is a word or two.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from weakref import WeakKeyDictionary

from knowledge.everyday import LIGHT_HEADS, terms
from knowledge.lexical import EQUIVALENTS
from knowledge.retrieval import Corpus
from knowledge.words import cut
from bot.core.alternatives import Alternative, alternative, settled
from bot.core.case_figures import Measured, case_terms, grade_by_measures, grades_by, measured, said_as_a_cut
from bot.core.clock import DAY_PARTS, day_part, said_at
from bot.core.thresholds import Given, given, settled_by_count
from bot.core.membership import members, named
from rules.checking.item_leads import items_under_leads
from rules.schema import RuleBook

# A clause ends at these; "、" joins items of one clause.
_CLAUSES = re.compile(r"[，,。？?！!；;：:\s（）()“”\"]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# The frame: a final particle, a question word, or an A-not-A form (能不能, 影不影响, 有没有)
_FINAL = re.compile(r"(?:吗|呢|么|吧|嘛|啊)$")
_WH = re.compile(r"怎么回事|什么|啥|哪|谁|几|多少|多久|多长|怎么|怎样|怎么样|如何|何时|是否|能否|可否|有没有|有无")
# A question word choosing among instances names their kind right after it (哪个单位, 哪些原则):
# that noun says what the answer is, so a passage that has it addresses the clause, and one that
# lacks it may still name an instance (第三条 names the bodies without saying 单位).
_WHICH = re.compile(r"哪|几|多少|什么|啥")
# "哪一年", "哪一条" ask which instance: a figure in that unit is the answer
_WHICH_UNIT = re.compile(r"哪一?(?:个)?(?:小时|[年月日天周章条节款项])|第几")
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])(?:不|没)\1")
# 多 + a one-character adjective (多高, 多深, 多大, 多快) asks a measure as 多少 asks a number; read
# on the cut, where 多 stands alone (很多高校, 多重 are other words). How fast or how early asks a time.
_HOW_ADJECTIVE_TIME = ("快", "早", "晚", "久")
# How far, high or deep asks a length (多重 is cut as one word, "multiple", and asks nothing): a figure in another dimension (每300户
# 至少设置1个集中投放点 for 多远) is no answer. 多大 and the rest ask any number, as before.
_HOW_ADJECTIVE_DIMENSION = {"远": "length", "高": "length", "深": "length", "宽": "length",
                            "厚": "length", "粗": "length"}
# 几点 asks a time of day (a clock reading, 几点到几点), which no length of time (24小时) answers.
_CLOCK = re.compile(r"几点|几时(?!候)")
# Words before the asked predicate that only say whether or when it holds (modals, aspect adverbs):
# the predicate is what follows the last of them.
_MODALS = re.compile(r"能不能|会不会|要不要|可不可以|是不是|能够|可以|需要|应该|应当|必须|能|会|要|得|该|还|才|再|仍|照样|也|就")
# Words that ask a quantity, and the unit they ask it in: 几章 -> 章, 多少小时 -> 小时, 几起 -> 起,
# 多久 -> time, 多少钱 -> 元, a bare 多少 (利率是多少) -> any number. The units are Chinese measure
# words (量词) of what is measured or counted as it happens (起, 次, 票, 元); those of things a text
# lists (几种方式, 几个部门) are answered by the list, counted or not, and ask no figure. 哪 takes
# only the units that pick an instance (哪一年, 哪一条). 什么时候 is not one: it asks a case as often as a
# time (调查人员什么时候要回避: the cases of 回避), so its clause is read by its words.
# A unit of physical measure (毫克, 平方米, 分贝) is asked as its own figure too: "余氯是多少毫克每升"
# is given only by a figure in 毫克, never by a count (检测不少于3次) beside its words (general
# units only; 米 and 度 are parts of too many other words: 平方米 is its own, 年度 is no unit)
_MEASURED = r"毫克|千克|公斤|毫升|平方米|立方米|平方公里|分贝|摄氏度|[克吨升]"
_COUNTED = r"小时|分钟|公里|工作日|" + _MEASURED + r"|[年月日天周章条节款项人名起次岁元票倍]"
_QUANTITY = re.compile(rf"(?:几|多少)(?:个)?({_COUNTED})|哪一?(?:个)?(小时|[年月日天周章条节款项])|多久|多长时间|多长"
                       r"|多少(钱)|多少")
# 工作日 before 日: a regulation's deadlines are as often in working days (五个工作日内) as in days
_TIME_UNITS = ("工作日", "年", "月", "日", "天", "周", "小时", "分钟")
# The time units by their scale: a unit named in the question (几年) is answered by a figure in it or
# in the unit next to it (年: 年 or 月; 天: 小时 to 月), never by one far from it (24小时 for 几年一遇)
_SCALE = {"分钟": 0, "小时": 1, "工作日": 2, "日": 2, "天": 2, "周": 2, "月": 3, "年": 4}
# A figure of each kind asked: a time, an amount of money, any number (digits, a fraction, 过半数,
# a Chinese numeral with a measure word; never 一 alone, which is in 一般 and 统一)
_NUMERAL = "[0-9０-９一二两三四五六七八九十百千万.]+(?:多)?"
_FIGURES = {"time": re.compile(_NUMERAL + "(?:个)?(?:" + "|".join(_TIME_UNITS) + ")"),
            "元": re.compile(_NUMERAL + "(?:万|亿)?元"),
            "length": re.compile(_NUMERAL + "(?:米|公里|千米|厘米|毫米|里)"),
            # people are counted by any of their measure words (几个人: 二名以上…人员)
            **dict.fromkeys(("人", "名", "位"), re.compile(_NUMERAL + "(?:个)?(?:人|名|位)(?![置次子])")),
            "clock": re.compile(_NUMERAL + r"(?:点|时)(?![间候期段效限])"),
            "number": re.compile(r"[0-9０-９]|分之|半数|[二两三四五六七八九十百千万]+(?:个|名|人|元|倍|次|票|项|种)"),
            # a grade: a level by its numeral or letter (一级, 甲级, A级, 分为四级), or the word 等级
            # that a grading sentence says (事故等级); "具有相应资质" names no grade
            "grade": re.compile(r"[0-9０-９一二三四五六七八九十甲乙丙丁A-Ea-e]+级|等级")}
# A grade asked (什么等级的资质, 几级资质, 资质是几级, 哪一级): answered only by a sentence that names a
# grade beside what it is of, not by one that only names the thing (具有相应资质的机构)
_GRADE_ASKED = re.compile(r"(?:什么|啥|哪一?个?|何种|哪种|多大|多高)(?:样的|的)?(?:等级|级别)|几级|哪一?级")
# What a grade asked is of: the noun right after it (什么等级的资质: 资质; 几级事故: 事故)
_GRADED_THING = re.compile(r"(?:" + _GRADE_ASKED.pattern + r")(?:的)?([\u4e00-\u9fff]{2,4})")


# A grade asked of a thing named before the grade's noun (泳池的卫生等级是几级: 卫生; 资质级别属于哪一级)
_GRADE_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:等级|级别)(?:是|为|有|分为?|属于|算|评为|定为)?(?:" + _GRADE_ASKED.pattern + ")")


def _graded_thing(clause: str, scene: list[str] = ()) -> tuple[str, ...]:
    """The thing whose grade a clause asks (什么等级的资质: 资质), the scene's words too (事故): a
    grade said of another thing (事故分为四级, asked of a 资质) is no answer. The thing may come
    before the grade's noun (卫生等级是几级: 卫生): a sentence that grades something else (事件分为
    三级) does not give the 卫生 grade, though it shares the question's other words (泳池). Not when
    that thing is the knowledge base's own (事故等级是几级: the scene's word, read as before)."""
    body = _FINAL.sub("", clause)
    m = _GRADED_THING.search(body)
    if m is not None:
        words = [w for run in cut([m.group(1)]) for w in run]
        if words and len(words[0].text) >= 2 and words[0].tag.startswith(("n", "vn")):
            return (words[0].text,)
    before = _GRADE_OF.search(body)
    if before is None:
        return ()
    words = [w for run in cut(_HAN.findall(before.group(1))) for w in run]
    last = words[-1] if words else None
    if last is None or len(last.text) < 2 or not last.tag.startswith(("n", "vn", "an")) or last.text in scene \
            or _WH.search(last.text):
        return ()
    return (last.text,)


# 多少 right after a verb of paying a sum (罚多少, 赔多少, 罚款多少): a fine or a compensation is money
_MONEY_VERB = re.compile(r"(?:罚款?|赔偿?)(?:个)?多少(?![个名人次天年月日小分倍件条项种起票])")
# An amount a text gives by how it is computed (按照…日平均工资计算), not as a figure
_COMPUTED = re.compile(r"按照?[^。；;，,]{1,30}?计[算发]")
# Where what a figure bounds ends: a sentence, and the colon that opens a list (第十四条's 24小时
# bounds 召开现场会 and 作出初步问责决定, not the 停职检查 listed after its colon)
_SENTENCES = re.compile(r"[。；;！!？?\n：:]")
# A comparison (A和B有什么区别, A与B是什么关系) asks about both of its sides at once.
_COMPARE = re.compile(r"^(.+?)(?:和|与|跟|同)(.+?)(?:之间)?(?:的)?(?:有|是|存在)?(?:什么|啥|哪些|何|哪些)?"
                      r"(?:区别|不同|不一样|差别|差异|关系|联系)")
_TOKEN = re.compile(r"[A-Za-z0-9]+[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]+|\d+[A-Za-z]+")
# Days named from the asker's today (明天, 今晚): a question about them asks about the world on that
# day, which no document (a dated text) speaks of; a condition (如果明天…) only sets a scene. Years
# (今年, 去年) are left: a question about the report's 去年 is the report's to answer.
_DAY = re.compile(r"今天|明天|后天|昨天|今日|明日|今晚|明晚|今早|明早|本周|下周|这周")
_CONDITION = re.compile(r"如果|假如|假设|要是|万一|若")
# Adverbs jieba's dictionary tags as content words (一共/j), and the support verbs (形式动词) whose
# object carries the content (承担什么后果, 受到什么处理): they ask nothing.
_ADVERBS = ("一共", "总共", "到底", "究竟", "具体", "承担", "受到", "进行", "给予", "予以", "加以", "作出", "采取", "得到",
            # (qs10) a superlative says which end of a range is asked (最长能停多久), not what of
            "最长", "最短", "最多", "最少", "最高", "最低", "最晚", "最早", "最迟", "最大", "最小")
# jieba's parts of speech that carry no asked content: function words (as knowledge/lexical.py),
# numerals and measure words, time and locative words (当年, 期间, 以后; 网上 stays: s is a place noun)
_NO_CONTENT = ("r", "y", "u", "p", "c", "d", "e", "x", "w", "o", "q", "m", "f", "t", "z")
# A verb with its result (查完, 送到, 办好): jieba's one word, whose content is its one-character
# head; a document says the act in its own words (调查…完成, 送达), so the pair asks nothing itself
# (and its direction, or a result that takes its own noun: 批下来, 拿到手)
_RESULTS = r"到手|到账|到位|下来|出来|回来|上来|过来|起来|下去"
_RESULTATIVE = re.compile(r"[\u4e00-\u9fff](?:[完到好掉住]|" + _RESULTS + ")")
# A result said with no verb before it (多久能到手, 多久才下来): the asker names the act by its
# result alone, and only a sentence that says that result (到…手) bounds it
_RESULT_ALONE = re.compile(_RESULTS)
# Words this common in general Chinese (jieba's IDF: 情况 4.0, 时候 4.3, 关系 4.7, 处理 5.4) say too
# little to be what a question asks for.
LIGHT_IDF = 5.6


@dataclass(frozen=True)
class AskedClause:
    """One clause that asks: its asked content words, and the unit of a quantity it asks for."""

    text: str
    words: tuple[str, ...]
    unit: str | None = None          # "章", "小时"; "time" for 多久 / 多长时间
    kinds: tuple[str, ...] = ()      # the noun after a question word (哪个单位): addresses, never missed
    which: bool = False              # asks which instance of the unit (哪一年, 第几条)
    scene: tuple[str, ...] = ()      # the knowledge base's own words in a yes/no predicate (写检查吗)
    anchors: tuple[str, ...] = ()    # what a quantity is asked of: its figure must stand beside one
    pair: tuple[str, str] | None = None   # the two sides of a comparison, each by its key word
    day: str | None = None           # a day named from the asker's today (明天): the world's, not the texts'
    owner: str | None = None         # the act a duration noun bounds (整改期限: 整改)
    subject: tuple[str, ...] = ()    # what a yes/no predicate is said of (调查组 in 调查组要有纪委的人吗)
    needs: tuple[str, ...] = ()      # the act a question word asks for (什么奖励): one must be there
    act: str | None = None           # the act a time asked bounds (多长时间内要调解结束: 调解)
    span: str | None = None          # the time unit a quantity names (几年一遇: 年), None for 多久
    members: tuple[str, ...] = ()    # the things a membership asks about (废电池 in 废电池算不算有害垃圾)
    alternative: Alternative | None = None   # X归A还是归B: which side holds of X
    frame: str | None = None         # the verb a modal's act opens with (申请 in 能不能申请提前移出)
    per: str | None = None           # the thing a sum asked is per (一个充电口能补多少钱: 充电口)
    graded: str | None = None        # a grade asked by name, its cases asked (啥情况会被定成较重: 较重)
    verb: str | None = None          # a yes/no act said in one-character verbs (调看, 罚…款: 罚款)
    owned: tuple[str, str, str] | None = None   # a body, the thing asked as its, the phrase (市民政局的复核决定…)
    counts: tuple[Given, ...] = ()   # the counts the asker gives of its case (600多个充电口), for an alternative
    clock: tuple[int, int] | None = None   # the hours a time of day said in words spans (半夜: 23–27)
    cases: tuple[str, ...] = ()      # a grade asked of a case given by figures: the texts' words for them (死亡)
    setting: tuple[str, ...] = ()    # that case's own words, here and in the clauses before (泳池): its matter
    whose: str | None = None         # whose the owner of a figure is (救生员 in 救生员每小时的工资是多少)
    measures: tuple[Measured, ...] = ()   # a grade asked of a case given by measured figures (停电影响了300户)


# 几 after a demonstrative (那几天, 这几个部门), or after 前/头 opening a clause (前几年), is "a few",
# not "how many": it asks nothing (提前几天 still asks)
_FEW = re.compile(r"(?:(?<=[这那])|(?<=^[前头])|(?<=[^\u4e00-\u9fff][前头]))几(?=[个天年月日次位名家项条])")
# A limit asked in a yes/no form (有时间限制吗, 有没有期限, 有时限要求吗): how long, said otherwise
_LIMIT = re.compile(r"(?:时间|日期|期限|时限)(?:上的?)?(?:限制|要求|规定)|期限|时限")
_LIMIT_ASKED = re.compile(r"有(?:没有)?(?:什么|啥)?(?:" + _LIMIT.pattern + ")")


def asked_clauses(question: str, scene: list[str]) -> list[AskedClause]:
    """The clauses of `question` that ask, each with what it asks for. `scene`: the words the
    knowledge base is about (longest first), which set a scene and are never what is asked."""
    text = _FEW.sub("些", unicodedata.normalize("NFKC", question))
    out = []
    clauses = [c for c in _CLAUSES.split(text) if c]
    asking = [c for c in clauses if _asks(c)]
    # a question with no frame at all ("深圳明天天气") asks with all its words
    for clause in asking or ["".join(clauses)] if _day(text) else asking:
        part, whole = _predicate(clause)
        own = [] if whole else _scene_in(part, scene)
        words, kinds = _content(part, scene)
        subject: list[str] = []
        if not whole:
            subject = _content(_before_predicate(clause), scene)[0]
            if not own and not words and not kinds:
                # the predicate says nothing of its own (…工资待遇会降吗): the rest of the clause is
                # what is asked, from its subject on when a pronoun is that subject (出事了我还得担责吗:
                # 出事了 only sets the case)
                words, subject = _content(_from_subject(clause), scene)[0], []
        frame = _frame(part) if not whole and part != _FINAL.sub("", clause) else None
        if frame in words and len(words) > 1:
            # 能不能申请提前移出: 申请 frames the act asked (提前移出); a passage on 申请复核 is no answer
            words = [w for w in words if w != frame]
        else:
            frame = None
        unit = _unit(clause)
        # the clauses before this one that do not ask set what an elliptical one is about
        # ("我们区要出实施细则，有没有规定多久之内必须出来": 实施细则)
        context = [c for c in clauses[:clauses.index(clause)] if c not in asking] if clause in clauses else []
        measures = _measures(clause, unit, scene, context)
        out.append(AskedClause(clause, tuple(words), unit, tuple(kinds), bool(_WHICH_UNIT.search(clause)),
                               # a bare 多少 with no asked word ("深圳2015年GDP是多少": 生产总值 in the
                               # text) is tied to no noun: any number answers, as before this reading
                               tuple(own), (_graded_thing(clause, scene) or _anchors(clause, scene, context)) if unit == "grade"
                               else _anchors(clause, scene, context) if unit and (words or unit != "number")
                               # (a bare 多少 after a modal's one-character act, 能奖多少, is that act's)
                               else _modal_act(clause) if unit else (),
                               _pair(clause, scene),
                               # a duration asked of a noun by a copula (设计使用年限是多少年): that
                               # noun, when no duration noun names an act (整改期限: 整改)
                               _day(clause), (_owner(clause) or _subject(clause)) if unit == "time"
                               else _subject(clause) if unit else None,
                               tuple(w for w in subject if w not in words),
                               _needs(part) + _whose(part) + _doers_act(part) if whole else (), _act(clause) if unit == "time" else None,
                               _span(clause) if unit == "time" else None, members(clause), alternative(clause),
                               frame, _per(clause) if unit == "元" else None, _graded(clause),
                               None if whole or unit else _small_verb(part, _FINAL.sub("", clause)),
                               _owned_by(clause), given(text) if alternative(clause) else (),
                               # a yes/no predicate's time of day (半夜也得巡查吗), not a question word's
                               # scene (夜间施工的值班员要有什么执照)
                               day_part(clause) if unit is None and not whole else None,
                               # 死了1个人的泳池事故属于什么级别: the grade of a case given by its figures
                               cases := _cases(clause, unit, scene, context),
                               # (or, when the case names nothing but the knowledge base's own
                               # words, 偷倒了800方渣土: 渣土, those)
                               (tuple(dict.fromkeys(w for c in context + [clause] for w in _content(c, scene)[0]))
                                or tuple(dict.fromkeys(w for c in context for w in _scene_in(c, scene))))
                               if cases or measures else (),
                               _whose_figure(clause, owner, scene) if unit not in (None, "time")
                               and (owner := _subject(clause)) else None,
                               measures))
    return out


# a rate or a period between a possessor and what it has (救生员每小时的工资): not the possessor
_PER_PHRASE = re.compile(r"(?:每|一)[个张名间位座台辆户家处套]?[\u4e00-\u9fff]{1,2}的?$")


def _whose_figure(clause: str, owner: str, scene: list[str]) -> str | None:
    """Whose `owner` is, when the clause names its possessor right before it (救生员每小时的工资,
    救生员工资): the noun there. A figure of the owner said of others (深圳's 最低工资 in a work
    report) is not the possessor's: the passage that gives it must name the possessor too. None
    when the word before is no noun, or the knowledge base's own (区长的…: the scene's)."""
    at = clause.find(owner)
    before = _PER_PHRASE.sub("", clause[:at]) if at > 0 else ""
    before = before[:-1] if before.endswith("的") else before
    # (only the run of characters right before it: 深圳2015年GDP is no 深圳年's GDP)
    words = [w for run in cut(_HAN.findall(before)[-1:]) for w in run] if before and _HAN.search(before[-1:]) else []
    if len(words) >= 2 and len(words[-1].text) == 1 and len(words[-2].text) >= 2 and words[-2].tag.startswith(("n", "v")):
        # a person by a one-character suffix the cut leaves apart (巡查 + 员): one noun
        text, tag = words[-2].text + words[-1].text, "n"
    elif words:
        text, tag = words[-1].text, words[-1].tag
    else:
        return None
    if len(text) < 2 or not tag.startswith("n") or tag.startswith("ns") or any(text in w for w in scene) \
            or _WH.search(text):
        return None
    return text


def _cases(clause: str, unit: str | None, scene: list[str], context: list[str]) -> tuple[str, ...]:
    """The texts' words for the figures a clause asking a grade gives its case by (死了1个人的…事故属于
    什么级别: 死亡), when the thing graded is not named or is the knowledge base's own word for an
    incident (事故): what the asker calls it need not be what the text calls it (事件)."""
    if unit != "grade" or any(t not in scene for t in _graded_thing(clause, scene)):
        return ()
    return case_terms("，".join(context + [clause]))


def _measures(clause: str, unit: str | None, scene: list[str], context: list[str]) -> tuple[Measured, ...]:
    """The measured figures a clause asking a grade gives its case by (停电影响了300户，停了30个小时，
    这算什么级别: 300户, 30小时), as `_cases` reads the casualty figures: held against a grading
    article's thresholds in their units (bot/core/case_figures.py `grade_by_measures`)."""
    if unit != "grade" or any(t not in scene for t in _graded_thing(clause, scene)):
        return ()
    return measured("，".join(context + [clause]))


def _asks(clause: str) -> bool:
    """The clause asks: a final particle, a question word, an A-not-A verb, 多 + an adjective or an
    alternative."""
    return bool(_FINAL.search(clause) or _WH.search(clause) or _A_NOT_A.search(clause) or _how_adjective(clause)
                or alternative(clause))


def case_words(question: str, scene: list[str]) -> tuple[str, ...]:
    """The content words of the clauses of `question` that set its case without asking
    ("在天然水域野泳出事了，罚款标准是多少": 天然水域, 野泳): where the question is set, which a
    regulation may hand to another document whole (bot/core/deferred.py)."""
    text = unicodedata.normalize("NFKC", question)
    clauses = [c for c in _CLAUSES.split(text) if c]
    if len(clauses) < 2:
        return ()
    return tuple(dict.fromkeys(w for c in clauses if not _asks(c) for w in _content(c, scene)[0]))


# A sum asked per one thing (一个充电口能补多少钱, 每张床一年补贴多少钱): 每 or 一 with its classifier,
# then the thing up to the next modal, 的 or numeral; a time unit after 每 (每年, 每次) is a period,
# not a thing
_PER = re.compile(r"(?:每(?:[个张名间位座台辆户家处套])?|一[个张名间位座台辆户家处套])([\u4e00-\u9fff]{1,4}?)"
                  r"(?=能|会|要|可以|该|应|的|是|有|补|给|发|收|交|罚|[一二两三四五六七八九十0-9]|多少|$)")


# The cases of a grade or class asked by its name (什么情况会被定成较重, 哪些情形算严重, 怎样才属于
# 重大): a verb that assigns a class, and the name after it ending the clause
_GRADED = re.compile(r"(?:定成|定为|认定为|认定成|评为|评定为|判定为|划为|划成|算作|算成|算是|算|属于)"
                     r"([\u4e00-\u9fff]{2,6}?)(?:等级|级别|级|的)?$")
_CASES_ASKED = re.compile(r"什么|啥|哪些|哪种|何种|怎样|怎么样")


def _graded(clause: str) -> str | None:
    """The name of a grade whose cases the clause asks ("啥情况会被定成较重": 较重): a question word
    before the verb that assigns it, the name ending the clause. The answer is the sentence that
    assigns that name (…的，为较重), not one that only uses it (对较重等级的…): a consequence of the
    grade is no answer to what makes it."""
    body = _FINAL.sub("", clause)
    m = _GRADED.search(body)
    if m is None or not _CASES_ASKED.search(body[:m.start()]) or _WH.search(m.group(1)):
        return None
    return m.group(1)


def assigns(name: str, sentence: str) -> bool:
    """The sentence assigns the grade `name` (…的，为较重; 属于较重情形) or defines it (所称重大投诉，
    是指…): what its cases are."""
    return bool(re.search(r"(?:为|属于|是|定为|认定为|评为)" + re.escape(name) + r"(?:等级|级别|级|情形|的)?(?:[；;。，,]|$)", sentence)
                or re.search(re.escape(name) + r"[，,]?(?:是指|指的是)", sentence))


def _per(clause: str) -> str | None:
    """The thing a sum asked is per ("一个充电口能补多少钱": 充电口): the figure must be said per that
    thing (每个充电端口…元, 元/床); a total, a share (补贴的50%) or a range of another matter does
    not tell how much one gets."""
    m = _PER.search(_FINAL.sub("", clause))
    if m is None or m.group(1)[0] in "年月日天周次回":
        # a measure that is its own classifier (一方, 每吨, 一车): the sum is per that measure
        unit = _PER_MEASURE.search(_FINAL.sub("", clause))
        return unit.group(1) if unit else None
    return m.group(1)


# a sum per a measure of volume, weight or load (一方收多少钱, 每吨罚多少, 一车罚多少钱)
_PER_MEASURE = re.compile(r"(?:每|一)(立方米|平方米|方|吨|车)(?=能|会|要|可以|该|应|的|是|补|给|发|收|交|罚|多少|$)")


def _per_said(per: str, sentence: str) -> bool:
    """The sentence gives its figure per `per`: 每 before the thing's head (每个充电端口, 每张床位),
    or the head after a slash (元/床)."""
    head = re.escape(per[-1])
    return bool(re.search("每[^，,。；;]{0,6}?" + head, sentence) or re.search("/" + head, sentence))


def _small_verb(part: str, body: str) -> str | None:
    """The act of a yes/no predicate said in one-character verbs, which the asked words leave out
    (too short to be asked alone): two or more in a row (调看监控: 调看), or one whose object closes
    the predicate and makes one word with it (罚养老院款: 罚款). A passage that has the object alone
    (设置视频监控) does not say the act. Verbs that only head for a place (去, 到) open no act.
    `body`: the clause the predicate ends, whose modal may be the head of a word (要求调看: 求 is
    要求's, not a verb of the act)."""
    at = len(body) - len(part)
    if at > 0 and part and len([w for run in cut([body[at - 1:at + 1]]) for w in run]) == 1:
        part = part[1:]
    words = [w for run in cut(_HAN.findall(part)) for w in run]
    verbs = [i for i, w in enumerate(words) if len(w.text) == 1 and w.tag.startswith(("v", "zg"))
             and w.text not in _COPULAS and w.text not in _TOWARDS and not _MODALS.fullmatch(w.text)]
    for i in verbs:
        if i + 1 in verbs:
            j = i + 1
            while j + 1 in verbs:
                j += 1
            return "".join(w.text for w in words[i:j + 1])
    between = words[verbs[0] + 1:-1] if verbs else []
    if verbs and len(words) > verbs[0] + 2 and len(words[-1].text) == 1 \
            and any(w.tag.startswith("n") for w in between) and not any(w.tag.startswith("v") for w in between):
        joined = words[verbs[0]].text + words[-1].text
        one = [w for run in cut([joined]) for w in run]
        if len(one) == 1 and one[0].tag.startswith(("v", "n")) and one[0].idf >= LIGHT_IDF:
            return joined
    return None


# A body (市民政局, 区应急管理部门, 街道办事处) as the owner of what follows its 的
_BODY = r"[\u4e00-\u9fff]{1,10}?(?:局|部门|委员会|政府|办事处|机关)"
_OWNED = re.compile(rf"({_BODY})的([\u4e00-\u9fff]+)")


def _owned_by(clause: str) -> tuple[str, str] | None:
    """The body a clause names as the owner of the thing it asks about (对市民政局的复核决定不服:
    市民政局, 复核), the thing by its first word, and the phrase from the body on."""
    m = _OWNED.search(clause)
    if m is None:
        return None
    words = [w for run in cut([m.group(2)]) for w in run]
    # the body without a preposition before it (对市民政局的: 市民政局)
    lead = [w for run in cut([m.group(1)]) for w in run]
    while lead and lead[0].tag.startswith("p"):
        lead = lead[1:]
    body = "".join(w.text for w in lead)
    return (body, words[0].text, m.group(0)[m.group(0).find(body):]) if body and words and len(words[0].text) >= 2 else None


def _owned_by_another(owned: tuple[str, str, str], texts: list[str]) -> bool:
    """The passages give the thing asked as another body's (区民政部门的复核决定, asked as 市民政局's)
    and never say it after the body asked about: what they say of it is not of that body."""
    body, thing, _ = owned
    sentences = [s for t in texts for s in _SENTENCES.split(t)]
    other = any(not m.group(1).endswith(body) for s in sentences
                for m in re.finditer(rf"({_BODY})的{re.escape(thing)}", s))
    return other and not any(body in s and thing in s[s.find(body):] for s in sentences)


def _frame(part: str) -> str | None:
    """The verb a modal's predicate opens with when an object follows it (申请提前移出: 申请; 要求
    对方赔偿: 要求): the act asked is done on that object, and the verb alone, which the texts use
    of other objects (申请复核), does not say it. None when the predicate is one verb, or opens
    otherwise (被记入…: a passive)."""
    words = [w for run in cut(_HAN.findall(part)) for w in run if not w.tag.startswith(("d", "u"))]
    if len(words) < 2 or words[0].tag != "v" or len(words[0].text) < 2:
        return None
    rest = [w for w in words[1:] if w.tag.startswith(("v", "n")) and len(w.text) >= 2 and w.idf >= LIGHT_IDF]
    return words[0].text if rest else None


# Question words asking a place, and the verbs that only head for one (去, 到, 在, 找: the act is after them)
_PLACE = re.compile(r"哪里|哪儿|何处|哪")
# the directions a verb heads to its place with (用到哪儿去了: 去 is no act of its own)
_DIRECTIONS = ("去", "来")
_LINKS = ("到", "在", "给", "往", "向")
_TOWARDS = ("去", "来", "到", "在", "找", "向", "往", "上", "回", "跑", "送", "交", "报", "放")


def _head(verb: str) -> str:
    """A verb with its result (用到, 交到) by its one-character head; any other verb as it is (上缴)."""
    return verb[0] if _RESULTATIVE.fullmatch(verb) else verb
# Question words asking the manner of the act after them (排水许可证怎么申请: 申请)
_MANNER = ("怎么", "怎样", "如何", "怎么样")
# The nouns a preposition's question word asks the act after them by (按什么标准赔偿: 赔偿)
_MEASURES = ("标准", "比例", "规定", "依据", "办法", "程序", "方式", "条件")
# Words that join the alternatives a question word asks for (什么补偿或者保护)
_OR = ("或者", "或", "还是", "和", "及", "以及", "与")


# one-character verbs of doing anything (怎么做, 怎么办): they name no act a passage must say
_DOING = ("做", "办", "弄", "搞", "干", "整", "处", "说", "看", "想")


def _needs(part: str) -> tuple[str, ...]:
    """The acts a question word asks for (什么奖励, 什么补偿或者保护): verbal nouns right after it.
    The passage must name one of them; the rest of the clause only sets the scene ("年度考核为优秀
    的医院能获得什么奖励" is not answered by the article on 年度考核 that names no reward). The
    nouns after a question word (哪个单位) stay kinds: a passage may name their instances."""
    out: list[str] = []
    after = False
    for run in cut(_HAN.findall(part)):
        prev = before = None
        measured = False         # a preposition's question word (按什么), waiting for its measure noun
        placed = False           # the act whose place is asked was the verb before the place word
        for w in run:
            if _PLACE.fullmatch(w.text) and prev is not None and prev.text in _LINKS and before is not None:
                prev = before        # 上缴到哪里, 用在哪里: the verb before the 到 or 在 it takes
            if _PLACE.fullmatch(w.text) and prev is not None and prev.tag.startswith("v") \
                    and _head(prev.text) not in _TOWARDS and prev.text not in _COPULAS and not _MODALS.fullmatch(prev.text):
                # 经费最后用到哪里去了: the act whose place is asked is the verb before it (用到: 用); the
                # verbs that only head for a place (去哪里, 找哪里, 在哪里) leave it to the act after them
                out.append(_head(prev.text))
                placed = True
            if _WHICH.search(w.text) or w.text in _MANNER:
                # 按什么认定: the question word is a preposition's object; the verb after it is not its kind
                # (怎么申请: the act whose manner is asked is named as 什么奖励's reward is)
                after = not (prev is not None and prev.tag.startswith("p"))
                measured = not after and w is not run[-1]
            elif measured and w.text in _MEASURES:
                # 按什么标准赔偿: the standard asked is the act's (赔偿), which must be said; a passage on
                # the clause's other words (踩踏, 承办者) gives no standard of it
                pass
            elif measured and prev is not None and prev.text in _MEASURES and len(w.text) >= 2 \
                    and w.tag.startswith(("v", "vn", "a")) and w.idf >= LIGHT_IDF and not _RESULTATIVE.fullmatch(w.text):
                out.append(w.text)
                measured = False
            elif after and w.tag.startswith(("v", "vn")) and len(w.text) >= 2 and w.idf >= LIGHT_IDF \
                    and w.text not in _ADVERBS and not _RESULTATIVE.fullmatch(w.text):
                out.append(w.text)
            elif after and prev is not None and prev.text in _MANNER and w is run[-1] and len(w.text) == 1 \
                    and w.tag.startswith(("v", "zg")) and not _MODALS.fullmatch(w.text) and w.text not in _DIRECTIONS \
                    and w.text not in _COPULAS and w.text not in _TOWARDS and w.text not in _DOING:
                # 会怎么罚: the one-character act whose manner is asked closes the clause; it must be
                # said beside the clause's other words (市场监管局: its 监督管理, never a 罚款)
                out.append(w.text)
            elif after and prev is not None and _PLACE.fullmatch(prev.text) and w is run[-1] and len(w.text) == 1 \
                    and w.tag.startswith(("v", "zg")) and w.text not in _TOWARDS and w.text not in _COPULAS \
                    and w.text not in _DIRECTIONS and not placed \
                    and not _MODALS.fullmatch(w.text):
                # 还能往哪儿告: the one-character act that closes the clause after the place asked is
                # what is done there; a passage on the case before it (申诉决定) does not say where.
                # (Not when a verb before the place is the act, 用到哪儿去了, nor a direction, 去 / 来)
                out.append(w.text)
            elif not (after and (w.text in _OR or w.tag.startswith(("m", "q", "v")))):
                after = False
            before, prev = prev, w
    return tuple(dict.fromkeys(out))


# "X的Y谁V" (设备的费用谁出, 培训的钱由谁付): who does the act to or for Y
_WHOSE = re.compile(r"的([\u4e00-\u9fff]{1,3}?)(?:该|应该|应当|要|由)?谁")


def _whose(part: str) -> tuple[str, ...]:
    """The thing whose agent a 谁 asks, the noun after the last 的 before it (设备的钱谁出: 钱): the
    act asked is done to or for it, so a passage that has the rest of the clause (监测设备) and not
    it says nothing of who does it."""
    m = _WHOSE.search(part)
    if m is None:
        return ()
    words = [w for run in cut([m.group(1)]) for w in run]
    return (m.group(1),) if len(words) == 1 and words[0].tag.startswith("n") else ()


# what comes between 谁 and the act whose doer it asks (谁来组织, 由谁去办)
_TO_DO = ("来", "去", "负责")


def _doers_act(part: str) -> tuple[str, ...]:
    """The act whose doer a 谁 asks, the verb right after it (验收是谁来组织的: 组织), even one too
    common to be asked for on its own (LIGHT_IDF): a passage that says the thing (验收) and never
    the act says nothing of who does it. Not a verb of handling anything (谁来处理, LIGHT_HEADS),
    which a text says by the specific act."""
    out: list[str] = []
    for run in cut(_HAN.findall(part)):
        for i, w in enumerate(run):
            if w.text not in ("谁", "由谁", "由谁来"):
                continue
            rest = [x for x in run[i + 1:] if x.text not in _TO_DO]
            if rest and rest[0].tag.startswith(("v", "vn")) and len(rest[0].text) >= 2 \
                    and rest[0].text not in LIGHT_HEADS and rest[0].text not in _ADVERBS \
                    and not _MODALS.fullmatch(rest[0].text) and not _RESULTATIVE.fullmatch(rest[0].text):
                out.append(rest[0].text)
    return tuple(out)


def _act(clause: str) -> str | None:
    """The act a time asked bounds, the predicate of a modal after the quantity ("受理调解后多长时间
    内要调解结束": 调解, not the 受理 of the case before it; "多少天内要给我答复": 答复): its first verb
    of two characters or more, not a light one (LIGHT_IDF) nor a verb with its result (查完). Without
    such a modal ("多久组织一次联合检查") the words after the quantity may only qualify the act."""
    m = _QUANTITY.search(clause)
    modal = _MODALS.search(clause, m.end()) if m else None
    if modal is not None and (verb := _put_first(clause[modal.end():]) or _first_verb(clause[modal.end():])
                              or _reaching(clause[modal.end():])):
        return verb
    if m is None:
        return None
    # 要在多长时间内上报: the act the 内 bounds follows it, whatever modal came before the quantity
    within = _WITHIN.match(clause, m.end())
    if within is not None and (verb := _put_first(clause[within.end():]) or _first_verb(clause[within.end():])):
        return verb
    return _disposed(clause[m.end():]) or _lasting(clause[:m.start()]) or _closing(clause[m.end():])


_WITHIN = re.compile(r"[以之]?内")


def _first_verb(text: str) -> str | None:
    """The first verb of `text` that can name an act: two characters or more, not a light one
    (LIGHT_IDF), a modal, a question word nor a verb with its result (查完)."""
    for run in cut(_HAN.findall(_FINAL.sub("", text))):
        for w in run:
            if w.tag.startswith(("v", "vn")) and len(w.text) >= 2 and w.idf >= LIGHT_IDF and w.text not in _ADVERBS \
                    and not _RESULTATIVE.fullmatch(w.text) and not _MODALS.fullmatch(w.text) and not _WH.search(w.text):
                return w.text
    return None


# 把 opening what follows a modal or 内, after an adverb at most (先把, 就把)
_PUT_FIRST = re.compile(r"^[先再就都也才]?把")


def _put_first(text: str) -> str | None:
    """The act when a 把 opens what follows (要把考核结果定下来): the verb after its object
    (`_disposed`), never a word of the object the cut tags a verb (考核, 补助)."""
    return _disposed(text) if _PUT_FIRST.match(text) else None


def _reaching(text: str) -> str | None:
    """The act after a modal when it is only a verb with its result and what follows names no other
    act ("多少分钟内必须赶到现场救人": 赶到): that verb, said by its head or its result (赶, 到达), so
    that a figure of another act beside the same place (24小时内召开现场会) does not answer it."""
    words = [w for run in cut(_HAN.findall(_FINAL.sub("", text))) for w in run]
    at = next((i for i, w in enumerate(words) if w.tag.startswith("v")), None)
    if at is None:
        return None
    verb = words[at].text
    if len(verb) == 1 and at + 1 < len(words) and len(words[at + 1].text) == 1:
        verb += words[at + 1].text          # 跑 / 到, as the cut leaves it: one verb with its result
    if len(verb) != 2 or not _RESULTATIVE.fullmatch(verb) or _MODALS.fullmatch(verb) or _WH.search(verb):
        return None
    return verb


# Words of the object a 把 puts before its verb (把场地清理完毕: 场地), and the verbs' results after it
_OBJECT_TAGS = ("n", "s", "r", "f", "b", "m", "q", "u")


def _disposed(after: str) -> str | None:
    """The act a time asked bounds when a 把 after the quantity puts its object first ("多长时间内把
    场地清理完毕": 清理): the first word of two characters or more after the object, whatever tag the
    cut gives it (清理 is tagged an adjective), not its result (完毕). A figure of another act of the
    same actor (承办者…3日前…演练) does not say how long that one takes."""
    at = after.find("把")
    if at < 0:
        return None
    words = [w for run in cut(_HAN.findall(_FINAL.sub("", after[at + 1:]))) for w in run]
    while words and words[0].tag.startswith(_OBJECT_TAGS):
        words = words[1:]
    if len(words) >= 2 and len(words[0].text) == 1 and words[0].tag.startswith("v") \
            and (_RESULT_ALONE.fullmatch(words[1].text) or words[1].text in _FINISHED):
        # 把事件等级定下来: a one-character verb with its result after it (下来, 完毕) is the act (定,
        # said by 认定), never the result alone, which no text says of any act
        return words[0].text
    for w in words:
        if _RESULT_ALONE.fullmatch(w.text):
            continue
        if len(w.text) >= 2 and not _RESULTATIVE.fullmatch(w.text) and not _MODALS.fullmatch(w.text) \
                and w.text not in _FINISHED:
            return w.text
    return None


# The results that say an act is done (完毕, 完成, 结束): the act is the verb before them
_FINISHED = ("完毕", "完成", "结束", "好了")


def _closing(after: str) -> str | None:
    """The act a time asked bounds when the clause ends with it, right after the quantity ("查实以后
    多久发": 发; "多长时间办结": 办结): how long until that act, which a figure bounds only in a
    sentence that says it (the paper's "2005年以来…举报投诉不断上升" says nothing of a 发). One verb
    and nothing after it: "多久组织一次联合检查" names the act's frequency, not its own act."""
    words = [w for run in cut(_HAN.findall(_FINAL.sub("", after))) for w in run if w.text not in ("了", "呀")]
    bare = words
    while len(bare) > 1 and re.fullmatch(f"(?:{_MODALS.pattern})+", bare[0].text):
        bare = bare[1:]              # 多久能发到手, 多久才能批下来: the modals say nothing of the act
    joined = "".join(w.text for w in bare)
    if bare != words and _RESULT_ALONE.fullmatch(joined):
        # 多久能到手: the result is the act asked, whose verb the asker leaves out (发, 打, 拨…); a
        # figure of another act of the same sentence group (受理, 立案) does not say when it comes
        return joined
    if bare and bare[0].tag.startswith("v") and _RESULTATIVE.fullmatch(joined) and (len(bare) > 1 or bare != words):
        # 发 / 到手, 拿到 / 手, 批下来 after a modal: the verb with its result is the act; a bare
        # one-character verb after a modal (多久要交) stays unbound, the text's word for it (报送) unknown
        return joined[0]
    if len(words) != 1 or not words[0].tag.startswith("v"):
        return None
    verb = words[0].text
    if verb in _COPULAS or verb in _SPENDING or _MODALS.fullmatch(verb) or _WH.search(verb):
        return None
    return _head(verb)


# Verbs that only spend or wait out a time (花多久, 需要多长时间, 等几天) or link it (是, 有): the
# time is not theirs but the act's they are said of
_SPENDING = ("花", "用", "需", "需要", "等", "过", "耗", "拖", "历时", "经过")
# Verbs that only place the act after them before a point in time (提前多久去申请: 申请): the texts
# say the time as "20日前", never the verb, so it is no act a figure must be said of
_BEFOREHAND = ("提前", "预先", "事先", "提早")
# jieba's IDF above which a word it tags as an adjective is a rare one, likely a verb it mis-tags
_RARE_IDF = 7.0


def _lasting(before: str) -> str | None:
    """The act a time is the length of, when its verb stands right before the quantity (挂多久: 挂;
    停多长时间: 停): "网上公开的追究决定会挂多久" asks how long it stays up, which the 10日内 of its
    publication does not say. Modals, copulas (还有, 就是: an adverb before one too) and the verbs
    that only spend a time are no act."""
    words = [w for run in cut(_HAN.findall(before)) for w in run]
    if not words or not before or not _HAN.fullmatch(before[-1]):
        return None
    last = words[-1]
    # a rare word the dictionary tags an adjective is as often a verb (值勤, 清理: 连续值勤几个小时);
    # the common ones (连续, 最快) say how, not what
    verb = last.tag.startswith("v") or last.tag == "a" and len(last.text) >= 2 and last.idf >= _RARE_IDF
    if not verb or last.text in _COPULAS or last.text in _SPENDING or last.text in _BEFOREHAND \
            or last.text[-1] in _COPULAS and _MODALS.fullmatch(last.text[:-1]) \
            or _MODALS.fullmatch(last.text) or _WH.search(last.text):
        return None
    return last.text[0] if _RESULTATIVE.fullmatch(last.text) else last.text


def _from_subject(clause: str) -> str:
    """The clause from a pronoun that stands before its first modal on (出事了我还得担责吗 -> 我还得担责),
    else the whole clause."""
    body = _FINAL.sub("", clause)
    m = _MODALS.search(body)
    head = [w for run in cut(_HAN.findall(body[:m.start()] if m else "")) for w in run]
    if head and head[-1].tag.startswith("r") and not _WH.search(head[-1].text):
        return body[body.rfind(head[-1].text, 0, m.start()):]
    return body


def _before_predicate(clause: str) -> str:
    """The noun phrase a yes/no predicate is said of: the nouns right before the first modal
    ("…工资待遇会降吗": 工资待遇; "追责调查组里一定要有纪委的人吗": 调查组), a locative after them
    skipped; nothing when a pronoun stands there ("出事了我还得担责吗": 我, the 出事了 before it only
    sets the case)."""
    body = _FINAL.sub("", clause)
    m = _MODALS.search(body) or _A_NOT_A.search(body)
    there = _there_is(body) if m is None and not _WH.search(body) else None
    end = m.start() if m else there if there is not None else 0
    words = [w for run in cut(_HAN.findall(body[:end])) for w in run]
    while words and words[-1].tag.startswith(("f", "d")):
        words.pop()
    nouns: list[str] = []
    while words and words[-1].tag.startswith(("n", "vn")) and not _WH.search(words[-1].text):
        nouns.insert(0, words.pop().text)
    return "".join(nouns)


def _day(clause: str) -> str | None:
    """The day a clause names from the asker's today, unless a condition only supposes it."""
    m = _DAY.search(clause)
    return m.group(0) if m and not _CONDITION.search(clause[:m.start()]) else None


def _anchors(clause: str, scene: list[str], context: list[str] = ()) -> tuple[str, ...]:
    """What a quantity is asked of: the clause's asked words and its nouns however common
    ("辞职以后多久才能去相关的企业上班": 企业, where the law says 任职); its scene's words too when
    it asks no word of its own ("行政复议一般多久出结果": 行政复议; "死几个人算重大事故": 事故), never
    when it does ("问责决定作出以后多少天内要送达本人": 送达, not 问责决定, whose 24小时 is the
    现场会's); none when it names nothing (一年还有几天)."""
    body = _LIMIT_ASKED.sub("，", _FINAL.sub("", clause))
    words, kinds = _content(body, scene)
    for w in scene:
        body = body.replace(w, "，")
    # the quantity's own unit (几个小时: 小时) is what is asked, not what it is of
    body = _GRADE_ASKED.sub("，", re.sub(_QUANTITY.pattern, "，", body))
    nouns = [w.text for run in cut(_HAN.findall(body)) for w in run
             if w.tag.startswith(("n", "vn")) and len(w.text) >= 2 and not _WH.search(w.text)]
    own = [] if words else _scene_in(clause, scene)
    if not words and not kinds and not nouns and not acts(clause):
        # a clause naming nothing of its own, not even its act, is about what the clauses before
        # it name ("我们区要出实施细则，有没有规定多久之内必须出来": 实施细则, not the 规定 it asks with)
        own = _content("，".join(context), scene)[0] or own
    found = words + kinds + nouns + own
    if not found:
        # a clause naming nothing but its one-character verb ("要罚多少钱": 罚) asks the figure of
        # that act: a sum of money the passage gives of a loss (损失一百万元) is not a fine
        found = list(acts(clause))
    return tuple(dict.fromkeys(found))


# a modal, one character and a bare quantity (能奖多少, 要赔几): that character is the act counted
_MODAL_ACT = re.compile(r"(?:能|要|会|可以|可|得)([\u4e00-\u9fff])(?:多少|几)(?![\u4e00-\u9fff])")


def _modal_act(clause: str) -> tuple[str, ...]:
    """The one-character act a bare 多少 is asked of when a modal stands before it ("能奖多少": 奖,
    which the cut may tag a noun): a number a passage gives of anything else (a year, a count of
    experts) is not that act's figure. Not a copula (是多少) nor a degree word (有多少)."""
    m = _MODAL_ACT.search(_FINAL.sub("", clause))
    if m is None or m.group(1) in _COPULAS or m.group(1) in "多少几这那":
        return ()
    return (m.group(1),)


def acts(clause: str) -> tuple[str, ...]:
    """The one-character verbs of a clause ("要罚多少钱": 罚; "事故是怎么分…的": 分), copulas and
    modals left out: what a clause naming no content word of its own asks about."""
    return tuple(dict.fromkeys(w.text for run in cut(_HAN.findall(_FINAL.sub("", clause)))
                               for i, w in enumerate(run)
                               if len(w.text) == 1 and (w.tag.startswith(("v", "zg")) or _after_modal_de(run, i))
                               and w.text not in _COPULAS and not _MODALS.fullmatch(w.text)
                               and not _complement(run, i)))


# The results a verb takes right after it (处理完, 办好, 删掉, 记住): they say the act is done, the
# verb before them is the act
_COMPLEMENTS = "完好掉住"


def _complement(run: list, i: int) -> bool:
    """The word at `i` is only the result of the verb right before it ("几天得处理完": 完 of 处理),
    no act of its own: the act is that verb."""
    return i > 0 and run[i].text in _COMPLEMENTS and run[i - 1].tag.startswith("v") \
        and not _MODALS.fullmatch(run[i - 1].text) and run[i - 1].text not in _COPULAS


def _after_modal_de(run: list, i: int) -> bool:
    """A one-character word right after a 得 that follows no verb or adjective ("几个小时内得报给
    市政府"): that 得 is the modal (must), not the particle of a complement (做得好), so the word
    after it is the act, however the cut tags it (报 read as a noun)."""
    if i < 1 or run[i - 1].text != "得" or run[i].tag.startswith(_NO_ACT_TAGS):
        return False        # (得多快处理: 多 asks how, no act; lead's merge fix, tests/rules/test_merge35.py)
    return i < 2 or not run[i - 2].tag.startswith(("v", "a"))


# what a word after the modal 得 cannot be the act as: a numeral or degree word (多, 几), a pronoun
# (啥), an adverb, a measure word, a particle, a preposition or a conjunction
_NO_ACT_TAGS = ("m", "r", "d", "q", "u", "p", "c")


# verbs that only link a quantity to its subject (是多少, 有几个, 算几级): no act a figure is of
_COPULAS = ("是", "有", "为", "算", "占", "给", "拿", "得")


# A duration noun (期限, 时限) after the act it bounds: "整改期限", "申请复核的期限"
_DURATION = re.compile(r"(?:的)?(?:期限|时限|期间|时间|天数)")
# A clause that only sets a case or a time for its main clause (学校无法自行整改的，…): its words
# are the case's, not the act a figure of the main clause bounds
_CASE_CLAUSE = re.compile(r"(?:的|时|后|前|以上|以下)$")


def _owner(clause: str) -> str | None:
    """The act whose duration is asked, when a duration noun names it ("学校安全隐患的整改期限是多少天":
    整改): the last verb or noun of two characters or more right before the noun. A quantity asked
    of an act is answered only by a figure said of that act: 排查's 十五日 does not answer a
    question about 整改, though both are in one sentence of the regulation."""
    m = _DURATION.search(clause)
    if m is None or m.start() == 0:
        return None
    words = [w for run in cut(_HAN.findall(clause[:m.start()])) for w in run]
    last = words[-1] if words else None
    if last is None or len(last.text) < 2 or not last.tag.startswith(("v", "n")) or _WH.search(last.text):
        return None
    return last.text


# "Y是多少", "Y的金额为多少": the copula makes Y what the number is of (金额, 比例 name only the quantity)
_COPULA_QUANTITY = re.compile(r"(?:的)?(?:金额|数额|比例|比重|数量|人数|标准|数)?(?:是|为|有)(?:多少|几)")
_LATIN_TAIL = re.compile(r"([A-Za-z][A-Za-z0-9]*)$")


def _subject(clause: str) -> str | None:
    """What a number is asked of when the clause says so with a copula ("劳务报酬是多少": 报酬;
    "GDP是多少": GDP): the last noun before it, past the adverbs and adjectives that say how the
    number is held ("工资最低是多少": 工资, not nothing: a figure of a thing no passage names is
    given by none, `_nameless`). Without a copula ("死几个人算…") the clause names no such subject."""
    m = _COPULA_QUANTITY.search(clause)
    if m is None:
        return _bare_subject(clause)
    if m.start() == 0:
        return None
    latin = _LATIN_TAIL.search(clause[:m.start()])
    if latin:
        return latin.group(1)
    words = [w for run in cut(_HAN.findall(clause[:m.start()])) for w in run]
    while words and words[-1].tag.startswith(("d", "a")) and not words[-1].tag.startswith("an"):
        words.pop()                  # 最低, 一般: how the number is held (工资最低是多少: 工资's)
    last = words[-1] if words else None
    if last is None or len(last.text) < 2 or not last.tag.startswith(("n", "vn")) or _WH.search(last.text):
        return None
    return last.text


# A clause that ends in 多少 with no verb before it ("护林员一个月工资大概多少", "罚款一般多少钱"): the
# noun before it, past adverbs only (大概, 一般), is what the number is of, as after a copula
_BARE_QUANTITY = re.compile(r"多少(?:钱|元|块)?$")


# 多少 closing its clause before a noun of amount (多少奖金, 多少押金): that noun
_AMOUNT_AFTER = re.compile(r"多少(?:的)?([\u4e00-\u9fff]{2})$")


def _bare_subject(clause: str) -> str | None:
    """What a number is asked of when the clause ends in 多少 right after a noun and its adverbs:
    that noun ("工资大概多少": 工资, not 护林员, whose 每周5日 is another quantity). A verb before
    多少 (死多少人, 能补多少) leaves the clause no such subject."""
    body = _FINAL.sub("", clause)
    after = _AMOUNT_AFTER.search(body)
    if after is not None and after.group(1).endswith(_AMOUNT_HEADS):
        # 能拿到多少奖金: the amount named right after 多少 is what the number is of
        return after.group(1)
    m = _BARE_QUANTITY.search(body)
    if m is None or m.start() == 0:
        return None
    words = [w for run in cut(_HAN.findall(clause[:m.start()])) for w in run]
    while words and words[-1].tag.startswith(("d", "a")):
        words.pop()                  # 大概, 一般, 最高: how the number is held, not what it is of
    last = words[-1] if words else None
    if last is None or len(last.text) < 2 or not last.tag.startswith(("n", "vn")) or _WH.search(last.text):
        return None
    return last.text


def _said(word: str, sentence: str) -> bool:
    """`word` in `sentence`, by itself, its halves (`_present`) or the documents' word for it
    (GDP: 生产总值)."""
    low = word.lower()
    return _present(word, [sentence]) or any(e in sentence for w, eqs in EQUIVALENTS.items() if w == low for e in eqs)


def _owned(figure: re.Pattern[str], owner: str, sentence: str) -> bool:
    """A figure bounding `owner`: the owner is in the figure's own clause, or in a clause before it
    that is not a case or time set for it (a table's label: "隐患排查，开学后十五日内")."""
    parts = re.split(r"[，,]", sentence)
    return any(figure.search(part) and any(owner in q for q in [part] + [p for p in parts[:i] if not _CASE_CLAUSE.search(p)])
               for i, part in enumerate(parts))


def duration_owner(question: str) -> str | None:
    """The act whose duration `question` asks (`_owner` of its clause that asks a time), if any."""
    text = unicodedata.normalize("NFKC", question)
    for clause in _CLAUSES.split(text):
        if clause and _unit(clause) == "time":
            owner = _owner(clause)
            if owner:
                return owner
    return None


def bounds(owner: str, sentence: str) -> bool:
    """`sentence` gives a time figure said of `owner` (`_owned`)."""
    return _owned(_FIGURES["time"], owner, sentence)


def _pair(clause: str, scene: list[str]) -> tuple[str, str] | None:
    """The two sides of a comparison ("5G网络和4G有什么区别"), each by its key word: a word of
    letters or digits (5G) or a title (《公职人员政务处分法》), else its rarest word beyond the scene (香港), else the scene's own term
    (引咎辞职); None when both keys are the scene's (撤职和免职: the rules say what each is), or when the
    clause compares nothing or a side is left to the clause before ("跟调查组啥关系")."""
    m = _COMPARE.search(_FINAL.sub("", clause))
    if m is None:
        return None
    keys = []
    for side in m.groups():
        own = _scene_in(side, scene)
        rest = side
        for w in own:
            rest = rest.replace(w, "，")
        words = sorted((w for run in cut(_HAN.findall(rest)) for w in run
                        if len(w.text) >= 2 and not w.tag.startswith(_NO_CONTENT)), key=lambda w: -w.idf)
        key = (re.findall(r"《([^》]+)》", side) or _TOKEN.findall(side) or [w.text for w in words] or own or [None])[0]
        if key is None:
            return None
        keys.append(key)
    if all(k in scene for k in keys):
        return None          # two of the knowledge base's own terms (撤职和免职): the rules answer each side
    return keys[0], keys[1]


def _how_adjective_match(clause: str) -> re.Match[str] | None:
    """Where 多 + a one-character adjective asks a measure (挡水板要多高: 多高), as a match."""
    adjective = _how_adjective(clause)
    return re.search("多" + adjective, clause) if adjective else None


@lru_cache(maxsize=4096)
def _how_adjective(clause: str) -> str | None:
    """The adjective of 多 + a one-character adjective that asks how much of it (多高, 多深, 多快),
    on the cut: 多 must be a word of its own (很多高校, 多重 are other words)."""
    words = [w for run in cut(_HAN.findall(clause)) for w in run]
    for w, nxt in zip(words, words[1:]):
        if w.text == "多" and len(nxt.text) == 1 and nxt.tag.startswith("a"):
            return nxt.text
    return None


def _unit(clause: str) -> str | None:
    """What a clause's quantity is in: a time, 元, a length, a clock time, a unit it names
    (起, 次), or any number; None when it asks no quantity."""
    if _CLOCK.search(clause):
        return "clock"
    if _GRADE_ASKED.search(clause):
        return "grade"
    if _MONEY_VERB.search(clause):
        return "元"
    m = _QUANTITY.search(clause)
    if m is None and _LIMIT_ASKED.search(clause):
        return "time"         # 有时间限制吗: how long the act may take, as 多久 asks it
    if m is None:
        adjective = _how_adjective(clause)
        if adjective is None:
            return None
        return "time" if adjective in _HOW_ADJECTIVE_TIME else _HOW_ADJECTIVE_DIMENSION.get(adjective, "number")
    if m.group(3):
        return "元"
    unit = m.group(1) or m.group(2)
    if unit is None:       # a bare 多长 asks a length as often as a time (线路总共多长)
        return "number" if m.group(0) in ("多少", "多长") else "time"
    return "time" if unit in _TIME_UNITS else unit


def _predicate(clause: str) -> tuple[str, bool]:
    """The part of a clause the frame attaches to, and whether it is the whole clause. A yes/no
    clause asks its predicate: what follows the last modal ("…工资还照发吗" -> 照发) or the
    A-not-A verb ("影不影响当年的年度考核" -> 影响当年的年度考核). A clause with a question word is
    asked whole: its subject may be what is asked ("发文机关是哪个"), its scene words only set it."""
    body = _FINAL.sub("", clause)
    a_not_a = _A_NOT_A.search(body)
    wh = _WH.search(body) or _how_adjective_match(body)
    modals = [m.end() for m in _MODALS.finditer(body)]
    # a question word before the last modal qualifies the scene (什么情况下可以免于问责): the
    # predicate after the modal is still what is asked
    if wh is not None and a_not_a is None and not (modals and wh.end() <= modals[-1] and _HAN.search(body[modals[-1]:])):
        return body, True
    if a_not_a is not None and not _MODALS.fullmatch(a_not_a.group(0)):
        return a_not_a.group(1) + body[a_not_a.end():], False          # 影不影响X -> 影响X
    if not modals and wh is None and (there := _there_is(body)) is not None:
        return body[there:], False          # 举报隐患有奖励吗 -> 有奖励, as 有没有奖励 is read
    rest = body[modals[-1]:] if modals else body
    return (rest, False) if _HAN.search(rest) else (body, False)


def _there_is(body: str) -> int | None:
    """Where a yes/no clause's 有 stands when it is the clause's own verb with a thing after it
    (举报隐患有奖励吗: the thing asked is 奖励, the words before it the case it is asked of), as
    the A-not-A 有没有 is read; None when no 有 stands alone so (有关, 所有, 没有 are other words)."""
    at = None
    pos = 0
    for run in cut(_HAN.findall(body)):
        for i, w in enumerate(run):
            pos = body.find(w.text, pos)
            if w.text == "有" and i > 0 and i < len(run) - 1 and run[i + 1].tag.startswith(("n", "vn")):
                at = pos
            pos += len(w.text)
    return at


def _scene_in(part: str, scene: list[str]) -> list[str]:
    """The scene's words in `part`, longest first, none inside another found (公开道歉, not 道歉)."""
    found = []
    for w in scene:
        if w in part:
            found.append(w)
            part = part.replace(w, "，")
    return found


_GIVEN_TIME = re.compile(r"[0-9０-９]+(?:个)?(?:" + "|".join(_TIME_UNITS) + ")")
_ON_WHOM = re.compile(r"谁的?(?:头上|身上)")


def _content(part: str, scene: list[str]) -> tuple[list[str], list[str]]:
    """The content words of `part` and the kinds its question words name, the scene's words taken
    out of it, and the words too common (LIGHT_IDF) or too empty (_ADVERBS) to be asked for left
    out."""
    for w in scene:
        part = part.replace(w, "，")
    # the quantity asked, with the 内 that bounds it (多长时间内向…: not 内向)
    part = re.sub("(?:" + _QUANTITY.pattern + r")(?:[以之]?内)?", "，", part)
    part = _LIMIT_ASKED.sub("，", part)
    part = _GRADE_ASKED.sub("，", part)
    # a figure the asker gives (24小时值班) is a quantity, not a word asked: its unit is no content
    part = _GIVEN_TIME.sub("，", part)
    # the place on a person after 谁 is that person (追到谁头上: who)
    part = _ON_WHOM.sub("谁", part)
    if adjective := _how_adjective(part):
        part = part.replace("多" + adjective, "，", 1)
    words: list[str] = []
    kinds: list[str] = []
    for run in cut(_HAN.findall(part)):
        after_which = False
        for w in run:
            which = bool(_WHICH.search(w.text))
            if not which and not w.tag.startswith(_NO_CONTENT) and len(w.text) >= 2 and w.idf >= LIGHT_IDF \
                    and w.text not in _ADVERBS and not _WH.search(w.text) and not _RESULTATIVE.fullmatch(w.text) \
                    and not _A_NOT_A.fullmatch(w.text):
                # (an A-not-A word the cut keeps whole, 算不算, is the frame that asks, not a thing asked)
                (kinds if after_which and w.tag.startswith("n") else words).append(w.text)
            after_which = which or (after_which and w.tag.startswith(("m", "q")))
    return list(dict.fromkeys(words)), list(dict.fromkeys(kinds))


@dataclass(frozen=True)
class Missing:
    """What a question asks for that its basis lacks: words, and quantities asked (几个人)."""

    words: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.figures)


def unaddressed(clauses: list[AskedClause], texts: list[str], known: set[str] = frozenset(),
                nowhere: set[str] = frozenset(), terms: dict[str, str] | None = None) -> Missing:
    """What the question asks for that none of `texts` (the passages an answer would rest on)
    has, empty when they address the question. A clause is addressed when one of its asked words
    (or `known`: words the vocabulary reads as the topic those passages hold, 纪委 for 第三条) or
    the kind its question word names is in a passage; a clause asking how much or how long needs
    a figure with its unit too (24小时 for 多少小时), and one asking which year or article is
    addressed by such a figure. A clause with no asked words asks only about the scene and tells
    nothing either way. The question is unaddressed when one of its clauses is and none is
    addressed. A yes/no predicate is said of its subject: when a passage has that subject, the
    asked word counts only in a passage that has both (Shenzhen's 事故问责组 of 纪检监察机关 is no
    answer about who sits on a regulation's 调查组). The act a question word asks for (什么奖励,
    怎么申请) is said of the clause's other words: in a passage that has them, when one does
    (排水许可证怎么申请 is not answered by 第六条's 排水许可 beside 第二十七条's 申请复核). The kind a
    question word names alone (打哪个电话) is missing when it is in `nowhere`: no document of the
    index names it, so none can name an instance of it. `terms`: the asker's words a document
    defines a term by (项目经理 → 项目负责人, bot/core/definitions.py), said by that term."""
    if terms:
        clauses = [_termed(c, texts, terms) for c in clauses]
    # a frame verb the vocabulary reads as the topic of the rows shown (加重 for 第十七条's
    # circumstances) is what the passages are about, not the same verb said of another object
    clauses = [_recut(replace(c, words=c.words + (c.frame,)) if c.frame in known else c, texts) for c in clauses]
    words: list[str] = []
    figures: list[str] = []
    # a yes/no clause's asked word no passage has, repeated in another clause ("可以匿名投诉吗？匿名
    # 投诉要不要受理"): that clause is about it too, whatever else it shares with the passages
    elsewhere = {w for c in clauses if not c.unit and not c.kinds and c.words
                 for w in c.words if w not in known and not _present(w, texts)
                 if all(not _present(x, texts) for x in c.words)}
    if any(c.day for c in clauses):
        # the world on a day named from today: no passage speaks of it, whatever words it shares
        return Missing(tuple(dict.fromkeys(c.day for c in clauses if c.day)))
    nameless = [c for c in clauses if _nameless(c, texts, known)]
    if nameless:
        # "…必须买保险吗？保额多少？": a figure asked of a thing no passage names (保额) is given by none,
        # whatever the other clause shares with them (公众): the asker would read the quote as the figure
        return Missing(tuple(dict.fromkeys(c.owner for c in nameless)), tuple(dict.fromkeys(_unit_word(c) for c in nameless)))
    hollow = [w for c in clauses if len(clauses) > 1 and _hollow(c, texts, known) for w in c.words]
    if hollow:
        # "收费标准有没有上限？要不要公示价格？": one question of two whose every asked word no
        # passage has is not answered by the passage that answers the other (公示 of 责任人): the
        # asker would read the quote as the answer to both
        return Missing(tuple(dict.fromkeys(hollow)))
    if len(clauses) > 1:
        # "合同最长可以签几年？到期了要重新招标吗？": a figure asked in one clause that no passage gives
        # is not answered by the passage that answers the other (a 招标投标 ban): both asks are
        # answered, or the one that is not is named
        for c in clauses:
            # (only a clause with words of its own: 要挂多久 after 会不会挂到网上 is read with the clause before)
            # (nor one whose 几 follows a numeral: 砸伤了十几个人 gives a figure, it asks none)
            # (and only beside a yes/no ask, which a passage can seem to answer alone: 到期了要重新招标吗;
            # beside a how-question, 急诊投诉怎么办, the clauses are read together as before)
            others = [o for o in clauses if o is not c]
            if c.unit is not None and c.words and not re.search(r"[十百千万]几", c.text) \
                    and all(re.search(r"吗|是否|[要能会可得]不[要能会可得]", o.text) for o in others) \
                    and (alone := unaddressed([c], texts, known, nowhere)).figures:
                return alone
    for c in clauses:
        if c.graded is not None:
            if any(assigns(c.graded, s) for t in texts for s in _SENTENCES.split(t)):
                return Missing()
            # 啥情况会被定成较重: a passage on what a 较重 grade entails says nothing of its cases
            words.append(c.graded)
            continue
        if c.cases and any(grades_by(c.cases, t) for t in texts) \
                and all(w in known or _present(w, texts) or _contracted(w, texts) for w in c.setting):
            # a grading passage lists cases by the figure the asker gives (造成1人死亡), whatever the
            # asker calls the incident (事故, where the text says 事件), in the matter the question names
            return Missing()
        if c.measures and any(graded_by_measures(c, t) for t in texts):
            # 停电影响了300户，停了30个小时，这算什么级别: the thresholds of one grade hold the figures
            return Missing()
        if c.alternative is not None:
            if settled(c.alternative, texts) or settled_by_count(c.alternative.sides, c.counts, texts):
                return Missing()       # 600多个充电口…市里管还是区里管: the count decides the threshold's case
            # 卖可回收物的钱归物业还是归业主: no sentence says of the money either side it names (a
            # one-character thing is named by its sides: too short to be held as an absence)
            words += [c.alternative.of] if len(c.alternative.of) >= 2 else list(c.alternative.sides)
            continue
        if c.owned is not None and _owned_by_another(c.owned, texts):
            # 对市民政局的复核决定不服: the text's 复核决定 is 区民政部门's, 市民政局 only 复查s it
            # named as the question says it: its parts are each in the texts, only not together
            words += [c.owned[2]]
            continue
        if c.verb is not None and c.verb not in known and not _present(c.verb, texts) \
                and not any(c.verb in w or w in c.verb for w in c.scene):
            # 用户能要求调看监控吗: 监控 is said (设置视频监控), the act asked of it is not
            words += [c.verb]
            continue
        if c.clock is not None and c.words and not any(said_at(c.clock, c.words, t) for t in texts):
            # 半夜也得巡查吗: the act said at no clock range of those hours (每月巡查1次) is not said then
            words += [w for w in DAY_PARTS if w in c.text][:1] or list(c.words)
            continue
        unnamed = [m for m in c.members if not named(m, texts)]
        if unnamed:
            # 废电池算不算有害垃圾: the class is the regulation's word; the things asked about are not
            words += unnamed
            continue
        if c.pair is not None and not any(c.pair[0] in t and c.pair[1] in t for t in texts):
            # a comparison is addressed only by a passage that speaks of both its sides, as they are named
            words += [w for w in c.pair if w not in texts[0]] if texts else []
            continue
        if c.needs and not any((_said_alone(n, _of_rest(c, texts)) or _manner_said(n, c.text, _of_rest(c, texts)))
                               if len(n) == 1 else _present(n, _of_rest(c, texts)) for n in c.needs):
            words += list(c.needs)          # the act asked for (什么奖励) is nowhere: the rest is scene
            continue
        if c.kinds and c.unit is None and all(k in nowhere for k in c.kinds):
            # 打哪个电话, 要有什么证书: no document speaks of a 电话 or a 证书 at all, so none names
            # one, whatever it says of the clause's other words (专职管理员)
            words += list(c.kinds)
            continue
        if any(w in c.text for w in elsewhere - set(c.words)):
            words += [w for w in elsewhere - set(c.words) if w in c.text]    # what another clause asks and nothing says
            continue
        if c.unit is not None and _borrowed(c) and not any(
                2 * sum(_anchored(a, s) for a in c.anchors) >= len(c.anchors)
                for t in texts for s in _SENTENCES.split(t)):
            # 水利局收到群众的信访件，几天得处理完: a clause naming nothing of its own is about the whole
            # of the clause before, not one word of it; no sentence says half of it
            words += list(c.anchors)
            figures += [_unit_word(c)]
            continue
        figure = c.unit is None or (_has_figure(c.unit, texts, () if c.which else c.anchors, c.owner, c.act, c.span, c.which, c.per)
                                    or _how_often_said(c, texts) or _soon_said(c, texts)) and _count_of_said(c, texts)
        if c.which and c.unit is not None and figure and _which_of_its_words(c, texts, known):
            return Missing()
        if c.scene and c.unit is None and not _headed_by_own(c, texts):
            # a predicate in the knowledge base's own words (写检查吗, 向老百姓道歉) is theirs to answer
            return Missing()
        if c.unit is not None and texts and _has_figure(c.unit, texts[:1], c.anchors, c.owner, c.act, c.span, c.which, c.per) \
                and _count_of_said(c, texts[:1]) and (not c.which or _which_of_its_words(c, texts[:1], known)):
            return Missing()         # the lead passage gives a figure in the unit asked, beside what it is of
        # (a word said longer as the asker contracts it, 城管: 城市管理, is said)
        absent = [w for w in c.words if w not in known and not _present(w, texts) and not _contracted(w, texts)]
        if c.subject and len(absent) < len(c.words) and not any(_present(w, texts) for w in c.words) \
                and not _bound(c, texts):
            absent = list(c.words)          # said, but not of what the question says it of
        kind = any(_present(k, texts) for k in c.kinds)
        if figure and (len(absent) < len(c.words) or kind):
            return Missing()
        words += absent
        figures += [] if figure else [_unit_word(c)]
    return Missing(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(figures)))


# 多少 right before what it counts (多少业主同意, 多少委员到会): a count of that thing
_COUNT_ASKED = re.compile(r"多少(?:个|名|位)?(?=[\u4e00-\u9fff]{2})")
# a count standing before what it counts (三分之二以上的业主, 5名委员, 过半数业主): its numeral or share,
# then only the words that link a count to its noun
_COUNT_LINK = r"(?:[.．0-9０-９十百千万亿]|%|以上|以下|之|的|多|数|[个名位人户项件张台所家条处间座辆套种次起栋部])*"
_COUNT_HEAD = r"(?:[0-9０-９]|[一二两三四五六七八九十百千万]|半数|过半)"
# or after it, as a total's share (业主总数的三分之二, 业主人数过半)
_COUNT_TAIL = r"(?:总数|人数|总人数)?的?(?:不少于|不低于|不超过|超过|达到|应当|占|为)*(?:[0-9０-９]|半数|过半|[一二三四五六七八九十]+分之)"


# the heads of nouns of amount (money, quantity, rate): 多少 before them asks how much, never how many
_AMOUNT_HEADS = ("费", "金", "款", "钱", "资", "额", "量", "率", "价", "税")
_SPANS = ("时间", "时候", "小时", "分钟", "天", "日", "周", "月", "年")


# the parts of a noun compound as the cut tags them: nouns, distinguishers (公共), verbal nouns (充电),
# noun suffixes (员)
_COMPOUND_TAGS = ("n", "b", "vn", "v", "k", "zg")


def _counted(clause: str) -> str | None:
    """The thing a bare 多少 counts when a noun of two characters or more follows it ("成立业主委员会
    需要多少业主同意": 业主), None when none does (多少钱, 是多少)."""
    m = _COUNT_ASKED.search(clause)
    if m is None:
        return None
    words = [w for run in cut(_HAN.findall(clause[m.end():])) for w in run]
    nouns = []
    for w in words:              # the whole compound (公办学位, 充电桩, 社区网格员), not its first word
        if not w.tag.startswith(_COMPOUND_TAGS) or w.tag.startswith("nr") or _WH.search(w.text):
            break
        nouns.append(w)
    while nouns and not nouns[-1].tag.startswith(("n", "k", "zg")):
        nouns.pop()              # a compound ends in its noun (充电 alone counts nothing)
    thing = "".join(w.text for w in nouns)
    # a sum of money or a measure (多少养护费, 多少罚款, 多少经费) and a span of time (多少时间内) are
    # amounts, not things counted one by one
    if thing.endswith(_AMOUNT_HEADS) or thing.startswith(_SPANS):
        return None
    return thing if len(thing) >= 2 else None


def _count_of_said(c: AskedClause, texts: list[str]) -> bool:
    """A count asked of a thing (多少业主) is given only by a count of that thing: a number standing
    right before or after it in a passage (三分之二以上的业主), not any number in a sentence that says
    it (连续2年…业主委员会); a clause that counts nothing named passes."""
    thing = _counted(c.text) if c.unit == "number" else None
    if thing is None:
        return True
    count = re.compile(_COUNT_HEAD + _COUNT_LINK + re.escape(thing) + "|" + re.escape(thing) + _COUNT_TAIL)
    return any(count.search(t) for t in texts)


def _which_of_its_words(c: AskedClause, texts: list[str], known: set[str]) -> bool:
    """A clause asking which instance (第几年, 哪一年) is answered by a figure in a passage that says
    what it is asked of (施行, 报废), when it names anything: "用到第几年必须报废" is no question
    about the year a regulation comes into force (qs10)."""
    # (a frame verb the vocabulary knows, 强制 of 行政强制, is not what the instance is of)
    own = [w for w in c.words if w != c.frame]
    # (only a time's instance: 出自哪一条 is answered by the article quoted, whatever verb asks it)
    if c.unit != "time" or not own or any(w in known for w in own):
        return True
    said = [t for t in texts if any(_present(w, [t]) for w in own)]
    return bool(said) and _has_figure(c.unit, said, (), c.owner, c.act, c.span, c.which, c.per)


def _manner_said(verb: str, clause: str, texts: list[str]) -> bool:
    """A one-character act asked by its manner (怎么罚) said as the head of a word of the texts
    (罚款): the texts write the act in full, never the bare verb."""
    return bool(re.search(r"(?:怎么|怎样|如何)" + re.escape(verb) + "$", _FINAL.sub("", clause))) \
        and any(re.search(re.escape(verb) + r"[\u4e00-\u9fff]", t) for t in texts)


def _nameless(c: AskedClause, texts: list[str], known: set[str]) -> bool:
    """A clause asking a figure of a thing it names as the figure's subject (保额多少, 整改期限是多少天)
    that no passage names, nor the texts' term for it (GDP: 生产总值, `_said`): no passage can give
    that thing's figure. Named with its possessor (救生员每小时的工资), a passage must name both."""
    if c.unit is None or c.which or not c.owner or c.owner in known or _contracted(c.owner, texts):
        return False
    # 救生员每小时的工资: a passage on 工资 that names no 救生员 gives someone else's
    return not any(_said(c.owner, t) and (c.whose is None or _present(c.whose, [t])) for t in texts)


def _hollow(c: AskedClause, texts: list[str], known: set[str]) -> bool:
    """A clause that asks words of its own (not the scene's, no kind, no alternative, members or
    comparison, which are read on their own) none of which any passage has: it is answered nowhere.
    Not a quantity asked (多久送到我手上: the time is the question, 手上 only where it goes), nor a
    predicate said of a subject the passages have (调查组会不会听我解释: the asker's word for what
    the text says of the 调查组, 申辩), nor one with no subject of its own (临街和不临街一样吗, 交给谁:
    a follow-up on the other question's matter, in the asker's words for the text's); "收费标准有没有
    上限" names a matter of its own, in the asker's words throughout."""
    return bool(c.words) and not (c.kinds or c.scene or c.members or c.pair or c.alternative or c.day or c.unit) \
        and bool(c.subject) and not all(_present(w, texts) for w in c.subject) \
        and all(w not in known and not _present(w, texts) and not _contracted(w, texts) for w in c.words)


def graded_by_measures(c: AskedClause, text: str) -> tuple[str, str] | None:
    """The grade `text` gives the clause's case by its measured figures, over the case lines that
    say a word of the case (停电, or the texts' 供电中断 for it) other than its figures' own."""
    matter = [w for w in c.setting if not re.search(r"[0-9一二两三四五六七八九十百千]", w) and len(w) >= 2]
    return grade_by_measures(c.measures, lambda line: any(_present(w, [line]) or said_as_a_cut(w, line) for w in matter), text)


def _contracted(word: str, texts: list[str]) -> bool:
    """A two-character word as the contraction of a three-character one a passage has (老人: 老年人),
    or a three-character one of a longer one (居委会: 居民委员会):
    the asker's short form of the text's word, which no clause asks only because the text says it
    longer."""
    if len(word) == 3:      # (居委会: 居民委员会, a character dropped after each of the first two)
        gap = "[\u4e00-\u9fff]?"
        return any((m := re.search(re.escape(word[0]) + gap + re.escape(word[1]) + gap + re.escape(word[2]), t))
                   and len(m.group(0)) > 3 for t in texts)
    return len(word) == 2 and any(re.search(re.escape(word[0]) + "[\u4e00-\u9fff]" + re.escape(word[1]), t) for t in texts)


def _termed(c: AskedClause, texts: list[str], terms: dict[str, str]) -> AskedClause:
    """The clause with each asked word no passage has, and a document's definition names a term by,
    read as that term (项目经理: 项目负责人, "项目负责人，是指…的项目经理")."""
    # the genus as the question says it, whatever the cut made of it (施工队长: 施工队 / 长)
    swap = {w: term for w in c.words if not _present(w, texts)
            for genus, term in terms.items() if w in genus and genus in c.text}
    if not swap:
        return c
    words = tuple(dict.fromkeys(swap.get(w, w) for w in c.words))
    anchors = tuple(dict.fromkeys(swap.get(w, w) for w in c.anchors))
    return replace(c, words=words, anchors=anchors)


def _headed_by_own(c: AskedClause, texts: list[str]) -> bool:
    """The predicate ends in a word of the asker's own that no passage has, after every word of the
    knowledge base's scene in it ("政府有补贴吗": 补贴 after 政府): what is asked is that word, and
    the scene word only says of whom. "要不要向老百姓道歉" ends in the scene's 道歉: the rules' to answer."""
    if not c.words or any(_present(w, texts) for w in c.words):
        return False
    if max(c.text.rfind(w) for w in c.words) > max(c.text.rfind(s) for s in c.scene):
        return True
    # 承办方必须取消活动吗: the asker's verb with the scene's word for its object (取消 + 活动) heads
    # the predicate as much as a word after the scene does: the act asked is nowhere
    return any(_verb(w) and any(c.text.startswith(s, c.text.find(w) + len(w)) for s in c.scene) for w in c.words)


def _verb(word: str) -> bool:
    """`word` is one verb by the cut (取消), not a noun or a phrase."""
    cuts = [w for run in cut([word]) for w in run]
    return len(cuts) == 1 and cuts[0].tag == "v"


def _recut(c: AskedClause, texts: list[str]) -> AskedClause:
    """The clause with its asked words cut again where the cut hid a term of the passages: jieba
    reads "易涝点名单" as 易 / 涝 / 点名单, while the question says the regulation's 易涝点 and then
    名单. A word no passage has, whose head joined to the characters before it in the question is a
    run of three or more characters a passage has, is that run and the rest of the word."""
    out: list[str] = []
    for w in c.words:
        out += [w] if _present(w, texts) else _split_on_texts(w, c.text, texts)
    if tuple(out) == c.words:
        return c
    return replace(c, words=tuple(dict.fromkeys(out)), anchors=tuple(dict.fromkeys(c.anchors + tuple(out))) if c.anchors else ())


def _split_on_texts(word: str, clause: str, texts: list[str]) -> list[str]:
    at = clause.find(word)
    for k in range(len(word) - 1, 0, -1):
        for start in range(max(0, at - 3), at):
            run = clause[start:at + k]
            if len(run) >= 3 and _HAN.fullmatch(run) and any(run in t for t in texts):
                rest = word[k:]
                return [run] + ([rest] if len(rest) >= 2 else [])
    return [word]


def _of_rest(c: AskedClause, texts: list[str]) -> list[str]:
    """The passages that have one of the clause's asked words beside the acts it asks for, all of
    them when none has one: where those acts must be said."""
    rest = [w for w in c.words if w not in c.needs]
    return [t for t in texts if any(_present(w, [t]) for w in rest)] or texts


def _bound(c: AskedClause, texts: list[str]) -> bool:
    """The clause's asked words are said of its subject: some passage has both, or no passage has
    the subject (a word of the asker's own, 老板, that the documents say otherwise). Said, in its
    own words: a topic the vocabulary reads into an article (纪委 for the articles on who holds
    officials to account) tells what the article is about, not what it says of that subject."""
    of = [t for t in texts if any(_present(s, [t]) for s in c.subject)]
    return not of or any(_present(w, [t]) for w in c.words for t in of)


def _present(word: str, texts: list[str]) -> bool:
    """`word` in a passage; a compound of four characters or more (党纪处分, 追究责任) also when both
    its halves are in one passage (党纪政纪处分, 追究…责任), one of three when its two-character
    head or tail is (发工资: 工资); an everyday word also when a passage says one of the texts' terms
    for it (背锅: 追究责任, knowledge/everyday_words.yaml)."""
    return _said_as(word, texts) or any(_said_as(t, texts) for t in terms(word))


def _said_as(word: str, texts: list[str]) -> bool:
    if any(word in t for t in texts):
        return True
    if len(word) >= 4:
        # a head too common to say what is asked (从重处理: 处理) need not be there (从重追究): the
        # compound's content is its first half; a common first half (业务培训: 业务) narrows the
        # head and must be there
        half = len(word) // 2
        needed = [word[:half]] if _light(word[half:]) or _own_verb_after_manner(word[:half], word[half:], texts) \
            else [word[:half], word[half:]]
        return any(all(h in t for h in needed) for t in texts)
    if len(word) == 3:       # 发工资: 工资; 处分法: 处分
        return any(word[:2] in t or word[1:] in t for t in texts)
    return False


# a verb's place or goal said with it in one word (用于, 交到, 存在): still that verb
_COVERB_TAILS = "于到在给向往至"


def _said_alone(verb: str, texts: list[str]) -> bool:
    """A one-character verb said as a word of its own in a passage (告 in 向法院告, not in 报告, nor
    in 抄告, which the cut leaves as two one-character verbs: one act, as `_small_verb` reads 调看)."""
    def single(w) -> bool:
        return len(w.text) == 1 and w.tag.startswith(("v", "zg"))
    for t in texts:
        if verb not in t:
            continue
        for run in cut(_HAN.findall(t)):
            for i, w in enumerate(run):
                said = w.text == verb or (len(w.text) == 2 and w.text[0] == verb and w.text[1] in _COVERB_TAILS)
                if said and not (i > 0 and single(run[i - 1])) and not (i + 1 < len(run) and single(run[i + 1])):
                    return True
    return False


def _own_verb_after_manner(first: str, second: str, texts: list[str]) -> bool:
    """A set phrase of a manner adverb and a verb (从轻发落) where no passage has the verb: the asker's own word for
    the act the texts say after that adverb in theirs (从轻或者减轻追究责任), as a light head is
    (从重处理). A verb a passage has (从轻罚款) must be there: 从轻 said of 追究 is not said of it."""
    one = lambda w: [x for run in cut([w]) for x in run]
    whole, a, v = one(first + second), one(first), one(second)
    # a set phrase the cut keeps whole (从轻发落, not 从轻处罚, whose verb is a term texts say)
    return len(whole) == 1 and whole[0].tag in ("i", "l") and len(a) == 1 and a[0].tag == "d" \
        and len(v) == 1 and v[0].tag.startswith("v") and not any(second in t for t in texts)


def _light(word: str) -> bool:
    """A word as common in general Chinese as 处理 or 情况 (LIGHT_IDF): it says too little to be
    what a question asks for."""
    cuts = [w for run in cut([word]) for w in run]
    return len(cuts) == 1 and cuts[0].idf < LIGHT_IDF


def _has_figure(unit: str, texts: list[str], anchors: tuple[str, ...] = (), owner: str | None = None,
                act: str | None = None, span: str | None = None, dates: bool = False, per: str | None = None) -> bool:
    """A figure in the unit asked in one of `texts`, in a sentence that has one of `anchors` (what
    the quantity is of) when there are any: 第十三条's 24小时 is the 现场会's, not a 送达's; and
    said of the `owner` when a duration noun names the act (`_owned`)."""
    figure = _time_figure(span, dates) if unit == "time" else \
        _FIGURES.get(unit) or re.compile(_NUMERAL + "(?:个)?" + re.escape(unit))
    computed = unit in ("元", "number")
    return any((figure.search(s) or computed and _COMPUTED.search(s)) and (not anchors or any(_anchored(a, s) for a in anchors))
               and (owner is None or (_owned(figure, owner, s) if unit == "time" else _said(owner, s)))
               and (act is None or _act_said(act, s)) and (per is None or _per_said(per, s))
               for t in texts for s in _SENTENCES.split(t)) \
        or unit == "time" and any(_has_figure(unit, [item], (), owner, act, span, dates, per)
                                  and (not anchors or any(_anchored(a, lead) for a in anchors))
                                  for t in texts for item, lead in items_under_leads(t)
                                  # (or any list whose lead names what the time is asked of: 区城市
                                  # 管理部门…履行下列职责：…在24小时内到场核查, asked of 城管)
                                  if _LISTS_TIMES.search(lead) or anchors)


def _borrowed(c: AskedClause) -> bool:
    """The clause names nothing of its own and takes what its quantity is of from the clauses
    before it (…违章，几天得处理完): its anchors are none of its own words."""
    return not c.words and not c.kinds and bool(c.anchors) and not any(a in c.text for a in c.anchors)


def _anchored(word: str, sentence: str) -> bool:
    """What a figure is asked of said in `sentence`, or said longer as the asker contracts it
    (交警: 交通警察, 城管: 城市管理部门): which sentence's figure is meant, not a word the answer claims."""
    return _present(word, [sentence]) or _contracted(word, [sentence])


# a lead that announces its items as the times of its act (按照下列时限向市人民政府报告：): each item's
# length is that act's, said of the lead's words
_LISTS_TIMES = re.compile(r"下列(?:时限|期限|时间|频次)")


# "多久…一次", "多长时间…一回", "几天…一遍": how often, not how long
_HOW_OFTEN = re.compile(r"(?:多久|多长时间|多长|几[天日周月年])([^，,。？?]{0,14}?)[一1](?:次|回|遍|趟|圈)")
# the words between the question word and 一次 that are no act (要去看一次: 看; 自己检查一次: 检查)
_OFTEN_MODALS = re.compile(r"自己|亲自|要|得|需要|应该|应当|必须|会|能|去|来|就|才|至少|最少|最多|才能|可以")
# verbs of going round or going to a place (转一圈, 跑一趟, 去一次): the act is what follows them
_GOING = ("转", "跑", "走", "去", "逛", "绕")
# verbs that only do what their object names (搞一次检查, 弄一次评估, 进行一次核查)
_PRO_VERBS = ("搞", "弄", "做", "干", "办", "进行", "开展", "组织")
# a verb of looking is said by any verb of inspecting (去看一次天桥: 每月巡查不少于1次)
_LOOKING = {"看": "看查巡检察核"}
# an act the asker has someone do: 请/让/找/派 + who + a one-character verb
_CAUSED = re.compile(r"(?:请|让|叫|找|派)(.{2,6}?)(.)")
# the person-words a doer ends with (专业的人, 懂行的人员): its content is the rest
_DOER = re.compile(r"的?(?:人员|人士|人)$")
# A result of appearing said of a document or a finding (报告多久出来, 结果多久下来): the texts say
# the act that produces it (提交, 作出, 出具…), never the result; these verbs say it came out
_APPEARING = {w: ("提交", "作出", "出具", "公布", "发布", "形成", "送达") for w in ("出来", "出")}
# a period of a rate: 每月, 每日, 每3个月, 每季度, 每半年
_PERIODIC = re.compile(r"每(?:[0-9０-９一二两三四五六七八九十半]+个?)?(?:日|天|周|星期|月|季度|季|年)")


def _how_often_said(c: AskedClause, texts: list[str]) -> bool:
    """A clause asking how often ("多久要去看一次天桥") is answered by a rate said of what it asks
    about (每月巡查不少于1次), which has no length of time a 多久 otherwise needs: a period after 每
    in a sentence that has one of the clause's anchors (any sentence when it has none)."""
    m = _HOW_OFTEN.search(c.text) if c.unit == "time" else None
    if m is None:
        return False
    # the act repeated (几年换一次: 换) must be said with the rate; 每年…完成检查 is no answer to it
    act = _OFTEN_MODALS.sub("", m.group(1))
    # one the asker has someone do (请专业的人来看一次): the act is the verb, said of that someone,
    # whose words the sentence must have too (每月组织专业技术人员复核)
    agent = _CAUSED.fullmatch(act)
    doer = _DOER.sub("", agent.group(1)) if agent else ""
    act = agent.group(2) if agent else act
    going = [w for run in cut(_HAN.findall(act)) for w in run][-1:]
    if going and going[0].text in _GOING:
        # 多久去河边转一圈查偷倒: going round is no act of its own, what it is done for is (查); the
        # places before it are the clause's anchors, held to the sentence as any anchor is
        purpose = [w.text for run in cut(_HAN.findall(c.text[m.end():])) for w in run if w.tag.startswith("v")][:1]
        if purpose:
            # said as a verb of the sentence or its head (查: 巡查), never inside another (发: 发现)
            return any(_PERIODIC.search(s) and (not c.anchors or any(_present(a, [s]) for a in c.anchors))
                       and any(w.tag.startswith("v") and w.text.endswith(purpose[0])
                               for run in cut(_HAN.findall(s)) for w in run)
                       for t in texts for s in _SENTENCES.split(t))
        act = ""
    if act in _PRO_VERBS:
        # 多久搞一次联合大检查: a verb that does whatever its object names is no act of its own; the
        # act is what follows 一次, whose head (its last word) the rate's sentence must say (检查)
        after = [a for a in c.anchors if a in c.text[m.end():]][-1:]
        return bool(after) and any(_PERIODIC.search(s) and any(_present(a, [s]) for a in after)
                                   for t in texts for s in _SENTENCES.split(t))

    def act_said(s: str) -> bool:
        return (not act or _act_said(act, s) or (act in _LOOKING and any(ch in s for ch in _LOOKING[act]))) \
            and (not doer or _present(doer, [s]))
    return any(_PERIODIC.search(s) and (not c.anchors or any(_present(a, [s]) for a in c.anchors)) and act_said(s)
               for t in texts for s in _SENTENCES.split(t))


# a period named by its noun and given its length (公示期为1年, 保存期限为3年, 观察期间是6个月)
_PERIOD = re.compile(r"[\u4e00-\u9fff]期(?:限|间)?(?:均)?(?:为|是)" + _NUMERAL + "(?:个)?(?:" + "|".join(_TIME_UNITS) + ")")


def _act_said(act: str, sentence: str) -> bool:
    """The act a time bounds said in `sentence`; a result alone (到手) also split by the words of
    the act it closes (发放到举报人手中: 到…手), as a resultative takes its object between."""
    if _present(act, [sentence]):
        return True
    if len(act) == 2 and _RESULTATIVE.fullmatch(act) and not _RESULT_ALONE.fullmatch(act) \
            and (act[0] in sentence or act[1] in sentence):
        return True          # 赶到 said by its verb or by its result (到达)
    if any(v in sentence for v in _APPEARING.get(act, ())):
        return True
    if len(act) == 1 and _PERIOD.search(sentence):
        # 在平台上挂多久: a one-character verb the texts never use asks how long a state lasts, which a
        # period named as such gives (公示期为1年); a deadline for the act (10日内公开) does not
        return True
    return bool(_RESULT_ALONE.fullmatch(act)) and re.search(re.escape(act[0]) + "[^，,。；;]{1,8}?" + re.escape(act[1]), sentence) is not None


def _span(clause: str) -> str | None:
    """The time unit a quantity names (几年一遇: 年; 几个工作日: 工作日), None when it names none (多久)."""
    m = _QUANTITY.search(clause)
    unit = (m.group(1) or m.group(2)) if m else None
    return unit if unit in _SCALE else None


# A calendar year (2005年, 二〇三一年): a point in time, which no length asked (多久, 几年) is
_YEAR = r"(?![0-9０-９]{4}年|[〇○零一二三四五六七八九]{4}年)"


@lru_cache(maxsize=32)
def _time_figure(span: str | None, dates: bool = False) -> re.Pattern[str]:
    """A time figure in the units within one step of `span` on the scale, any time unit without it.
    A length, never a point in time: a calendar date (4月30日) names a day, and a year (2005年以来)
    is when, not how long, unless `dates` (哪一年 asks which year)."""
    near = _TIME_UNITS if span is None else [u for u in _TIME_UNITS if abs(_SCALE[u] - _SCALE[span]) <= 1]
    # a length starts where its numeral does, never inside one (一年 of 二〇三一年)
    before = r"(?<![0-9０-９月〇○零])" if dates else r"(?<![0-9０-９月〇○零一二两三四五六七八九十百千万])"
    return re.compile(before + ("" if dates else _YEAR) + _NUMERAL + "(?:个)?(?:" + "|".join(near)
                      + ")" + ("" if dates else r"(?![0-9０-９一二三四五六七八九十]+[月日号])"))


# a bound said in words that ends within the day or the next (当日报告, 次日提交)
_SAME_DAY = re.compile(r"当日|当天|即日|次日")


def _soon_said(c: AskedClause, texts: list[str]) -> bool:
    """How fast an act must be done (得多快往上报) is answered by a bound in words within the day
    (当日报告) in a sentence that has what it is of and its act, as a figure would be; how long
    something takes (要查多久) is a length, which no such bound gives."""
    if c.unit != "time" or _how_adjective(c.text) not in ("快", "早"):
        return False
    return any(_SAME_DAY.search(s) and (not c.anchors or any(_present(a, [s]) for a in c.anchors))
               and (c.act is None or _act_said(c.act, s))
               for t in texts for s in _SENTENCES.split(t))


def _unit_word(c: AskedClause) -> str:
    m = _CLOCK.search(c.text) or _GRADE_ASKED.search(c.text) or _QUANTITY.search(c.text) or _how_adjective_match(c.text) or _LIMIT.search(c.text)
    return m.group(0) if m else c.text


def scene_words(book: RuleBook, titles: list[str] | tuple[str, ...], question: str) -> list[str]:
    """The words of the knowledge base's own subject, longest first: the vocabulary's severities,
    roles, levels, ranks, measures (and the words that are no measure of it), consequences and
    accident words, the regulation's defined term, and the runs of `question` in a document's
    title. They set a question's scene; a question about one of them alone is the rules' or the
    passages' to answer."""
    words = _book_scene(book) | set(title_words(question, titles))
    return sorted(words, key=len, reverse=True)


_BOOK_SCENES: "WeakKeyDictionary[RuleBook, frozenset[str]]" = WeakKeyDictionary()


def _book_scene(book: RuleBook) -> frozenset[str]:
    """The rule book's part of the scene, the same for every question: built once per book (a
    reloaded book is a new object and gets its own), not once per message."""
    if book not in _BOOK_SCENES:
        voc = book.vocabulary
        words = [w for group in (voc.severities, voc.roles, voc.levels, voc.measures, voc.consequences)
                 for ws in group.values() for w in ws]
        words += [w for r in voc.ranks for w in r.words] + list(voc.not_measures) + list(voc.accident_words)
        _BOOK_SCENES[book] = frozenset(words + [book.regulation.wording.official])
    return _BOOK_SCENES[book]


def title_words(question: str, titles: list[str] | tuple[str, ...]) -> list[str]:
    """The runs of two or more characters of `question` that are in a document's title (问责,
    暂行规定, 政府工作报告): what the knowledge base is about, the scene of any question on it."""
    inside = _title_runs(tuple(titles))
    out = []
    for run in _HAN.findall(question):
        i = 0
        while i < len(run) - 1:
            j = max((j for j in range(i + 2, min(len(run), i + inside.longest) + 1) if run[i:j] in inside.runs),
                    default=0)
            if j:
                out.append(run[i:j])
                i = j
            else:
                i += 1
    return out


@dataclass(frozen=True)
class _TitleRuns:
    runs: frozenset[str]     # every run of two or more Chinese characters inside a title
    longest: int


@lru_cache(maxsize=4)
def _title_runs(titles: tuple[str, ...]) -> _TitleRuns:
    """The titles' runs as one set, built once per list of titles (it changes only on ingest): with
    all the laws, 355 titles were scanned for every substring of every message."""
    runs = {run[i:j] for t in titles for run in _HAN.findall(t)
            for i in range(len(run)) for j in range(i + 2, len(run) + 1)}
    return _TitleRuns(frozenset(runs), max(map(len, runs), default=0))


# A document named as the subject of a clause that asks ("《关于实行党风廉政建设责任制的规定》是哪年、
# 谁发布的", "中办发25号文第八条具体规定了哪些情节"): by its title, or by its number (中办发[2009]25号,
# the year left out as people say it).
_DOC_NUMBER = r"([\u4e00-\u9fff]{1,3}发)(?:[\[〔(](\d{4})[\]〕)])?(\d+)号(?:文件|文)?"
_SUBJECT_DOC = re.compile(r"^(?:那个|这个|该|此)?(?:《([^》]+)》|" + _DOC_NUMBER + ")")


def held(title: str, kb: Corpus) -> bool:
    """Whether the index holds the document `title` names, or the sources define it as a short
    name of one (以下简称《办法》: theirs to explain)."""
    return any(title in t for t in kb.titles.values()) or bool(kb.named_documents(f"《{title}》")) \
        or kb.mentions(f"简称《{title}》")


def outside_subject(question: str, kb: Corpus) -> str | None:
    """The document a question asks about (its content, its articles, its date or issuer) when the
    index does not hold it, named as the sources write it (《…》, 中办发[2009]25号); else None. Only
    that it is not in the knowledge base can be said of it: the passages that merely refer to it
    (第十七条 for 中办发[2009]25号第八条) would answer as if they held its text."""
    text = unicodedata.normalize("NFKC", question)
    for clause in (c for c in _CLAUSES.split(text) if c):
        if not (_FINAL.search(clause) or _WH.search(clause) or _A_NOT_A.search(clause)):
            continue
        m = _SUBJECT_DOC.match(clause)
        if m is None:
            continue
        title, prefix, year, number = m.groups()
        if title is not None:
            return None if held(title, kb) else f"《{title}》"
        spelled = re.compile(re.escape(prefix) + r"\[" + (year or r"\d{4}") + r"\]" + number + "号")
        # the number as the sources write it; one they never write is no document we know of
        return next((f.group(0) for c in kb.chunks if (f := spelled.search(c.text))), None)
    return None
