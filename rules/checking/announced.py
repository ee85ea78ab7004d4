"""A sentence that announces what follows it: "第四条分两种情况：", "第十四条（较大事故）涉及三类人：",
"可以归成四类：", "有两个条件层次。", "第3条定义了两个概念。" (branch ctx).

Such a sentence asserts a count of the parts the draft then gives, and (when it names an article)
that the article has that many. Judged alone it shares no words with any passage and was flagged.
It is read together with what it announces:
- the parts are the list lines below it (or the body rows of a table right below it); else, after a colon, the clauses on its own line up to the
  end of that sentence; else, after a full stop, the following sentences of its line opened by an
  ordinal (第一 / 一是 / 其一 / 首先 …); else, when it names an article whose structure counts the
  thing, the rest of its line;
- every part must itself be verified, and there must be exactly as many as the count (至少 N: at
  least N; 几: at least two); a part that names the article a 除…外 sets aside breaks it;
- when it names one article, the count must also be that article's own count where the article's
  structure gives one: its numbered items, the regulation's roles it names (for people), the terms
  it defines (所称, for concepts); a count of a part of the article said as the whole fails;
- the lead's own words besides the count, the article and the verb of announcing (重大事故的初步问责)
  must be found in the question, the parts or the named article.
A wrong count fails the sentence; a lead whose parts cannot be found is left as it was judged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..references import cn_int, find_refs
from .support import coverage
from .rejudge import rejudged

_NUM = r"[一二两三四五六七八九十]+|\d{1,2}|几"
# the measure word and what is counted (种情况, 类人, 档, 个条件层次, 个概念, 处; r18alarm: 两路, routes)
LEAD = re.compile(rf"^(?P<pre>[^：:。]*?)(?P<least>至少)?(?:还)?(?:有|共|一共|总共|共有)?(?<![第\d零一二两三四五六七八九十])"
                  rf"(?P<n>{_NUM})(?:个|种|类|项|档|处|层|点|组|路|部分|方面)(?P<what>[\u4e00-\u9fff]{{0,6}})"
                  rf"(?P<cite>[（(]第[^（）()]{{1,16}}[)）])?(?P<end>[：:。])$")
# the verbs and hedges a lead announces with: they assert nothing of their own
_ANNOUNCING = re.compile(r"大致|大体|一共|总共|可以|可|主要|分别|还|有|分为|分成|归成|归为|归纳为|分|涉及|讲了|讲|列了|列出|"
                         r"规定了|包括|包含|定义了|定义|提到|涉及到|具体")
# 按 / 依据 before the article only says the parts rest on it; a topic's generic head noun (适用对象,
# 涉及的人员) names no more than "the members" the parts then give (branch r13a)
_BASIS = re.compile(r"^(?:按照?|依据|根据|依照)")
_GENERIC = re.compile(r"(?:对象|人员|情形|情况|内容)$")
_EXCEPT = re.compile(r"除(?:了)?(?P<set>[^，,：:。]*?)(?:以)?外")
_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|再次|最后)[，,、：:]?")
_PERSONS = re.compile(r"人|干部|人员|职务|岗位")
_CONCEPTS = re.compile(r"概念|定义|术语|名词")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十]+[)）]", re.M)
HELD = 0.5           # share of a part's words the lead's article must hold when the part's support names another
WORDS = 0.7          # share of the lead's own words the question, the parts and the article must hold


@dataclass
class Lead:
    n: int
    least: bool          # 至少 / 几: the parts may be more
    what: str            # what is counted
    pre: str             # the words before the count
    colon: bool
    disposed: bool = False   # (r22alarm) the count is 把's object: "第十三条第（二）项把三类人放在一起："
    any_one: bool = False    # (g19alarm) "满足任意一项即可：": the parts are alternatives, any one suffices


# (g19alarm) "满足任意一项即可：" / "符合其中任何一项就算：": not a count of the parts but a claim that they
# are alternatives; held only when the passage the parts restate joins them with 或者 / 或 / 之一
_ANY_ONE = re.compile(r"^(?P<frame>(?:只要)?(?:满足|符合|具备|达到|有)?(?:下面|下列|以下|其中)?)(?:任意|任何|任)$")
_ANY_TAIL = re.compile(r"^(?:即可|就行|就算|就够了?|均可|都算|都行|就可以|就是)?$")
_ALTERNATIVE = re.compile(r"或者|或|之一")


# (r22alarm) a count that is the object of 把 / 将 ("…把三类人放在一起：") counts what the parts give,
# not the whole article: the article does something with them, it need not have only them
_DISPOSAL = re.compile(r"(?:把|将)$")


def lead(text: str) -> Lead | None:
    """The count a sentence announces, or None when it is no announcing sentence."""
    m = LEAD.match(text.strip())
    if m is None or len(m.group("pre")) > 24:
        return None
    vague = m.group("n") == "几"
    try:
        n = 2 if vague else cn_int(m.group("n"))
    except ValueError:
        return None
    if not n:
        return None
    if (a := _ANY_ONE.match(m.group("pre"))) is not None:
        if n != 1 or vague or m.group("least") or not _ANY_TAIL.match(m.group("what")) or m.group("end") not in "：:":
            return None
        return Lead(1, True, "", "", True, any_one=True)
    return Lead(n, vague or bool(m.group("least")), m.group("what"), m.group("pre"), m.group("end") in "：:",
                bool(_DISPOSAL.search(m.group("pre"))))


def parts(i: int, texts: list[str], at: list[int], listed: Callable[[int], bool], colon: bool,
          structural: bool, row: Callable[[int], bool] = lambda line: False,
          header: Callable[[int], bool] = lambda j: False) -> list[list[int]]:
    """The verdict indices of each part the lead at `i` announces (a list line may hold several
    verdicts), or [] when none are found. A table right below a lead that ends in a colon is a
    list too: each of its body rows is a part (`row(line)`: the line is a table row; `header(j)`:
    the verdict is the table's header or rule line, skipped)."""
    below: dict[int, list[int]] = {}
    for j in range(i + 1, len(texts)):
        if at[j] <= at[i] or not listed(at[j]):
            break
        below.setdefault(at[j], []).append(j)
    if not below and colon:
        for j in range(i + 1, len(texts)):
            if at[j] <= at[i] or not row(at[j]):
                break
            if not header(j):
                below.setdefault(at[j], []).append(j)
    if below:
        return list(below.values())
    same = [j for j in range(i + 1, len(texts)) if at[j] == at[i]]
    if colon:
        out = []
        for j in same:
            out.append([j])
            if re.search(r"[。！!？?]$", texts[j].strip()):
                break
        return out
    marked = []
    for j in same:
        if not _ORDINAL.match(texts[j].strip()):
            break
        marked.append([j])
    if marked:
        return marked
    return [[j] for j in same] if structural else []


def structure(what: str, article: str, roles: Callable[[str], int]) -> int | None:
    """The article's own count of the thing announced: its numbered items, the roles it names
    (people), the terms it defines (所称, concepts); None when its structure gives none."""
    items = len(_ITEM.findall(article))
    if items:
        return items
    if _PERSONS.search(what):
        return roles(article) or None
    if _CONCEPTS.search(what):
        return len(re.findall(r"所称", article)) or None
    body = re.sub(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", article.strip())
    clauses = [c for c in re.split(r"[；;]", body) if c.strip()]
    if len(clauses) > 1 and "\n" not in body:
        return len(clauses)              # one paragraph of statements joined by ；
    listed = re.search(r"(?:是指|包括|如下)[：:]?(?P<list>[^。；;]+)", body)
    if listed and "\n" not in body:
        members = [x for x in re.split(r"，|,(?![^（(]*[)）])", re.sub(r"[（(][^）)]*[）)]", "", listed.group("list"))) if x.strip()]
        return len(members) if len(members) > 1 else None
    return None


def judged(ld: Lead, part_texts: list[str], part_ok: list[bool], supports: list[str], question: str,
           articles: list[tuple[str, str]], roles: Callable[[str], int],
           held: tuple[str, str] | None = None) -> tuple[bool, str] | None:
    """(right, why) for a lead whose parts were found; None when it cannot be read (parts missing,
    or a part unverified: the part's own verdict then fails the draft)."""
    if not part_texts or not all(part_ok):
        return None
    k = len(part_texts)
    if k < ld.n or (k > ld.n and not ld.least):
        return False, f"后面列出{k}项，不是{'至少' if ld.least else ''}{ld.n}项。"
    if ld.any_one:
        return _alternatives(part_texts, articles, held)
    pre = ld.pre
    if (m := _EXCEPT.search(pre)) is not None:
        aside = {r.article for r in find_refs(m.group("set")) if r.article}
        if any(r.article in aside for t in part_texts for r in find_refs(t)):
            return False, f"后面列出的内容包括“{m.group(0)}”所除去的条文。"
        pre = pre.replace(m.group(0), "")
    named = [(label, text) for label, text in articles if label]
    if not named and held is not None:
        named = [held]                   # the one article every part is held to: its count too
    if len(named) == 1 and not all(named[0][0] in s or coverage(t, named[0][1]) >= HELD
                                   for t, s in zip(part_texts, supports)):
        return None                  # parts held elsewhere: the lead's article is not what they restate
    if len(named) == 1 and not ld.least and not ld.disposed:
        have = structure(ld.what, named[0][1], roles)
        if have is None and articles:
            return None                  # an article named whose structure counts nothing: left as judged
        if have is not None and have != ld.n:
            return False, f"{named[0][0]}有{have}项（{ld.what or '所列内容'}），不是{ld.n}项。"
    own = re.sub(r"第[零一二两三四五六七八九十百\d]+条|[（(][^）)]*[）)]|[，,、]", "", pre)
    if ld.disposed:                  # (r22alarm) 第十三条第（二）项把: the item's 第…项 is part of the reference
        own = _DISPOSAL.sub("", re.sub(r"第[零一二两三四五六七八九十百\d]*(?:款|项)", "", own))
    own = _GENERIC.sub("", _BASIS.sub("", _ANNOUNCING.sub("", own)))
    context = question + "".join(part_texts) + "".join(t for _, t in articles)
    if own and coverage(own, context) < WORDS:
        return None
    where = named[0][0] if len(named) == 1 else "下文"
    return True, f"{where}：后面列出{k}项（{ld.what or '所列内容'}），均有依据"


def _alternatives(part_texts: list[str], articles: list[tuple[str, str]],
                  held: tuple[str, str] | None) -> tuple[bool, str] | None:
    """(g19alarm) An any-one lead: at least two verified parts, restated from one sentence of one
    article that joins alternatives (或者 / 或 / 之一); else left as judged (fail closed)."""
    named = [(label, text) for label, text in articles if label] or ([held] if held is not None else [])
    if len(part_texts) < 2 or len(named) != 1:
        return None
    label, article = named[0]
    spans = [x for x in re.split(r"[。；;\n]", article) if x.strip()]
    best = max(spans, key=lambda x: coverage("".join(part_texts), x), default="")
    if not _ALTERNATIVE.search(best) or any(coverage(t, best) < HELD for t in part_texts):
        return None
    return True, f"{label}：后面列出{len(part_texts)}项，是“或者”所连的选项，均有依据"


def settle(verdicts: list, problems: list[str], at: list[int], draft: str, question: str,
           article_of: Callable[[str], list[tuple[str, str]]], roles: Callable[[str], int],
           listed: Callable[[str, int], bool], held_in: Callable[[str], list[tuple[str, str]]]) -> None:
    """Each unsupported announcing sentence of `verdicts` (objects with text, verdict, support)
    judged by the parts after it; its problem replaced. `article_of(text)` gives the (label, text)
    of the articles a sentence names, `held_in(support)` those a part's support names."""
    texts = [v.text for v in verdicts]
    lines = draft.splitlines()
    for i, v in enumerate(verdicts):
        ld = lead(v.text) if v.verdict == "unsupported" else None
        if ld is None:
            continue
        articles = article_of(_EXCEPT.sub("", v.text))      # (the articles 除…外 sets aside are not its own)
        structural = len(articles) == 1 and structure(ld.what, articles[0][1], roles) is not None
        found = parts(i, texts, at, lambda line: listed(draft, line), ld.colon, structural,
                      lambda line: 0 <= line < len(lines) and lines[line].lstrip().startswith("|"),
                      lambda j: verdicts[j].verdict == "framing" and verdicts[j].support.startswith("表头"))
        if not found:
            continue
        supports = ["；".join(verdicts[j].support for j in js) for js in found]
        cited = {a for x in supports for a in held_in(x)}
        got = judged(ld, ["".join(verdicts[j].text for j in js) for js in found],
                     [all(verdicts[j].verdict in ("verified", "quote") for j in js) for js in found],
                     supports, question, articles, roles, cited.pop() if len(cited) == 1 else None)
        if got is None:
            continue
        rejudged(v, problems, got)
