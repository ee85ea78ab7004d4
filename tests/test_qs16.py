"""Questions the twenty-third regulation's blind set missed, read further (branch `qs16`;
bot/core/asked.py, bot/core/case_figures.py, bot/core/about.py, knowledge/everyday_words.yaml): a
verb's result (处理完) is no act of its own; a two-character word is said by the longer word it
contracts (城管: 城市管理部门) when a figure is placed; a verb that only does what its object names
(搞一次联合检查) or only goes round (转一圈查偷倒) leaves the act to what follows; volumes and areas
(800方, 800平米) as a grade's measures, and alternatives of one case line on other matters left
out; 多大级别 asks a grade; 新规定 is the newest regulation held; the amount after 多少 (多少奖金)
is what the number is of; a sum per a measure (一方, 一车). Each both ways, over texts made up here."""
from __future__ import annotations

import pytest

from bot.core.about import _newest, named
from bot.core.asked import _GRADE_ASKED, asked_clauses, unaddressed
from bot.core.case_figures import grade_by_measures, measured

# made-up articles in the shape these texts write them (a district's sand-quarry rules)
RATE = "第五条　县自然资源局每半年组织水利、公安等部门开展全县采砂联合巡查不少于1次。"
HANDOVER = ("第七条　县水利局对县自然资源局移交的非法采砂线索，应当自收到之日起5个工作日内作出处理并书面反馈。")
PATROL = "第九条　镇人民政府应当对辖区内河道沿岸、空闲地块开展非法采砂巡查，每月不少于2次。"
DUTIES = ("第六条　县自然资源局履行下列职责：\n（一）每月对采砂企业检查不少于1次；\n"
          "（二）接到非法采砂的举报后，在12小时内到场核查。")
FINE = "第二十条　堆场运营单位受纳无登记车辆的，由县自然资源局处每车次1000元罚款。"
GRADES = """第十三条　采砂事件按照后果分为一般、较大和重大三级：
（一）重大采砂事件：造成2人以上死亡，或者非法采砂5000立方米以上，或者采砂破坏堤防的；
（二）较大采砂事件：造成1人死亡，或者非法采砂1000立方米以上不满5000立方米，或者占用河道面积2000平方米以上的；
（三）一般采砂事件：造成人员受伤，或者非法采砂不满1000立方米，或者占用河道面积不满2000平方米的。"""


def _missing(question: str, text: str):
    return unaddressed(asked_clauses(question, []), [text])


def test_a_verbs_result_is_no_act():
    """几天得处理完: 完 says 处理 is done; the clause is about what the clause before names."""
    assert not _missing("水利局收到自然资源局移过来的采砂线索，几天得处理完？", HANDOVER)
    # the same frame asked of a thing the article does not speak of is still missing
    assert _missing("水利局收到群众的信访件，几天得处理完？", HANDOVER)


def test_a_pro_verb_leaves_the_act_to_its_object():
    assert not _missing("县里多久搞一次采砂联合大巡查？", RATE)
    # the object's head is held: a training the article never names is no patrol
    assert _missing("县里多久搞一次采砂安全培训？", RATE)


def test_going_round_leaves_the_act_to_its_purpose():
    assert not _missing("镇里多久要去河边、空地转一圈查采砂？", PATROL)
    # a place the article does not name stays missing
    assert _missing("镇里多久要去商场转一圈查采砂？", PATROL)


def test_a_contracted_word_places_the_figure():
    """The list's lead names the department (县自然资源局履行下列职责), whose item gives the 12小时;
    another department asked is no answer."""
    assert not _missing("我举报有人偷偷采砂，自然资源局多久会来人看？", DUTIES)
    assert _missing("我举报有人偷偷采砂，公安多久会来人看？", DUTIES)


@pytest.mark.parametrize("case, grade", [
    ("非法采砂了1500方", "较大采砂事件"),
    ("非法采砂了6000方", "重大采砂事件"),
    ("非法采砂了5000立方米", "重大采砂事件"),         # 以上 includes the figure
    ("非法采砂了300方", "一般采砂事件"),
])
def test_a_volume_is_a_grades_measure(case, grade):
    """The asker's 方 is the text's 立方米; of the item's alternatives only those on the asker's
    matter with a bound are held (造成2人以上死亡 and 破坏堤防 leave no grade open)."""
    found = grade_by_measures(measured(case), lambda line: "采砂" in line, GRADES)
    assert (found[0] if found else None) == grade, found


def test_an_area_in_everyday_units():
    found = grade_by_measures(measured("占用了河道3000平米"), lambda line: "占用河道" in line, GRADES)
    assert found and found[0] == "较大采砂事件"
    found = grade_by_measures(measured("占用了河道500平米"), lambda line: "占用河道" in line, GRADES)
    assert found and found[0] == "一般采砂事件"


def test_a_side_is_no_volume():
    """方 is a volume only after a figure in digits: 三方 (three parties) measures nothing."""
    assert measured("三方协商") == ()
    assert measured("800方") and measured("800方")[0].unit == "立方米"


def test_how_big_a_grade_asks_a_grade():
    assert _GRADE_ASKED.search("这事算多大级别")
    assert not _GRADE_ASKED.search("这事影响有多大")


def test_the_amount_after_how_much_is_what_is_asked():
    """多少奖金 asks a 奖金's figure: an article with a fine and a time gives none."""
    text = "第十五条　接到非法采砂的举报后，未在12小时内到场核查的，处1000元罚款。"
    assert _missing("群众举报非法采砂能拿到多少奖金？", text)
    assert not _missing("没按时到场核查要交多少罚款？", text)


def test_a_sum_per_a_measure():
    assert not _missing("堆场收了没登记的车，一车罚多少钱？", FINE)
    assert _missing("堆场收砂子一方收多少钱？", FINE)
    assert _missing("堆场每吨罚多少钱？", FINE)


def test_a_contraction_is_said_by_the_longer_word():
    text = "第八条　区城市管理部门接到举报后，应当在4小时内到场。"
    assert not _missing("我打电话举报，城管多久会到？", text)
    assert _missing("我打电话举报，交警多久会到？", text)


class _Docs:
    laws: set = set()

    def __init__(self, *docs):
        self._docs = list(docs)

    def documents(self):
        return self._docs


def _doc(i, title, date):
    from knowledge.retrieval import DocumentInfo
    return DocumentInfo(i, title, date, "", 1)


def test_the_new_regulation_is_the_newest_held():
    kb = _Docs(_doc("a", "某市干部问责暂行规定", "2009-12-15"), _doc("b", "某市采砂管理办法", "2038-06-20"),
               _doc("c", "某市工作报告", "2040-01-01"))
    assert _newest(kb, "新规定从哪天开始执行？").id == "b"       # a report is no regulation
    assert _newest(kb, "这个规定从哪天开始执行？") is None            # not called new: the kind decides
    assert _newest(_Docs(_doc("a", "甲办法", "2038-01-01"), _doc("b", "乙规定", "2038-01-01")), "新规定哪天施行") is None


def test_a_three_character_short_form_is_said_by_the_longer_word():
    """居委会 is said by 居民委员会 (a character dropped after each of its first two), so a clause that
    borrows it as its subject finds the sentence that gives the figure; a word that is not so
    shortened is not (居委会 in 居住委托): the match must keep the characters' order with one gap each."""
    from bot.core.asked import _contracted
    assert _contracted("居委会", ["居民委员会发现隐患的，应当当日报告。"])
    assert not _contracted("居委会", ["居委会当日报告。"])          # the word itself: said, not contracted
    assert not _contracted("居委会", ["居住委托书会签。"])
