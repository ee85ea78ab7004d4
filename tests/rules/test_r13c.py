"""Readings of branch r13c, each both ways: the true sentence passes, its twin of the same
construction with a wrong detail fails."""
from __future__ import annotations

from rules.checking import own_self, wording_place
from tests.rules.checking import SOURCES, both_ways

_ART2 = SOURCES.article(2, "sz-accountability-2009").text


# --- 对X能否合并适用没有作出明确表述 (claims._UNRULED) ----------------------------------------

def test_whether_combinable_then_silence_in_one_clause() -> None:
    both_ways("停职检查能和别的方式一起用吗？",
              "条文对停职检查能否合并适用没有作出明确表述。",
              "条文对通报批评能否合并适用没有作出明确表述。",
              unsupported=True)


# --- X本身的Y (own_self.py) -----------------------------------------------------------------

def test_itself_against_what_is_under_it() -> None:
    assert own_self.present("市委市政府本身的领导", [_ART2]) is False     # 市委、市政府工作部门领导…
    assert own_self.present("区党委本身的领导班子成员", [_ART2]) is True   # 区…党委、政府及其工作部门
    assert own_self.present("市委工作部门领导", [_ART2]) is None          # not this construction


def test_itself_absent_from_the_article_the_question_names() -> None:
    both_ways("市政府的领导班子归第二条管吗？",
              "第二条没有写市政府本身的领导班子成员。",
              "第二条没有写区党委本身的领导班子成员。",
              unsupported=True)


def test_absence_with_no_scope_held_to_the_article_talked_of() -> None:
    # the sentence names no article: the one the question names is its scope
    both_ways("市政府的领导班子归第二条管吗？",
              "第二条只写到工作部门一层。所以按条文的列举，市政府本身的领导班子成员没有列入。",
              "第二条只写到工作部门一层。所以按条文的列举，市政府工作部门的领导班子成员没有列入。",
              unsupported=True)


# --- where a quoted wording stands (wording_place.py) ----------------------------------------

def test_place_and_level_beside_a_quote() -> None:
    assert wording_place.placed("列举的范围里，市一级", ["市委、市政府工作部门领导班子成员"]) == ""
    assert wording_place.placed("区一级", ["市委、市政府工作部门领导班子成员"]) != ""


def test_quote_with_its_level() -> None:
    both_ways("第二条的范围怎么写的？",
              "第二条列举的范围里，街道一级写的是“街道党政领导成员”。",
              "第二条列举的范围里，区一级写的是“街道党政领导成员”。",
              unsupported=True)
    both_ways("第二条的范围怎么写的？",
              "第二条列举的范围里，市一级写的是“市委、市政府工作部门领导班子成员”，没有出现市政府本身的领导班子成员。",
              "第二条列举的范围里，市一级写的是“市委、市政府工作部门领导班子成员”，没有出现区党委本身的领导班子成员。",
              unsupported=True)
