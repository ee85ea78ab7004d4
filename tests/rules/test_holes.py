"""The three holes of issue 10 found by hand this session, each a wrong sentence the checker
passed, tested both ways: the wrong form fails, a right twin of the same construction passes.
Besides the examples that found them, ten wrong drafts of each kind written for this branch in
varied wording (most passed before the fix; see the README's "Three holes" figures).

1. a term swapped inside an article's own sentence (`rules/checking/swaps.py`);
2. an absence of a front-matter field (`rules/checking/frontmatter.py`);
3. a noun phrase added to an article's list (`rules/checking/members.py`).
"""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict


# ---------------------------------------------------------------- 1. a term swapped in an article's sentence
SWAP_PAIRS = [
    # (question, right draft, wrong draft, the word the problem names)
    ("问责同时要追究纪律责任怎么办",
     "第四条规定，党政领导干部受到问责，同时需要追究纪律责任的，依照有关规定给予党纪政纪处分。",
     "第四条规定，党政领导干部受到问责，同时需要追究刑事责任的，依照有关规定给予党纪政纪处分。", "刑事责任"),
    ("一般事故怎么问责",
     "第十六条规定，发生一般公共安全责任事故，造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职训诫。",
     "第十六条规定，发生一般公共安全责任事故，造成较大损失或者不良影响的，区委（党工委）、区政府（管委会）按《办法》对区有关职能部门领导分管副职警告。", "警告"),
    ("第六条说什么",
     "第六条规定，违反干部选拔任用有关规定，导致用人失察、失误的，对党政领导干部问责。",
     "第六条规定，违反干部选拔任用有关规定，导致用人失察、失误的，对党政领导正职问责。", "正职"),
]

SWAP_WRONG = [
    ('问责同时要追究纪律责任怎么办',
     '党政领导干部受到问责，同时需要追究刑事责任的，依照有关规定给予党纪政纪处分。'),
    ('第四条怎么规定的',
     '第四条：党政领导干部受到问责，同时需要追究纪律责任的，依照有关规定给予行政处罚。'),
    ('涉嫌犯罪的干部怎么处理',
     '依照第四条，党政领导干部受到问责，涉嫌犯罪的，移送监察机关依法处理。'),
    ('第八条管什么',
     '第八条规定，对上级领导机关交办的党风廉政责任范围内的事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》，追究党政领导干部的刑事责任。'),
    ('违反党风廉政建设责任制怎么办',
     '对严重违法违纪问题隐瞒不报、压制不查等违反党风廉政建设责任制的情形，按规定追究党政领导干部的领导责任。'),
    ('第十三条的现场会作出什么决定',
     '按第十三条，市委、市政府应在24小时内召开现场会，并在国务院、省作出问责决定前，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下最终问责决定。'),
    ('较大事故后现场会作出什么决定',
     '发生较大公共安全责任事故后，区委（党工委）、区政府（管委会）应在24小时内召开现场会，并作出正式问责决定。'),
    ('第七条说的是什么',
     '第七条说，本规定第五条、第六条之外的决策失误、滥用职权、管理和监督不力等失职行为，对照《办法》等有关规定的情形，对党政领导正职问责。'),
    ('用人失察怎么问责',
     '违反干部选拔任用有关规定，导致用人失察、失误的，对党政领导分管副职问责（第六条）。'),
    ('第九条写了什么',
     '第九条写的是：其他给国家利益、人民生命财产、公共财产造成损失或者不良影响等失职行为的，按照有关规定对街道党政领导正职问责。'),
]

SWAP_RIGHT = [
    ('问责同时要追究纪律责任怎么办',
     '党政领导干部受到问责，同时需要追究纪律责任的，依照有关规定给予党纪政纪处分。'),
    ('涉嫌犯罪的干部怎么处理',
     '依照第四条，党政领导干部受到问责，涉嫌犯罪的，移送司法机关依法处理。'),
    ('第八条管什么',
     '第八条规定，对上级领导机关交办的党风廉政责任范围内的事项拒不办理的，按照《关于实行党风廉政建设责任制的规定》，追究党政领导干部的责任。'),
    ('第十三条的现场会作出什么决定',
     '按第十三条，市委、市政府应在24小时内召开现场会，并在国务院、省作出问责决定前，根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定。'),
    ('第七条说的是什么',
     '第七条说，本规定第五条、第六条之外的决策失误、滥用职权、管理和监督不力等失职行为，对照《办法》等有关规定的情形，对党政领导干部问责。'),
    ('问责由谁来实施',
     '第三条规定，纪检监察机关、组织人事部门按照管理权限履行本规定里的相关职责。'),
    ('较大事故怎么处理',
     '第十四条规定，较大事故后对区有关职能部门领导分管副职责令作出书面检查，对街道书记、街道主任责令公开道歉，对街道党政领导分管副职停职检查。'),
]


