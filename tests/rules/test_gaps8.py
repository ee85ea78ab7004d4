"""The readings that fixed known gaps of the seven blind rounds (branch gaps8), each tested both
ways: the right form passes and a wrong twin of the same construction fails. The sentences are
free wording of the constructions, not only the rounds' drafts (those are in
adversarial_drafts*.yaml)."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict


# a range said with a quantifier (第五条到第九条的所有情形) is read member by member against the
# article said to cover it: 第十条 names 第五、六、七、九条, not 第八条
@pytest.mark.parametrize("right, wrong", [
    ("第十条对第二章第五、六、七、九条的所有情形都规定了问责方式。",
     "第十条对第二章第五条到第九条的所有情形都规定了问责方式。"),
    ("第十条对第五条到第七条的全部情形都规定了问责方式。",
     "第十条对第五条到第八条的全部情形都规定了问责方式。"),
    ("第十条适用于第五、六、七、九条的各种情形。",
     "第十条适用于第六条至第九条的各种情形。"),
])
def test_a_quantified_range_is_read_member_by_member(right: str, wrong: str) -> None:
    both_ways("第十条适用于哪些情形？", right, wrong)


def test_a_yes_resting_on_a_range_fails_with_it() -> None:
    r = verdict("第八条的情形适用第十条的问责方式吗？",
                "适用。第十条对第二章第五条到第九条的所有情形都规定了问责方式。")
    assert not r.passed
    assert any("第八条" in p for p in r.problems), r.problems


# a clause the passage too sets between the same two figures: the sentence left out a figure
# between them (90.9, 63), it did not move the clause; moving a left-out figure's own clause, or
# restating it without its figure, still fails
@pytest.mark.parametrize("question, right, wrong", [
    ("失职渎职举报这几年怎么变的",
     "2006年445件，占21%，首次超过贪污贿赂类举报（330件）。",
     "2004年80件，首次超过贪污贿赂类举报（330件）。"),
    ("失职渎职举报这几年怎么变的",
     "2006年达到445件，占21%，首次超过贪污贿赂类的举报（330件）。",
     "2005年233件，占19%，首次超过贪污贿赂类的举报（330件）。"),
    ("行政过错责任追究办法后来有哪些变化？",
     "论文说，2005年和2008年又修订了两次：适用范围从行政机关工作人员扩大到行政机关，过错情形增加到108种。",
     "论文说，2001年出台时适用范围从行政机关工作人员扩大到行政机关，过错情形增加到108种。"),
    ("论文怎么介绍深圳的问责工作网络？",
     "43家市政府直属单位全部明确了投诉电话和网址，32家单位制定了投诉受理和责任追究制度。",
     "43家市政府直属单位全部明确了投诉电话和网址，并且全部成立了责任追究机构，32家单位制定了投诉受理和责任追究制度。"),
    ("深圳2015年创新方面有啥数据",
     "PCT国际专利申请1.33万件，获国家科学技术奖14项。",
     "PCT国际专利申请1.33万件，占全国一半以上，获国家科学技术奖14项。"),
])
def test_a_left_out_figure_is_no_moved_clause(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong)


# words of one meaning (vocabulary.same_meaning): 造成 restating the article's 导致 is no exchanged
# term; a word of no group in its place still is
@pytest.mark.parametrize("question, right, wrong", [
    ("《深圳市党政领导干部问责暂行规定》第六条说什么？",
     "第六条是关于选人用人的：违反干部选拔任用的有关规定，造成用人失察、失误的，要对党政领导干部问责。",
     "第六条是关于选人用人的：违反干部选拔任用的有关规定，避免用人失察、失误的，要对党政领导干部问责。"),
    ("第五条第（一）项讲什么？",
     "第五条第（一）项是因工作失职，导致本地区、本部门、本系统或者本单位发生公共安全事故的，应当问责。",
     "第五条第（一）项是因工作失职，导致本地区、本部门、本系统或者本单位发生食品安全事故的，应当问责。"),
])
def test_a_word_of_the_same_meaning_is_no_exchanged_term(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong)


def test_every_same_meaning_group_is_of_words_the_book_reads() -> None:
    from tests.rules.checking import BOOK
    groups = BOOK.vocabulary.same_meaning
    assert groups and all(len(g) >= 2 and len(set(g)) == len(g) for g in groups)


# who a body is made of said by its members (成员来自X) is the passage's 由X组成 when X is the
# passage's own list; another list is held to the passage as written
@pytest.mark.parametrize("right, wrong", [
    ("事故发生后按管理权限马上成立，成员来自纪检监察机关以及有关部门，任务是和事故调查组同步开展问责调查（第12条）。",
     "事故发生后按管理权限马上成立，成员来自组织人事部门以及有关部门，任务是和事故调查组同步开展问责调查（第12条）。"),
    ("事故问责组的成员来自纪检监察机关以及有关部门（第十二条）。",
     "事故问责组的成员来自纪检监察机关以及公安部门（第十二条）。"),
    ("第十二条：事故问责组的成员包括纪检监察机关以及有关部门。",
     "第十二条：事故问责组的成员包括纪检监察机关以及审计部门。"),
])
def test_members_said_of_a_body_are_what_it_is_made_of(right: str, wrong: str) -> None:
    both_ways("事故问责组怎么成立、干什么？", right, wrong)


# a case said to be unprovided for (对X的一般事故怎么处理，没有规定) is held to the accident rows:
# true where no row of that severity applies under that consequence, false where one does
@pytest.mark.parametrize("right, wrong", [
    ("对没有造成较大损失或者不良影响的一般事故怎么处理，来源中的条文没有规定。",
     "对造成较大损失或者不良影响的一般事故怎么处理，来源中的条文没有规定。"),
    ("没有造成较大损失的一般事故怎么处理，规定里没有写。",
     "造成重大损失的一般事故怎么处理，条文没有规定。"),
    ("条文没有规定对没有造成较大损失的一般事故如何处理。",
     "条文没有规定对没有造成重大损失的特别重大事故如何处理。"),
])
def test_an_unprovided_case_is_held_to_the_rows(right: str, wrong: str) -> None:
    both_ways("一般事故如果没造成什么损失，第十六条管吗", right, wrong)


# a conclusion that something cannot be told from the sources (所以X没法从资料中确定), drawn from
# an absence, is that absence (也没有写X), held to the front matter like any other
@pytest.mark.parametrize("right, wrong", [
    ("论文没有署名，也没有写发表日期，所以作者和发表时间都没法从资料中确定。",
     "报告没有署名，所以作者和发表时间都没法从资料中确定。"),
    ("规定没有写发文机关，所以发文机关没法从资料中确定。",
     "规定没有写发文机关，所以发布日期也没法确定。"),
])
def test_a_conclusion_of_unknowing_is_the_absence_it_rests_on(right: str, wrong: str) -> None:
    both_ways("那篇论文的作者是谁？什么时候发表的？", right, wrong)


# a sentence sorting a list's items into parts (前三种是…，第四种是…): the part naming no article is
# held to the closest article of the same document, not to the articles the other part names
@pytest.mark.parametrize("right, wrong", [
    ("前三种是第十三、十四条的初步问责决定，第四种是区委（党工委）、区政府（管委会）按《办法》作出的处理。",
     "前三种是第十三、十四条的初步问责决定，第四种是市委、市政府按《办法》作出的处理。"),
    ("前两种是第十三条的初步问责决定，后两种是区委（党工委）、区政府（管委会）按《办法》作出的处理。",
     "前两种是第十三条的初步问责决定，后两种是区委（党工委）、区政府（管委会）按中办发[2009]25号文件作出的处理。"),
])
def test_each_part_of_a_sorted_list_has_its_own_basis(right: str, wrong: str) -> None:
    both_ways("区有关职能部门领导分管副职在不同等级的事故里分别怎么处理？", right, wrong)


# who makes the initial decision said by level (市里, 区级): held to the convening rows, two
# groups of severities paired in order with two levels
@pytest.mark.parametrize("right, wrong", [
    ("重大以上事故和较大事故先由市里或区里作初步问责。",
     "重大以上事故和较大事故先由区里或市里作初步问责。"),
    ("特别重大和重大事故都由市里作初步问责。",
     "重大以上事故和较大事故都由市里作初步问责。"),
    ("较大事故由区级作出初步问责决定。",
     "较大事故由市级作出初步问责决定。"),
])
def test_the_deciding_body_said_by_its_level(right: str, wrong: str) -> None:
    both_ways("事故调查和问责是怎么衔接的？", right, wrong)


# "只有一处" beside a verbatim quote: the words of the question the quote holds occur once in the
# quoted document, and the section named holds the quote
_ONCE_QUOTE = "“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察”"


@pytest.mark.parametrize("question, right, wrong", [
    ("政府工作报告里讲问责了吗",
     f"提到了，但只有一处概括表述：在“强化政府自身建设”部分，报告说{_ONCE_QUOTE}。",
     f"提到了，但只有一处概括表述：在“着力推动经济稳增长”部分，报告说{_ONCE_QUOTE}。"),
    ("论文里讲行政问责了吗",
     "提到了，论文说“深圳市行政问责制是在深圳经济社会加速转型、社会主义民主政治建设深入推进、"
     "反腐倡廉建设向纵深发展、行政管理体制改革不断深化的大背景下，在市委市政府坚强领导下推行和发展起来的”。",
     "提到了，但只有一处：论文说“深圳市行政问责制是在深圳经济社会加速转型、社会主义民主政治建设深入推进、"
     "反腐倡廉建设向纵深发展、行政管理体制改革不断深化的大背景下，在市委市政府坚强领导下推行和发展起来的”。"),
])
def test_a_single_place_is_counted_in_the_document(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong)


# a bare 一条 before a modifier and its noun counts one thing, it is not 第一条; 十四条 stays one
def test_a_bare_one_before_a_modified_noun_is_no_article() -> None:
    from rules.references import find_refs
    assert not find_refs("而是一条完整的责任链条")
    assert [r.article for r in find_refs("十四条里的规定")] == [14]
    assert [r.article for r in find_refs("一条规定")] == [1]
    both_ways("论文说的行政责任体系五要素是什么？",
              "论文认为它们不是简单并列，而是一条完整的责任链条，并形成两个闭环：一个从绩效评估反馈到责任设定和目标管理，"
              "另一个从责任追究反馈到履行职责。",
              "论文认为它们不是简单并列，而是一条松散的工作链条。")


# a lead-in of manner (用大白话说, 通俗地讲, 换句话说) asserts nothing; what follows it is held
@pytest.mark.parametrize("right, wrong", [
    ("用大白话说就是“奖勤罚懒”。", "用大白话说就是“论功行赏”。"),
    ("换句话说，就是奖勤罚懒。", "通俗地讲，就是奖懒罚勤。"),
])
def test_a_lead_in_of_manner_asserts_nothing(right: str, wrong: str) -> None:
    both_ways("论文说的行政责任体系五要素是什么？", right, wrong)
