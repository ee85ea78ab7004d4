"""The relation readers (rules/checking/relations.py) and the sentences that refer back: each row
field they read has a wrong sentence that only it catches and a right one it lets pass."""
import re

import pytest

from tests.rules.checking import BOOK, SOURCES, verdict


@pytest.mark.parametrize("question, draft, problem", [
    # conductors (acts: conducts / duties)
    ("谁负责问责？", "问责由组织人事部门按照干部管理权限进行。", "问责由党委"),
    ("谁负责问责？", "第三条规定，纪检监察机关不参与问责。", "不是不参与问责"),
    ("谁负责问责？", "纪委监委负责对党政领导干部问责。", "问责由党委"),
    # the accident group (bodies, group, alongside)
    ("问责组有谁？", "事故问责组由审计机关和纪检监察机关组成。", "没有审计机关"),
    ("问责组和调查组什么关系？", "问责组就是事故调查组。", "是两个组"),
    ("问责组何时成立？", "事故调查组调查完成后才成立事故问责组。", "不是在调查组之后"),
    # referrals (key, cumulative)
    ("问责后还处分吗？", "受到问责的，不再给予党纪政纪处分。", "党纪政纪处分"),
    ("处分后还问责吗？", "已经给予党纪政纪处分的，就不再问责。", "不是互相替代"),
    ("处分算问责方式吗？", "党纪政纪处分是本规定的一种问责方式。", "不是本规定的问责方式"),
    # scope (covers, ranks)
    ("街道领导算吗？", "街道党政领导成员不在本规定的适用范围内。", "包括街道党政领导成员"),
    ("副职算吗？", "本规定所称党政领导干部只包括正职。", "不只是正职"),
    # the order of the initial decision (before)
    ("初步问责什么时候作出？", "市委、市政府在省作出问责决定后再作出初步问责决定。", "不是之后"),
    # sentences that refer back
    ("第八条怎么追究？", "第八条说的是违反党风廉政建设责任制的情形。这些情形按照《办法》追究。", "办法"),
    ("第五条第（五）项？", "第五条第（四）项是瞒报、谎报、迟报、漏报公共安全事故信息的；第（五）项是不履行或不正确履行公共安全事故报告职责的。",
     "报告"),
    ("第八条的规定？", "第八条按照《关于实行党风廉政建设责任制的规定》追究责任。该规定对瞒报的一律撤职。", "不在知识库中"),
    ("25号文第九条？", "中办发[2009]25号第九条规定，主动交代的从轻处理。", "不在知识库中"),
    # what an article or paragraph lists
    ("能合并吗？", "第十条第二款只点名了训诫、书面检查和通报批评。", "所引条文列出的是"),
    ("能合并吗？", "免职没有列在第十条第一款里。", "免职在所引条文"),
    ("能合并吗？", "第十条第二款列出的是五种方式。", "不是5种"),
    ("第七条引用了什么？", "第七条还提到了《深圳市行政许可实施办法》。", "没有提到"),
    # a whole said done where the passage gives a part
    ("民生实事？", "118项民生实事均已完成。", "116"),
])
def test_wrong_relation_is_flagged(question, draft, problem):
    result = verdict(question, draft)
    assert not result.passed, draft
    assert any(problem in p for p in result.problems), result.problems


@pytest.mark.parametrize("question, draft", [
    ("谁负责问责？", "问责由党委（党工委）、政府（管委会）及其工作部门按照干部管理权限进行。"),
    ("问责组有谁？", "事故问责组由纪检监察机关以及有关部门组成。"),
    ("谁负责问责？", "区委、区政府按照干部管理权限负责问责，纪检监察机关按照管理权限履行有关职责。"),
    ("问责组要等调查组吗？", "不用等，两者同步开展工作。"),
    ("问责后还处分吗？", "受到问责，同时需要追究纪律责任的，依照有关规定给予党纪政纪处分。"),
    ("街道领导算吗？", "街道党政领导成员属于第二条所称的党政领导干部。"),
    ("初步问责什么时候作出？", "市委、市政府在国务院、省作出问责决定前作出初步问责决定。"),
    ("第十七条？", "第十七条规定从重、从轻情节按照中办发[2009]25号第八条、第九条执行；这两条的具体内容来源没有写。"),
    ("一般事故要开现场会吗？", "第十六条没有要求召开现场会，也没有写24小时的时限。"),
    ("较大事故一把手？", "第十四条只提到区有关职能部门的分管副职（书面检查）、街道正职（公开道歉）和街道分管副职（停职检查）。"),
    ("特别重大事故谁开现场会？", "市委、市政府在24小时内召开现场会。如需了解各级领导的初步问责方式，可以继续问我。"),
    ("第十条有几种？", "第十条一共列了九种问责方式，分成两组，第一组五种、第二组四种。"),
    ("第七条引用了什么？", "第七条除了《办法》，还提到了《深圳市行政决策责任追究办法》。"),
    ("较大事故书面检查走什么程序？", "较大事故对区有关职能部门领导分管副职责令作出书面检查。按第十一条，这一方式的程序按照《办法》执行。"),
])
def test_right_relation_passes(question, draft):
    result = verdict(question, draft)
    assert result.passed, result.problems


def test_an_offer_that_carries_a_claim_is_no_framing():
    assert not verdict("较大事故？", "如需了解街道主任会被撤职的依据，可以继续问我。").passed


def test_relation_fields_are_words_of_their_articles():
    """Every body, group, key and anchor a row gives the readers is in its article's text."""
    reg = BOOK.regulation
    pairs = [(r, w) for r in reg.conductors for w in (*r.bodies, r.group, r.alongside) if w]
    pairs += [(r, r.key) for r in reg.referrals if r.key]
    pairs += [(r, r.before) for r in reg.convening if r.before]
    assert len(pairs) >= 12
    for row, word in pairs:
        text = SOURCES.article(row.source.article, reg.document).text
        assert word in text, (row.id, word)
    for row in reg.scope:
        assert row.ranks and all(re.search(k, "正职副职") for k in row.ranks), row.id
