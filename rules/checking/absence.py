"""Absence claims ("来源没有写施行日期", "第四条没有写处分的具体种类", "用人失察不在本规定的问责
情形之内"), judged against the scope they name.

An absence claim is a claim like any other: it is true when what it says is absent really is
absent from the text it names, and false when that text has it. So the claim is read as
*scope* (the articles it names; the document it names by title, by 本规定 or by its kind, 论文 /
报告; or 来源 / 材料, all the sources) and *thing* (the words before the absence, else after it;
of "A的B" the head B, since "处分的具体种类" can be missing where 处分 is not). The thing must
not be found in the scope's text, unless the scope's front matter itself records it as missing
(来源缺失 / 未载明): then the sources say so and the claim is theirs. A thing found in the scope
fails the sentence: "不在本规定之内" where an article of it says so is contradicted, never framing.
A sentence without a scope is no absence claim here (the support test holds it to a passage).
"""
from __future__ import annotations

from . import pronoun_subject as r14pass_PS
from . import level_exchanged as alarms16_LX
from . import and_its
import re
from dataclasses import dataclass
from typing import Callable
from functools import lru_cache

from ..references import cn_int, find_refs
from .sources import SourceSet, SourceText, bare, bigrams
from . import absence_forms as passes_AF
from . import own_self as r13c_self
from . import absence_decided as g10miss_AD
from . import absent_asked as r17miss_AA
from . import pronoun_owner as r20miss_PO
from . import asked_document as wsz2_AD
from .ordered import in_order
from . import absence_order as absent5_AO
from . import specifics_referred as r27alarm_SR
from . import liability_present as heldmiss2_LP

# (r15miss) "没有专门提到X", "未单独规定X": an adverb that says the text does not give X a
# place of its own sits between the negation and the verb; the thing is still X, and a text
# that has X (an article of its own, 第六条 on 干部选拔任用) contradicts the claim
_SPECIALLY = r"(?:专门|单独|特别|特意|专项)?"
ABSENT = re.compile(r"(?:都|也|并|均)?(?:(?:没有|未|并未)(?:作出|做出|作|做)(?:具体|明确|任何)?(?:的)?规定|没有" + _SPECIALLY + r"(?:写明?|提到|提及|提|规定|列(?:出|入|进)?|载明|说明|标注|注明|包括|出现|涉及|讲|说)|没写|没提|没讲|没说|没涉及|"
                    r"未" + _SPECIALLY + r"(?:写明?|提到|提及|规定|列出?|列入|载明|说明|标注|注明|出现|要求)|不在|不属于|不包括|不涉及|看不到|找不到|"
                    r"没有)")
# words that name where the thing is said to be missing, or ask about it, not the thing itself
# the words that point at the regulation spoken of: 本规定, 该规定, 这部规定, 这份规定
_THIS = "(?:本|该|此|这部|这份|这个|这一|这)"
_SCOPE_WORDS = re.compile(r"(?:现有|手头|我们掌握|掌握|我们|(?:所|被)?收录)的?|(?:来源(?:页面)?|材料|资料|文本|原文|全文|正文|本规定|这份规定|该规定|规定本身|规定|论文|文章|报告)(?:里面|里|中|之中|之内|内)?|"
                          r"其中|具体|是否|什么|哪[一几个些天年]?|多少|何时|怎样|如何|都|也|并|均|还")
_KINDS = {"paper": re.compile(r"论文|文章"), "article": re.compile(r"论文|文章"), "report": re.compile(r"报告")}
_SOURCES = re.compile(r"来源|材料|资料|现有文本|掌握的文本|手头|知识库|收录的")
_CLAUSE = re.compile(r"[^，,；;]+[，,；;]?")
# an absence verb that modifies a noun (没有列举的情形, 未规定的事项): a thing named, no absence said
_RELATIVE = re.compile(r"^[\u4e00-\u9fff]?的[\u4e00-\u9fff]{2}")


@dataclass
class Scope:
    label: str
    texts: list[str]       # the passages the thing must be absent from
    lacks: str             # what the scope's front matter records as missing


def scope_of(sentence: str, sources: SourceSet, named: list[SourceText], default_doc: str) -> Scope | None:
    """The text an absence claim is about, or None when the sentence names none. The documents
    the sentence names (by title, 本规定, its kind) come before 来源, which names them all."""
    def lacks(docs: set[str]) -> str:
        out = []
        for d in docs:
            f = sources.documents.get(d)
            if f is not None:
                out.append(f.lacks)
                if re.search(r"未载明|未署名|没有", f.issuer):
                    out.append("发文机关" + f.issuer)
        return "\n".join(out)

    # the articles named where the scope is read (not the thing said to be missing from them)
    # (an article in parentheses glosses the scope's extent, "收录的条文里（到第十八条开头为止）")
    said = {r.article for r in find_refs(re.sub(r"[（(][^）)]*[）)]", "", sentence)) if r.article}
    named = [p for p in named if p.article in said]
    if named:
        docs = {p.doc_id for p in named}
        return Scope("、".join(p.label for p in named), ["\n".join(p.text for p in named)], lacks(docs))
    docs = {d for t in re.findall(r"《([^》]+)》", sentence) if (d := sources.doc_by_title(t))}
    # (r13b) 本文本 / 这份文本: the text of the document spoken of, as 本规定 (现有文本 is all the sources)
    if re.search(rf"{_THIS}规定|(?<!现有)(?<!掌握的){_THIS}文本|(?:现存|现有)条文|规定本身|(?:现有|手头|收录)的?规定的?(?:文本|条文|原文)|(?:^|在|[，,])(?:而|但)?规定(?:$|里|中|之中|内|只|不|没|并|也)", sentence):
        docs.add(default_doc)
    if (own := _kind_of(sources, default_doc)) and own != "规定" and \
            re.search(rf"{_THIS}{own}|(?:^|在|[，,])(?:而|但)?{own}(?:本身)?(?:$|里|中|之中|内|只|不|没|未|并|也|对)|《{own}》", sentence):
        docs.add(default_doc)         # 本办法, 办法没有规定: the regulation spoken of, by its own kind (reg4miss)
    elif own and own != "规定" and re.search(rf"(?<=[\u4e00-\u9fff]{{2}}){own}(?:本身)?(?:里面|里|中|之中|之内|内)(?:都|也|并|均)?"
                                           rf"(?:没|未|不|$)", sentence):
        docs.add(default_doc)         # "票价办法里没提": the thing first, the regulation by its kind after it (g17alarm)
        # (《办法》第二十一条…: the regulation by its kind in title marks, branch g10miss)
    for kind, words in _KINDS.items():
        if words.search(sentence):
            docs |= {d.doc_id for d in sources.documents.values() if d.kind == kind}
    if not docs and _SOURCES.search(sentence):
        docs = set(sources.documents)
    if not docs:
        return None
    titles = "、".join(f"《{sources.documents[d].title}》" for d in sorted(docs) if d in sources.documents)
    return Scope(titles or "来源", [p.text for p in sources.passages if p.doc_id in docs], lacks(docs))


