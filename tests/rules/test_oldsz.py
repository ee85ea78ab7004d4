"""Right sentences of rounds 20 and 21 the checker flagged, read by construction (branch oldsz),
each tested both ways in sentences of our own:

- chapters listed under a count that leads them (rules/checking/chapter_list.py);
- an article said to lie outside another provision's reach (outside_reach.py);
- a pronoun standing for the provision its own sentence opens with (own_subject.py);
- a level said as the body that acts on an official (acting_body.py);
- a document said to touch a matter in one sentence only, that sentence quoted (single_mention.py);
- a short name glossed by the article that defines it (alias_site.py);
- half an article named as the basis of what came before (article_half.py);
- terms said to stand in one sentence of a provision, then what it gives them (same_sentence.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_chapters_listed_under_a_lead_count():
    both_ways("第二章叫什么？",
              "前两章是第一章总则（第一至四条）、第二章问责情形（第五至九条）。",
              "前两章是第一章总则（第一至四条）、第二章问责情形（第五至十条）。")
    both_ways("第二章叫什么？",
              "前两章是第一章总则、第二章问责情形。",
              "前两章是第一章总则、第三章问责情形。")
    both_ways("一共几章？",
              "三章分别是第一章总则、第二章问责情形、第三章问责方式、适用、程序。",
              "两章分别是第一章总则、第二章问责情形。")
    both_ways("最后两章讲什么？",
              "后两章是第二章问责情形（第五至九条）、第三章问责方式、适用、程序（第十条起）。",
              "后两章是第二章问责方式（第五至九条）、第三章问责方式、适用、程序（第十条起）。")


def test_an_article_outside_a_provisions_reach():
    both_ways("第十条适用于哪些情形？",
              "第八条不在这一条的适用范围内。",
              "第七条不在这一条的适用范围内。")
    both_ways("第十条适用于哪些情形？",
              "第八条不在第十条的适用范围里，它按《关于实行党风廉政建设责任制的规定》追究。",
              "第八条不在第十条的适用范围里，它按《深圳市行政过错责任追究办法》追究。")


def test_a_pronoun_for_the_provision_its_sentence_opens_with():
    both_ways("第十条怎么规定的？",
              "第十条规定，未造成重大损失的，给予训诫、通报批评。"
              "第八条说的是违反党风廉政建设责任制的情形，它按《关于实行党风廉政建设责任制的规定》追究。",
              "第十条规定，未造成重大损失的，给予训诫、通报批评。"
              "第八条说的是违反党风廉政建设责任制的情形，它按中办发[2009]25号文件追究。")


def test_a_level_said_as_the_acting_body():
    both_ways("《办法》在哪里用到？",
              "第十六条，一般事故造成较大损失的，由区委、区政府按《办法》对有关分管副职训诫或责令作出书面检查。",
              "第十六条，一般事故造成较大损失的，由区委、区政府按《办法》对有关分管副职免职或停职检查。")
    # a level said of the official itself is still read as the official's
    both_ways("一般事故怎么处理？",
              "一般事故造成较大损失的，区委、区政府对街道分管副职责令作出书面检查。",
              "一般事故造成较大损失的，区委、区政府对街道分管副职训诫。")


def test_one_sentence_said_to_touch_a_matter():
    both_ways("报告里讲问责了吗？",
              "只有一句带到：在“强化政府自身建设”部分提到“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察”。",
              "只有一句带到：在“推进依法行政”部分提到“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察”。")
    both_ways("报告里讲问责了吗？",
              "报告只有一句提到问责：“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子监察”。",
              "报告只有一句提到问责：“严格践行“三严三实”，加快政府职能和作风“双转变”。")
    both_ways("文章里讲到五个要素了吗？",
              "文章只有一句提到五个要素：“深圳市确定了行政责任机制的五个要素，即职责、目标、监督、评估、问责”。",
              "文章只有一句提到问责：“深圳市确定了行政责任机制的五个要素，即职责、目标、监督、评估、问责”。")


def test_a_short_name_glossed_by_the_article_that_defines_it():
    both_ways("通报批评走什么程序？",
              "按《办法》，也就是第七条里简称为《办法》的《深圳市行政过错责任追究办法》。",
              "按《办法》，也就是第十一条里简称为《办法》的《深圳市行政过错责任追究办法》。")
    both_ways("通报批评走什么程序？",
              "按《办法》，也就是第七条里简称为《办法》的《深圳市行政过错责任追究办法》。",
              "按《办法》，也就是第七条里简称为《办法》的《深圳市行政决策责任追究办法》。")
    both_ways("责令辞职走什么程序？",
              "按中办发[2009]25号文件执行。",
              "按《办法》，也就是第七条里简称为《办法》的《深圳市行政过错责任追究办法》。")


def test_half_an_article_named_as_the_basis():
    both_ways("通报批评走什么程序？",
              "按《办法》执行。依据是第十一条后半句。",
              "按《办法》执行。依据是第十一条前半句。")
    both_ways("停职检查走什么程序？",
              "按中办发[2009]25号文件执行。出处在第十一条的前半句。",
              "按中办发[2009]25号文件执行。出处在第十一条的后半句。")


def test_terms_said_to_stand_in_one_sentence():
    both_ways("较大事故街道的副主任怎么处理？",
              "第十四条把区有关职能部门领导分管副职和街道党政领导分管副职写在同一句里。",
              "第十四条把区有关职能部门领导分管副职和区党政领导分管副职写在同一句里。")
    both_ways("重大事故区里副区长怎么处理？",
              "第十三条第（二）项把区党政领导分管副职、街道党政领导正职放在同一句里，都是停职检查。",
              "第十三条第（二）项把区党政领导分管副职、街道党政领导正职放在同一句里，都是免职。")
