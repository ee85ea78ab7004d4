"""Chinese legal references: the one reader and writer of 第十四条 and its relatives.

Retrieval's direct lookup, fact extraction, the parser's cross-references, the checker, the
model guard and the bot's /article command all read the same references, so they read them
here; before, each had its own pattern and they disagreed (第五、六条, 十四条 and 第 14 条 were
found by retrieval and missed by fact extraction).

What counts as a reference:
- an article, in Chinese or Arabic numerals, with spaces or full-width digits: 第十四条, 第14条,
  第 14 条, 第１４条; bare 十四条 too, but only in Chinese numerals and not as part of a larger
  numeral or after a determiner (外贸稳增长22条 and 这两条 name no article);
- several at once: 第五、六条, 第五条、第六条, 第五、六、七、九条, 第五和第六条; ranges expand:
  第五条至第九条, 第五至九条, 第5-9条;
- a paragraph (款) and an item (项) of an article: 第十条第二款, 第四条第（四）项, 第四条第四项,
  第四条（四）;
- an inserted article (第十四条之一, 第14条之一, 第十四条之一第二款), which amendments put between
  第十四条 and 第十五条: an `InsertedArticle`, its own article, never 第十四条;
- the document an article belongs to: 《标题》第N条, a short name defined by
  “（以下简称《办法》）”, 本规定 / 本办法 (the document itself), and a document number,
  中办发[2009]25号第八条、第九条, whose articles are that document's, not the text's own.
A title or document number without an article is a reference to the document.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Mapping
from dataclasses import dataclass

import cn2an

# The digits of Chinese numerals as written in article numbers; patterns of headings
# (第十四条, 第三章) use NUMERAL so that they read what this module reads.
CN_DIGITS = "零〇一二三四五六七八九十百两"
NUMERAL = f"[{CN_DIGITS}0-9０-９]+"

_S = r"[ \t\u3000]*"                                  # spaces inside a reference: 第 14 条
# 第十四条之一: the ordinal of an article an amendment inserted after 第十四条 (Chinese numerals, as
# amendments write it; 之 before anything else, 第五条之规定, is no insertion)
_INSERT = rf"(?:{_S}之{_S}[一二三四五六七八九十]+)"
_OPEN, _CLOSE = r"[（(]", r"[）)]"
_LIST = "、和及与或"                                     # 第五、六条, 第五和第六条
_RANGE = "至到~～\\-－—"                                 # 第五条至第九条, 第5-9条
# An item, and the items listed after it: 第（二）项、第（四）项, 第（二）、（四）项, 第（一）项至第（三）项,
# 第二项、第三项. A later item must be bracketed or carry 项, so 第五条第（一）项、第六条 stays two articles.
_FIRST_ITEM = rf"(?:{_S}(?:第{_S})?{_OPEN}{_S}{NUMERAL}{_S}{_CLOSE}(?:{_S}项)?|{_S}第{_S}{NUMERAL}{_S}项)"
# (或者 joins items as 或 does: 第三十一条第（一）项或者第（二）项, g17alarm)
_NEXT_ITEM = (rf"{_S}(?:或者|[{_LIST}{_RANGE}]){_S}(?:(?:第{_S})?{_OPEN}{_S}{NUMERAL}{_S}{_CLOSE}(?:{_S}项)?"
              rf"|(?:第{_S})?{NUMERAL}{_S}项)")
_ITEMS = rf"{_FIRST_ITEM}(?:{_NEXT_ITEM})*"
_SUFFIX = rf"(?:{_S}第{_S}{NUMERAL}{_S}款)?(?:{_ITEMS})?"
# 第 N [条 …] (separator [第] N [条 …])* 条 …: the last element always carries 条.
_GROUP = (rf"第{_S}{NUMERAL}{_S}(?:(?:条{_INSERT}?{_SUFFIX})?{_S}[{_LIST}{_RANGE}]{_S}(?:第{_S})?{NUMERAL}{_S})*"
          rf"条{_INSERT}?{_SUFFIX}")
_ELEMENT = re.compile(
    rf"(?:第{_S})?(?P<n>{NUMERAL}){_S}(?:条(?P<ins>{_INSERT})?"
    rf"(?:{_S}第{_S}(?P<para>{NUMERAL}){_S}款)?"
    rf"(?P<items>{_ITEMS})?)?")
_ITEM_NUMERAL = re.compile(NUMERAL)
# A document number: issuer code, year in brackets, serial: 中办发[2009]25号, 中办发〔2009〕25号.
_DOC_NUMBER = r"[中国办发府委厅局部政党纪组宣统字函令规深粤京沪市省区县]{1,6}[〔\[［【]\d{4}[〕\]］】]\d+号"
_SELF = r"本(?:规定|办法|条例|细则|决定|准则)"


def number_key(number: str | None) -> str | None:
    """One document number however its year is bracketed: 中办发[2009]25号 in a source and
    中办发〔2009〕25号 in a draft are the same document (the brackets are typography, not identity)."""
    if number is None:
        return None
    return re.sub(r"[\[［【]", "〔", re.sub(r"[\]］】]", "〕", re.sub(r"\s+", "", number)))


# (r28alarm) "中办发〔2009〕25号文件的第八条": the articles after a document number are that document's,
# followed by the word for the document (文件, 文件中的), as claims.external_articles already read them
_REF = re.compile(
    rf"(?:《(?P<title>[^》]+)》|(?P<number>{_DOC_NUMBER})(?:{_S}(?:文件|文)(?:中|里)?的?(?={_S}第))?|(?P<self>{_SELF})){_S}(?P<group>{_GROUP})?"
    rf"|(?P<alone>{_GROUP})")
# Bare 十四条: Chinese numerals only (22条 is a count), not inside a longer numeral, not after a
# determiner (这两条, 哪一条, 每条), not 条件 / 条例.
_BARE = re.compile(
    rf"(?<![{CN_DIGITS}0-9０-９第哪这那每几某])(?P<group>[{CN_DIGITS}]+条(?![件例]){_INSERT}?{_SUFFIX})")
_ALIAS_DEF = re.compile(r"《([^》]+)》\s*[（(]\s*以下简称\s*《([^》]+)》\s*[）)]")
_ALIAS_TAIL = re.compile(r"[（(]\s*以下简称\s*《[^》]+》\s*[）)]")


@lru_cache(maxsize=1 << 14)
def cn_int(numeral: str) -> int:
    """十八 -> 18, 14 -> 14, １４ -> 14 (cn2an reads both scripts). ValueError when unreadable."""
    text = unicodedata.normalize("NFKC", numeral).strip()
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError) as err:
        raise ValueError(f"不是数字：{numeral}") from err
    if value != int(value):
        raise ValueError(f"不是整数：{numeral}")
    return int(value)


@lru_cache(maxsize=1024)
def int_cn(n: int) -> str:
    """18 -> 十八, as articles are numbered (第十八条). (Cached: cn2an takes about a millisecond a
    call, and the checker names the same few articles thousands of times.)"""
    return str(cn2an.an2cn(int(n), "low"))


class InsertedArticle(int):
    """An article an amendment inserted: 第十四条之一 is InsertedArticle(14, 1).

    Article numbers are ints throughout (chunks, passages, rule rows, references, and the
    hundreds of readings that compare and sort them), so an inserted article is one too: its int
    value is the article it follows (14), which keeps arithmetic on neighbours (n - 1, n + 1) and
    the numeral of its base; but it equals, hashes and sorts as (14, 1), so it is never 第十四条,
    a lookup by 14 does not find it, and it sorts between 第十四条 and 第十五条. Every old
    regulation's articles stay plain ints. `format_ref` writes it back as 第十四条之一.
    """

    insert: int

    def __new__(cls, base: int, insert: int) -> "InsertedArticle":
        obj = super().__new__(cls, base)
        obj.insert = insert
        return obj

    def __reduce__(self):
        return InsertedArticle, (int(self), self.insert)

    def __eq__(self, other: object) -> bool:
        return article_order(self) == article_order(other) if isinstance(other, int) else NotImplemented

    def __ne__(self, other: object) -> bool:
        return article_order(self) != article_order(other) if isinstance(other, int) else NotImplemented

    def __lt__(self, other: object) -> bool:
        return article_order(self) < article_order(other) if isinstance(other, int) else NotImplemented

    def __le__(self, other: object) -> bool:
        return article_order(self) <= article_order(other) if isinstance(other, int) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return article_order(self) > article_order(other) if isinstance(other, int) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return article_order(self) >= article_order(other) if isinstance(other, int) else NotImplemented

    def __hash__(self) -> int:
        return hash((int(self), self.insert))

    def __repr__(self) -> str:
        return f"{int(self)}之{self.insert}"

    __str__ = __repr__


def article_order(n: int) -> tuple[int, int]:
    """(14, 0) for 第十四条, (14, 1) for 第十四条之一: where an article stands in its regulation."""
    return int(n), getattr(n, "insert", 0)


def article_key(n: int) -> str:
    """An article's number for ids and metadata: "14", "14_1" for 第十四条之一 (old ids unchanged)."""
    return f"{int(n)}_{n.insert}" if isinstance(n, InsertedArticle) else str(int(n))