def _titled(thing: str, before: str, sources: SourceSet) -> bool:
    """Whether the words read as the thing are a document's title without its marks, its kind word
    (报告, 论文, 规定…) right after them: "2016年政府工作报告" names the report, the scope."""
    at = before.find(thing[:2])
    if len(thing) < 4 or at < 0 or not re.match(rf"{re.escape(thing)}(?:报告|论文|文章|规定|办法|条例|细则)",
                                                 bare(before)[bare(before).find(thing):] if thing in bare(before) else ""):
        return False
    return any(thing in bare(d.title) for d in sources.documents.values())


def _kind_of(sources: SourceSet, doc: str) -> str | None:
    """The kind word a regulation's title ends with (办法, 条例, 细则…), by which a draft names it."""
    f = sources.documents.get(doc)
    m = re.search(r"(办法|规定|条例|细则|规则|决定|意见|准则)$", f.title) if f is not None else None
    return m.group(1) if m else None


# a regulation named by a kind word other than 规定 (the scope words above have 规定)
# (办法本身: the regulation itself, the reflexive no part of what is missing)
_OTHER_KINDS = re.compile(r"^(?:本|该|此|这部|这份|这个)?(?:办法|条例|细则|规则)(?:本身)?(?:里面|里|中|之中|之内|内|只|也|都|并)?")
_ARTICLE = re.compile(r"第[零一二两三四五六七八九十百\d]+条")
# the regulation named by its kind after the thing, with a locative: "票价办法里没提" (g17alarm)
_KIND_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:本|该|此|这部|这份|这个)?(?:办法|条例|细则|规则)(?:本身)?"
                         r"(?:里面|里|中|之中|之内|内)(?:都|也|并|均)?$")
_LOCATIVE = re.compile(r"(?:中|里|里面|之中|之内|内|上)$")
# a place within the text said before an absent wording (…后面没有“等”字)
_PLACE = re.compile(r"(?:后面|后头|末尾|结尾|最后|之后|其后|前面|开头|最前面|里头)$")
# the whole object of an absence one quoted term ("没有提到“点名单”。"): the term as written
_QUOTED_THING = re.compile(r"\s*“([\u4e00-\u9fffA-Za-z0-9]{2,})”\s*[。；;，,]?\s*")
# (branch wsz3) "没有“等”字", "没有“全部”二字", "没有“应当”的字样": a quoted wording followed by a word
# for wording (字, 二字, 字样, 一词, 表述). The thing is the quote as written, even of one character;
# read as content words it became "等字", which no text has, and the claim passed.
_QUOTED_WORDING = re.compile(r"\s*(?:用|使用|采用|带|带有|加|加上|写上|以)?(?:一个|个)?[“「]([^”」\s]{1,20})[”」]\s*(?:这一?个|这几个|几个|两个|二|一|这样的|的)?"
                             r"(?:字样|字眼|字|词语|词|说法|表述|提法|措辞)\s*[。；;，,]?\s*")


# a sentence that only denies the text a wording: "后面没有“等”字", "也没有“全部”二字"
_WORDING_DENIED = re.compile(r"^(?:而|但|但是)?(?:后面|后头|末尾|结尾|最后|之后|其后|前面|开头|里面|里头)?(?:也|还|并|却|都)?"
                             r"(?:没有|没|并没有|并无|无)(?:用|使用|采用|带|带有|加|加上|写上)?(?:一个|个)?[“「][^”」\s]{1,20}[”」]\s*"
                             r"(?:这一?个|这几个|几个|两个|二|一|这样的|的)?(?:字样|字眼|字|词语|词|说法|表述|提法|措辞)[。；;！]?$")


def wording_denied(sentence: str) -> bool:
    """The sentence only denies its text a quoted wording, naming no text of its own."""
    return bool(_WORDING_DENIED.match(sentence.strip()))


