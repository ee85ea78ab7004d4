"""Right drafts about the Shenzhen texts that were flagged (branch szalarm): each reading tested both
ways, in the drafts' wording and in others, the true sentence passing and its wrong twin failing."""
from __future__ import annotations

import pytest

from rules.checking.carried_topic import carried
from rules.checking.indefinite import unnumbered
from rules.checking.quoted_clauses import clauses
from rules.checking.text_talk import list_length, untalked
from tests.rules.checking import SOURCES, both_ways, verdict

SCOPE_Q = "内设机构领导算吗？"
SEVERITY_Q = "特别重大、重大、较大、一般事故怎么划分？"
EIGHT = ("一是对直接管辖范围内明令禁止的不正之风不制止、不查处；二是对上级领导机关交办的党风廉政责任范围内的事项拒不办理；"
         "三是对严重违法违纪问题隐瞒不报、压制不查。")


# --- what a sentence says about the text is no term of it (rules/checking/text_talk.py) ---------

@pytest.mark.parametrize("right, wrong", [
    ("第二条列的名单里，市一级只提到市委、市政府工作部门的领导班子成员。",
     "第二条列的名单里，市一级只提到市人大常委会派出机构的领导班子成员。"),
    ("第二条在列出市级和区级（含管理区）工作部门之后，接着写了“上列工作部门内设机构领导成员”，区级工作部门内设机构的领导成员也包括在内。",
     "第二条在列出市级和区级（含管理区）工作部门之后，接着写了“上列事业单位内设机构领导成员”，区级事业单位内设机构的领导成员也包括在内。"),
    ("第2条把“上列工作部门内设机构领导成员”也列进了党政领导干部的范围，也就是市、区工作部门里内设机构的领导成员。",
     "第2条把“上列工作部门内设机构领导成员”也列进了党政领导干部的范围，也就是市属国有企业里内设机构的领导成员。"),
])
def test_the_text_s_act_and_parts_are_talk(right, wrong):
    both_ways(SCOPE_Q, right, wrong)


def test_words_used_as_such_are_talk():
    both_ways(SEVERITY_Q,
              "问责规定在第十三、十四、十六条里直接使用了“特别重大”“重大”“较大”“一般”公共安全责任事故这些等级。",
              "问责规定在第十三、十四、十六条里直接使用了“特别重大”“重大”“较大”“一般”道路交通运输事故这些等级。")


def test_a_tally_is_talk_only_when_it_is_the_passage_s_count():
    # 第八条 joins three situations with 或者: 列了三种 is its count, 列了四种 is not
    both_ways("第八条列了哪些违反党风廉政建设责任制的情形？",
              "第八条列了三种，后面加了“等”：" + EIGHT, "第八条列了四种，后面加了“等”：" + EIGHT)
    # 第四条 has two conditions (…的，…；…的，…)
    both_ways("第四条讲的是什么？",
              "第四条讲问责和其他责任的衔接，分两种情况：受到问责的同时还需要追究纪律责任的，依照有关规定给予党纪政纪处分；"
              "涉嫌犯罪的，移送司法机关依法处理。",
              "第四条讲问责和其他责任的衔接，分三种情况：受到问责的同时还需要追究纪律责任的，依照有关规定给予党纪政纪处分；"
              "涉嫌犯罪的，移送司法机关依法处理。")


def test_a_bare_count_stays_a_term():
    """这三种行为 (no verb that shows or lists) counts what the item holds: 第五条（四） has four."""
    bad = verdict("事故信息报送方面什么情况要问责？",
                  "第五条第（四）项：瞒报、谎报、迟报公共安全事故信息这三种行为，或者其他对事故处置失当导致事态恶化的，应当问责。")
    assert not bad.passed


def test_untalked_units():
    assert untalked("里直接使用了特") == "特"
    assert untalked("列了三种后面加了等一是对", "…，或者…，或者…等") == "等对"
    assert "四种" in untalked("列了四种后面", "…，或者…，或者…等")
    assert "两处" in untalked("里出现两处一是纪")          # a count of places in a whole document: not read
    assert list_length("第五条 有下列情形之一的：\n（一）甲；\n（二）乙；\n（三）丙。") == 3
    assert list_length("对甲不制止，或者对乙拒不办理，或者对丙压制不查等情形") == 3
    assert list_length("甲的，乙。") is None