def article_of(key: int | str) -> int:
    """The article `article_key` wrote: 14 -> 14, "14_1" -> InsertedArticle(14, 1)."""
    if isinstance(key, str) and "_" in key:
        base, insert = key.split("_", 1)
        return InsertedArticle(int(base), int(insert))
    return int(key)


def article_fields(n: int | None) -> dict:
    """An article for JSON, which writes an int subclass as its int: {"article": 14} and, for
    第十四条之一, "article_insert": 1 beside it."""
    return {"article": n} if not isinstance(n, InsertedArticle) else {"article": int(n), "article_insert": n.insert}


def article_number(numeral: str, insert: str | None = None) -> int:
    """The article a label's numerals name: ("十四", None) -> 14, ("十四", "一") -> 第十四条之一.
    For patterns that read 第(N)条(?:之(M))? themselves."""
    return inserted(cn_int(numeral), cn_int(insert) if insert else None)


def inserted(base: int, insert: int | None) -> int:
    """The article 第{base}条之{insert}, or 第{base}条 when nothing was inserted."""
    return InsertedArticle(base, insert) if insert else base


@dataclass(frozen=True)
class Ref:
    """One article (or one document) a text refers to.

    doc_title and doc_number are None for the text's own articles (第五条, 本规定第五条). For a
    reference by short name (《办法》), doc_title is the full title and alias the short name.
    start and end delimit the reference that names it in the text: 第五、六条 names 5 and 6 with
    one span, which includes the document's title or number.
    """

    doc_title: str | None = None
    doc_number: str | None = None
    article: int | None = None
    paragraph: int | None = None      # 款
    item: int | None = None           # 项
    start: int = 0
    end: int = 0
    alias: str | None = None

    @property
    def internal(self) -> bool:
        """An article of the text's own document."""
        return self.doc_title is None and self.doc_number is None and self.article is not None

    @property
    def label(self) -> str:
        if self.article is None:
            return f"《{self.doc_title}》" if self.doc_title else (self.doc_number or "")
        prefix = self.doc_number or ""
        return prefix + format_ref(self.article, self.paragraph, self.item, self.doc_title)


