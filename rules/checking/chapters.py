"""Sentences about the chapters of a regulation ("分三章", "第一章总则（第一至四条）", "第三章标题是
“问责方式、适用、程序”，从第十条开始"), verified against the chapter each article stands under
(the passages' headings, from the index the answer came from).

Each clause about a chapter is read on its own: the count of chapters, a chapter's title, the
articles it spans (第a至b条) or the article it begins with (从第a条开始, said of the chapter named
before it). Clauses that are not about chapters are handed back, to be judged as any sentence.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs, int_cn
from .sources import SourceSet, bare

_CHAPTER = re.compile(r"^第([一二三四五六七八九十]+)章(.*)$")
_COUNT = re.compile(r"(?:分为?|共有?|一共|有|看到|包括|包含)([一二两三四五六七八九十\d]+)章")
_NAMED = re.compile(r"第([一二三四五六七八九十]+)章(?:的?(?:标题|名称|题目)?(?:是|为|叫做?)?)?[“\"「]?([^“”\"「」（(，,；;。：:]*)[”\"」]?"
                    r"(?:[（(]([^）)]*)[）)])?")
_SPAN = re.compile(r"(?:包括|包含|含|是|为|有|即)?(第?[零一二两三四五六七八九十百\d]+条?(?:到|至)第?[零一二两三四五六七八九十百\d]+条)")
# "收录的规定正文从标题直接进入第一章": what the text has right after its title
_OPENS = re.compile(r"^((?:收录的|现有的?)?(?:本?规定|条文|文本)?(?:的)?(?:正文|全文|原文)?)(?:是)?(?:从标题(?:之后|后面?)?|标题(?:之后|后面?))"
                    r"(?:直接|就|紧接着|紧接)?(?:进入|开始于|是|就是|接着是|到)?第([一二三四五六七八九十]+)章(?:开始)?$")
# what a clause says of the chapter it names or the one named before it: its count, its span
_OWN_COUNT = re.compile(r"(?:一共|总共|共)(?:有)?([零一二两三四五六七八九十百\d]+)条")
_OWN_SPAN = re.compile(r"(?:从|自|由|包括|是|即)?第([零一二两三四五六七八九十百\d]+)条(?:到|至)第([零一二两三四五六七八九十百\d]+)条(?:为止)?")
# (r13b) a count with the span it counts glossed after it, read bare (parentheses gone): 共五条第五至九条
_COUNT_SPANNED = re.compile(r"(?:一共|总共|共)(?:有)?([零一二两三四五六七八九十百\d]+)条"
                            r"(?:即|也就是)?第([零一二两三四五六七八九十百\d]+)条?(?:到|至)第?([零一二两三四五六七八九十百\d]+)条")
# (r20alarmB) the chapter said to fall into so many parts, one to each article: 大致五块, 分五个部分
_PARTS = re.compile(r"(?:大致|大体|大约|大概|主要)?(?:分为?|分成|有|共有?|包括)?([零一二两三四五六七八九十\d]+)(?:块|个?部分|个方面)")
_BEGINS = re.compile(r"^(?:它|该章|这一章)?(?:从|自)(第[零一二两三四五六七八九十百\d]+条)(?:开始|起)$")


def chapters(sources: SourceSet, doc: str) -> dict[int, tuple[str, list[int]]]:
    """Chapter number -> (title, its articles), from the headings of the document's articles."""
    out: dict[int, tuple[str, list[int]]] = {}
    for p in sources.of_document(doc):
        m = _CHAPTER.match(p.heading or "")
        if m and p.article is not None:
            title, arts = out.setdefault(cn_int(m.group(1)), (m.group(2).strip(), []))
            arts.append(p.article)
    return out


