"""Right sentences the checker flagged, read by construction (branch alarms15), each tested both
ways in sentences of our own:

- a paragraph (款) with its items, sub-items and table rows; an item with its sub-items
  (rules/checking/paragraph_lines.py);
- 《办法》 of an ingested 办法 in a reference (short_titles / own_short, in `_refs`);
- a Markdown heading that names a part of the answer (md_heading.py);
- a chapter count after a viewpoint lead (chapters + viewpoints);
- a citation of two paragraphs of one article (paragraph_named.py);
- an item cited as what says the sentence, with the consequence its list's opening line gives
  (item_membership.py);
- a document number takes only itself out of a sentence, not the agent before it (support.py);
- one particle exchanged for another is no changed term of a quote (checker `_near_quote`)."""
from __future__ import annotations

from rules.checking import item_membership, md_heading, paragraph_lines
from tests.rules.checking import both_ways, on

CANGXI = on("cangxi-drainage-2036")
TINGXI = on("tingxi-equipment-2035")


def test_paragraph_lines_keep_items_sub_items_and_rows():
    text = ("第九条 单位应当做到：\n（一）每月检查；\n（二）按下列频次巡查：\n1. 平时每周一次；\n2. 雨季每日一次；\n"
            "（三）建立台账。\n| 级别 | 标准 |\n|---|---|\n| 一级 | 十万元 |\n前款规定的台账保存两年。")
    paras = paragraph_lines.paragraphs(text)
    assert len(paras) == 2                       # sub-items and rows are no paragraphs of their own
    assert "（三）建立台账。" in paragraph_lines.paragraph(text, 1)
    assert paragraph_lines.paragraph(text, 3) is None
    item = paragraph_lines.item(text, "（二）")
    assert "2. 雨季每日一次；" in item and "（三）" not in item
    assert not paragraph_lines.is_part("2036年起施行。") and not paragraph_lines.is_part("1.5倍以上的")


def test_a_paragraphs_list_holds_its_items():
    CANGXI("哪些情形要从重追究？",
           "第二十条第一款列了这些情形：\n1. 造成人员死亡的；\n2. 一年内因同类问题被追究责任2次以上的。",
           "第二十条第一款列了这些情形：\n1. 造成人员死亡的；\n2. 主动挽回全部或者大部分损失的。")


def test_a_paragraph_count_does_not_take_rows_for_paragraphs():
    CANGXI("第十五条有几款？", "第十五条第三款说，未造成积水内涝但有第十一条第（二）项情形的，按照情节较轻认定。",
           "第十五条第五款说，未造成积水内涝但有第十一条第（二）项情形的，按照情节较轻认定。")


def test_an_item_holds_its_sub_items():
    CANGXI("易涝点汛期多久巡查一次？", "第七条第（二）项规定，汛期易涝点每周巡查不少于3次。",
           "第七条第（三）项规定，汛期易涝点每周巡查不少于3次。")
    CANGXI("管网多久巡查一次？",
           "第七条第（二）项规定了巡查的频次：\n- 非汛期，主干管网每月巡查不少于2次；\n- 汛期，主干管网每周巡查不少于2次。",
           "第七条第（二）项规定了巡查的频次：\n- 非汛期，主干管网每月巡查不少于2次；\n- 汛期，主干管网每周巡查不少于4次。")


def test_short_title_of_the_ingested_regulation_in_a_list_lead():
    CANGXI("巡查频次怎么定的？",
           "《办法》第七条第（二）项规定了巡查频次：\n1. 暴雨预警发布期间，易涝点实行不间断巡查。",
           "《办法》第七条第（二）项规定了巡查频次：\n1. 暴雨预警发布期间，排水泵站实行24小时值守。")


def test_markdown_heading_names_a_part():
    assert md_heading.section_title("### 追究方式", False)
    assert not md_heading.section_title("### 只能单独适用", False)
    assert not md_heading.section_title("## 共四章", False)
    assert not md_heading.section_title("### 追究方式", True)
    CANGXI("追究方式能合并用吗？",
           "### 适用方式\n第十六条第三款规定，前两款规定的追究方式，可以单独适用，也可以合并适用。",
           "### 不得合并适用\n第十六条第三款规定，前两款规定的追究方式，可以单独适用，也可以合并适用。")
    both_ways("规定有几章？", "## 章节\n规定共三章。", "## 共四章\n规定共三章。", unsupported=True)


def test_chapter_count_after_a_viewpoint():
    both_ways("规定分几章？", "从现有的来源看，能看到三章。", "从现有的来源看，能看到四章。", unsupported=True)


def test_two_paragraphs_of_one_article_cited():
    CANGXI("申请复核后决定还执行吗？", "复核、申诉期间，不停止追究决定的执行（第二十七条第二款、第三款）。",
           "复核、申诉期间，不停止追究决定的执行（第二十七条第二款、第四款）。")


def test_item_cited_with_its_lists_consequence():
    CANGXI("配合调查能从轻吗？",
           "第十九条第（三）项规定，积极配合调查、如实说明情况的，可以从轻或者减轻追究责任。",
           "第十九条第（三）项规定，积极配合调查、如实说明情况的，不予追究责任。")
    # the consequence of the article's other paragraph is not the list's
    CANGXI("先行先试出错怎么办？",
           "依照《办法》第十八条第（四）项，在排水技术改造中先行先试出现失误，已履行决策程序且未谋取私利的，不予追究责任。",
           "依照《办法》第十八条第（四）项，在排水技术改造中先行先试出现失误，已履行决策程序且未谋取私利的，仍应当追究责任。")
    lead = "第十八条 有下列情形之一的，不予追究责任：\n有前款规定情形，但是瞒报的，仍应当追究。\n（二）甲的；"
    assert item_membership.read("第十八条第（二）项规定，甲的，不予追究责任。", "（二）甲的；", lead)[0] == "甲的。"
    assert item_membership.read("第十八条第（二）项规定，甲的，仍应当追究。", "（二）甲的；", lead)[0].endswith("仍应当追究。")


def test_a_document_number_leaves_the_agent_before_it():
    both_ways("初步问责后还会怎样？", "根据事故调查结果，可以依照中办发[2009]25号文件进一步问责。",
              "根据事故调查结果，可以由市纪委依照中办发[2009]25号文件进一步问责。", unsupported=True)


def test_one_particle_for_another_in_a_quote():
    TINGXI("调走了还追究吗？", "《办法》第四条第三款：责任人员调离、辞职、退休都不影响对其在原岗位期间的行为追究责任。",
           "《办法》第四条第三款：责任人员调离、辞职、退休都影响对其在原岗位期间的行为追究责任。")
