"""Round 6's right drafts flagged for what they say in other words: the readings that let such
paraphrases be judged on their content, each tested both ways. The right sentence passes; a
wrong twin of the same construction fails, and the problem names what is wrong. Sentences are
free wording, not the round's drafts."""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict


# (question, right draft, wrong twin, a fragment of the wrong twin's problems)
PAIRS = [
    # a role shortened by leaving 领导 out between 党政 and the rank is the role: held to the
    # question's severity, and a pronoun after it is about the article that has it
    ("较大事故后街道的人怎么处理？",
     "街道党政分管副职停职检查。这些是区委（党工委）、区政府（管委会）在24小时内召开现场会作出的初步决定。",
     "街道党政分管副职免职。这些是区委（党工委）、区政府（管委会）在24小时内召开现场会作出的初步决定。", "免职"),
    ("重大事故后街道的人怎么处理？", "重大事故时，街道党政正职停职检查。",
     "重大事故时，街道党政分管副职停职检查。", "停职检查"),
    # a restatement's connectives (以后, 如果, 还), a permission where the passage grants one, and
    # talk about the article (明确列出) are no new terms; a substituted term still is
    ("第十五条讲什么？",
     "第十五条说，按第十三条、第十四条作了初步问责以后，还可以根据事故调查的结果，依照中办发[2009]25号文件进一步问责。",
     "第十五条说，按第十三条、第十四条作了初步问责以后，还可以根据群众举报的结果，依照中办发[2009]25号文件进一步问责。",
     "群众举报"),
    ("问责和党纪政纪处分是二选一吗？",
     "按第四条，干部受到问责以后，如果同时还需要追究纪律责任，会依照有关规定再给予党纪政纪处分。",
     "按第四条，干部受到问责以后，如果同时还需要追究经济赔偿责任，会依照有关规定再给予党纪政纪处分。", "经济赔偿"),
    ("第十八条是讲什么的", "第十五条规定，初步问责以后还可以进一步问责。",
     "第十八条规定，党政领导干部有下列情形之一的，还可以从轻问责。", "从轻"),
    ("街道的书记、主任适用吗？", "街道党政领导成员是第二条明确列出的一类。",
     "社区居委会成员是第二条明确列出的一类。", "第二条"),
    # an item said to be listed as its lead's kind (列为应当问责的情形), 之一 left out
    ("事故信息没报算问责情形吗？",
     "第五条第（四）项把瞒报、谎报、迟报、漏报公共安全事故信息都列为应当问责的情形。",
     "第五条第（四）项把瞒报、谎报、迟报、漏报公共安全事故信息都列为从轻问责的情形。", "从轻"),
    # bodies paired with their own severities in parentheses: each group judged with its own
    ("事故问责组会作出初步问责决定吗？",
     "初步问责决定是由市委、市政府（特别重大、重大事故）或者区委（党工委）、区政府（管委会）（较大事故）作出的。",
     "初步问责决定是由市委、市政府（特别重大、较大事故）或者区委（党工委）、区政府（管委会）（重大事故）作出的。",
     "较大事故召开现场会、作出初步问责决定的是区委（党工委）、区政府（管委会），不是市委"),
    ("谁召开现场会？",
     "现场会由区委、区政府（较大事故）或市委、市政府（特别重大、重大事故）召开。",
     "现场会由市委、市政府（较大事故）或区委、区政府（特别重大、重大事故）召开。", "不是市委"),
    # an article glossed with the severities it covers, in an exclusive claim over articles
    ("一般事故要开现场会吗？",
     "24小时内召开现场会的规定只出现在第十三条（特别重大、重大事故）和第十四条（较大事故）。",
     "24小时内召开现场会的规定只出现在第十三条（较大事故）和第十四条（特别重大、重大事故）。", "较大事故"),
    # a measure said without its role is said of the role before (else the question's); a
    # correction 不是X而是Y denies X and claims Y for it
    ("同样是街道党政领导正职，特别重大事故和重大事故的处理有什么区别？",
     "特别重大事故时，街道党政领导正职会被免职；如果是重大事故，就不是免职，而是停职检查。",
     "特别重大事故时，街道党政领导正职会被免职；如果是重大事故，就不是停职检查，而是免职。", "否定了停职检查"),
    ("特别重大事故，有关党政领导正职会被免职吗", "按第十三条第（一）项，不是免职，而是责令公开道歉。",
     "按第十三条第（一）项，不是责令公开道歉，而是免职。", "责令公开道歉"),
    ("重大事故，区党政领导分管副职怎么处理？", "区党政领导分管副职停职检查。特别重大事故就是免职。",
     "区党政领导分管副职停职检查。特别重大事故则是责令公开道歉。", "免职"),
    # the passage's own basis opening what follows 按照 (按照管理权限马上组建的); another basis fails
    ("事故问责组是什么？", "事故问责组是事故发生后，按照管理权限马上组建的一个小组，成员来自纪检监察机关和有关部门。",
     "事故问责组是事故发生后，按照属地管理原则马上组建的一个小组，成员来自纪检监察机关和有关部门。", "属地管理"),
    # 此外 (besides) is no pronoun for the measures of the sentence before; 此 still is
    ("重大以上事故中，有关党政领导正职在初步问责时会被免职吗？",
     "特别重大事故中街道党政领导正职会被免职。此外，第十五条允许根据事故调查结果，依照中办发[2009]25号文件进一步问责。",
     "特别重大事故中街道党政领导正职会被免职。第十一条规定，此种方式的程序按照《办法》执行。", "免职的程序"),
    # a bare count opening a list of as many items counts the list; it is no article
    ("第十三条的初步问责依据哪些原则？", "四条：严格要求、实事求是、权责一致、惩教结合。",
     "四条：严格要求、实事求是、公开透明、惩教结合。", "公开透明"),
    # words that are no measures of the regulation, said as facts of the paper that has them
    ("行政过错责任追究办法后来有哪些变化？",
     "按论文的说法，这个办法2001年出台时列了63种过错情形。后来修订时引入了训诫、降职、辞退等组织手段。",
     "按论文的说法，这个办法2001年出台时列了63种过错情形。后来修订时引入了训诫、撤职、辞退等组织手段。", "撤职"),
    ("问责方式有哪些？", "按论文的说法，《办法》修订时引入了训诫、降职、辞退等组织手段。",
     "论文说，本规定的问责方式有训诫、降职、辞退。", "降职"),
    # an article said to reach only a series of articles (第五、六、七、九条): the whole series
    ("违反党风廉政建设责任制的情形也按第十条处理吗？", "第十条只管第五、六、七、九条的情形。",
     "第十条只管第五、六、七条的情形。", "也包括第九条"),
    # a basis denied (而不是按第十条) relates no articles; a basis claimed still does
    ("隐瞒不报严重违法违纪问题的，按哪份规定追究？",
     "这属于第八条说的违反党风廉政建设责任制的情形，要按照《关于实行党风廉政建设责任制的规定》追究责任，而不是按第十条的问责方式处理。",
     "这属于第八条说的情形，不是按照《关于实行党风廉政建设责任制的规定》追究，而是按第十条的问责方式处理。",
     "第八条和第十条之间没有这种援引关系"),
    # both consequences in one clause: each part's measures go with its own consequence
    ("调离现工作岗位属于重的还是轻的问责？",
     "按第十条，调离现工作岗位是给没有造成重大损失或者恶劣影响的情形用的，不在造成重大损失那一档（那一档是责令公开道歉、停职检查、引咎辞职、责令辞职、免职）。",
     "按第十条，调离现工作岗位是给没有造成重大损失或者恶劣影响的情形用的，不在造成重大损失那一档（那一档是责令公开道歉、停职检查、训诫、责令辞职、免职）。",
     "与第十条不符"),
    # a guess at what the user meant (如果你指的是X，那一项是：…): what follows is held to X
    ("第四条第（四）项规定了什么？",
     "如果你指的是第五条第（四）项，那一项是：瞒报、谎报、迟报、漏报公共安全事故信息，或者其他对事故处置失当导致事态恶化的，应当问责。",
     "如果你指的是第六条第（四）项，那一项是：瞒报、谎报、迟报、漏报公共安全事故信息，或者其他对事故处置失当导致事态恶化的，应当问责。",
     "第六条没有分项"),
    # a short form of a listed item (环保 for 环境保护); an item the list does not have still fails
    ("公共安全管理方面，哪些情况会被问责？",
     "第五条第（二）项：政府职能部门管理、监督不到位，在市场监管、环保、土地、安全生产等领域出事。",
     "第五条第（二）项：政府职能部门管理、监督不到位，在市场监管、环保、教育、安全生产等领域出事。", "教育"),
    # 没有履行 says the passage's 不履行; a denial of the passage's words with words left out
    # between them (没有发生事故 for 发生公共安全事故) is still a denial
    ("公共安全管理方面，哪些情况会被问责？",
     "第五条第（六）项：其他没有履行或没有正确履行公共安全管理职责、发生事故的。",
     "第五条第（六）项：其他没有履行或没有正确履行公共安全管理职责、没有发生事故的。", "没有"),
    # a restriction within the scope row its topic names (内设机构这一层只覆盖领导成员)
    ("科室的普通干部会被这个规定问责吗？", "按第二条，内设机构这一层只覆盖领导成员，不是所有工作人员。",
     "按第二条，内设机构这一层只覆盖正职。", "内设机构领导成员"),
    ("科室的普通干部会被这个规定问责吗？", "按第二条，内设机构这一层只覆盖领导成员。",
     "按第二条，内设机构这一层只覆盖领导班子成员和一般工作人员。", "内设机构领导成员"),
    # the measure a combinable one goes with (免职 as one of the 其他问责方式) is no measure said
    # to be combinable; a measure said to be combinable still is
    ("一个干部被免职的同时，还能被责令公开道歉吗？",
     "第十条第二款说，责令公开道歉可以单独适用，也可以和其他问责方式合并适用，免职就属于“其他问责方式”之一。",
     "第十条第二款说，免职可以单独适用，也可以和其他问责方式合并适用，责令公开道歉就属于“其他问责方式”之一。",
     "可以单独适用也可以合并适用的只有"),
    # who does an act said to be missing (没有写由哪个机关来…): true where the article has the act
    # and no body doing it, false where it names one
    ("第十五条有没有写明由哪个机关进一步问责？", "第十五条没有写由哪个机关来进一步问责。",
     "第十三条没有写由哪个机关来召开现场会。", "写明了召开现场会的主体"),
    ("第十五条有没有写明由哪个机关进一步问责？", "第十五条只写了根据（事故调查结果），没有写由哪个机关来进一步问责。",
     "第十二条没有规定由哪些部门来组成事故问责组。", "写明了组成事故问责组的主体"),
    # a chapter's span said with 从 (no title) and the count of its articles
    ("第二章问责情形大致包括哪几类？", "第二章从第五条到第九条共五条：第五条是公共安全管理；第八条是违反党风廉政建设责任制。",
     "第二章从第五条到第九条共四条：第五条是公共安全管理；第八条是违反党风廉政建设责任制。", "第二章有五条"),
    # a measure said under another article (what may be combined) is no role's measure
    ("街道正职在重大的责任事故后会被训诫吗",
     "重大事故，街道党政领导正职停职检查。训诫可以单独适用，也可以和其他问责方式合并适用（第十条第二款）。",
     "重大事故，街道党政领导正职停职检查。免职可以单独适用，也可以和其他问责方式合并适用（第十条第二款）。",
     "可以单独适用也可以合并适用的只有"),
]


@pytest.mark.parametrize("question,right,wrong,named", PAIRS, ids=[p[2][:24] for p in PAIRS])
def test_reading_both_ways(question: str, right: str, wrong: str, named: str) -> None:
    ok = verdict(question, right)
    assert ok.passed, ok.problems
    bad = verdict(question, wrong)
    assert not bad.passed
    assert any(named in p for p in bad.problems), bad.problems