def format_ref(article: int, paragraph: int | None = None, item: int | None = None,
               title: str | None = None) -> str:
    """第十条第二款, 第四条第（四）项, 《标题》第十三条: the forms find_refs reads back."""
    out = f"《{title}》" if title else ""
    out += f"第{int_cn(article)}条"
    if isinstance(article, InsertedArticle):
        out += f"之{int_cn(article.insert)}"
    if paragraph:
        out += f"第{int_cn(paragraph)}款"
    if item:
        out += f"第（{int_cn(item)}）项"
    return out


def format_articles(numbers: list[int]) -> str:
    """[5, 6, 7, 9] -> 第五、六、七、九条: several articles named at once, as the regulation does."""
    if any(isinstance(n, InsertedArticle) for n in numbers):     # 第十四条、第十四条之一
        return "、".join(format_ref(n) for n in sorted(numbers))
    return f"第{'、'.join(int_cn(n) for n in sorted(numbers))}条" if numbers else ""


def aliases_defined(text: str) -> dict[str, str]:
    """Short names a text defines: 《深圳市行政过错责任追究办法》（以下简称《办法》） -> {办法: …}."""
    return {short: full for full, short in _ALIAS_DEF.findall(text)}


def _number(numeral: str | None) -> int | None:
    if not numeral:
        return None
    try:
        n = cn_int(numeral)
    except ValueError:
        return None
    return n if n > 0 else None


