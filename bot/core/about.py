"""Questions about the documents themselves — when one is dated, who issued it, whether the text
is complete, whether it is still in force, what the knowledge base holds — answered from their
front matter (knowledge/sources/*.md: date, issuer, lacks, and an operator's optional status and
checked date), never from a guess.

No document here says whether it is still in force; only an operator who has checked can, by
setting `status`. Without it the answer gives the document's own date and says the status has
not been verified. The wording keeps to the front matter's own words ("日期", "发文机关", "来源缺失",
"状态", "核实日期"), which the checker holds as one passage per document.
"""
from __future__ import annotations

import re

from knowledge.retrieval import Corpus, DocumentInfo
from rules.schema import RuleBook

from bot.core.answer import Body, Quote, Statement
from bot.core.leading import quoted_line

# What a question about a document asks, by its words.
_ASKS = {
    "status": re.compile(r"有效|现行|废止|失效|作废|过时|还管用|还在用|还适用|还能用|还算数|修订|修改过"),
    "issuer": re.compile(r"谁(发|作|写|定|制定|颁布|印发|出台|签发|起草)|发文机关|发文单位|哪个(部门|机关|单位)"
                         r"(发|定|制定|颁布|印发|出台)|作者|署名"),
    "when": re.compile(r"(什么时候|何时|哪年|哪一年|几月|几号|哪天|哪个时候)[^，。？！]{0,8}"
                       r"(施行|生效|实施|发布|印发|颁布|出台|制定|发表|发的|作的|写的|出的|开始)"
                       r"|(施行|生效|实施|发布|印发|颁布|出台|制定|发表)(日期|时间)|日期是"),
    "complete": re.compile(r"完整|全文|缺(了|少|失|什么|哪)|不全|全不全|收录|知识库(里|中)?(有|都有|包括)"
                           r"|有哪些(文件|资料|文档)"),
}
# A question about a document names one (or "这个规定", "知识库").
_NAMES_A_DOCUMENT = re.compile(r"规定|报告|文件|文章|论文|资料|文档|知识库|这篇|本篇|条例|办法")
_ALL = re.compile(r"知识库|资料|文档|有哪些文件|都有(什么|哪些)")


def asks(question: str) -> list[str]:
    """What `question` asks about a document (status, issuer, when, complete), in that order;
    empty when it is not about a document at all."""
    if not _NAMES_A_DOCUMENT.search(question):
        return []
    return [k for k, pat in _ASKS.items() if pat.search(question)]


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _by_title(kb: Corpus, question: str) -> DocumentInfo | None:
    """The document whose title shares the most bigrams with the question (two or more), alone."""
    scored = sorted(((len(_bigrams(d.title) & _bigrams(question)), d) for d in kb.documents()), key=lambda t: -t[0])
    if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


_KIND = re.compile(r"办法|条例|细则|规则|规定|决定")


def alike(kb: Corpus, question: str) -> list[str]:
    """The documents a question about a document may mean when it names only their kind ("这个规定
    哪天开始执行") and more than one document held is of that kind (the seed's 规定 and a 规定 a user
    ingested): which one is asked back, never guessed (the seed's date was given for the ingested
    规定's question). Empty when the question is no question about a document, names one by its
    title, or its kind is one document's."""
    if not asks(question) or _by_title(kb, question) is not None or _ALL.search(question):
        return []
    if repealed(kb, question) is not None:
        # "新规定哪天开始执行？以前那个…办法还管用吗？": the earlier document named is one a held text
        # repeals, and that text is the new one asked about: its repealing article answers both
        return []
    if _newest(kb, question) is not None:
        return []
    kind = _KIND.search(question)
    laws = getattr(kb, "laws", set())
    same = [d.id for d in kb.documents() if kind and d.title.endswith(kind.group(0)) and d.id not in laws]
    return same if len(same) > 1 else []


