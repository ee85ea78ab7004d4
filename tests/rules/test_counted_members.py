"""Who the members are: 前五种 / 后四种 written out as the members of the list the sentence before gives
(rules/checking/antecedent.py `counted_out`), judged on what it assigns to each; and the members
of a group said in the active voice (rules/checking/relations.py `members_moved`)."""
from __future__ import annotations

from rules.checking.antecedent import counted_out
from tests.rules.checking import both_ways

GROUPS = ("第十条把九种方式分成两组：责令公开道歉、停职检查、引咎辞职、责令辞职、免职是一组，"
          "训诫、责令作出书面检查、通报批评、调离现工作岗位是另一组。")
ARTICLE_11 = ("第十一条 对党政领导干部问责给予责令公开道歉、停职检查、引咎辞职、责令辞职、免职的程序按照中办发[2009]25号文件"
              "执行；给予训诫、责令作出书面检查、通报批评、调离现工作岗位问责处理的程序按照《办法》执行。")


def test_the_first_and_last_members_take_their_own_procedures():
    """A helper found the swapped form passing: 前五种/后四种 had no words a passage could hold."""
    both_ways("问责程序依据什么", GROUPS + "按第十一条，前五种按中办发[2009]25号文件执行，后四种按《办法》执行。",
              GROUPS + "按第十一条，前五种按《办法》执行，后四种按中办发[2009]25号文件执行。", unsupported=True)


def test_the_counts_are_written_out_only_when_they_split_the_list():
    out = counted_out("前五种按中办发执行，后四种按《办法》执行", GROUPS, ARTICLE_11)
    assert out.startswith("责令公开道歉、停职检查、引咎辞职、责令辞职、免职按") and "训诫、责令作出书面检查、通报批评、调离现工作岗位按" in out
    # 前三种 and 后四种 do not make up nine: not a split of this list, left as said
    assert counted_out("前三种按中办发执行，后四种按《办法》执行", GROUPS, ARTICLE_11) == "前三种按中办发执行，后四种按《办法》执行"
    # a count beyond the list, or no list before it
    assert counted_out("前十种按中办发执行", GROUPS, ARTICLE_11) == "前十种按中办发执行"
    assert counted_out("前五种按中办发执行", "第十条规定了问责方式。", ARTICLE_11) == "前五种按中办发执行"


def test_the_members_of_a_group_said_actively_are_the_groups_own():
    """"纪检监察机关和有关部门组成事故调查组" (found by szalarm): 第十二条's members form the 事故问责组;
    the 事故调查组 works alongside it. The passive form (调查组由…组成) was read, the active was not."""
    both_ways("事故发生后谁组成问责组", "按第十二条，纪检监察机关以及有关部门共同组成事故问责组。",
              "按第十二条，纪检监察机关以及有关部门共同组成事故调查组。", unsupported=True)
    both_ways("事故发生后谁组成问责组", "纪检监察机关和有关部门组成事故问责组，与事故调查组同步开展问责调查。",
              "纪检监察机关和有关部门组成事故调查组。", unsupported=True)