# --- a series' topic written back at a later figure (rules/checking/carried_topic.py) ----------

@pytest.mark.parametrize("wrong", [
    "2004年失职渎职类举报达到445件，比2005年上升90.9%。",     # two figures paired anew
    "2006年贪污贿赂类举报达到445件，比2005年上升90.9%。",     # the topic said after the figure
    "2005年失职渎职类举报达到445件。",
    "2006年失职渎职类举报达到233件。",
])
def test_a_series_topic_written_back(wrong):
    both_ways("2006年失职渎职类举报有什么变化？", "2006年失职渎职类举报达到445件，比2005年上升90.9%。", wrong)


def test_a_series_topic_kept_for_another_year():
    assert verdict("失职渎职类举报有什么变化？", "2005年失职渎职类举报上升到233件。").passed


def test_carried_unit():
    plain = "2004年，甲类的举报只有80件；2006年达到445件，首次超过乙类的举报（330件）"
    assert carried("2006", 1, "年甲类举报达到", plain, "445")
    assert not carried("2006", 1, "年乙类举报达到", plain, "445")
    assert not carried("2006", 1, "年甲类举报达到", plain, "80")


# --- an example's indefinite is no figure (rules/checking/indefinite.py) -----------------------

def test_an_example_s_indefinite():
    both_ways("能对同一个干部既训诫又通报批评吗？",
              "可以。比如一名干部被训诫，同时再给予通报批评，第十条第二款写明训诫、通报批评都可以单独适用，也可以和其他问责方式合并适用。",
              "可以。比如两名干部被训诫，同时再给予通报批评，第十条第二款写明训诫、通报批评都可以单独适用，也可以和其他问责方式合并适用。")
    assert "一名" not in unnumbered("假如一名干部被训诫")
    assert "一名" in unnumbered("至少一名干部")


# --- 组 of 组成 is no head noun (rules/checking/swaps.py) ---------------------------------------

def test_together_composes():
    both_ways("纪检监察机关在这个规定里扮演什么角色？",
              "第十二条规定，公共安全责任事故发生后，纪检监察机关和有关部门一起组成事故问责组。",
              "第十二条规定，公共安全责任事故发生后，公安机关和有关部门一起组成事故问责组。")


# --- which words of a missing article survive (rules/checking/quoted_clauses.py) ---------------

@pytest.mark.parametrize("right, wrong", [
    ("第十八条在资料里只有“党政领导干部有下列情形之一的，不予问责”这一句，清单没有收录。",
     "第十八条在资料里只有“党政领导干部有下列情形之一的，不予问责”这一句，共三种情形，清单没有收录。"),
    ("有一个相关条款的开头：第十八条写的是“党政领导干部有下列情形之一的，不予问责”，但具体是哪些情形，来源没有收录，无法回答。",
     "有一个相关条款的开头：第十八条写的是“党政领导干部有下列情形之一的，从轻问责”，但具体是哪些情形，来源没有收录，无法回答。"),
    ("第十八条只有开头一句，情形清单没有收录。", "第十八条只有开头一句，共有三种情形，来源没有收录。"),
])
def test_the_surviving_words_of_a_missing_article(right, wrong):
    both_ways("规定里有没有免责条款？", right, wrong)


def test_clauses_keep_quotes_whole():
    assert clauses("甲写的是“乙，丙”，但丁。") == ["甲写的是“乙，丙”", "但丁。"]


# --- a heading quoted with its number (rules/checking/numbered_heading.py) ---------------------

@pytest.mark.parametrize("wrong", [
    "论文断在第二部分“（二）健全行政责任体系”下的“2、全面推行目标管理”。",
    "论文断在第二部分“（三）健全行政责任体系”下的“3、全面推行目标管理”。",
    "论文断在第二部分“（三）健全行政责任体系”下的“2、全面推行绩效管理”。",
])
def test_a_heading_by_its_number(wrong):
    both_ways("论文是全文吗？", "论文断在第二部分“（三）健全行政责任体系”下的“2、全面推行目标管理”。", wrong)