# "新规定", "新出的办法": the regulation newest by its date, whatever kind its title names (规定 is
# also the everyday word for any regulation)
_NEW = re.compile(r"新(?:出的|出台的|的)?(?:办法|规定|条例|细则|决定|规则)")


def _newest(kb: Corpus, question: str) -> DocumentInfo | None:
    """The held regulation (a title of a regulation's kind, no national law) dated latest, when the
    question calls the one it asks about new and one alone is latest."""
    if not _NEW.search(question):
        return None
    laws = getattr(kb, "laws", set())
    dated = sorted(((d.date, d) for d in kb.documents() if d.id not in laws and _KIND.search(d.title) and _date_cn(d.date)),
                   key=lambda t: t[0], reverse=True)
    if not dated or len(dated) > 1 and dated[0][0] == dated[1][0]:
        return None
    return dated[0][1]


def named(kb: Corpus, book: RuleBook, question: str) -> list[DocumentInfo]:
    """The documents the question names: by the words of a title it shares most, else (a bare
    "知识库") all of them, else the rule book's regulation."""
    docs = kb.documents()
    scored = sorted(((len(_bigrams(d.title) & _bigrams(question)), d) for d in docs), key=lambda t: -t[0])
    if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return [scored[0][1]]
    if _ALL.search(question) and not re.search(r"规定|报告|文章|论文", question):
        return docs
    if (newest := _newest(kb, question)) is not None:
        return [newest]
    # "这个办法从哪天起施行": the kind of document the question names, when one regulation alone is
    # of that kind (the seed's is a 规定; an ingested 办法 is the only 办法), is the one asked about
    kind = re.search(r"办法|条例|细则|规则|规定|决定", question)
    laws = getattr(kb, "laws", set())
    same = [d for d in docs if kind and d.title.endswith(kind.group(0)) and d.id not in laws]
    if len(same) == 1:
        return same
    reg = [d for d in docs if d.id == book.regulation.document]
    return reg or docs[:1]


def _date_cn(date: str) -> str:
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", date or "")
    return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日" if m else ""


def statements(d: DocumentInfo, wanted: list[str]) -> list[str]:
    """What the front matter says of `d` for each thing asked, in its own words."""
    t = f"《{d.title}》"
    out: list[str] = []
    dated = f"{t}来源标注的日期是{_date_cn(d.date)}。" if _date_cn(d.date) else f"{t}的日期来源未载明。"
    if "status" in wanted:
        if d.status:
            checked = f"，核实日期：{_date_cn(d.checked)}" if _date_cn(d.checked) else ""
            out.append(f"{t}状态：{d.status}{checked}。")
        else:
            out.append(dated)
            out.append("我不能确认它现在是否有效：知识库没有核实它的状态，请以发文机关公布的为准。")
    if "when" in wanted and dated not in out:
        out.append(dated)
    if "issuer" in wanted:
        out.append(f"{t}发文机关：{d.issuer}。" if d.issuer else f"{t}的发文机关来源未载明。")
    if "complete" in wanted:
        # without its quotation marks: a heading it names is a place in the source, not a quote of it
        lacks = re.sub(r"[“”‘’]", "", d.lacks)
        out.append(f"{t}来源缺失：{lacks}" if lacks else f"{t}来源缺失：无。")
    return out


# An article that says when its own document comes into force (本办法自2035年3月1日起施行, 本法自
# 公布之日起施行): the text's own answer to "什么时候施行", beside the front matter's date
_IN_FORCE = re.compile(r"本(?:办法|规定|条例|法|细则|决定|规则|制度)[^。；]{0,30}?自[^。；]{2,30}?起(?:施行|生效|实施|执行)")


def in_force_articles(kb: Corpus, docs: list[DocumentInfo]) -> list[Quote]:
    """Each document's article on its own entry into force, quoted, when its text has one."""
    out = []
    for d in docs:
        for c in kb.chunks:
            if c.meta["doc_id"] == d.id and c.meta.get("article") and _IN_FORCE.search(c.text):
                p = kb.article(c.meta["article"], d.id)
                if p is not None:
                    out.append(Quote.of(p))
                break
    return out