def _items(text: str) -> list[int | None]:
    """The items an item list names, ranges expanded: 第（一）项至第（三）项 -> [1, 2, 3]; [None]
    when it names none (the whole article)."""
    out: list[int] = []
    previous_end = 0
    for m in _ITEM_NUMERAL.finditer(text):
        n = _number(m.group(0))
        between = text[previous_end:m.start()]
        previous_end = m.end()
        if n is None:
            continue
        if out and any(ch in _RANGE for ch in between) and out[-1] < n:
            out += list(range(out[-1] + 1, n))
        if n not in out:
            out.append(n)
    return out or [None]


# 第五六条: Chinese digits side by side with no unit (十, 百) between them are no numeral (fifty-six
# is 五十六) but a series written without its 、 (第五、六条)
_RUN = re.compile(r"[一二三四五六七八九]{2,}")


def _articles(group: str) -> list[tuple[int, int | None, int | None]]:
    """(article, paragraph, item) named by 第五、六条 / 第五条至第九条 / 第十条第二款 / 第五六条 …"""
    out: list[tuple[int, int | None, int | None]] = []
    previous_end = 0
    previous: int | None = None
    for m in _ELEMENT.finditer(group):
        digits = [_number(d) for d in m.group("n")] if _RUN.fullmatch(m.group("n")) else []
        if digits and all(a < b for a, b in zip(digits, digits[1:])):
            out += [(_number(d), None, None) for d in m.group("n")]
            previous_end, previous = m.end(), _number(m.group("n")[-1])
            continue
        n = _number(m.group("n"))
        between = group[previous_end:m.start()]
        previous_end = m.end()
        if n is None:
            previous = None
            continue
        if previous is not None and any(ch in _RANGE for ch in between) and previous < n:
            out += [(k, None, None) for k in range(previous + 1, n)]
        para = _number(m.group("para"))
        if m.group("ins"):
            n = InsertedArticle(n, _number(re.sub(r"[\s之]", "", m.group("ins"))) or 1)
        out += [(n, para, item) for item in _items(m.group("items") or "")]
        previous = n
    return out


def find_refs(text: str, aliases: Mapping[str, str] | None = None) -> list[Ref]:
    """Every reference in text, in order. Short names resolve through `aliases` and through the
    definitions in the text itself; the definition's own 《办法》 is not a reference. (A fresh list
    each call, over a memoised reading: the checker's readings ask for the same sentence's refs
    dozens of times.)"""
    return list(_refs(text, tuple(sorted(aliases.items())) if aliases else ()))


@lru_cache(maxsize=1 << 14)
def _refs(text: str, aliases: tuple[tuple[str, str], ...]) -> tuple[Ref, ...]:
    names = {**dict(aliases), **aliases_defined(text)}
    skip = [m.span() for m in _ALIAS_TAIL.finditer(text)]
    refs: list[Ref] = []
    taken: list[tuple[int, int]] = []
    for m in _REF.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        taken.append(m.span())
        title, number = m.group("title"), m.group("number")
        doc_title = names.get(title, title) if title else None
        alias = title if title and doc_title != title else None
        doc_number = re.sub(r"\s+", "", number) if number else None
        group = m.group("group") or m.group("alone")
        if group is None:
            if title or number:
                refs.append(Ref(doc_title, doc_number, None, None, None, m.start(), m.end(), alias))
            continue
        refs += [Ref(doc_title, doc_number, a, p, i, m.start(), m.end(), alias) for a, p, i in _articles(group)]
    for m in _BARE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or _counts_list(text, m) or _classifier(text, m) or _any_one(text, m):
            continue
        refs += [Ref(None, None, a, p, i, m.start(), m.end()) for a, p, i in _articles(m.group("group"))]
    refs.sort(key=lambda r: r.start)
    return tuple(refs)