# --- another document's articles named by a short number (rules/checking/short_docnumber.py) ---

def test_a_short_document_number():
    answer = "材料里查不到。第十七条只是说从重、从轻情节按照中办发[2009]25号第八条、第九条执行，但25号文本身没有收录。"
    assert verdict("第十七条提到的25号文第八条、第九条具体写了什么？", answer).passed
    # the regulation's own 第八条 is whole in the sources: "查不到" is wrong there
    assert not verdict("规定第八条具体写了什么？", answer).passed
    assert not verdict("第十七条提到的第八条具体写了什么？", answer).passed


# --- whom a matter is handed to (recipients.py, subject_recipient.py) --------------------------

PAPER_COPY = "论文说，按《行政监督工作情况抄告和行政违法违规问题移送办法》，监督部门的监督报告和处理决定在上报政府或发给监督对象的同时，要抄送{}。"


@pytest.mark.parametrize("wrong", ["同级公安机关", "同级财政部门"])
def test_a_title_hands_nothing_over(wrong):
    both_ways("论文中监督部门的处理决定要抄送谁？", PAPER_COPY.format("同级监察机关"), PAPER_COPY.format(wrong))


def test_the_recipient_of_the_same_matter():
    both_ways("公务员被追究责任的情况抄送给谁？",
              "按照论文介绍的《行政监督工作情况抄告和行政违法违规问题移送办法》，公务员被追究责任的情况要抄送人事部门。",
              "按照论文介绍的《行政监督工作情况抄告和行政违法违规问题移送办法》，公务员被追究责任的情况要抄送同级监察机关。")


# --- which parentheses follow which words (rules/checking/bracketed.py) ------------------------

@pytest.mark.parametrize("wrong", [
    "第二条还在区党委、政府后面分别括注了管委会、党工委。",
    "第二条还在区党委后面括注了管委会。",
    "第二条还在街道后面括注了管理区。",
])
def test_parentheses_after_words(wrong):
    both_ways("管理区算不算规定里的“区”？", "第二条还在区党委、政府后面分别括注了党工委、管委会。", wrong)


def test_parenthesis_after_a_quoted_word():
    both_ways("管理区算不算规定里的“区”？", "第二条在“区”后面括注了包括管理区。", "第二条在“区”后面括注了包括街道。")


def test_sources_are_the_shipped_ones():
    assert SOURCES.articles(SOURCES.passages[0].doc_id)


# --- a measure denied a place in a list named before the denial (quoted_clauses.denied_before) --

@pytest.mark.parametrize("wrong", [
    "第十条第二款列举的可以单独或合并适用的方式里没有训诫，只有责令作出书面检查、通报批评和责令公开道歉。",
    "第十条第二款列举的方式里没有通报批评。",
])
def test_a_list_without_a_measure(wrong):
    both_ways("免职能和别的方式合并适用吗？",
              "第十条第二款列举的可以单独或合并适用的方式里没有免职，只有训诫、责令作出书面检查、通报批评和责令公开道歉。", wrong)


def test_no_rule_said_plainly_on_combining():
    """没有明说 is 没有说: true of a measure the list leaves out, false of one it names."""
    both_ways("免职能和别的方式合并适用吗？", "免职能否与其他方式合并，规定没有明说。", "训诫能否与其他方式合并，规定没有明说。")


# --- second pass (branch szalarm, rounds 20-24): readings tested both ways ------------------------

from pathlib import Path  # noqa: E402

from bot.core.sources import with_documents  # noqa: E402

SWIM = with_documents([Path(__file__).resolve().parents[1] / "data" / "qingyi-swimming-2037.md"])
QUOTE_FOUR = "原文：“训诫、责令作出书面检查、通报批评、责令公开道歉的问责方式可以单独适用也可以和其他问责方式合并适用。”\n"


@pytest.mark.parametrize("right, wrong", [
    # 按《办法》处理: the article's own clause under that basis (basis_disposal.py)
    ("第十六条规定一般事故按《办法》处理。", "第十六条规定一般事故按中办发[2009]25号文件处理。"),
    ("第十六条是直接按《办法》处置的。", "第十三条是直接按《办法》处置的。"),
])
def test_a_basis_with_a_generic_verb(right, wrong):
    both_ways("一般事故怎么处理？", right, wrong)


