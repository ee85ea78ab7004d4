"""The readers that catch the wrong drafts of the sixth blind round that passed on arrival, each
tested both ways: the wrong form fails, a right twin of the same construction passes. Sentences
are free wording of the same constructions, not the round's drafts themselves (those are in
adversarial_drafts_6.yaml)."""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict


# (question, right draft, wrong draft, a word the problem of the wrong one names)
PAIRS = [
    # a duty made a choice: words of discretion (决定是否, 视情况, 酌情) before the article's act
    ("重大事故后要开现场会吗？",
     "重大事故后，市委、市政府应在24小时内召开现场会。",
     "重大事故后，市委、市政府可以视情况决定是否在24小时内召开现场会。", "是否"),
    ("较大事故后现场会怎么开？",
     "较大事故后，区委（党工委）、区政府（管委会）应在24小时内召开现场会。",
     "较大事故后，区委（党工委）、区政府（管委会）酌情在24小时内召开现场会。", "酌情"),
    # the body made the one who decides: 由国务院作出 (国务院 is only the decision it comes before)
    ("重大事故的初步问责决定由谁作出？",
     "重大事故的初步问责决定由市委、市政府在国务院、省作出问责决定前作出。",
     "重大事故的初步问责决定由国务院、省作出，市委、市政府只负责召开现场会。", "国务院"),
    # an answer that is only "由X作出" says it of the question's subject
    ("特别重大事故的初步问责决定谁来作？",
     "由市委、市政府作出。",
     "由事故问责组作出。", "事故问责组"),
    # an answer that is only a basis ("按照…执行") says it of the measure the question names
    ("通报批评按什么程序？",
     "按照《办法》执行，和训诫、责令作出书面检查一样。",
     "按照中办发[2009]25号文件的程序执行，和免职、责令辞职一样。", "通报批评"),
    # the basis given with 根据 must be the article's (根据事故调查结果)
    ("进一步问责看什么？",
     "初步问责后，根据事故调查结果的认定，可依照中办发[2009]25号文件进一步问责。",
     "初步问责后，根据媒体报道的情况，可依照中办发[2009]25号文件进一步问责。", "媒体报道"),
    # what a sentence says of a paragraph is held to that paragraph, not to its article
    ("第十条第一款讲什么？",
     "第十条第一款规定，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。",
     "第十条第二款规定，造成重大损失或者恶劣影响的，给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职处理。", "第十条"),
    # the decision the initial one comes before is the row's own severity's (第十三条), not 第十四条's
    ("重大事故的初步问责决定什么时候作出？",
     "第十三条规定，重大事故后，市委、市政府在国务院、省作出问责决定前作出初步问责决定。",
     "第十四条规定，较大事故后，区委（党工委）、区政府（管委会）在省作出问责决定前作出初步问责决定。", "先后"),
    # the members of the accident group said of the group it works alongside
    ("第十二条要求做什么？",
     "第十二条要求，事故发生后立即成立由纪检监察机关以及有关部门组成的事故问责组。",
     "第十二条要求，事故发生后立即成立由纪检监察机关以及有关部门组成的事故调查组。", "另一个组"),
    # a referral's condition given the other referral's consequence
    ("涉嫌犯罪的怎么办？",
     "按第四条，涉嫌犯罪的，移送司法机关依法处理。",
     "按第四条，涉嫌犯罪的，依照有关规定给予党纪政纪处分。", "涉嫌犯罪"),
    # a referral said to follow always, where its row gives it under its condition
    ("被问责的干部还会受处分吗？",
     "按第四条，受到问责的干部，同时需要追究纪律责任的，依照有关规定给予党纪政纪处分。",
     "按第四条，凡是受到问责的干部，都依照有关规定给予党纪政纪处分。", "凡"),
    # an item under a list lead is said of the lead's article: of its item it restates, when the
    # article has items (a term exchanged), else of the article (a member added to its list)
    ("第五条有哪些情形？",
     "第五条规定，有下列情形之一的，应当问责：\n1. 因工作失职，致使本单位发生公共安全事故的；\n"
     "2. 不履行或不正确履行公共安全事故预防职责的。",
     "第五条规定，有下列情形之一的，应当问责：\n1. 因决策失误，致使本单位发生公共安全事故的；\n"
     "2. 不履行或不正确履行公共安全事故预防职责的。", "第五条（一）"),
    ("第二条的党政领导干部指哪些人？",
     "第二条所称党政领导干部包括：\n- 市委、市政府工作部门领导班子成员；\n- 街道党政领导成员。",
     "第二条所称党政领导干部包括：\n- 市委、市政府工作部门领导班子成员；\n- 街道党政领导成员，还有社区党组织书记。", "第二条"),
    # an absence whose thing asks for a figure (多长时间) is false where the text gives one
    ("现场会有时限吗？",
     "一般事故，第十六条没有规定多长时间内召开现场会。",
     "较大事故，第十四条没有规定多长时间内召开现场会。", "不是没有"),
    # a scope row's unit with another head than its leaders
    ("内设机构的人都算吗？",
     "按第二条，上列工作部门内设机构的领导成员属于本规定所称的党政领导干部。",
     "按第二条，工作部门内设机构的一般干部也属于本规定所称的党政领导干部。", "一般干部"),
    # a level a scope row begins with said not covered
    ("街道领导归这个规定管吗？",
     "第二条所称党政领导干部包括街道党政领导成员。",
     "按第二条，街道一级的领导不在本规定的适用范围内。", "街道党政领导成员"),
    # who issued a document is its front matter's 发文机关, not bodies a passage of another names
    ("这份文件是谁发布的？",
     "《深圳市2016年政府工作报告》是深圳市人民政府发布的。",
     "《深圳市党政领导干部问责暂行规定》是深圳市人民政府发布的。", "发文机关"),
    ("规定写明发文机关了吗？",
     "没有写明，来源说明里发文机关未载明。",
     "写明了，是中共深圳市委、深圳市人民政府联合印发的。", "发文机关"),
    # a deictic place word after a name repeats it (深圳本地 is 深圳) in what an absence says is missing
    ("论文举了哪里的事故？",
     "论文没有提到广州本地的火灾事故。",
     "论文没有提到深圳本地的火灾事故。", "不是没有"),
]