def _thing(part: str, keep_refs: bool) -> str:
    """What the claim says is missing, from the words on one side of the absence: an article or a
    title when that is all the side names (没有提第十六条), else its content words. When that
    reading leaves nothing of a side that is one quoted term ("没有提到“点名单”": the talk verb
    点名 stripped from its head leaves 单), the term as written is the thing: the claim is then held
    to it letter for letter, and fails where any source has it."""
    if keep_refs and (worded := _QUOTED_WORDING.fullmatch(part)):
        return worded.group(1)
    part = absent5_AO.unworded(part)     # 问责这个词, 问责二字, 问责字样: the term 问责 (absence_order.py)
    read = _thing_read(part, keep_refs)
    if not read and keep_refs and (quoted := _QUOTED_THING.fullmatch(part)):
        return quoted.group(1)
    return read


def _thing_read(part: str, keep_refs: bool) -> str:
    part = re.sub(r"[（(][^）)]*[）)]", "", part)           # a parenthesis glosses, it is not the thing
    part = re.split(r"——|—|：|:|只", part)[0] if keep_refs else part
    if keep_refs:
        # "没有关于X的规定": the thing is X (the generic noun after it is no scope word's modifier)
        part = re.sub(r"(?<=[\u4e00-\u9fff]{2})的(?:规定|条款|内容|要求)(?=[。；;，,]?\s*$)", "", part)
    if keep_refs and re.fullmatch(r"\s*(?:《[^》]+》|第[零一二两三四五六七八九十百\d]+条)\s*[，,。；;]?\s*", part):
        return bare(part)
    # (szalarm5) 第十三、十四、十六条: a list of numbers under one 第…条 is a reference as well
    words = bare(_SCOPE_WORDS.sub("", re.sub(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:[、和及][零一二两三四五六七八九十百\d]+)*"
                                            r"(?:条|款|项|章)", "", part)))
    words = _OTHER_KINDS.sub("", words)      # 本办法, 办法里: the scope, named by its kind (reg4miss)
    # (the thing said first, the scope after it: "票价办法里没提", g17alarm)
    words = _KIND_AFTER.sub("", words)
    if words.endswith("的"):
        return ""                          # "知识库中的资料", "收录的资料": a scope word's modifier, no thing
    if re.fullmatch(_THIS, words):
        return ""                          # "这部规定": the scope's pointing word, no thing
    if not keep_refs and re.match(r"^(?:对|就|针对)", words):
        return ""                          # "第十六条对一般事故没有提现场会": the case spoken of, the thing follows
    words = words.lstrip("的")
    # "没有拒绝签字这一项": the pointing classifier after the thing names no more of it
    words = re.sub(r"(?<=[\u4e00-\u9fff]{2})这(?:一|1)?(?:项|种|类|条|个|点)$", "", words)
    # "没有任何党纪政纪处分的内容": a quantifier (任何, 一切) or an adverb of repetition (再, 另外)
    # before the thing widens the absence; it is no part of what is said to be missing
    words = _WIDENING.sub("", words)
    # "没有授权复制财务资料": a permission verb before the act says the act is not allowed; what is
    # looked for is the act (复制…财务资料 where the text says 可以查阅、复制…财务资料): reg5
    permitted = _PERMITTING.sub("", words)
    if permitted != words:
        # (and the body it would be granted to, 授权调查组复制…: the act is what is looked for)
        words = re.sub(r"^[\u4e00-\u9fff]{0,8}?(?:机构|机关|部门|调查组|委员会|办公室|人民政府|局)(?=[\u4e00-\u9fff]{2})", "",
                       permitted)
    words = _DEGREE.sub("", words)       # "完全没有提到问责": an adverb of degree, no thing (r9miss)
    # "把引咎辞职列为问责方式": what is said to be missing is the thing listed, not the listing
    listed = re.match(r"^(?:把|将)(.{2,}?)(?:列为|列入|作为|规定为|当作|纳入)", words)
    # "没有把较大事故写进去": a putting verb with its direction (写进去, 列上, 放进来) likewise says
    # where the thing would be, not what it is (branch wmiss7)
    listed = listed or re.match(r"^(?:把|将)(.{2,}?)(?:写|列|放|加|收|编|算)(?:进|入|上)(?:去|来)?了?$", words)
    words = listed.group(1) if listed else words
    words = re.sub(r"方面(?=的|$)", "", _ASKING.sub("", _TALK.sub("", words)))
    head, _, tail = words.rpartition("的")
    if head and _GENERIC.fullmatch(tail) and not re.search(r"\d号$", head):
        words = head                       # "从重从轻的内容", "成立事故问责组的要求": the thing itself
    words = re.sub(r"(?:方面|问题|在|于)$", "", words)
    words = absent5_AO.unworded(words)   # "事故问责组这个词在规定里": 这个词 before the scope (absence_order.py)
    return words if len(words) >= 2 else ""


# verbs that say where or how a thing is talked about, before it; question words after it
_TALK = re.compile(r"^(?:关于|有关|涉及到?|提到|提及|讲到?|说到?|写到?|规定了?|出现|包括|有关于|有|点名|点出|列举了?|举出|举了|举例"
                   r"|要求(?=[\u4e00-\u9fff]{2}))")      # 没有要求告知举报人: what is not required (absence_decided.py)
_ASKING = re.compile(r"(?:怎么办|怎么处理|怎么处置|怎么算|怎么|如何处理)$")
_GENERIC = re.compile(r"要求|内容|规定|条款|问题|方面|情况|情形|说法|表述|事项|安排")
# adverbs that say how wholly something is missing ("完全没有", "根本没", "只字未提"), no thing
_DEGREE = re.compile(r"(?:完全|根本|压根儿?|从来|丝毫|全然|一点儿?|一字|只字|半点|都|也|并|均)+$")
_PERMITTING = re.compile(r"^(?:授权|允许|准许|许可)(?=[\u4e00-\u9fff]{2})")
_WIDENING = re.compile(r"^(?:任何|一切|所有|全部|再|另外|另行|另)(?=[\u4e00-\u9fff]{2}|$)")