def test_the_rest_after_an_absence_keeps_the_sentence_s_grade():
    # the grade of the sentence before (较大) is not that of a sentence naming 一般事故
    both_ways("各级事故谁来问责？",
              "较大事故由区委、区政府作出初步问责决定（第十四条）。第十六条的一般事故不用“初步问责”这个词，而是按《办法》处理。",
              "较大事故由区委、区政府作出初步问责决定（第十四条）。第十六条的一般事故不用“初步问责”这个词，而是按中办发[2009]25号文件处理。")


@pytest.mark.parametrize("right, wrong", [
    # a class said of an item by the lead that defines it (lead_class.py)
    ("造成超过10人重伤的，属于重大事件。", "造成超过10人重伤的，属于较大事件。"),
    ("造成3人以上10人以下重伤的，属于较大事件。", "造成1人或者2人重伤的，属于重大事件。"),
])
def test_a_class_named_by_its_item_s_lead(right, wrong):
    both_ways("重伤多少人算重大事件？", right, wrong, sources=SWIM)


def test_a_step_s_decision_is_not_final_where_another_step_may_follow():
    both_ways("初步问责决定作出后就定了吗？", "初步问责决定不一定是最终结果。", "进一步问责决定不一定是最终结果。")


def test_a_counted_pronoun_after_a_quote_stands_for_its_measures():
    both_ways("哪些方式能合并？", QUOTE_FOUR + "换句话说这四种可以单用，也可以同别的方式一起用。",
              QUOTE_FOUR + "换句话说这五种可以单用，也可以同别的方式一起用。")


@pytest.mark.parametrize("right, wrong", [
    # 其余三种 (rest_members.py) and the tier said (claims._tier_named)
    ("其中责令公开道歉在较重的一档，其余三种都在较轻的一档。", "其中训诫在较重的一档，其余三种都在较轻的一档。"),
    ("其中责令公开道歉属于重档，其余三种属于轻档。", "其中责令公开道歉属于重档，其余两种属于轻档。"),
])
def test_the_rest_of_a_set_by_its_count(right, wrong):
    both_ways("哪些方式能合并？", QUOTE_FOUR + right, QUOTE_FOUR + wrong)


@pytest.mark.parametrize("right, wrong", [
    ("停职检查属于重档，调离现工作岗位属于轻档。", "停职检查属于轻档，调离现工作岗位属于重档。"),
    ("训诫、通报批评、调离现工作岗位属于较轻的一档。", "训诫、通报批评、免职属于较轻的一档。"),
])
def test_a_tier_said_of_measures(right, wrong):
    both_ways("第十条的问责方式怎么分档？", right, wrong)


@pytest.mark.parametrize("right, wrong", [
    ("资料停在第十八条的开头，后面的情形清单缺失。", "资料停在第十八条的开头，后面列了三种情形。"),
    ("第十八条以后还有没有条文，现有资料看不出来。", "第十六条以后还有没有条文，现有资料看不出来。"),
])
def test_where_the_text_stops(right, wrong):
    both_ways("第十八条后面还有什么？", right, wrong)


def test_where_a_short_name_is_defined_and_what_it_means():
    both_ways("《办法》指哪个文件？",
              "是《深圳市行政过错责任追究办法》。第七条第一次提到它时就注明了“以下简称《办法》”，第十一条和第十六条用的《办法》都是它。",
              "是《深圳市行政过错责任追究办法》。第十一条第一次提到它时就注明了“以下简称《办法》”，第十一条和第十六条用的《办法》都是它。")


@pytest.mark.parametrize("right, wrong", [
    # the count before the colon, the articles after it and those with its quoted words (counted_articles.py)
    ("有一条：第十八条是讲“不予问责”的。", "有两条：第十八条是讲“不予问责”的。"),
    ("有一条：第十八条开头写“党政领导干部有下列情形之一的，不予问责：”。",
     "有一条：第十八条开头写“党政领导干部有下列情形之一的，不予问责，”。"),
])
def test_a_counted_article_after_a_colon(right, wrong):
    both_ways("有没有讲不予问责的条文？", right, wrong)
