"""The readings added on the second blind regulation (《澜江市住房保障资格审核责任追究规定》,
tests/data/lanjiang-housing-2034.md), each tested both ways: the right sentence passes, its
wrong twin is flagged. The twins are written here, not taken from the blind drafts.
"""
from __future__ import annotations

from functools import partial

from pathlib import Path

from bot.core.sources import with_documents
from rules.checking import aligned
from tests.rules import checking

HERE = Path(__file__).parent
REGULATION = HERE.parent / "data" / "lanjiang-housing-2034.md"
WITH = with_documents([REGULATION])


verdict = partial(checking.verdict, sources=WITH)
both_ways = partial(checking.both_ways, sources=WITH, unsupported=True)


def test_a_fraction_is_a_figure_and_its_bound_reaches_over_a_noun_phrase():
    both_ways("复核委员会的特邀监督员有比例要求吗？", "有，特邀监督员不少于委员总数的三分之一。",
              "有，特邀监督员最多占委员总数的三分之一，不超过委员总数的三分之一。")


def test_a_bound_over_a_noun_phrase_is_read_only_before_its_figure():
    # (the direction said after the figure stays the nearer one)
    assert aligned._bound("不少于委员总数的三分之一", 8, 12) == "lower"
    assert aligned._bound("不超过委员总数的三分之一", 8, 12) == "upper"
    assert aligned._bound("委员总数的三分之一", 5, 9) is None


def test_a_clause_is_read_with_the_condition_it_follows():
    both_ways("有利害关系的审核人员怎么办？",
              "审核人员与申请人有近亲属关系的，应当回避。",
              "审核人员与申请人有近亲属关系的，可以自己申请回避。")


def test_an_item_reference_is_the_statement_s():
    both_ways("《澜江市住房保障资格审核责任追究规定》里哪两种方式不能一起用？",
              "按第十六条，第（四）项与第（五）项不得合并适用。",
              "按第十六条，第（二）项与第（五）项不得合并适用。")


def test_a_step_of_a_listed_scale_is_the_statement_s():
    both_ways("受追究以后还能评优吗？",
              "受到通报批评以上追究的，当年年度考核不得确定为优秀等次。",
              "受到批评教育以上追究的，当年年度考核不得确定为优秀等次。")


def test_a_count_of_a_list_named_by_its_terms_is_the_article_s():
    both_ways("《澜江市住房保障资格审核责任追究规定》的追究方式有哪些？",
              "共六种：批评教育、责令书面检查、通报批评、暂停审核资格、调离审核岗位、建议给予处分。",
              "共四种：批评教育、责令书面检查、通报批评、暂停审核资格。")


def test_an_approval_a_statement_needs_is_not_dropped():
    both_ways("调查期限能延长吗？",
              "情况复杂的，经市住房保障主管部门负责人批准，可以延长三十日。",
              "情况复杂的，可以延长三十日。")


def test_a_role_the_statement_names_is_not_exchanged():
    both_ways("骗取保障房金额大的，失信信息推送谁的？",
              "骗取金额在五万元以上的，还应当将申请人的失信信息推送至市公共信用信息平台。",
              "骗取金额在五万元以上的，还应当将审核人员的失信信息推送至市公共信用信息平台。")


def test_roles_are_read_from_the_document_at_their_longest():
    text = REGULATION.read_text(encoding="utf-8")
    roles = aligned.roles_of(text)
    assert {"申请人", "审核人员", "被追究人", "被调查人"} <= set(roles)
    assert aligned._roles_in("被追究人应当提交书面检查", roles) == {"被追究人"}


def test_a_consequence_joined_from_another_statement_keeps_its_condition():
    both_ways("第三方机构出具虚假核查意见怎么办？",
              "委托单位应当解除委托合同，并且三年内不得再委托该机构从事核查工作。",
              "委托单位应当解除委托合同，三年内不得再委托该机构从事核查工作，还应当将申请人的失信信息推送至市公共信用信息平台。")


def test_a_consequence_said_with_its_own_statement_needs_no_other_condition():
    # (the decision and the notice restate one statement: its condition is the question's)
    ok = verdict("取消保障资格由谁决定？", "取消保障资格的决定由区（县）住房保障部门作出，并书面告知当事人。")
    assert ok.passed, ok.problems


def test_an_exception_is_said_by_its_own_words():
    both_ways("追究方式能合并用吗？",
              "《澜江市住房保障资格审核责任追究规定》第十六条规定，追究方式可以单独适用，也可以合并适用，但是暂停审核资格和调离审核岗位不得合并适用。",
              "《澜江市住房保障资格审核责任追究规定》第十六条规定，追究方式可以单独适用，也可以合并适用。")


def test_whichever_of_two_widens_a_statement_that_says_one():
    both_ways("举报人能知道处理结果吗？",
              "举报受理中心应当自追究决定作出之日起五个工作日内，将处理结果告知实名举报人。",
              "举报受理中心应当自追究决定作出之日起五个工作日内，将处理结果告知举报人，不论实名还是匿名。")


def test_a_compound_said_absent_is_present_when_its_words_are_in_one_sentence():
    both_ways("举报有奖励吗？",
              "有。实名举报经查证属实的，可以给予举报人五百元以上二千元以下的奖励。",
              "《澜江市住房保障资格审核责任追究规定》没有关于举报奖励的内容。")
    # (a compound whose second word is nowhere after the first is still absent)
    ok = verdict("复核有期限吗？", "《澜江市住房保障资格审核责任追究规定》没有关于复核费用的内容。")
    assert ok.passed, ok.problems


def test_there_is_no_is_not_rewritten_as_not_done():
    from rules.checking.plain import legal
    doc = "审核人员未按照规定核查信息的，应当追究审核责任。"
    assert legal("没有按规定核查", doc) == "未按规定核查"
    assert legal("没有关于举报奖励的内容", doc) == "没有关于举报奖励的内容"
    assert legal("没有任何规定", doc) == "没有任何规定"


def test_this_regulation_in_any_of_its_deictic_forms_is_an_absence_s_scope():
    # (a true absence passes, a false one is flagged)
    both_ways("《澜江市住房保障资格审核责任追究规定》管第三方机构吗？", "这部规定没有关于罚款的内容。", "这部规定对第三方机构没有任何规定。")


def test_a_bound_before_a_figure_is_the_longest_word_ending_nearest_it():
    both_ways("暂停期间要培训多久？",
              "暂停期间，被追究人至少参加二十学时的业务培训。",
              "暂停期间，被追究人最多参加二十学时的业务培训。")
    assert aligned._bound("参加不少于20学时", 5, 7) == "lower"


def test_does_not_say_is_read_as_an_absence_both_ways():
    from rules.checking.plain import legal
    assert legal("本规定没有明说", "审核人员未按照规定核查信息的") == "本规定没有明说"
    ok = verdict("动态复核谁来组织？", "这一点本规定没有明说。")
    assert ok.passed, ok.problems
    # (举报奖励 is the thing said missing, not 报奖励 after a verb 举)
    both_ways("《澜江市住房保障资格审核责任追究规定》有罚款或者举报奖励吗？",
              "本规定没有写罚款。", "本规定没有写举报奖励。")