@lru_cache(maxsize=4096)
def _pairs(text: str) -> frozenset[str]:
    """A passage's character pairs, kept: every absence claim looks at every passage of its scope."""
    return frozenset(bigrams(text))


@lru_cache(maxsize=4096)
def _bare(text: str) -> str:
    return bare(text)


def _present(thing: str, texts: list[str]) -> bool | None:
    """True: the thing is in a passage word for word ("A的B": B in a sentence of the passage that
    has A, so 管理区的领导 is in "区（包括管理区）…领导班子成员"); False: it is nowhere near (under half its character pairs in any passage); None:
    between, which this reader does not decide."""
    thing = passes_AF.thing_said(thing)   # 调查期限 as 调查的期限, 后来有过修订 as 修订 (absence_forms.py)
    itself = r13c_self.present(thing, texts)
    if itself is not None:
        return itself                     # 市委、市政府本身的领导 beside 市委、市政府工作部门领导 (own_self.py)
    if asked_figure(thing, texts):
        return True                       # 多长时间内召开: 24小时内召开 is there
    if (absent5_turned := absent5_AO.topic_after(thing)) and asked_figure(absent5_turned, texts):
        return True                       # 现场会在多长时间内召开: 24小时内召开现场会 (absence_order.py)
    if immediate_time(thing, texts):
        return True                       # 问责组在多长时间内成立: 立即成立…问责组 (wmiss6)
    thing = r14pass_PS.without_pronoun(without_deixis(thing))   # 它是… (pronoun_subject.py)
    if (own := r20miss_PO.owned(thing)) is not None:
        return _present(own, texts)       # 它们的工作部门: the thing owned (pronoun_owner.py)
    head, _, tail = thing.rpartition("的")
    spans = [c for t in texts for c in re.split(r"[。；;\n]", bare_keep(t))]
    if head and len(tail) >= 2 and _ASKED_FIGURE.search(tail) and not any(head in c for c in spans) and \
            _figure_near(head, tail, texts):
        return True                       # 复核机关作出复核决定的期限: …30日内作出复核决定 (reg4miss)
    if head and len(tail) >= 2:
        with_head = [c for c in spans if head in c]
        if with_head or _present(head, texts) is False:
            # (召开现场会的时限: a time figure in a sentence that has A is A's time limit)
            # (r10alarmB: B in other words' order, 2015年的PM2.5浓度 in "2015年PM2.5年均浓度降至…")
            # (heldmiss2: A的法律责任 where a sentence penalizes A: liability_present.py)
            return any(tail in c or asked_figure(tail, [c]) or _most_pairs(tail, c) or miss2_right_granted(tail, c)
                       or heldmiss2_LP.liability(tail) and heldmiss2_LP.penalized(head, c)
                       for c in with_head)      # no A at all: no A's B either
    if any(thing in _bare(t) for t in texts):
        return True
    if alarms16_LX.only_elsewhere(thing, [_bare(t) for t in texts]) and \
            not any(and_its.through(thing, t) for t in texts):    # (政府…及其工作部门: and_its.py)
        return False                      # 区…分管副职 where the text has 街道…分管副职 only (level_exchanged.py)
    g = bigrams(thing)
    if len(g) >= 3 and any(len(g & bigrams(c)) / len(g) >= 0.8 for c in spans):
        return True                       # in one sentence of the text, in other words' order
    if re.fullmatch(r"[\u4e00-\u9fff]{4}", thing) and \
            any(thing[:2] in c and thing[2:] in c.split(thing[:2], 1)[1] for c in spans):
        return True                       # 举报奖励: 举报 and then 奖励 in one sentence (给予举报人…的奖励)
    if g and all(len(g & _pairs(t)) / len(g) < 0.5 for t in texts):
        return False
    return None


def surely_absent(thing: str, texts: list[str]) -> bool:
    """Whether an absence claim of `thing` over `texts` holds as this reader judges it: a composer
    says "没有提到X" only then. A word no passage has verbatim may still be there in the reader's
    sense (公务人员 where a sentence says 公务员…人员), and the claim would be false."""
    return _present(thing, texts) is False


NEAR_HEAD = 0.8           # share of the head's pairs a sentence of the text must have


def _figure_near(head: str, tail: str, texts: list[str]) -> bool:
    """"A的期限" where the text words A otherwise: a sentence of the text (cut at 。 only, its
    clauses read together) that has most of A's characters, half its pairs, and a figure of the kind the tail asks for
    (复核机关应当…；决定受理的，应当自受理之日起30日内作出复核决定) gives A's time limit."""
    g, chars = bigrams(head), set(bare(head))
    if len(g) < 3:
        return False
    sentences = [c for t in texts for c in re.split(r"[。\n]", bare_keep(t))]
    # (most of its characters, and half its pairs: 立案后调查完成 in 调查应当自立案之日起…完成)
    return any(len(chars & set(c)) / len(chars) >= NEAR_HEAD and len(g & bigrams(c)) / len(g) >= 0.5 and
               asked_figure(tail, [c]) for c in sentences)


def _scope_only(clause: str) -> bool:
    """A clause that names where and nothing else ("在资料收录的条文里（到第十八条开头为止），")."""
    words = re.sub(r"[（(][^）)]*[）)]", "", clause)
    words = _SCOPE_WORDS.sub("", re.sub(r"^(?:在|从|就|按)|条文|条款|(?:里面|里|中|之中|之内|内|上)(?=[，,；;]?$)", "", words))
    return bool(_SOURCES.search(clause)) and not bare(re.sub(r"[，,；;]", "", words))


