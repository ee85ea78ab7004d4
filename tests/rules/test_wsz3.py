"""Branch `wsz3`: wrong sentences that passed, read by construction.

Each reading tested both ways, in our own words: the right sentence passes, its near twin (same
construction, one detail wrong) is flagged."""
from __future__ import annotations

from rules.checking import defined_inclusion
from tests.rules.checking import both_ways, ingested, on

ARTICLE_8 = "第八条列举了“对直接管辖范围内发生的明令禁止的不正之风不制止、不查处”等情形。"


# joint_bodies.py: bodies said to act together must be named together by one clause of the text
def test_bodies_said_together_are_named_together() -> None:
    both_ways("谁负责对街道党政领导正职问责？", "区委和区政府负责。", "区委和市政府负责。", unsupported=True)
    both_ways("谁召开现场会？", "较大事故由区委与区政府召开现场会。", "较大事故由市政府与区委召开现场会。")
    both_ways("哪些机关履行本规定中的有关职责？", "纪检监察机关和组织人事部门按照管理权限履行有关职责。",
              "纪检监察机关和区政府按照管理权限履行有关职责。")


# absence.py: a quoted wording denied the text is the quote as written, in the article talked of
def test_quoted_wording_denied_held_to_the_article_before() -> None:
    both_ways("第八条列了哪些情形？", ARTICLE_8.replace("列举了", "说的是").replace("等情形", "") + "后面没有“全部”二字。",
              ARTICLE_8.replace("列举了", "说的是").replace("等情形", "") + "后面没有“等”字。", unsupported=True)
    both_ways("第六条怎么写的？", "第六条没有“等”字。", "第五条没有“等”字。", unsupported=True)


# defined_inclusion.py: a bound held to where the figure counts the same thing
def test_bound_word_held_to_what_the_figure_counts() -> None:
    swim = ingested("qingyi-swimming-2037")
    whole = [p for p in swim.passages if "青漪" in swim.documents[p.doc_id].title]
    assert not defined_inclusion.problems("造成10人以上不满30人集体身体不适需就医", [], whole)
    assert defined_inclusion.problems("造成10人以上重伤", [], whole)
    assert not defined_inclusion.problems("造成超过10人重伤", [], whole)
    on("qingyi-swimming-2037")("重伤多少人算较大事件？", "造成3人以上10人以下重伤的，属于较大事件。",
                               "造成3人以上10人以上重伤的，属于较大事件。")


# excepted_benefit.py: the case a rule's 但是…除外 takes out, given the rule all the same
def test_excepted_case_given_the_rule() -> None:
    bridge = on("lanxi-bridge-2036")
    lead = "第20条第2款规定，因不可抗力导致事故、有关单位已履行职责的，不予追究责任。"
    bridge("遇到洪水能免责吗？", lead + "灾后没有做特殊检测的，不能免。",
           lead + "灾后没有做特殊检测的，照样能免。")
    bridge("遇到洪水能免责吗？", lead + "但灾后未进行特殊检测的除外。",
           lead + "灾后未进行特殊检测的，照样不予追究。")


# condition_part_dropped.py: a rule restated with one part of its case left out
def test_case_part_dropped_in_restatement() -> None:
    both_ways("一般事故怎么问责？",
              "第十六条规定，发生一般公共安全责任事故，造成较大损失或者不良影响的，区委、区政府按《办法》"
              "对街道党政领导分管副职责令作出书面检查。",
              "第十六条规定，发生一般公共安全责任事故的，区委、区政府按《办法》对街道党政领导分管副职责令作出书面检查。",
              unsupported=True)
    on("hechuan-dust-2036")("不良记录能提前移出吗？",
                            "较重情形的记录满3个月、被追究单位已完成整改且未再被追究的，可以申请提前移出。",
                            "第三十一条规定，较重情形的不良行为记录满3个月的，可以向市住建局申请提前移出。")
