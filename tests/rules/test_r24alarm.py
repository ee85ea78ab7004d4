"""Right sentences of round 24 the checker flagged, read by construction (branch r24alarm), each
tested both ways in sentences of our own:

- a list labelled by its negated condition (未造成：训诫、…): the 未 is the condition's, not the
  first measure's (mark_negation.py);
- a sentence that only says the text has a quoted word (后面还有一个“等”字), its article the one the
  sentence before was found in (word_present.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways, verdict


def test_a_list_labelled_by_its_negated_condition():
    both_ways("第十条按什么分两档？",
              "以有没有造成重大损失或者恶劣影响来分：\n- 造成：免职、停职检查等五种；\n- 未造成：训诫、通报批评、调离现工作岗位。",
              "以有没有造成重大损失或者恶劣影响来分：\n- 造成：免职、停职检查等五种；\n- 未造成：训诫、通报批评、停职检查。")
    both_ways("第十条的两档怎么分？",
              "看后果：\n- 造成重大损失或者恶劣影响的：引咎辞职、责令辞职等；\n- 没造成：训诫、责令作出书面检查。",
              "看后果：\n- 造成重大损失或者恶劣影响的：引咎辞职、责令辞职等；\n- 没造成：训诫、引咎辞职。")


def test_a_negation_between_condition_and_measure_still_denies():
    # the 不 after the condition's own mark is the measure's: 训诫 is in that set, so denying it fails
    assert not verdict("第十条的轻的一档有哪些？", "未造成的：不给予训诫。").passed


def test_a_quoted_word_the_article_has():
    lead = ("第八条列举了三类违反党风廉政建设责任制的行为：对直接管辖范围内发生的明令禁止的不正之风不制止、不查处；"
            "对上级领导机关交办的党风廉政责任范围内的事项拒不办理；对严重违法违纪问题隐瞒不报、压制不查。")
    both_ways("第八条列了哪些行为？", lead + "末尾还有个“等”字。", lead + "末尾还有个“应当”字。")
    both_ways("第八条列了哪些行为？", lead + "后面也有“责任制”字样。", lead + "后面也有“白皮书”字样。")


def test_only_has_is_not_read_as_having():
    lead = "第十条第二款写了训诫、通报批评可以合并适用。"
    assert not verdict("第十条第二款怎么写的？", lead + "后面只有一个“等”字。").passed
