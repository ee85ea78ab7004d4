"""Branch `g19miss`: the nineteenth regulation's (栖川 signage) wrong drafts that passed, and a
paper's claim widened by 所有, read by construction.

Each reading tested both ways, in our own words: the right sentence passes, its near twin (same
construction, one detail wrong) is flagged."""
from __future__ import annotations

from tests.rules.checking import both_ways, on

SIGN = on("qichuan-signage-2037")


# figure_bound.py: a figure bound to the noun before a limit word (延长期限不超过30日)
def test_extension_limit_bound_to_its_noun() -> None:
    SIGN("较大事故调查报告能延期吗？",
         "经市人民政府批准可以延长，延长期限至多30日。",
         "经市人民政府批准可以延长，延长期限至多60日。")


# defined_inclusion.py: 不满 and 以内 are different bounds where the definitions article says so
def test_bound_word_of_other_inclusion() -> None:
    SIGN("小招牌要定期检测吗？",
         "面积不满10平方米而且高度不超过6米的招牌，可以不做定期检测。",
         "面积在10平方米以内而且高度不超过6米的招牌，可以不做定期检测。")


# universal.py: a report frame (论文称) left out when the statement is chosen; the paper's section held
def test_paper_claim_widened_by_all() -> None:
    both_ways("白皮书制度在哪些部门试行？",
              "论文称白皮书制度在16家与市民生活息息相关的政府部门试行。",
              "论文称白皮书制度已在所有政府部门推行，按年度向社会公布部门职责和工作目标。")


# no_exception.py: a statement said to hold without exception where the article makes one
def test_no_exception_claimed_against_an_article_with_one() -> None:
    SIGN("广告牌的安全责任人是谁？",
         "设置人为安全责任人。",
         "设置人为安全责任人，不存在任何例外。")


# grade_swapped.py: a grade of a scale said in place of the statement's
def test_warning_colour_swapped() -> None:
    SIGN("台风天失职会从重吗？",
         "台风红色预警期间未履行职责，造成人员伤亡的，从重追究责任。",
         "台风黄色预警期间未履行职责，造成人员伤亡的，从重追究责任。")


# consequence_figures.py: a case given the fine of another case of its article
def test_fine_of_another_case() -> None:
    SIGN("检测单位报告交晚了怎么处理？",
         "检测单位没有按时出具检测报告的，由区城市管理部门予以通报批评。",
         "检测单位没有按时出具检测报告的，处1万元以上3万元以下罚款。")


# condition_swapped.py: a statement's condition replaced by words of its own consequence
def test_condition_made_of_the_consequence() -> None:
    SIGN("街道什么时候代为巡查？",
         "安全责任人无法确定的，由街道办事处或者镇人民政府代为履行巡查职责。",
         "安全责任人拒绝履行巡查职责的，由街道办事处或者镇人民政府代为履行巡查职责。")
