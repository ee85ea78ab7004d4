"""Branch g20alarm: right drafts about the twentieth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/yuanlan-ferry-2037.md
(a fictional regulation: a 除外 proviso in 第二条, 以上 defined in 第三条, an annex written as a nested
list, a title with （试行） repealed), not taken from the blind set.
"""
from __future__ import annotations

from functools import partial

from rules.checking import case_bounds, pointer
from tests.rules import checking

NAME = "yuanlan-ferry-2037"
either = partial(checking.both_ways, sources=checking.ingested(NAME))


def test_a_bracketed_citation_is_no_part_of_a_barred_act():
    assert pointer.without_bracketed("风力达到6级以上的不得开航（第七条第一款第（二）项）。") == "风力达到6级以上的不得开航。"
    assert pointer.without_bracketed("区（包括管理区）党委") == "区（包括管理区）党委"
    either("风力7级，渡船能开航吗？",
           "不能。风力达到6级以上的不得开航（第七条第一款第（二）项）。",
           "不能。风力达到8级以上的不得开航（第七条第一款第（二）项）。")


def test_a_proviso_turns_the_polarity_of_what_it_excepts_from():
    either("执行公务的船舶适用这个办法吗？",
           "不适用。港口客运码头的班轮运输不适用本办法；但是观光船舶兼营渡运的，就适用。",
           "不适用。港口客运码头的班轮运输不适用本办法；但是观光船舶兼营渡运的，也不适用。")


def test_a_title_holding_brackets():
    either("新办法施行后旧的考核办法还有效吗？",
           "新办法自2037年12月1日起施行，《沅岚市渡口渡船安全管理考核办法（试行）》同时废止。",
           "新办法自2037年12月1日起施行，《沅岚市渡口渡船安全管理考核办法（暂行）》同时废止。")


def test_a_presumption_asked_with_ba_is_yes_or_no():
    either("一般隐患10日内整改完毕就可以吧？",
           "对。一般隐患应当在10日内整改完毕。",
           "对。一般隐患应当在20日内整改完毕。")
    either("一般隐患15日内整改完毕就可以吧？",
           "不行。一般隐患应当在10日内整改完毕。",
           "可以。一般隐患应当在10日内整改完毕。")


def test_a_short_clause_with_one_body_reads_the_next_statement():
    either("乡镇政府设的公益渡口管理单位会被责令停业整顿吗？",
           "不会。罚款、责令停业整顿不适用于乡镇人民政府设立的公益性渡口的管理单位，改为通报批评。",
           "不会。罚款、责令停业整顿不适用于乡镇人民政府设立的公益性渡口的管理单位，改为责令限期整改。")


def test_a_sub_item_is_a_reference_and_an_exact_figure_its_bound():
    bare = case_bounds._BARE
    assert bare.search("5人正好在内") and not bare.search("5人重伤")
    either("重伤20个人是什么事故？",
           "重大渡运事故。附件（三）第2目是“造成20人以上重伤”，“以上”包括本数，20人正好在内。",
           "重大渡运事故。附件（三）第2目是“造成20人以上重伤”，“以上”包括本数，20人正好不在内。")