def _shared_tail(parts: list[str], texts: list[str]) -> list[str] | None:
    """(g19alarm) "户外广告设施或招牌投保": with no 的, the last part's tail (投保) may be the head the
    coordinated modifiers share. Read so, each part with that tail, only when every earlier part and
    the last part's own modifier (招牌, the longest start of it the text has) are in the text and
    the tail is nowhere in it: the parts then name things of the text, the tail what the text lacks;
    else None (the parts as they are)."""
    joined = "".join(_bare(t) for t in texts)
    last = parts[-1]
    cut = next((k for k in range(len(last) - 2, 1, -1) if last[:k] in joined), 0)
    if not cut:
        return None
    tail = last[cut:]
    if tail in joined or _present(tail, texts) is not False or not all(p in joined for p in parts[:-1]):
        return None
    return [p + tail for p in parts[:-1]] + [last]


def _either(thing: str, texts: list[str], whole: bool | None) -> bool | None:
    """"没有关于申诉或复核的规定": a thing of alternatives (A或B, A和B) is absent only when each of
    them is; one part present makes the absence false, however little of the whole is there."""
    parts = [p for p in re.split(r"或者|或|和|及|与|以及|、", thing) if p]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return whole
    head, _, tail = thing.rpartition("的")
    heads, tails = ([p for p in re.split(r"或者|或|和|及|与|以及|、", x) if p] for x in (head, tail))
    if head and tail and all(len(p) >= 2 for p in heads + tails):
        # (r21alarm) "复出的条件和期限", "任用或复出的期限": the coordination is of the modifier or of
        # the noun it modifies, each part the whole phrase with one of them (复出的期限), never the
        # bare noun (期限) that any article may use of something else
        parts = [f"{h}的{t}" for h in heads for t in tails]
    elif (shared := _shared_tail(parts, texts)) is not None:
        parts = shared
    got = [_present(p, texts) for p in parts]
    if any(got):
        return True
    return False if all(g is False for g in got) else whole


def bare_keep(text: str) -> str:
    """The text without spaces or quotation marks, its clause punctuation kept."""
    return re.sub(r"[\s“”\"‘’'《》（）()]", "", text)


