"""Round 12's right drafts that were flagged (branch r12alarmA): each reading tested both ways, the
true sentence passing and its wrong twin (a swapped term, figure, count or condition) failing."""
from __future__ import annotations

from rules.checking.article_shape import read as shape_read
from rules.checking.division_basis import cases_after
from rules.checking.enumerated_tally import parts
from rules.checking.own_place import as_deixis
from rules.checking.question_restated import restated
from rules.checking.verdict_forms import unsubjected
from tests.rules.checking import both_ways, verdict

MINOR4 = "训诫、责令作出书面检查、通报批评、责令公开道歉"
SIX = ("共有六种情形：\n（一）因工作失职导致本地区、本部门、本系统或本单位发生公共安全事故；\n"
       "（二）政府职能部门管理、监督不力，在市场监管、环保、土地、安全生产、食品药品安全等领域出事故；\n"
       "（三）滥用职权、强令或授意违法行政，或者不作为，引发事故；\n（四）瞒报、谎报、迟报、漏报事故信息，或其他处置失当导致事态恶化；\n"
       "（五）不履行或不正确履行事故预防职责；\n（六）其他不履行或不正确履行公共安全管理职责、发生事故的。\n")
SETS = ("\n- 造成重大损失或者恶劣影响：责令公开道歉、停职检查、引咎辞职、责令辞职、免职；"
        "\n- 没有造成重大损失或者恶劣影响：训诫、责令作出书面检查、通报批评、调离现工作岗位。")


# --- list_topic.py: a run of terms denied as a topic, and a count of the rest -----------------

def test_a_run_denied_as_the_topic():
    lead = f"不在。第十条第二款点名的是{MINOR4}四种；"
    both_ways("免职、调离在不在可合并适用的范围里？",
              lead + "停职检查、引咎辞职、责令辞职、免职和调离现工作岗位这五种，该款都没有列进去。",
              lead + "停职检查、训诫、责令辞职、免职和调离现工作岗位这五种，该款都没有列进去。")
    # the run's count is its own: 这四种 after five terms is a count, held as one
    assert not verdict("免职、调离在不在可合并适用的范围里？",
                       lead + "停职检查、引咎辞职、免职和调离现工作岗位这五种，该款都没有列进去。").passed


def test_a_count_of_the_rest():
    q = "通报批评能不能和别的方式一起用？"
    right = "通报批评属于第十条第二款列举的四种方式之一（另外三种是训诫、责令作出书面检查、责令公开道歉）。"
    both_ways(q, right, right.replace("另外三种", "另外两种"))
    both_ways(q, right, right.replace("责令公开道歉）", "免职）"))


# --- verdict_forms.py: the mark as the act's complement ---------------------------------------

def test_a_mark_as_the_act_s_complement():
    assert unsubjected("答得对。") == "正确。" and unsubjected("答得不对。") == "不正确。"
    right_q = "请批改：“通报批评既可以单独使用，也可以跟其他问责方式一起用。”"
    wrong_q = "请批改：“免职既可以单独使用，也可以跟其他问责方式一起用。”"
    assert verdict(right_q, "答得对。").passed
    assert not verdict(wrong_q, "答得对。").passed
    assert verdict(wrong_q, "答得不对。免职不在第十条第二款里。").passed


# --- question_restated.py: the question said back ---------------------------------------------

def test_the_question_said_back():
    q = "较大事故谁拍板初步问责？"
    tail = "答案是区委（党工委）和区政府（管委会），不是市委、市政府。"
    both_ways(q, "你问的是较大事故由谁拍板初步问责。" + tail, "你问的是重大事故由谁拍板初步问责。" + tail)
    both_ways(q, "你问的是较大事故由谁拍板初步问责。" + tail, "你问的是较大事故由区委拍板初步问责。" + tail)
    assert not restated("你问的是较大事故要召开现场会。", "较大事故要召开现场会吗？")   # no question word: a claim


# --- any_of_list.py: any one item brings the lead's consequence ----------------------------------

def test_any_one_item_brings_the_lead_s_consequence():
    q = "第五条有几种情形？"
    both_ways(q, SIX + "出现其中任何一种，都应当问责。", SIX + "出现其中任何一种，都可以问责。")
    both_ways(q, SIX + "出现其中任何一种，都应当问责。", SIX + "出现其中任何两种，都应当问责。")
    both_ways(q, SIX + "出现其中任何一种，都应当问责。", SIX + "出现其中任何一种，都应当免职。")


# --- text_talk.py: how clearly the text says it -------------------------------------------------

def test_how_clearly_the_text_says_it():
    right = "第三条说得很清楚：问责由党委（党工委）、政府（管委会）及其工作部门按照干部管理权限进行。"
    both_ways("问责由谁来进行？", right, right.replace("干部管理权限", "职务高低"))
    both_ways("问责由谁来进行？", right, "第三条说得很清楚：问责由纪检监察机关按照干部管理权限进行。")