@pytest.mark.parametrize("question,right,wrong,word", PAIRS)
def test_right_passes_wrong_fails(question: str, right: str, wrong: str, word: str) -> None:
    ok = verdict(question, right)
    assert ok.passed, ok.problems
    bad = verdict(question, wrong)
    assert not bad.passed
    assert any(word in p for p in bad.problems), bad.problems


ROUND6_MISSED = ["w6-convening-005", "w6-initial_decision-002", "w6-initial_decision-003", "w6-procedure-003",
                 "w6-further-003", "w6-scope-003", "w6-scope-005", "w6-scope-006", "w6-referrals-002",
                 "w6-referrals-003", "w6-situations-006", "w6-article_content-003", "w6-article_content-006",
                 "w6-absence-001", "w6-absence-006", "w6-yes_no-003", "w6-article_content-008"]


def test_round6_wrong_drafts_that_passed_on_arrival_now_fail() -> None:
    """The 17 wrong drafts of the sixth round that passed on arrival: each fails, naming a sentence."""
    from pathlib import Path

    import yaml

    drafts = {d["id"]: d for d in yaml.safe_load((Path(__file__).parent / "adversarial_drafts_6.yaml")
                                                 .read_text(encoding="utf-8"))["drafts"]}
    for i in ROUND6_MISSED:
        d = drafts[i]
        assert d["wrong"]
        r = verdict(d["question"], d["draft"])
        assert not r.passed, i
        assert any(s.verdict == "unsupported" for s in r.sentences), i