def judge(sentence: str, sources: SourceSet, named: list[SourceText], default_doc: str,
          context: list[SourceText] = ()) -> tuple[bool | None, str, str]:
    """(verdict, why, the rest of the sentence to hold to the passages): None when the sentence
    makes no absence claim with a scope, or this reader cannot tell. The absence is read in its
    own clause (with the clause before it when its own clause names only the scope: "具体从哪天
    开始施行，来源没有写"); the scope is read from the sentence without the thing; words before
    the absence that end in a locative (问责方式中没有撤职) are the scope, the thing follows.
    A sentence that names no scope of its own ("所以市委、市政府本身的领导并未列入") is about the
    article the talk is on (`context`: the one the sentence before, else the question, names)."""
    sentence = passes_AF.reworded(sentence)   # 未对X作出规定, 对X并没有设定时限 (absence_forms.py)
    clauses = _CLAUSE.findall(sentence)
    for i, clause in enumerate(clauses):
        m = ABSENT.search(clause)
        if m is None:
            continue
        before, after = clause[:m.start()], clause[m.end():]
        if _RELATIVE.match(after) and re.sub(r"^(?:都|也|并|均)", "", m.group(0)) not in ("没有", "没", "未"):
            continue                             # 前面没有列举的情形: a relative clause naming a thing (holesa)
        if re.match(r"说?(?:一定|必须|必然|强制)", after):
            return None, "", sentence            # 没有说一定要: a denied modality, read elsewhere
        # "事故问责组由谁组成，规定没有写": the asked clause first, an absence naming only its scope
        # after it, is "规定没有写事故问责组由谁组成" (absence_order.py)
        absent5_said = absent5_AO.topic_last(clauses, i, m.group(0), before, after,
                                             not _thing(before, False) and
                                             scope_of(before, sources, named, default_doc) is not None)
        if absent5_said is not None:
            return judge(absent5_said, sources, named, default_doc, context)
        # "对由哪些机关组成没有任何规定": an absence with no object of its own (任何规定) is of
        # the 对-topic before it, which is then read as the thing (or the agent asked for)
        topic = re.search(r"对([^，,；;]+)$", before)
        if topic and not _thing(after, True).strip() or topic and _GENERIC.fullmatch(_thing(after, True)):
            before, after = before[:topic.start()], topic.group(1)
        agent = _agent_absent(after, "".join(clauses[:i]) + before, sources, named, default_doc)
        if agent is None:       # "问责组由哪些机关组成": the thing before the agent asked (agent_of.py, r10miss)
            from .agent_of import agent_absent as r10miss_agent
            agent = r10miss_agent(after, "".join(clauses[:i]) + before, sources, named, default_doc)
        if agent is not None:
            return agent[0], agent[1], "".join(clauses[:i] + clauses[i + 1:])
        start = i
        # "一般事故：第十六条没有提到…" / "第十六条对一般事故没有规定召开现场会": a label before a colon,
        # or 对X before an absence that names its own object, is the topic the absence is about
        before = re.split(r"[：:]", before)[-1]
        topic = re.search(r"对[^，,；;]+$", before)
        if topic and _thing(after, True):
            before = before[:topic.start()]
        # (wsz3) "第八条后面没有“等”字": a place in the text before an absent wording is no thing
        thing = "" if _LOCATIVE.search(before.strip()) or _QUOTED_WORDING.fullmatch(after) and \
            _PLACE.search(before.strip()) else _thing(before, False)
        if thing and _titled(thing, before, sources):
            thing = ""      # (szalarm4) "2016年政府工作报告没有提到…": the document named by its title, the scope
        thing_after = False
        if thing:
            # the words before the absence hold the scope as well as the thing (第四条没有写…)
            where = "".join(clauses[:i]) + before + after
        else:
            thing = _thing(after, True)
            thing_after = bool(thing)             # (the object of the absence verb: absence_decided.py)
            where = "".join(clauses[:i]) + before
            if not thing and _LOCATIVE.search(before.strip()):
                # "通报批评在规定中没有出现": the scope ends it; "问责在2016年政府工作报告中没有出现":
                # the words before 在 are the thing, the scope after it (absence_order.py)
                # (only when the scope's own words were read into the thing: 2016年政府工作报告中 is
                # no scope word, 来源中 is and leaves "这两条的具体内容在" read as before)
                thing = _thing(before, False)
                absent5_lead = absent5_AO.fronted(before, lambda s: scope_of(s, sources, named, default_doc) is not None)
                if absent5_lead and bigrams(thing) & bigrams(bare(absent5_lead[1])):
                    thing = _thing(absent5_lead[0], False)
                if thing and _titled(thing, before, sources):
                    thing = ""        # "政府工作报告里没有出现": the document by its title, the scope only
                if thing and not bare(after) and _KIND_AFTER.search(bare(before)):
                    # "票价办法里没提": the object of the absence verb said before it, the regulation
                    # by its kind between them; read as 办法里没提票价 (g17alarm)
                    thing_after, after = True, thing
            if not thing and i > 0:
                start, thing = i - 1, _thing(clauses[i - 1], False)
                where = "".join(clauses[:i - 1]) + clause
        if not thing:
            return None, "", sentence
        thing = r17miss_AA.unframed(thing)       # 至于X，…没有列入: the thing is X (absent_asked.py)
        # "规定只在第十条里列了X，没有说明…": the document the subject, the article only where it
        # listed X; the later denial is the document's (absence_order.py)
        where = absent5_AO.document_scope("".join(clauses[:i]), clause) or where
        scope = scope_of(where, sources, named, default_doc)
        if scope is None and context:
            scope = Scope("、".join(p.label for p in context), ["\n".join(p.text for p in context)], "")
        if scope is None:
            return None, "", sentence
        # (a clause before it that only names the scope, "在资料收录的条文里，", is no rest to hold)
        rest = "".join([c for c in clauses[:start] if not _scope_only(c)] + clauses[i + 1:])
        # 没有规定遵循什么原则 where the article names its 原则 (absent_asked.py)
        # 没有规定遵循什么原则 where the article names its 原则 (absent_asked.py); 没有指明按哪个文件
        #处理 where it says 按《办法》 (asked_document.py)
        present = True if r17miss_AA.present(thing, after if thing_after else "", scope.texts) or \
            wsz2_AD.present(clause, scope.texts) else _present(thing, scope.texts)
        if not present:
            present = _either(thing, scope.texts, present)    # "申诉或复核": absent only if each part is
        if present is None and thing_after:
            # the thing in the text's words split and reordered, a whether the text answers either
            # way, a requirement it states (absence_decided.py)
            present = g10miss_AD.decided(thing, after, scope.texts, m.group(0))
        if present is False:
            # "…没有规定召开现场会，也没有规定训诫": a further absence with no scope of its own
            # is about the same scope, and is judged there too
            said = [f"{scope.label}中没有“{thing}”"]
            kept = [c for c in clauses[:start] if not _scope_only(c)]
            for later in clauses[i + 1:]:
                n = ABSENT.search(later)
                if n and not bare(later[n.end():]) and not re.search(r"[不没未无]", later[:n.start()]):
                    # "…，条文里也没有写明": no object of its own, so the same thing, absent from the
                    # scope this clause names (条文 the document's articles), else the same scope
                    own = scope_of(later, sources, named, default_doc) or \
                        (scope_of("本规定", sources, named, default_doc) if re.search(r"条文|正文", later) else scope)
                    there = _present(thing, own.texts)
                    if there and not (own.lacks and _present(thing, [own.lacks])):
                        return False, f"“{thing}”见于{own.label}，不是没有。", rest
                    if there is False:
                        said.append(f"{own.label}中也没有“{thing}”")
                        continue
                other = _thing(later[n.end():], True) if n and not find_refs(later) and \
                    not _SOURCES.search(later) else ""
                if not other:
                    kept.append(later)
                    continue
                if _present(other, scope.texts) and not (scope.lacks and _present(other, [scope.lacks])):
                    return False, f"“{other}”见于{scope.label}，不是没有。", rest
                if _present(other, scope.texts) is False:
                    said.append(f"没有“{other}”")
                else:
                    kept.append(later)
            return True, "，".join(said), "".join(kept)
        if scope.lacks and _present(thing, [scope.lacks]):
            return True, f"来源说明：{scope.lacks[:60]}", rest
        if present and r27alarm_SR.only_referred(after if thing_after else before, thing, scope.texts):
            # "没写具体情节" where the scope only hands 情节 to another document (specifics_referred.py)
            return True, f"{scope.label}只把“{thing}”交由其他文件规定，没有写具体内容", rest
        if present:
            return False, f"“{thing}”见于{scope.label}，不是没有。", rest
        return None, "", sentence
    return None, "", sentence


_ONLY_IN = re.compile(r"^(?P<thing>[^，,；;]+?)(?:只|仅|仅仅)(?:出现|写|规定|载明|见)?(?:在|于)(?P<arts>(?:第[零一二两三四五六七八九十百\d]+条"
                      r"(?:[（(][^）)]*[）)])?(?:和|与|及|、)?)+)(?P<tail>[^，,；;]*)$")