@pytest.mark.parametrize("question,right,wrong,word", SWAP_PAIRS)
def test_swapped_term_pairs(question, right, wrong, word):
    assert verdict(question, right).passed
    r = verdict(question, wrong)
    assert not r.passed
    assert any(word in p for p in r.problems), r.problems


@pytest.mark.parametrize("question,draft", SWAP_WRONG)
def test_swapped_term_fails(question, draft):
    r = verdict(question, draft)
    assert not r.passed
    assert any("原文" in p for p in r.problems), r.problems


@pytest.mark.parametrize("question,draft", SWAP_RIGHT)
def test_restatement_in_other_words_passes(question, draft):
    r = verdict(question, draft)
    assert r.passed, r.problems


# ---------------------------------------------------------------- 2. absences of a front-matter field
FRONT_PAIRS = [
    # the regulation's front matter gives a date; the paper's records its date as missing
    ("这个规定是哪天发布的", "来源没有写施行日期。", "来源没有写日期。", "日期"),
    ("论文是什么时候发表的", "来源没有写论文的日期。", "来源没有写报告的日期。", "日期"),
    ("这个规定是哪天发布的", "来源页面没有列出这部规定的发文机关。", "来源页面没有列出这部规定的发布日期。", "日期"),
    # the regulation's issuer is 未载明, the report's is given
    ("谁发的", "规定没有写发文机关。", "报告没有写发文机关。", "发文机关"),
]

FRONT_WRONG = [
    ('这个规定是哪天发布的',
     '这部规定的发布日期在来源里查不到，来源没有写日期。'),
    ('问责规定什么时候印发的',
     '资料里没有载明这份规定的印发时间。'),
    ('规定是哪年出台的',
     '收录的材料中没有规定的出台时间。'),
    ('政府工作报告是谁作的',
     '这份报告没有署名，来源未载明作者。'),
    ('2016年政府工作报告是什么时候作的',
     '《深圳市2016年政府工作报告》没有标注日期。'),
    ('这个规定的出处是哪里',
     '来源没有注明这部规定的出处。'),
    ('政府工作报告是哪个机关发布的',
     '报告的发布机关在材料里没有写。'),
    ('论文和报告分别是什么时候的',
     '论文和报告都没有写明日期。'),
    ('这个规定的落款日期是哪天',
     '规定没有落款日期，来源也没有载明成文日期。'),
    ('这些材料是从哪里来的',
     '资料没有说明报告的出处。'),
]

FRONT_RIGHT = [
    ('这个规定是哪天发布的',
     '来源标注的日期是2009年12月15日，但现存条文里没有施行日期的条款。'),
    ('论文是什么时候发表的',
     '论文没有载明发表日期，来源也没有写作者。'),
    ('这个规定是谁发的',
     '来源没有载明这部规定的发文机关。'),
    ('论文是谁写的',
     '资料里没有这篇文章的署名。'),
    ('第四条写了具体给什么处分吗',
     '第四条没有列出处分的种类。'),
]


@pytest.mark.parametrize("question,right,wrong,word", FRONT_PAIRS)
def test_front_matter_absence_pairs(question, right, wrong, word):
    assert verdict(question, right).passed, verdict(question, right).problems
    r = verdict(question, wrong)
    assert not r.passed
    assert any(word in p and "来源说明" in p for p in r.problems), r.problems


@pytest.mark.parametrize("question,draft", FRONT_WRONG)
def test_front_matter_absence_fails(question, draft):
    r = verdict(question, draft)
    assert not r.passed
    assert any("来源说明" in p or "不是没有" in p for p in r.problems), r.problems


@pytest.mark.parametrize("question,draft", FRONT_RIGHT)
def test_true_front_matter_absence_passes(question, draft):
    r = verdict(question, draft)
    assert r.passed, r.problems


# ---------------------------------------------------------------- 3. a member added to an article's list
_LIST = "第二条规定的党政领导干部包括：\n- 市委、市政府工作部门领导班子成员\n- 区党委、政府及其工作部门领导班子成员\n- 上列工作部门内设机构领导成员\n"
MEMBER_PAIRS = [
    # (question, right draft, wrong draft, the member the problem names)
    ("这个规定管哪些干部", _LIST + "- 街道党政领导成员", _LIST + "- 街道党政领导成员和村（居）委会主任", "村居委会主任"),
    ("这个规定管哪些干部",
     "第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，上列工作部门内设机构领导成员，街道党政领导成员。",
     "第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，上列工作部门内设机构领导成员，街道党政领导成员和社区书记。",
     "社区书记"),
    # a word of the vocabulary for the article's own (区委 for 区党委) is no new member; 社区 is
    ("街道一级谁在范围内",
     "第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区委、区政府及其工作部门领导班子成员，内设机构领导成员，街道党政领导成员。",
     "第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区委、区政府及其工作部门领导班子成员，内设机构领导成员，街道、社区党政领导成员。",
     "社区"),
]

