"""Right sentences the checker flagged, read by construction (branch alarms15b), each tested both
ways in sentences of our own:

- the provision that answers the user's question, pointed at before the answer: "您问的是第十三条里的
  原则。" (question_located.py)."""
from __future__ import annotations

from rules.checking.question_located import located
from tests.rules.checking import both_ways, verdict

ANSWER = "条文写的是：“根据严格要求、实事求是、权责一致、惩教结合原则，作出以下初步问责决定”。"
Q13 = "初步问责决定依据什么原则作出？"


def _framed(question: str, draft: str) -> bool:
    return verdict(question, draft).sentences[0].verdict == "framing"


def test_a_pointer_at_the_answering_article_is_framing():
    both_ways(Q13, f"您问的是第十三条里的原则。{ANSWER}", f"您问的是第十三条里的原则，一共五个。{ANSWER}")
    assert _framed(Q13, f"你问的是第十三条。{ANSWER}")
    assert _framed("没造成重大损失的，问责方式有哪些？", "您问的是第十条第一款的后半句。未造成重大损失或者恶劣影响的，给予训诫处理。")


def test_a_wrong_or_loaded_pointer_stays_a_claim():
    # an article that does not speak to the question, one the regulation lacks, a paragraph it lacks
    assert not _framed(Q13, f"您问的是第二条里的原则。{ANSWER}")
    assert not _framed(Q13, f"您问的是第九十条里的原则。{ANSWER}")
    assert not _framed(Q13, f"您问的是第十三条第三款。{ANSWER}")
    # a word beyond the pointer carries a claim; a noun not in the question either
    assert not _framed(Q13, f"您问的是第十三条里的四项原则。{ANSWER}")
    assert not _framed(Q13, f"您问的是第十三条里的免职。{ANSWER}")
    # the restatement that answers is judged on its answer
    assert not verdict(Q13, "您问的是第十三条，答案是依法依规原则。").passed


def test_located_needs_the_lead_and_one_article():
    said = lambda r: "根据严格要求原则，作出以下初步问责决定" if r.article == 13 else None
    assert located("您问的是第十三条里的原则。", Q13, {}, said)
    assert not located("第十三条里的原则。", Q13, {}, said)
    assert not located("您问的是第十三条和第十四条。", Q13, {}, said)
    assert not located("您问的是第十三条里的原则。", "", {}, said)