# what a bare 一条 classifies: a modifier ending in 的 before a noun (一条完整的责任链条)
_MODIFIED = re.compile(r"(?!规定|里|中|款|项|说|讲|写|明确|列)[\u4e00-\u9fff]{1,4}的[\u4e00-\u9fff]")


# (qs10) the things people count with 条 (general vocabulary): "一条汽车渡船" is one boat, not 第一条
_COUNTED_BY_TIAO = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:船|路|河|街|巷|鱼|狗|命|短信|消息|信息|新闻|"
                              r"通道|航线|线路|管道|隧道|渠道|马路|裤子|毛巾|被子|横幅|标语)")


def _classifier(text: str, m: re.Match) -> bool:
    """"而是一条完整的责任链条": a bare 一条 before a modifier and its noun counts one thing (条 is
    its measure word); so does one before a noun counted with 条 ("一条汽车渡船"); it is not 第一条,
    which people cite with 第. A bare 十四条 is left a reference."""
    return m.group("group") == "一条" and bool(_MODIFIED.match(text, m.end()) or _COUNTED_BY_TIAO.match(text, m.end()))


# (g19alarm) "满足下面任意一条就算": 一条 after 任意 / 任何 / 任 / 其中 picks any one of a set (条 is
# its measure word), as 一项 does; it is not 第一条
_ANY_ONE = re.compile(r"(?:任意|任何|任|其中)$")


def _any_one(text: str, m: re.Match) -> bool:
    return m.group("group").startswith("一条") and bool(_ANY_ONE.search(text, 0, m.start()))


_LIST_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}[：:]([^。；;\n]+)")


def _counts_list(text: str, m: re.Match) -> bool:
    """"遵循四条原则：严格要求、实事求是、权责一致、惩教结合": a bare N条 followed by what it counts
    and a list of exactly N entries is a count, not 第四条 (十四条规定：… lists no fourteen)."""
    if not re.fullmatch(rf"[{CN_DIGITS}]+条", m.group("group")):
        return False
    after = _LIST_AFTER.match(text, m.end())
    n = _number(m.group("group")[:-1])
    if after is None or n is None or n < 2:
        return False
    entries = [x for x in re.split(r"[、，,]|以及|和|及|与", after.group(1)) if x.strip()]
    return len(entries) == n


def article_numbers(text: str) -> list[int]:
    """Articles a question or answer names, in order, without repeats: what retrieval looks up
    and what fact extraction records. Articles of a document cited by its number (中办发[2009]25号
    第八条) are that document's and left out; an article after a title (《…规定》第十四条) counts,
    since the title may be a document of the knowledge base."""
    normalized = unicodedata.normalize("NFKC", text)
    out: list[int] = []
    for r in find_refs(normalized):
        if r.article is not None and r.doc_number is None and r.article not in out:
            out.append(r.article)
    return out


def lone_article(text: str) -> int | None:
    """The article a command argument names on its own (14, 十四, 第十四条, 十四条), else None;
    0 when it has the form but the numeral cannot be read (第百条)."""
    m = re.fullmatch(rf"{_S}(第)?{_S}({NUMERAL}){_S}(?:条(?P<ins>{_INSERT})?)?{_S}", unicodedata.normalize("NFKC", text))
    if m is None:
        return None
    try:
        n = cn_int(m.group(2))
    except ValueError:
        return 0
    return inserted(n, _number(re.sub(r"[\s之]", "", m.group("ins"))) if m.group("ins") else None)


def without_refs(text: str) -> str:
    """The text with every reference cut out: the figures in 第10条第2款 or 中办发[2009]25号 are
    not claims."""
    spans = sorted({(r.start, r.end) for r in find_refs(text)})
    out, pos = [], 0
    for start, end in spans:
        if start >= pos:
            out.append(text[pos:start])
            pos = end
    out.append(text[pos:])
    return "".join(out)