# --- own_place.py: the issuer's place for its 我市 ----------------------------------------------

def test_the_issuer_s_place_for_its_deixis():
    q = "《深圳市党政领导干部问责暂行规定》第一条讲了什么？"
    right = ("第一条交代制定依据：以《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）等有关规定为依据，"
             "再结合深圳本市的实际情况来制定。")
    both_ways(q, right, right.replace("深圳本市", "广州本市"))
    title, text = "深圳市党政领导干部问责暂行规定", "结合我市实际"
    assert as_deixis("结合本市实际", title, text) == "结合我市实际"
    assert as_deixis("深圳市委", title, text) == "深圳市委"
    assert as_deixis("结合本市实际", title, "结合本省实际") == "结合本市实际"    # the document has no 我市


# --- manner.py and inline_count: an addition announced, the count of its list ------------------

def test_an_addition_announced_and_its_count():
    q = "请评价这个回答：“重大事故的初步问责决定由市委、市政府作出，而且要赶在国务院、省作出问责决定之前。”"
    right = "可以补充一点：条文还列了四项原则——严格要求、实事求是、权责一致、惩教结合。"
    both_ways(q, right, right.replace("惩教结合", "宽严相济"))
    both_ways(q, right, right.replace("四项", "五项"))


# --- division_basis.py: what a list of cases is divided by ------------------------------------

def test_the_basis_of_a_division():
    q = "第十条规定了哪些问责方式？"
    right = "第十条针对第五、六、七、九条的情形，按后果分两档：" + SETS
    both_ways(q, right, right.replace("按后果", "按事故等级"))
    both_ways(q, right, right.replace("两档", "三档"))
    assert cases_after("lead：\n\n- a\n- b\n\nnext", 0) == ["- a", "- b"]


# --- enumerated_tally.py: a tally before the answer's own enumeration ----------------------------

def test_a_tally_before_the_answer_s_enumeration():
    q = "纪检监察机关在问责中扮演什么角色？"
    body = ("：一是按第三条，与组织人事部门一起按照管理权限履行规定中的有关职责（问责本身由党委、政府及其工作部门按干部管理权限进行）；"
            "二是按第十二条，它是事故问责组的组成单位，和有关部门一起组成问责组，与事故调查组同步开展问责调查。")
    both_ways(q, "纪检监察机关有两个位置" + body, "纪检监察机关有三个位置" + body)
    assert parts("甲有两点：一是A；二是B。", "甲有两点：") == 2
    assert parts("甲有两点：一是A；三是B。", "甲有两点：") == 0


# --- article_shape.py and relations.py: an article's shape, a referral's own consequence ------

def test_an_article_s_shape_and_its_referrals():
    q = "第四条第（四）项规定了什么？"
    right = "第四条并没有分项，它只有一句话：受到问责同时需要追究纪律责任的给予党纪政纪处分，涉嫌犯罪的移送司法机关。"
    both_ways(q, right, right.replace("第四条", "第五条"))
    both_ways(q, right, "第四条并没有分项，它只有一句话：受到问责同时需要追究纪律责任的移送司法机关，涉嫌犯罪的给予党纪政纪处分。")
    both_ways(q, right, right.replace("移送司法机关", "给予行政处分"))
    both_ways(q, "第四条：受到问责同时需要追究纪律责任的，给予党纪政纪处分；涉嫌犯罪的，移送司法机关依法处理。",
              "第四条：受到问责同时需要追究纪律责任的，给予党纪政纪处分；涉嫌犯罪的，给予行政处分。")
    why, _ = shape_read("第五条并没有分项：…", lambda ref: "第五条 甲：\n（一）乙；\n（二）丙。")
    assert why
    why, _ = shape_read("第五条只有一句话：…", lambda ref: "第五条 甲。乙。")
    assert why


# --- redirected.py: the passage the user more likely meant -------------------------------------

def test_a_redirect_is_the_claim_of_what_it_points_to():
    q = "第四条第（四）项规定了什么？"
    right = "你要找的可能是第五条第（四）项，那一项讲的是瞒报、谎报、迟报、漏报公共安全事故信息，或者其他处置失当导致事态恶化的情形。"
    both_ways(q, right, right.replace("第（四）项", "第（三）项"))


def test_a_tally_of_the_text_s_kinds_stays_a_claim():
    from rules.checking.enumerated_tally import without_tally
    draft = "领导责任只有两种情形：一是A；二是B。"
    assert without_tally(draft, draft, draft) == draft
    draft = "纪检监察机关只有两个位置：一是A；二是B。"
    assert without_tally(draft, draft, draft) == draft
    draft = "纪检监察机关有两个位置：一是A；二是B。"
    assert without_tally(draft, draft, draft) == "纪检监察机关：一是A；二是B。"


def test_a_relative_clause_is_no_referral_s_consequence():
    assert verdict("领导干部涉嫌犯罪怎么办？", "第四条：涉嫌犯罪的党政领导干部，移送司法机关依法处理。").passed