# A sentence of a held text that repeals another document: "2031年5月20日印发的《…暂行办法》…同时废止"
_REPEALS = re.compile(r"[^。；\n]*《([^》]+)》[^。；\n]*废止[^。；\n]*")
_YEAR = re.compile(r"\d{4}年")
# A document the asker places before the one in force (以前那个暂行规定, 原来的办法, 旧规定): what a
# held text replaced, when one repeals a document of that name
_EARLIER = re.compile(r"以前|之前|原来|原先|过去|先前|此前|旧")
# The held text asked about beside it (这个办法什么时候开始执行？以前那个…还管用吗？)
_THIS_KIND = re.compile(r"(?:这个|这部|本|该|此|新)(?:办法|规定|条例|细则|决定|规则)")


def repealed(kb: Corpus, question: str) -> tuple[Quote, str] | None:
    """The article of a held text that repeals the document the question names, and its sentence,
    when the question names that document better than any document held: its title's words (two
    pairs of characters or more, more than any held title shares) and, when the question gives a
    year, that year in the repealing sentence. "2031年那个暂行办法还管用吗" under a text that repeals
    its 2031 暂行办法 asks about the repealed one; the held documents' front matter does not say."""
    held = max((len(_bigrams(d.title) & _bigrams(question)) for d in kb.documents()), default=0)
    # a document said to be the earlier one is the repealed one when its name fits as well as a
    # held title's ("以前那个暂行规定": the seed's 暂行规定 is in force as far as anyone has said)
    held -= 1 if _EARLIER.search(question) else 0
    years = set(_YEAR.findall(question))
    laws = getattr(kb, "laws", set())
    best: tuple[int, str, str, int | None] | None = None
    for c in kb.chunks:
        if "废止" not in c.text or c.meta["doc_id"] in laws or not c.meta.get("article"):
            continue
        for m in _REPEALS.finditer(c.text):
            score = len(_bigrams(m.group(1)) & _bigrams(question))
            if score < 2 or score <= held or years - set(_YEAR.findall(m.group(0))):
                continue
            if best is None or score > best[0]:
                best = (score, c.meta["doc_id"], m.group(0).strip(), c.meta["article"])
    if best is None:
        return None
    p = kb.article(best[3], best[1])
    return (Quote.of(p), best[2]) if p is not None else None


def about_body(kb: Corpus, book: RuleBook, question: str) -> Body | None:
    """The answer to a question about the documents themselves, or None when it is not one. A
    question of when or whether a document is in force also gets the document's own article on
    its entry into force, when it has one. One about a document a held text repeals is answered
    by that text's repealing article (`repealed`)."""
    wanted = asks(question)
    if not wanted:
        return None
    if {"status", "when"} & set(wanted) and (gone := repealed(kb, question)) is not None:
        quote, sentence = gone
        lines = [quoted_line(quote.label, sentence)]
        if "when" in wanted and _THIS_KIND.search(question) and (force := _IN_FORCE.search(quote.text)) \
                and force.group(0) not in sentence:
            # the held text's own date asked too: its article on entry into force is the same one
            lines.insert(0, quoted_line(quote.label, force.group(0)))
        return Body(lead=lines[0], statements=[Statement(x) for x in lines[1:]], quotes=[quote])
    docs = named(kb, book, question)
    said: list[str] = []
    for d in docs:
        said += statements(d, wanted)
    if not said:
        return None
    quotes = in_force_articles(kb, docs) if {"when", "status"} & set(wanted) and len(docs) == 1 else []
    # the document's own words on when it comes into force, first: they answer what was asked
    said = [quoted_line(q.label, _IN_FORCE.search(q.text).group(0)) for q in quotes] + said
    return Body(lead="以下是知识库对所收文件的来源说明：", statements=[Statement(s) for s in said], quotes=quotes)


__all__ = ["about_body", "alike", "asks", "named", "statements"]
