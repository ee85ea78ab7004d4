"""Branch `g18miss`: the eighteenth regulation's wrong drafts that passed, and the sentences found
beside 澜溪 and 澄溪, read by construction.

Each reading tested both ways, in our own words, on ingested regulations of tests/data: the right
sentence passes, its near twin (same construction, one detail wrong) is flagged."""
from __future__ import annotations

from tests.rules.checking import on

SWIM = on("qingyi-swimming-2037")
BRIDGE = on("lanxi-bridge-2036")
ELDER = on("chengxi-eldercare-2036")


# enumerations.added: a member added to the text's list, its other members matched in order
def test_member_added_to_a_list_of_principles() -> None:
    SWIM("这个办法追责讲什么原则？",
         "坚持权责一致、失职追责、尽职免责的原则，做到事实清楚、证据确凿。",
         "坚持权责一致、失职追责、尽职免责、从严追责的原则，做到事实清楚、证据确凿。")


# listed_classes.py + class_threshold.py: a class defined by a list of cases, the figure's act before it
def test_deaths_classed_one_grade_off() -> None:
    SWIM("泳池里死了2个人，算哪一级？",
         "死了2个人属于较大事件。",
         "死了2个人属于一般事件。")


def test_injuries_classed_one_grade_off() -> None:
    SWIM("有1个人重伤，算什么等级？",
         "重伤1人属于一般事件。",
         "重伤1人就属于较大事件。")


# party_measure.py: a list by party (P：M), held to the item the support names
def test_party_label_given_another_party_measure() -> None:
    SWIM("出了重大事件，公职人员怎么追责？",
         "根据第20条第（三）项：\n- 分管负责人：通报批评；\n- 主要负责人：诫勉。",
         "根据第20条第（三）项：\n- 分管负责人：通报批评；\n- 主要负责人：通报批评。")


# case_predicate.py: items numbered 1., the lead's consequence negated or another list's
def test_numbered_item_given_another_list_consequence() -> None:
    ELDER("养老机构没有给认知障碍老人外出安排专人陪同，会怎样？",
          "对患有认知障碍的老年人外出未实行专人陪同的，应当追究责任（第11条）。",
          "对患有认知障碍的老年人外出未实行专人陪同的，应当从重追究（第11条）。")


def test_item_citing_another_article_given_the_lead_negated() -> None:
    ELDER("入住老人的能力评估没按时做，会怎样？",
          "未在第7条第1项规定的期限内完成能力评估的，应当追究责任（第11条）。",
          "未在第7条第1项规定的期限内完成能力评估的，可以不追究责任（第11条）。")


# manner_reversed.py: together where the text says apart
def test_areas_added_where_the_text_counts_each_pool() -> None:
    SWIM("两个泳池的场馆，救生员怎么算？",
         "同一游泳场所有两个以上游泳池的，按每个池子的池水面积分别计算。",
         "同一游泳场所有两个以上游泳池的，把池水面积合计计算。")


# case_bound_turned.py: a case bounded by a figure said on the other side of it
def test_case_bound_turned_in_a_staffing_rule() -> None:
    BRIDGE("其他桥梁隧道要配几个专职安全管理人员？",
           "其他桥梁隧道按照每10座不少于1名配备，不足10座的，按照10座计算。",
           "其他桥梁隧道按照每10座不少于1名配备，达到10座的，按照10座计算。")


def test_case_bound_turned_in_a_table_cell() -> None:
    SWIM("超过1000平方米的池子怎么配救生员？",
         "超过1000平方米的，4人，每增加250平方米增加1人，不足250平方米的按250平方米计。",
         "超过1000平方米的，4人，每增加250平方米增加1人，满250平方米的按250平方米计。")
