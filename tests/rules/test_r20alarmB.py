"""Right sentences of round 20 the checker flagged (second half), read by construction (branch
r20alarmB), each tested both ways in sentences of our own: the right one passes, its near twin
with one wrong detail is flagged.

- a verdict lead said of a place held (凭现有文本没法判断, 现有材料没有涉及) or of the part asked
  (这部分条文不完整), and a cut said as 断了 / 看不出 / 不得而知 (rules/checking/verdict_forms.py,
  rules/checking/verdicts.py);
- only the opening 留下 (rules/checker.py `_MISSING_OK`);
- an emphatic 本身 (rules/checking/emphatic_itself.py);
- the particulars of a referral said absent verb first (查不到具体情节, rules/checking/referral_details.py);
- a frequency held to the same period said with 按 (每年 for 按年度, rules/checking/support.py);
- a counted noun's examples after it (6种追究方式（比如A、B）, rules/checking/support.py `mispaired`);
- a quoted word as the instrument of a verb of naming (用“Q”来形容Y, rules/checking/quoted_instrument.py);
- a chapter said to fall into so many parts (分九块, rules/checking/chapters.py)."""
from __future__ import annotations

from rules.checking import emphatic_itself, quoted_instrument
from tests.rules.checking import both_ways


def test_cannot_tell_from_the_text_held():
    both_ways("主动挽回损失的领导能不予问责吗？",
              "凭这份文本没法判断。第十八条只剩讲不予问责的开头一句，所列情形在来源里缺失。",
              "凭这份文本没法判断。第十三条只剩开头一句，所列情形在来源里缺失。")


def test_text_held_says_nothing_of_it():
    both_ways("主动挽回损失的领导能不予问责吗？",
              "现有材料没有涉及。第十八条讲不予问责，但所列情形在来源里缺失。",
              "现有材料没有涉及。第十八条讲不予问责，列了主动挽回损失的情形。")


def test_the_part_asked_is_incomplete():
    both_ways("哪些情形不予问责？",
              "这部分条文不完整。第十八条只留下开头一句“党政领导干部有下列情形之一的，不予问责：”，所列情形在来源里缺失。",
              "这部分条文不完整。第十八条只留下开头一句“党政领导干部有下列情形之一的，从轻问责：”，所列情形在来源里缺失。")


def test_the_part_asked_is_incomplete_only_of_a_cut_article():
    both_ways("第十三条讲了什么？",
              "第十三条讲特别重大或重大公共安全责任事故后的初步问责决定。",
              "这部分条文不完整。第十三条只留下开头。")


def test_cut_said_as_broken_off():
    both_ways("第十八条后面还有别的条文吗？",
              "无法确定。来源到第十八条开头就断了，之后还有没有条款，从现有文本看不出来。",
              "无法确定。来源到第十六条开头就断了。")


def test_emphatic_itself_read_away():
    assert emphatic_itself.unstressed("不作为本身就在其中") == "不作为就在其中"
    assert emphatic_itself.unstressed("市委本身的领导") == "市委本身的领导"
    assert emphatic_itself.unstressed("条文本身没写") == "条文本身没写"
    assert emphatic_itself.unstressed("他说“条文本身”就够了") == "他说“条文本身”就够了"
    q = "瞒报事故信息要问责吗？"
    both_ways(q, "要。第五条第（四）项把“瞒报、谎报、迟报、漏报公共安全事故信息的”列为应当问责的情形，瞒报本身就在其中。",
              "要。第五条第（四）项把“瞒报、谎报、迟报、漏报公共安全事故信息的”列为应当问责的情形，瞒报本身不在其中。")


def test_particulars_said_absent_verb_first():
    both_ways("从轻的情节具体有哪些？",
              "条文里查不到具体情节。第十七条只说从重、从轻情节按照中办发[2009]25号第八条、第九条执行。",
              "条文里查不到具体问责方式。第十条只说问责方式有九种。")


def test_frequency_said_with_an():
    both_ways("部门责任白皮书多久公布一次？",
              "部门责任白皮书每年向社会公布部门职责和工作目标。",
              "部门责任白皮书每季度向社会公布部门职责和工作目标。")


def test_examples_after_the_counted_noun():
    q = "2001年的追究办法规定了什么？"
    both_ways(q, "那部办法提出了6种追究方式（例如通报批评、责令作出书面检查）。",
              "那部办法提出了6种追究方式（例如行政强制、行政复议）。")
    both_ways(q, "那部办法列出了63种过错情形，比如行政处罚、行政强制方面的。",
              "那部办法列出了63种过错情形，比如通报批评、责令作出书面检查。")


def test_quoted_word_as_the_instrument_of_naming():
    assert quoted_instrument.reordered("作者用“奖勤罚懒”来形容两个闭环") == "作者把两个闭环形容为“奖勤罚懒”"
    assert quoted_instrument.reordered("用“办法”的程序处理") == "用“办法”的程序处理"
    both_ways("文章怎么说两个闭环的反馈功能？",
              "作者用“奖勤罚懒”来形容两个闭环应有的正负反馈。",
              "作者用“环环相扣”来形容两个闭环应有的正负反馈。")


def test_chapter_in_parts_one_to_each_article():
    both_ways("第三章有哪些内容？", "第三章“问责方式、适用、程序”大致分九块。",
              "第三章“问责方式、适用、程序”大致分八块。")


def test_regulation_said_to_cover_its_own_terms():
    q = "被问责的干部过几年能复出吗？"
    both_ways(q, "规定讲了问责情形、问责方式和初步问责，没有关于复出的内容。",
              "规定讲了问责情形、问责方式和复出，没有关于影响期的内容。")
    both_ways(q, "规定讲了问责情形和程序，没有关于复出的内容。",
              "规定讲了问责情形和程序，没有关于问责方式的内容。")


def test_it_is_the_questions_one_document():
    q = "中办发[2009]25号在这份规定里有什么用？"
    both_ways(q, "从重、从轻情节的依据，具体是它的第八、九条（第十七条）。",
              "从重、从轻情节的依据，具体是它的第七、八条（第十七条）。")


def test_count_of_places_a_document_is_cited():
    q = "中办发[2009]25号在这份规定里有什么用？"
    both_ways(q, "它在四处被引用：作为制定依据（第一条）；",
              "它在三处被引用：作为制定依据（第一条）；")
    both_ways(q, "它在四处被引用：停职检查的程序依据（第十一条）；",
              "它在四处被引用：通报批评的程序依据（第十一条）；")