MEMBER_WRONG = [
    ('这个规定管哪些干部',
     '按第二条，党政领导干部包括以下几类：\n1. 市委、市政府工作部门领导班子成员\n2. 区党委、政府及其工作部门领导班子成员\n3. 上列工作部门内设机构领导成员\n4. 街道党政领导成员及社区党委书记'),
    ('党政领导干部指哪些人',
     '按第二条，党政领导干部是指市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，上列工作部门内设机构领导成员，街道党政领导成员以及国企负责人。'),
    ('这个规定适用于哪些人',
     '第二条列了这几类：\n- 市委、市政府及其派出机构领导班子成员\n- 区党委、政府及其工作部门领导班子成员\n- 上列工作部门内设机构领导成员\n- 街道党政领导成员'),
    ('区里哪些干部适用',
     '根据第二条，所称党政领导干部包括：\n（一）市委、市政府工作部门领导班子成员；\n（二）区党委、政府、人大及其工作部门领导班子成员；\n（三）上列工作部门内设机构领导成员；\n（四）街道党政领导成员。'),
    ('谁履行有关职责',
     '第三条规定，按照管理权限履行有关职责的包括纪检监察机关、组织人事部门和审计部门。'),
    ('第二条的范围',
     '第二条所称党政领导干部包括：\n- 市委、市政府工作部门领导班子成员\n- 区党委、政府及其工作部门领导班子成员\n- 上列工作部门内设机构领导成员和下属单位负责人\n- 街道党政领导成员'),
    ('街道一级谁在范围内',
     '第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区委、区政府及其工作部门领导班子成员，内设机构领导成员，街道、社区党政领导成员。'),
    ('第二条包括哪些人',
     '第二条规定的对象：\n* 市委、市政府工作部门领导班子成员\n* 区（含管理区）党委（党工委）、政府（管委会）及其工作部门领导班子成员和人大代表\n* 上列工作部门内设机构领导成员\n* 街道党政领导成员'),
    ('问责的对象',
     '依照第二条，本规定所称党政领导干部，是指市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，上列工作部门内设机构领导成员，街道党政领导成员和驻街单位领导。'),
    ('哪些部门的领导干部算',
     '第二条：\n1）市委、市政府工作部门和事业单位领导班子成员\n2）区党委、政府及其工作部门领导班子成员\n3）上列工作部门内设机构领导成员\n4）街道党政领导成员'),
]

MEMBER_RIGHT = [
    ('这个规定管哪些干部',
     '按第二条，党政领导干部包括以下几类：\n1. 市委、市政府工作部门领导班子成员\n2. 区党委、政府及其工作部门领导班子成员\n3. 上列工作部门内设机构领导成员\n4. 街道党政领导成员'),
    ('党政领导干部指哪些人',
     '按第二条，党政领导干部是指市委、市政府工作部门领导班子成员，区党委、政府及其工作部门领导班子成员，上列工作部门内设机构领导成员，以及街道党政领导成员。'),
    ('区里哪些干部适用',
     '根据第二条，所称党政领导干部包括：\n（一）市委、市政府工作部门的领导班子成员；\n（二）区（含管理区）党委（党工委）、政府（管委会）以及它们工作部门的领导班子成员；\n（三）上面这些工作部门内设机构的领导成员；\n（四）街道党政领导成员。'),
    ('谁履行有关职责',
     '第三条规定，按照管理权限履行有关职责的包括纪检监察机关、组织人事部门。'),
    ('街道一级谁在范围内',
     '第二条所称党政领导干部包括市委、市政府工作部门领导班子成员，区委、区政府及其工作部门领导班子成员，内设机构领导成员，街道党政领导成员。'),
]


@pytest.mark.parametrize("question,right,wrong,word", MEMBER_PAIRS)
def test_added_member_pairs(question, right, wrong, word):
    assert verdict(question, right).passed, verdict(question, right).problems
    r = verdict(question, wrong)
    assert not r.passed
    assert any(word in p for p in r.problems), r.problems


@pytest.mark.parametrize("question,draft", MEMBER_WRONG)
def test_added_member_fails(question, draft):
    assert not verdict(question, draft).passed


@pytest.mark.parametrize("question,draft", MEMBER_RIGHT)
def test_list_in_other_words_passes(question, draft):
    r = verdict(question, draft)
    assert r.passed, r.problems
