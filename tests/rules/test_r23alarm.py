"""Right sentences of round 23 the checker flagged, read by construction (branch r23alarm), each
tested both ways in sentences of our own:

- a pointer at the provision said with 是 (依据是该规定第十四条; pointer.py);
- the place between the modal and its verb (无法从现有材料确认; verdict_forms.py);
- a document's date quoted as it stands under its title (quoted_date.py);
- a gloss set after its clause's predicate (按《办法》执行（即第七条所称的《…》）; alias_defined.py);
- a clause quoting its own article beside one naming others, 在列举时 as where (checker);
- what a short name means in the articles that use it (alias_meant.py);
- a case named by the negation of the article's condition (negated_topic.py);
- a conclusion drawn after 所以 with its subject left out (drawn_conclusion.py);
- the one article a quoted wording is in (sole_article.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_a_pointer_said_with_shi():
    both_ways("较大事故的现场会由谁召开？",
              "由区委（党工委）、区政府（管委会）召开。依据是本规定第十四条。",
              "由区委（党工委）、区政府（管委会）召开。依据是本规定第十三条。")
    both_ways("较大事故的现场会多长时间内召开？",
              "应在24小时内召开。出处为第十四条。",
              "应在48小时内召开。出处为第十四条。")


def test_the_place_between_the_modal_and_its_verb():
    both_ways("第十八条列了哪几种不予问责的情形？",
              "无法从现有材料确认。来源在第十八条的开头处中断，所列情形在来源中缺失。",
              "无法从现有材料确认。第十八条列了主动报告和积极挽回损失两种情形。")


def test_a_date_quoted_as_under_the_title():
    both_ways("这个规定是哪天施行的？",
              "现有文本里没有施行日期的条款。来源在标题下只标了“2009-12-15”，条文在第十八条开头处中断。",
              "现有文本里没有施行日期的条款。来源在标题下只标了“2009-12-25”，条文在第十八条开头处中断。")
    both_ways("这个规定是哪天施行的？",
              "现有文本里没有施行日期的条款。来源在标题下只标了“2009-12-15”，条文在第十八条开头处中断。",
              "现有文本里没有施行日期的条款。来源在标题下只标了“2016-01-31”，条文在第十八条开头处中断。")


def test_a_gloss_after_the_predicate():
    both_ways("通报批评的程序依照什么？",
              "依照《办法》进行（即第七条所称的《深圳市行政过错责任追究办法》）。",
              "依照《办法》进行（即第九条所称的《深圳市行政过错责任追究办法》）。")
    both_ways("训诫的程序依照什么？",
              "按《办法》执行（也就是第七条所称的《深圳市行政过错责任追究办法》）。",
              "按《办法》执行（也就是第七条所称的《中国共产党纪律处分条例》）。")


def test_a_clause_quoting_its_own_article():
    both_ways("《办法》这个简称从哪来？",
              "是《深圳市行政过错责任追究办法》。第七条在列举时注明了“（以下简称《办法》）”，第十一条、第十六条里的《办法》都是指它。",
              "是《深圳市行政过错责任追究办法》。第七条在列举时注明了“（以下简称《规定》）”，第十一条、第十六条里的《办法》都是指它。")
    both_ways("《办法》这个简称从哪来？",
              "是《深圳市行政过错责任追究办法》。第七条在列举时注明了“（以下简称《办法》）”，第十一条、第十六条里的《办法》都是指它。",
              "是《深圳市行政过错责任追究办法》。第七条在列举时注明了“（以下简称《办法》）”，第十一条、第十四条里的《办法》都是指它。")


def test_what_a_short_name_means_where_it_is_used():
    both_ways("《办法》指什么？",
              "指《深圳市行政过错责任追究办法》。第十一条中的《办法》也是指它。",
              "指《深圳市行政过错责任追究办法》。第十二条中的《办法》也是指它。")
    both_ways("《办法》指什么？",
              "第十六条里的《办法》就是指《深圳市行政过错责任追究办法》。",
              "第十六条里的《办法》就是指《中国共产党纪律处分条例》。")


def test_a_case_named_by_its_negated_condition():
    both_ways("一般事故没有造成较大损失也没有不良影响，第十六条管不管？",
              "第十六条只管造成较大损失或者不良影响的一般事故，对没有造成较大损失或者不良影响的一般事故，第十六条没有作出规定。",
              "第十六条只管造成较大损失或者不良影响的一般事故，对造成较大损失或者不良影响的一般事故，第十六条没有作出规定。")


def test_a_conclusion_drawn_without_its_subject():
    both_ways("停职检查时还能加一个通报批评吗？",
              "第十条第二款规定，通报批评可以单独适用，也可以和其他问责方式合并适用，所以可以和停职检查合并适用。",
              "第十条第二款规定，停职检查可以单独适用，也可以和其他问责方式合并适用，所以可以和通报批评合并适用。")
    both_ways("停职检查时还能加一个通报批评吗？",
              "第十条第二款规定，通报批评可以单独适用，也可以和其他问责方式合并适用，所以可以和停职检查合并适用。",
              "第十条第二款规定，通报批评可以单独适用，所以不能和停职检查合并适用。")


def test_the_one_article_a_wording_is_in():
    both_ways("哪一条讲了进一步问责？",
              "规定中唯一提到“进一步问责”的是第十五条。",
              "规定中唯一提到“进一步问责”的是第十四条。")
    both_ways("哪一条讲了问责？",
              "只有第十五条提到“进一步问责”。",
              "只有第十五条提到“初步问责”。")
    both_ways("不予问责的情形有哪些？",
              "规定中唯一涉及“不予问责”的是第十八条，但它只有开头一句，所列情形在来源中缺失。",
              "规定中唯一涉及“不予问责”的是第十八条，它列了主动报告一种情形。")


def test_a_negated_condition_beside_another_case_stays_undecided():
    from rules.checking.negated_topic import judged
    only = "发生一般事故，造成较大损失的，给予训诫。"
    both = "发生一般事故的，给予通报批评；造成较大损失的，给予训诫。"
    assert judged(16, True, "造成较大损失", only)[0] is True
    assert judged(16, True, "造成较大损失", both) is None
    assert judged(16, True, "造成较大损失", "造成较大损失的，给予训诫；未造成较大损失的，给予通报批评。") is None
    assert judged(16, False, "造成较大损失", both)[0] is False