_ART = re.compile(r"第([零一二两三四五六七八九十百\d]+)条(?:[（(]([^）)]*)[）)])?")
_TAIL_TALK = re.compile(r"的|要求|规定|条文|之中|中|里|内|当中|[。！]")


def _unclassed(gloss: str) -> str:
    """A gloss's words without the class noun a severity list shares ("特别重大、重大事故": the
    article says 特别重大或重大公共安全责任事故, so 重大 is what is held to it)."""
    return bare(re.sub(r"(?:公共安全责任)?事故$", "", gloss.strip())) or bare(gloss)


def only_in(sentence: str, sources: SourceSet, doc: str,
            covers: Callable[[int, str], bool | None] | None = None) -> tuple[bool | None, str]:
    """"现场会的要求只出现在第十三条和第十四条", "24小时的时限只出现在第十三条（市委、市政府）和第十四条
    （区委、区政府）的现场会要求中": an exclusive claim over articles. The thing (its figures when it
    has any, else its words without a generic head) is in each article named and in no other
    article of the document; what a parenthesis says of an article is in that article, and what
    follows the articles is in each of them. None when the sentence makes no such claim.
    `covers(article, words)`: whether the article covers the accident severities a parenthesis
    names (第十三条（特别重大、重大事故）), None when it names none; such a gloss is held to the
    severities of the article's rows, not to its wording (重大公共安全责任事故)."""
    m = _ONLY_IN.match(sentence.strip().rstrip("；;"))     # (r17alarm) a clause ended by ；is the same claim
    if m is None:
        return None, ""
    arts = [(cn_int(n), gloss) for n, gloss in _ART.findall(m.group("arts"))]
    texts = {n: sources.article(n, doc) for n in sources.articles(doc)}
    if not arts or any(texts.get(n) is None for n, _ in arts):
        return None, ""
    figs = re.findall(r"\d+(?:\.\d+)?[^\d\s，,。；;的]{0,2}", m.group("thing"))
    key = [bare(f) for f in figs] or [_thing(m.group("thing"), False)]
    if not all(key):
        return None, ""
    named = {n for n, _ in arts}
    plain = {n: _bare(p.text) for n, p in texts.items()}
    # (r17alarm) a gloss may name the article's bodies without their bracketed alternatives:
    # 区委区政府 for 区委（党工委）、区政府（管委会）
    unbracketed = {n: _bare(re.sub(r"[（(][^）)]*[）)]", "", p.text)) for n, p in texts.items()}
    for n, gloss in arts:
        parts = [b for b in re.split(r"[、，,和与及]", gloss) if bare(b)]
        held = {b: covers(n, b) if covers else None for b in parts}
        missing = [k for k in key if k not in plain[n]] + \
            [b for b in parts if held[b] is False or held[b] is None and _unclassed(b) not in plain[n]
             and _unclassed(b) not in unbracketed[n]]
        if missing:
            return False, f"“{'、'.join(missing)}”不见于{texts[n].label}。"
    tail = bare(_TAIL_TALK.sub("", m.group("tail")))
    if tail and any(tail not in plain[n] for n in named):
        return None, ""
    elsewhere = [texts[n].label for n in texts if n not in named and all(k in plain[n] for k in key)]
    if elsewhere:
        return False, f"“{'、'.join(key)}”也见于{elsewhere[0]}，不只在所说的条文中。"
    return True, f"“{'、'.join(key)}”只见于" + "、".join(texts[n].label for n, _ in arts)


# a question word for a quantity stands for any figure of its unit: "没有规定多长时间内召开" is
# false where the text says 24小时内召开
_TIME_UNIT = r"(?:个)?(?:小时|天|日|周|个?月|年)"
# (a time limit named as a noun, 时限 / 期限, asks for the same figure: 24小时内 is one)
_ASKED_FIGURE = re.compile(r"多长时间|多久|时限|期限|时间限制|频次|频率|次数|(?:多少|几)(?:个)?(小时|天|日|周|月|年|项|条|种|类|款|次|人|名)")
_ANY_FIGURE = r"[\d一二两三四五六七八九十百千万]+"
_FREQUENCY = rf"(?:{_ANY_FIGURE}次|每(?:个)?(?:半年|年|季度|月|周|日|天))"


def asked_figure(thing: str, texts: list[str]) -> bool | None:
    """When the thing said to be missing asks for a figure (多长时间内召开, 几种方式): whether the
    texts have it with a figure in the question word's place; None when the thing asks none."""
    if not _ASKED_FIGURE.search(thing):
        return None
    parts = []
    last = 0
    for m in _ASKED_FIGURE.finditer(thing):
        parts.append(re.escape(thing[last:m.start()]))
        unit = f"(?:个)?{m.group(1)}" if m.group(1) else _TIME_UNIT
        # (how often, 频次 / 次数: a count of times, or an act done every period: 每季度, 每年…一次; miss2)
        parts.append(_FREQUENCY if m.group(0) in ("频次", "频率", "次数") else _ANY_FIGURE + unit)
        last = m.end()
    parts.append(re.escape(thing[last:]))
    pattern = re.compile("".join(parts))
    return any(pattern.search(bare_keep(t)) for t in texts)


# an asked time of an act (在多长时间内成立, 什么时候成立), and the act right after it
_ASKED_TIME = re.compile(r"(?:在)?(?:多长时间|多少时间|多久|什么时候|什么时间|何时)(?:以内|之内|内)?(?:要|应当|应该|应|需要|须|得)?(?P<act>[\u4e00-\u9fff]{2})")
# a time the text gives without a figure: at once
_AT_ONCE = r"(?:立即|立刻|马上|即时|即刻|当即|随即|当场|第一时间)"
NEAR_SUBJECT = 0.5        # share of the subject's pairs the text's sentence must have


