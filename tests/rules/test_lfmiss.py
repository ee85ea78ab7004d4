"""Branch `lfmiss`: a term swapped between parallel parts of one article (swapped_term.py), a consent
the article never names (approval_said.py), a duty denied by its noun (duty_denied.py). Each
reading both ways: the true sentence passes, the near false one fails."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules import checking

from rules.checking import approval_said, case_lead, duty_denied, swapped_term

DATA = Path(__file__).resolve().parents[1] / "data"


def _passes(reg: str, question: str, draft: str) -> bool:
    """The verdict on a draft with that regulation ingested (its sources built once per process)."""
    return checking.verdict(question, draft, checking.ingested(Path(reg).stem)).passed


def _article(reg: str, start: str, end: str) -> str:
    text = (DATA / reg).read_text(encoding="utf-8")
    return text[text.index(start):text.index(end)]


CANGXI = "cangxi-drainage-2036.md"
LINFENG = "linfeng-waste-2036.md"
WUCHUAN = "wuchuan-gas-2035.md"


# ---------------------------------------------------------------- swapped_term.py

@pytest.mark.parametrize("draft,ok", [
    # 第二十九条: the grade of each paragraph is its own (严重 for the yearly review, 较重以上 for the
    # operator's contract)
    ("第二十九条规定，运营单位在一年内两次被认定为情节较重以上的，市水务部门可以提请市人民政府解除特许经营协议。", True),
    ("第二十九条规定，运营单位在一年内两次被认定为情节严重的，市水务部门可以提请市人民政府解除特许经营协议。", False),
    ("按第二十九条，被认定为情节严重的责任人员，当年度考核不得确定为优秀等次。", True),
    ("按第二十九条，被认定为情节较重以上的责任人员，当年度考核不得确定为优秀等次。", False),
])
def test_a_grade_held_to_its_own_paragraph(draft: str, ok: bool) -> None:
    assert _passes(CANGXI, "沧溪排水防涝追究办法第二十九条怎么规定的？", draft) is ok


@pytest.mark.parametrize("draft,ok", [
    ("第十一条规定，市城管局对运营单位每半年至少检查1次。", True),
    ("第十一条规定，市城管局对运营单位每季度至少检查1次。", False),
    ("第十一条规定，区城管部门对收运单位每月至少检查1次。", True),
])
def test_a_subject_held_to_its_own_frequency(draft: str, ok: bool) -> None:
    assert _passes(LINFENG, "临峰垃圾分类追究规定里城管多久检查一次？", draft) is ok


def test_the_grade_a_question_names_holds_a_bare_consequence() -> None:
    text = _article(WUCHUAN, "第十六条 情节较轻", "第十七条")
    asked = "梧川燃气追究办法里，情节较重的会怎么处理？"
    assert swapped_term.problems("给予停职检查或者调离岗位。", asked, [(16, text)]) == []
    assert swapped_term.problems("给予责令辞职或者免职。", asked, [(16, text)])
    # a sentence naming its own grade is held to that one, not the question's
    assert swapped_term.problems("情节严重的，给予责令辞职或者免职。", asked, [(16, text)]) == []
    assert swapped_term.problems("情节较重的，给予停职检查或者免职。", "怎么处理？", [(16, text)])


def test_an_item_consequence_with_a_sibling_item_term() -> None:
    text = _article(LINFENG, "第十七条 对被追究单位", "第十八条")
    assert swapped_term.problems("情节严重的，在全市范围内通报批评。", "", [(17, text)]) == []
    assert swapped_term.problems("情节较重的，约谈主要负责人，并在全区范围内通报批评。", "", [(17, text)]) == []
    assert swapped_term.problems("情节较重的，约谈主要负责人，并在全市范围内通报批评。", "", [(17, text)])


# ---------------------------------------------------------------- approval_said.py

@pytest.mark.parametrize("draft,ok", [
    ("第七条规定，检查人员发现重大燃气安全隐患的，应当在二小时内报告本部门负责人。", True),
    ("第七条规定，检查人员发现重大燃气安全隐患的，应当在二小时内报告本部门负责人，经其批准后再书面报告市城管局。", False),
])
def test_a_consent_the_article_never_names(draft: str, ok: bool) -> None:
    assert _passes(WUCHUAN, "梧川燃气追究办法第七条，检查人员发现重大隐患怎么办？", draft) is ok


def test_a_consent_denied_or_named_by_the_article() -> None:
    text = _article(CANGXI, "第九条 建设单位", "第十条")
    assert approval_said.problems("因施工确需改动排水设施的，经区水务部门批准后实施。", [(9, text)]) == []
    other = _article(CANGXI, "第十条 街道办事处", "第十一条")
    assert approval_said.problems("积水深度超过40厘米的，经区水务部门同意后封闭路段。", [(10, other)])
    assert approval_said.problems("积水深度超过40厘米的，无需经其同意即可封闭路段。", [(10, other)]) == []


# ---------------------------------------------------------------- duty_denied.py

@pytest.mark.parametrize("draft,ok", [
    ("第九条：施工单位损坏排水设施后有报告义务，应当在24小时内报告区水务部门。", True),
    ("第九条：施工单位损坏排水设施后没有报告义务。", False),
    ("第九条：施工单位损坏排水设施后没有赔偿义务。", True),
])
def test_a_duty_denied_that_the_article_imposes(draft: str, ok: bool) -> None:
    assert _passes(CANGXI, "沧溪排水防涝追究办法里，施工损坏排水设施后施工单位要报告吗？", draft) is ok


def test_a_permission_is_no_duty() -> None:
    text = _article(LINFENG, "第九条 收运单位", "第十条")
    # 可以要求其改正: a permission, so "没有要求改正的义务" is not refuted here
    assert duty_denied.problems("收运单位发现管理责任人交付的垃圾不合格，没有要求改正的义务。", [(9, text)]) == []
    assert duty_denied.problems("收运单位拒绝收运以后没有报告的义务。", [(9, text)])


def test_a_modal_said_for_a_connective_is_a_wording() -> None:
    text = _article("yunlan-trading-2034.md", "第二十五条 追究市监管局", "第二十六条")
    # the article's 并自作出之日起…备案 said with 应当, which another paragraph's 送达 has
    assert swapped_term.problems("行业主管部门作出决定后，应当自作出之日起十日内报市交易管委会备案。", "", [(25, text)]) == []


# ---------------------------------------------------------------- defined_class.py

@pytest.mark.parametrize("draft,ok", [
    ("由市城管局负责调查填埋场。", True),
    ("填埋场由区城管部门负责调查。", False),
    ("按第二十四条，对厨余垃圾资源化利用厂的调查由区城管部门负责。", False),
    ("按第二十四条，对收运单位的调查由区城管部门负责。", True),
])
def test_a_body_said_by_what_it_does_is_its_defined_class(draft: str, ok: bool) -> None:
    assert _passes(LINFENG, "临峰垃圾分类追究规定里，填埋场出了问题谁来调查？", draft) is ok


def test_a_swap_needs_the_part_before_it_and_a_term_for_a_term() -> None:
    text = _article(CANGXI, "第二十九条 追究结果", "第三十条")
    # said at the clause's start, the sibling's grade has nothing of the part before it
    assert swapped_term.problems("情节严重的运营单位，市水务部门可以提请市人民政府解除特许经营协议。", "", [(29, text)]) == []


# ---------------------------------------------------------------- case_lead.py

ASKED = "沧溪排水防涝追究办法里，执行上级书面决定造成损失，执行前已书面提出异议，还要追究吗？"


@pytest.mark.parametrize("draft,ok", [
    ("不用追究，这属于第十八条规定不予追究责任的情形。", True),
    ("会被追究责任。", False),
    ("还是要追究的，只不过处理会轻一些。", False),
])
def test_the_question_case_decided_by_its_lead(draft: str, ok: bool) -> None:
    assert _passes(CANGXI, ASKED, draft) is ok


def test_a_lead_an_article_takes_items_out_of_decides_nothing() -> None:
    texts = tuple((DATA / "tingxi-equipment-2035.md").read_text(encoding="utf-8").split("\n\n"))
    # 第二十条 免予追究 with 不适用前款第（二）项 below its list: the lead alone does not decide
    assert case_lead.problems("要追究。", "执行上级书面决定，执行前已经书面提出异议，上级仍坚持执行的，要追究吗？",
                              texts) == []
    cangxi = tuple((DATA / CANGXI).read_text(encoding="utf-8").split("\n第"))
    assert case_lead.problems("要追究。", ASKED, cangxi)
    assert case_lead.problems("如果没有提出异议，要追究。", ASKED, cangxi) == []
