"""Readings of branch r13b, each both ways: the true sentence passes, its twin of the same
construction with a wrong detail fails."""
from __future__ import annotations

from rules.checking import heading_restated, list_count
from tests.rules.checking import SOURCES, both_ways, verdict


# --- a list closed by its own count (list_count.py) ------------------------------------------

def test_list_count_taken_off_only_when_it_is_the_lists_size() -> None:
    assert list_count.without_own_count("训诫、通报批评两种方式") == "训诫、通报批评"
    assert list_count.without_own_count("训诫、通报批评三种方式") == "训诫、通报批评三种方式"
    assert list_count.without_own_count("训诫") == "训诫"


def test_severities_closed_by_their_count() -> None:
    both_ways("事故等级是怎么分的？",
              "第十三、十四、十六条提到了特别重大、重大、较大、一般四个事故等级，但没有写各等级的划分标准。",
              "第十三、十四、十六条提到了特别重大、重大、较大、轻微四个事故等级，但没有写各等级的划分标准。",
              unsupported=True)


# --- a section's heading said as a sentence (heading_restated.py) ----------------------------

def test_heading_restated_word_for_word() -> None:
    assert heading_restated.restated("是深圳市反腐倡廉形势发展的必然结果。", SOURCES) is not None
    assert heading_restated.restated("推行行政问责制是深圳市反腐倡廉形势发展的必然结果", SOURCES) is not None
    # a word exchanged, or the heading's end cut off, is not the heading
    assert heading_restated.restated("是深圳市反腐倡廉形势发展的必然要求。", SOURCES) is None
    assert heading_restated.restated("推行行政问责制是深圳市反腐倡廉形势", SOURCES) is None
    assert heading_restated.restated("是必然结果。", SOURCES) is None


def test_heading_item_passes_under_its_lead() -> None:
    got = verdict("论文讲的背景有哪些？", "论文讲了四点背景，其中一点：\n- 是深圳市反腐倡廉形势发展的必然结果。")
    assert got.passed, got.problems


# --- only a piece of text visible, advice to find the whole text, 无法确定 (unavailable.py) ---

_CUT = "第十八条开头写着党政领导干部有下列情形之一的，不予问责，可具体情形在来源中断了。"
_WHOLE = "第十七条规定，从重、从轻情节按照中办发[2009]25号第八条、第九条执行。"


def test_only_the_opening_visible() -> None:
    both_ways("第十八条讲什么？", "只看得到开头一句。" + _CUT, "只看得到开头一句。" + _WHOLE, unsupported=True)


def test_advice_to_find_the_whole_text_then_check() -> None:
    both_ways("第十八条讲什么？", _CUT + "建议找到完整文本后再核对。", _WHOLE + "建议找到完整文本后再核对。",
              unsupported=True)


def test_undetermined_after_a_verified_absence() -> None:
    said = "第四条只说依照有关规定给予党纪政纪处分，没有写明是哪些规定。"
    both_ways("第四条的有关规定指什么？", said + "单凭条文无法确定。",
              "第四条规定涉嫌犯罪的，移送司法机关依法处理。单凭条文无法确定。", unsupported=True)


# --- 无法从文本中确认 (unknowable.py), 本文本 (absence.py) -------------------------------------

def test_unknowable_from_the_text() -> None:
    both_ways("这份规定是谁发的？",
              "来源文本没有列出这份规定的发文机关，所以无法从文本中确认发文机关。",
              "来源文本没有列出这份规定的发布日期，所以无法从文本中确认发布日期。", unsupported=True)


def test_this_text_names_the_regulation() -> None:
    both_ways("一般事故还能进一步问责吗？", "是否另有依据，本文本没有说明。",
              "是否移送司法机关，本文本没有说明。", unsupported=True)


# --- what follows the article the source breaks off in (beyond_cut.py) ------------------------

def test_after_the_cut_article_unknowable() -> None:
    both_ways("第十八条说了什么？", "第十八条以后还有没有别的条文，无法确定。",
              "第十五条以后还有没有别的条文，无法确定。", unsupported=True)


# --- a yes after a dash; a word and its parenthesis quoted as what 括号里 says (checker) ------

def test_yes_after_a_dash_with_the_parenthesis_quoted() -> None:
    both_ways("管理区的领导班子成员在适用范围内吗？", "在——第二条括号里写明“区（包括管理区，下同）”。",
              "在——第二条括号里写明“区（包括街道，下同）”。", unsupported=True)


def test_parenthesis_quoted_must_be_the_articles() -> None:
    both_ways("第二条怎么写区的？", "第二条括号里写明“区（包括管理区，下同）”。",
              "第三条括号里写明“区（包括管理区，下同）”。", unsupported=True)


# --- the residual said as what the articles before did not list (residual.py) ----------------

def test_other_named_as_the_catch_all() -> None:
    content = "其他给国家利益、人民生命财产、公共财产造成损失或者不良影响等失职行为的，按照有关规定对党政领导干部问责。"
    both_ways("第九条讲什么？", "第九条用“其他”两个字接住前面几条没列到的情形：" + content,
              "第六条用“其他”两个字接住前面几条没列到的情形：违反干部选拔任用有关规定，导致用人失察、失误的，"
              "应当对党政领导干部问责。", unsupported=True)


# --- an article classed as a linking provision (linking.py) ----------------------------------

def test_linking_provision() -> None:
    both_ways("第九条讲什么？",
              "第九条属于衔接性规定：其他给国家利益、人民生命财产、公共财产造成损失或者不良影响等失职行为的，"
              "按照有关规定对党政领导干部问责。",
              "第六条属于衔接性规定：违反干部选拔任用有关规定，导致用人失察、失误的，应当对党政领导干部问责。",
              unsupported=True)


# --- a chapter's count with its span glossed (chapters.py) -----------------------------------

def test_chapter_count_with_its_span() -> None:
    both_ways("第二章有几条？", "第二章共五条（第五至九条）。", "第二章共五条（第六至十条）。", unsupported=True)