def chapter_claims(sentence: str, sources: SourceSet, doc: str) -> tuple[bool | None, str, str]:
    """(verdict, why or support, the clauses left to judge); None when no clause is about chapters."""
    if "章" not in sentence:
        return None, "", sentence
    have = chapters(sources, doc)
    if not have:
        return None, "", sentence
    clauses = [c.strip() for c in re.split(r"[，,；;。：:]", sentence) if c.strip()]
    rest, said, current, subject = [], [], None, ""
    for clause in clauses:
        opens = _OPENS.match(clause)
        if opens:
            # "正文从标题直接进入第一章": the first passage of the text is an article under that
            # chapter, with nothing (a preamble, an issuer's line) between the title and it
            first = (sources.of_document(doc) or [None])[0]
            n = cn_int(opens.group(2))
            if first is None or first.article is None or n != min(have) or first.article not in have[n][1]:
                return False, f"来源中的文本在标题之后不是直接从第{int_cn(n)}章开始。", ""
            said.append(f"标题之后即第{int_cn(n)}章")
            subject = opens.group(1)
            continue
        count = _COUNT.search(clause)
        if count and not _NAMED.search(clause):
            n = cn_int(count.group(1))
            if n != len(have):
                return False, f"来源中的文本有{len(have)}章，不是{n}章。", ""
            said.append(f"共{len(have)}章")
            continue
        named = _NAMED.search(clause)
        if named and clause.startswith(named.group(0)[:2]) or (named and bare(clause[:named.start()]) == ""):
            n = cn_int(named.group(1))
            if n not in have:
                return False, f"来源中没有第{int_cn(n)}章。", ""
            title, arts = have[n]
            words, span_text = named.group(2), named.group(3)
            # (szalarm4) "第三章 问责方式、适用、程序——从第十条开始": the title, then after a dash
            # what is said of the chapter (the article it begins with, its span), read as such
            # (anything else after the dash stays part of what the clause says the title is)
            dash = re.search(r"\s*(?:——|—|－－|--)\s*", words)
            after_dash = words[dash.end():].strip() if dash else ""
            if after_dash and (_BEGINS.match(after_dash) or _OWN_SPAN.fullmatch(bare(after_dash))):
                words = words[:dash.start()]
            else:
                after_dash = ""
            spans = _SPAN.search(words)
            if spans:                      # 第一章总则包括第一条到第四条
                tail = words[spans.end():]
                words, span_text = words[:spans.start()], spans.group(1)
                words = re.sub(r"^(?:从|自|由)", "", words)   # 第二章从第五条到第九条: a span, no title
                counted = re.match(r"(?:一共|总共|共)(?:有)?([零一二两三四五六七八九十百\d]+)条", tail)
                if counted and cn_int(counted.group(1)) != len(arts):
                    return False, f"第{int_cn(n)}章有{int_cn(len(arts))}条。", ""
            counted = _OWN_COUNT.match(words.strip())
            if counted:
                # (r13b) 第二章共五条（第五至九条）: a count where a title would be, the span after it
                if cn_int(counted.group(1)) != len(arts):
                    return False, f"第{int_cn(n)}章有{int_cn(len(arts))}条。", ""
                words = words.strip()[counted.end():]
            given = bare(words)
            starts = _BEGINS.match(words.strip())
            if starts:                     # 第三章从第十条开始: no title, the article it begins with
                first = [r.article for r in find_refs(starts.group(1)) if r.article][0]
                if first != min(arts):
                    return False, f"第{int_cn(n)}章从第{int_cn(min(arts))}条开始。", ""
                given = ""
            if given and given not in bare(title):
                return False, f"第{int_cn(n)}章是“{title}”。", ""
            if after_dash:
                begins = _BEGINS.match(after_dash)
                spanned = _OWN_SPAN.fullmatch(bare(after_dash))
                if begins:
                    first = [r.article for r in find_refs(begins.group(1)) if r.article][0]
                    if first != min(arts):
                        return False, f"第{int_cn(n)}章从第{int_cn(min(arts))}条开始。", ""
                elif spanned:
                    if (cn_int(spanned.group(1)), cn_int(spanned.group(2))) != (min(arts), max(arts)):
                        return False, f"第{int_cn(n)}章是第{int_cn(min(arts))}条至第{int_cn(max(arts))}条。", ""
            if span_text:
                span = [r.article for r in find_refs(span_text) if r.article]
                bounds = re.findall(r"[零一二两三四五六七八九十百\d]+", span_text)
                if span or bounds:
                    lo, hi = cn_int(bounds[0]), cn_int(bounds[-1])
                    if re.search(r"(?:起|开始)[)）]?$", span_text.strip()) and len(bounds) == 1:
                        hi = max(arts)            # （第十条起）: the article it begins with, no end said
                    if (lo, hi) != (min(arts), max(arts)):
                        return False, f"第{int_cn(n)}章是第{int_cn(min(arts))}条至第{int_cn(max(arts))}条。", ""
            current = n
            said.append(f"第{int_cn(n)}章{title}")
            rest_of = bare(clause[named.end():])
            owned = (_OWN_COUNT.fullmatch(rest_of) or _COUNT_SPANNED.fullmatch(rest_of)
                     or _PARTS.fullmatch(rest_of)) if rest_of else None
            if owned:                      # 第二章“问责情形”共五条: the count of the chapter it names
                if cn_int(owned.group(1)) != len(arts):
                    return False, f"第{int_cn(n)}章有{int_cn(len(arts))}条。", ""
                glossed = owned.groups()[1:] if len(owned.groups()) > 1 else ()
                if glossed and (cn_int(glossed[0]), cn_int(glossed[1])) != (min(arts), max(arts)):
                    # (r13b) 共五条（第五至九条）: the span glossed after the count is the chapter's too
                    return False, f"第{int_cn(n)}章是第{int_cn(min(arts))}条至第{int_cn(max(arts))}条。", ""
                continue
            if rest_of:
                rest.append(clause[named.end():])
            continue
        spanned = _OWN_SPAN.fullmatch(bare(clause))
        if spanned and current is not None:
            # "第二章…共五条，从第五条到第九条": the span of the chapter named before it
            lo, hi = cn_int(spanned.group(1)), cn_int(spanned.group(2))
            arts = have[current][1]
            if (lo, hi) != (min(arts), max(arts)):
                return False, f"第{int_cn(current)}章是第{int_cn(min(arts))}条至第{int_cn(max(arts))}条。", ""
            continue
        counted = re.fullmatch(r"(?:一共|总共|共)(?:有)?([零一二两三四五六七八九十百\d]+)条", clause)
        if counted and current is not None:
            # "第二章从第五条到第九条，共五条": the count of the chapter named before it
            if cn_int(counted.group(1)) != len(have[current][1]):
                return False, f"第{int_cn(current)}章有{int_cn(len(have[current][1]))}条。", ""
            continue
        begins = _BEGINS.match(clause)
        if begins and current is not None:
            first = [r.article for r in find_refs(begins.group(1)) if r.article][0]
            if first != min(have[current][1]):
                return False, f"第{int_cn(current)}章从第{int_cn(min(have[current][1]))}条开始。", ""
            continue
        rest.append(clause)
    if not said:
        return None, "", sentence
    if subject and rest and re.match(r"(?:也|都|并|均)?(?:没|未|不)", rest[0]):
        rest[0] = subject + rest[0]        # "…，没有列出发文机关": said of the same text
    return True, "章节：" + "；".join(said), "，".join(r for r in rest if bare(r))
