"""The wcalarm readings, each both ways: the supported sentence passes, a wrong twin of the same
construction fails. Mostly on the eighth fictional regulation (《梧川市城镇燃气安全监督管理责任追究
办法》, tests/data/wuchuan-gas-2035.md), and on others where they have the construction."""
from __future__ import annotations

from tests.rules.checking import on

WUCHUAN = on("wuchuan-gas-2035")
YUNLAN = on("yunlan-trading-2034")
QINGFENG = on("qingfeng-statistics-2034")


def test_a_short_title_by_the_kind_word_of_the_regulation_spoken_of():
    # the Shenzhen regulation defines 《办法》 for another title; an ingested 办法 is 《办法》 too
    YUNLAN("发现交易违规可以找谁举报？",
           "《办法》第五条规定，任何单位和个人发现公共资源交易违规行为的，有权向市监管局举报。",
           "《办法》第五条规定，任何单位和个人发现公共资源交易违规行为的，有权向市交易管委会举报。")
    WUCHUAN("地震引起的燃气事故追不追责？",
            "按《办法》第二十条第二款，因不可抗力导致燃气事故发生的，不予追究责任。",
            "按《办法》第二十条第二款，因不可抗力导致燃气事故发生的，应当从重追究。")


def test_a_negation_whose_words_the_clause_never_takes_is_not_dropped():
    q = "改革中出了失误能不能免责？"
    right = "在推进燃气安全改革创新中出现失误的，可以免予追究，不过两个条件都要满足：没有谋取私利，也没有造成人员伤亡。"
    WUCHUAN(q, right, right.replace("也没有造成", "也造成了"))
    WUCHUAN(q, right, right.replace("没有谋取私利", "谋取了私利"))


def test_a_ranges_upper_end_is_bound_to_its_noun():
    WUCHUAN("死了三个人算什么情节？", "事故造成死亡3人的，属于情节较重。", "事故造成死亡5人的，属于情节较重。")


def test_one_alternative_of_a_condition_joined_by_or_is_enough():
    WUCHUAN("重伤五个人算什么情节？", "造成重伤三人以上九人以下的，属于情节较重。",
            # a condition joined by 且 is still required
            "造成重伤一人以上二人以下的，属于情节较轻。")


def test_a_case_figure_placed_in_a_quoted_range():
    q = "一起事故死了两个人，算哪一档？"
    right = "死亡2人落在第十四条第一款第（二）项“死亡一人以上三人以下”，属于情节较重。"
    WUCHUAN(q, right, right.replace("死亡2人", "死亡4人"))
    WUCHUAN(q, right, right.replace("情节较重", "情节严重"))
    WUCHUAN(q, right, right.replace("死亡2人", "重伤2人"))
    # a bound word's end: 不满 leaves the number out
    q = "损失一百万元算哪一档？"
    WUCHUAN(q, "损失100万元落在“一百万元以上不满五百万元”，属于情节较重。",
            "损失100万元落在“十万元以上不满一百万元”，属于情节较重。")


def test_a_light_verb_chooses_no_statement():
    q = "追责决定错了谁来改？"
    WUCHUAN(q, "作出决定的机关应当及时纠正；造成名誉损害的，还应当在一定范围内为其恢复名誉。",
            "上一级机关应当及时纠正；造成名誉损害的，还应当在一定范围内为其恢复名誉。")


def test_the_next_sentence_of_a_paragraph_said_after_the_consequence():
    q = "举报属实有奖励吗？"
    WUCHUAN(q, "举报经查证属实的，市城管局可以给予举报人奖励，具体奖励办法由市城管局另行制定。",
            "举报经查证属实的，市城管局可以给予举报人奖励，具体奖励办法由区政府另行制定。")
    # a condition given only the other sentence's words is still given another place's rule
    WUCHUAN(q, "举报经查证属实的，市城管局可以给予举报人奖励，具体奖励办法由市城管局另行制定。",
            "举报经查证属实的，具体奖励办法由市城管局另行制定。")


def test_a_right_is_a_permission():
    YUNLAN("发现违规交易我能举报吗？", "可以向市监管局举报。", "可以向市交易管委会举报。")
    WUCHUAN("发现燃气隐患能举报吗？", "可以向市城管局或者区政府举报。", "可以向市国资委举报。")


def test_an_absence_of_a_noun_the_question_modifies():
    WUCHUAN("举报奖励的具体标准是哪一条规定的？", "办法里没有具体标准，第五条说具体奖励办法由市城管局另行制定。",
            "办法里没有具体标准，第五条说具体奖励办法由市国资委另行制定。")
    # the noun read with the question's modifier: 情节's 标准 is in 第十四条
    WUCHUAN("燃气事故追责情节的具体标准在哪一条？", "第十四条规定，根据燃气事故后果，责任追究的情节按照下列标准确定。", "办法里没有具体标准。")


def test_the_items_of_another_article_an_article_cites():
    # 第十七条 cites 第五条第（二）项或者第（三）项; the alternative it also gives need not be said
    right = "按第十七条，统计调查对象三年内因第五条第（三）项情形被处罚两次以上的，由市统计局列入统计严重失信企业名单。"
    QINGFENG("企业被罚两次会进失信名单吗？", right, right.replace("第（三）项", "第（一）项"))
