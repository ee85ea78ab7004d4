"""Branch `r17miss`: wrong drafts the checker let through, read by the construction they use.
Each reading is tested both ways, in our own words, on the shipped sources and on regulations of
tests/data (an ingested regulation's words are its own: nothing here is in the code)."""
from __future__ import annotations

from tests.rules.checking import both_ways, on

dust = on("hechuan-dust-2036")
water = on("qingxi-water-2031")


# lead_items.py: each item of a list held to the one article its lead names

def test_an_item_from_another_document_is_not_the_articles():
    both_ways("第二条说的党政领导干部有哪些？",
              "第二条列了四类：市委、市政府工作部门领导班子成员；区（包括管理区）党委（党工委）、政府（管委会）"
              "及其工作部门领导班子成员；上列工作部门内设机构领导成员；街道党政领导成员。",
              "第二条列了四类：市委、市政府工作部门领导班子成员；上列工作部门内设机构领导成员；"
              "街道党政领导成员；社区工作站站长。", unsupported=True)


def test_an_item_from_the_next_article_is_not_the_leads():
    dust("鹤川扬尘细则第十八条规定哪些从轻减轻情形？",
         "鹤川扬尘细则第十八条列了三种情形：主动发现问题并报告区住建部门，及时消除影响的；积极配合调查，"
         "如实提供情况和材料的；因大风等极端天气导致扬尘超标，但已采取必要防治措施的。",
         "鹤川扬尘细则第十八条列了三种情形：主动发现问题并报告区住建部门，及时消除影响的；积极配合调查，"
         "如实提供情况和材料的；因不可抗力导致围挡、覆盖等防尘设施损坏，在24小时内修复的。")


# article_span.py: a span of articles against the article's own enumeration

def test_a_span_takes_in_an_article_the_enumeration_skips():
    both_ways("第十条管哪些情形？",
              "第十条适用于第五、六、七、九条规定的情形，造成重大损失或者恶劣影响的，给予免职等处理。",
              "第十条涵盖第五条至第九条的问责情形，造成重大损失或者恶劣影响的给予免职等处理。", unsupported=True)


# absent_asked.py: an absence of a kind asked for, or of a body's leaders named otherwise

def test_the_kind_asked_for_is_in_the_article():
    both_ways("第十三条讲了什么？",
              "第十三条规定发生特别重大或重大公共安全责任事故后，市委、市政府应在24小时内召开现场会，"
              "但没有规定现场会由谁主持。",
              "第十三条定了24小时内召开现场会、在国务院和省作出问责决定之前作初步问责决定，但没有说作决定依据哪些原则。",
              unsupported=True)


def test_a_bodys_leaders_are_listed_under_another_noun():
    both_ways("内设机构的人算不算？",
              "至于内设机构的一般工作人员，第二条没有列入。",
              "至于内设机构的负责人，第二条没有列入。", unsupported=True)


# excluded_case.py: a case the text excludes from a measure, said to take it

def test_an_excluded_case_said_to_take_the_measure():
    dust("鹤川扬尘细则里一般情形能不能减轻追究？",
         "不能。减轻追究的按照低一个等级处理，但一般情形不适用减轻追究。",
         "能。减轻追究的按照低一个等级处理，而一般情形也可以减轻追究，直接免予追究。")


def test_an_excluded_case_said_with_the_verb_and_an_amount():
    dust("鹤川扬尘细则里减轻追究怎么算？",
         "减轻追究的，按照低一个等级处理；一般情形不适用减轻追究。",
         "减轻追究的，按照低一个等级处理；一般情形同样减一级处理。")


# in_step.py: an act run in step with another party's, said to come before or after it

def test_in_step_said_as_after():
    water("青溪县水务干部问责试行办法里事故核查组什么时候开展核查？",
          "《青溪县水务干部问责试行办法》第三条：事故核查组跟事故调查组同时开展核查工作。",
          "《青溪县水务干部问责试行办法》第三条：事故核查组等事故调查组结束调查以后再开展核查工作。")


def test_in_step_said_as_after_in_the_shipped_rule():
    both_ways("事故问责组和事故调查组谁先谁后？",
              "第十二条规定事故问责组与事故调查组同步开展问责调查工作。",
              "事故问责组在事故调查组调查完毕之后介入，开展问责调查工作。", unsupported=True)


# inserted_member.py: a member joined into the article's own words

def test_a_gloss_of_the_articles_words_is_no_member():
    both_ways("第二条的范围是什么？",
              "第二条：市委、市政府工作部门和区一级的领导班子成员，内设机构领导成员，街道党政领导成员，都算党政领导干部。",
              "第二条：市委、市政府工作部门和事业单位领导班子成员，内设机构领导成员，街道党政领导成员，都算党政领导干部。",
              unsupported=True)


def test_a_member_joined_into_the_articles_words():
    both_ways("第六条讲什么？",
              "第六条：违反干部选拔任用有关规定，导致用人失察、失误的，对党政领导干部问责。",
              "第六条：违反干部选拔任用和考核有关规定，导致用人失察、失误的，对党政领导干部问责。",
              unsupported=True)


def test_a_member_joined_into_an_ingested_articles_words():
    water("青溪县水务干部问责试行办法第三条讲什么？",
          "《青溪县水务干部问责试行办法》第三条：对水务干部问责，由县纪委监委会同县水务局按照干部管理权限进行。",
          "《青溪县水务干部问责试行办法》第三条：对水务干部问责，由县纪委监委会同县水务局和检察院按照干部管理权限进行。")


def test_a_chapters_extent_is_no_articles_span():
    both_ways("本规定怎么分章？",
              "第二章问责情形（第五条至第九条），第三章从第十条开始。",
              "第十条涵盖第五条至第九条的问责情形，第三章从第十条开始。", unsupported=True)