def immediate_time(thing: str, texts: list[str]) -> bool:
    """"事故问责组在多长时间内成立" where the text says "立即成立…事故问责组": the asked time of an act
    is given when a clause of the text puts an at-once word (立即, 马上, 第一时间 …) before the same
    act (立即向…报告), with most of the thing's subject (the words before the question) in that
    sentence. An at-once word is a time with no figure: an absence of the time is then false, as it
    is where the text gives 24小时内 (`asked_figure`)."""
    m = _ASKED_TIME.search(thing)
    if m is None:
        return False
    subject = bigrams(bare(thing[:m.start()]))
    # (the act may come after whom it is done to or for: 立即向所在乡镇人民政府…报告)
    act = re.compile(_AT_ONCE + r"[^，,。；;]{0,20}?" + re.escape(m.group("act")))
    # (the subject may be the lead's of a list whose item says the act: 乡镇人民政府…履行下列职责：…立即组织)
    return any(act.search(c) and (not subject or len(subject & bigrams(c)) / len(subject) >= NEAR_SUBJECT or
                                  len(subject & bigrams(bare_keep(t))) / len(subject) >= NEAR_SUBJECT and _lead_of(c, t))
               for t in texts for c in re.split(r"[。；;\n]", bare_keep(t)))


def _lead_of(clause: str, text: str) -> bool:
    """Whether the clause is in an item of a list whose lead (下列, ending in ：) the text has."""
    return bool(re.search(r"下列[^。；;\n]*[：:]", text)) and bool(re.search(r"[（(][一二三四五六七八九十\d]+[)）]", text))


# a deictic place word after a place's name repeats it: 深圳本地的事故 is 深圳的事故
_DEICTIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:本地|当地|本市|本土)")
# a level word after a level's name says that level (街道一级的干部 are 街道的干部; branch r8miss),
# and so does one that ends the thing ("没有涉及街道一级": 街道; branch szmiss)
_DEICTIC = re.compile(_DEICTIC.pattern + r"|(?<=[\u4e00-\u9fff]{2})(?:这一级|一级|这一层级|层级|这一层|层面)(?=的|$)")


def without_deixis(thing: str) -> str:
    """The thing without a deictic place word that follows a name (深圳本地 → 深圳); alone (本地
    的事故) it names no place and is kept."""
    return _DEICTIC.sub("", thing)


# (r20alarmA) 指定 / 指明 name the agent as 写明 does: "没有指定由哪个机关召开现场会"
_AGENT = re.compile(r"^(?:写明?|规定|说明|明确|指定|指明)?(?:由|是)(?:哪个|哪一个|哪一级|哪些|哪级|什么|谁)(?P<who>(?:[^来，,。；;]{0,3}?(?:机关|部门|单位|主体|机构|组织|人))?)来?(?P<act>[^，,。；;]{2,12}?)[。]?$")


def _agent_absent(after: str, where: str, sources: SourceSet, named: list[SourceText],
                  default_doc: str) -> tuple[bool, str] | None:
    """"第十五条没有写由哪个机关来进一步问责": what is said to be missing is who does the act. True
    when the scope has the act and no body doing it (no 由…, no named body before it in the
    same sentence); False when it names one; None when this is no such claim or the scope does
    not have the act (the thing is then read as usual)."""
    from .claims import bodies

    m = _AGENT.match(after.strip())
    if m is None:
        return None
    scope = scope_of(where, sources, named, default_doc)
    if scope is None:
        return None
    act = bare(m.group("act"))
    g = bigrams(act)

    def at(c: str) -> int:
        """Where the act is in a sentence of the scope (word for word, or all its pairs but one
        from its opening pair on: 组成的事故问责组 for 组成事故问责组), else -1."""
        if act in c:
            return c.index(act)
        return c.find(act[:2]) if act[:2] in c and len(g - bigrams(c)) <= 1 else -1
    spans = [(c, at(c)) for t in scope.texts for c in re.split(r"[。；;\n]", bare_keep(t)) if at(c) >= 0]
    if not spans:
        return None
    done_by = [c for c, k in spans if "由" in c[:k] or bodies(c[:k])]
    if done_by:
        return False, f"{scope.label}写明了{act}的主体，不是没有。"
    return True, f"{scope.label}没有写由谁{act}"


def _most_pairs(tail: str, clause: str) -> bool:
    """The B of "A的B" said with a word left out or put in (PM2.5浓度 for PM2.5年均浓度): most of
    its character pairs (`NEAR_HEAD`) in the sentence that has A."""
    g = bigrams(tail)
    return len(g) >= 3 and len(g & bigrams(clause)) / len(g) >= NEAR_HEAD


# the noun of a right: "X权利" / "X权" is the right to do X (miss2)
_RIGHT = re.compile(r"(?:的)?(?:权利|权)$")


def miss2_right_granted(tail: str, clause: str) -> bool:
    """"被调查人的陈述、申辩权利" where the text says "应当听取被调查人的陈述和申辩": a right is
    the act it lets its holder do, so the act said in the sentence that has the holder grants it.
    The act is read in two-character words (陈述申辩: 陈述, then 申辩), each in that sentence in
    order; an act the sentence lacks (申诉权利) keeps the right absent."""
    act = _RIGHT.sub("", tail)
    if act == tail or len(act) < 2 or len(act) % 2:
        return False
    return in_order([act[i:i + 2] for i in range(0, len(act), 2)], clause)
