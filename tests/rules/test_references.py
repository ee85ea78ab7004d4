"""Chinese legal references, read and written by rules/references.py: one table per direction."""
from __future__ import annotations

import pytest

from rules.references import (Ref, aliases_defined, article_numbers, cn_int, find_refs, format_ref, int_cn,
                              lone_article, without_refs)

FULL = "深圳市行政过错责任追究办法"
OWN = "深圳市党政领导干部问责暂行规定"

# text -> the internal articles it names, in order. Shared with tests/test_retrieval.py, which
# checks that retrieval's direct lookup and fact extraction find exactly these.
FORMS = [
    ("第十四条", [14]),
    ("第14条", [14]),
    ("十四条", [14]),
    ("第 14 条", [14]),
    ("第１４条", [14]),                        # full-width digits
    ("请给我看第 十四 条的内容", [14]),
    ("十四条规定了什么", [14]),
    ("第五、六条", [5, 6]),
    ("第五条、第六条", [5, 6]),
    ("第五、六、七、九条", [5, 6, 7, 9]),
    ("第五和第六条", [5, 6]),
    ("第十三条及第十四条", [13, 14]),
    ("第五条至第九条", [5, 6, 7, 8, 9]),
    ("第五至九条", [5, 6, 7, 8, 9]),
    ("第5-9条", [5, 6, 7, 8, 9]),
    ("第十条第二款", [10]),
    ("第四条第（四）项", [4]),
    ("第四条第四项", [4]),
    ("第四条（四）", [4]),
    ("本规定第五条、第六条之外的", [5, 6]),
    (f"《{OWN}》第十三条", [13]),
    ("第十四条和第十四条", [14]),                  # no repeats
    ("第十六条，还有第十三条", [16, 13]),            # in order of mention
    ("按照中办发[2009]25号第八条、第九条执行", []),   # another document's articles
    ("第一次问责", []),
    ("十四个部门", []),
    ("2009年", []),
    ("外贸稳增长22条", []),
    ("这两条有什么区别", []),
    ("哪一条规定了公开道歉", []),
    ("第三章", []),
    ("符合条件的", []),
]


@pytest.mark.parametrize("text, articles", FORMS)
def test_article_numbers(text, articles):
    assert article_numbers(text) == articles


def _parts(refs: list[Ref]) -> list[tuple]:
    return [(r.doc_title, r.doc_number, r.article, r.paragraph, r.item) for r in refs]


@pytest.mark.parametrize("text, aliases, expected", [
    ("第十四条", None, [(None, None, 14, None, None)]),
    ("第十条第二款", None, [(None, None, 10, 2, None)]),
    ("第十条第一款第（二）项", None, [(None, None, 10, 1, 2)]),
    ("第四条第（四）项", None, [(None, None, 4, None, 4)]),
    ("第四条第四项", None, [(None, None, 4, None, 4)]),
    ("第四条（四）", None, [(None, None, 4, None, 4)]),
    ("第5-9条", None, [(None, None, n, None, None) for n in range(5, 10)]),
    ("本办法第三条", None, [(None, None, 3, None, None)]),
    (f"《{OWN}》第十三条", None, [(OWN, None, 13, None, None)]),
    ("按《办法》第三条执行", {"办法": FULL}, [(FULL, None, 3, None, None)]),
    ("按《办法》第三条执行", None, [("办法", None, 3, None, None)]),
    (f"对照《{FULL}》（以下简称《办法》），按《办法》第五条", None,
     [(FULL, None, None, None, None), (FULL, None, 5, None, None)]),
    ("中办发[2009]25号第八条、第九条", None,
     [(None, "中办发[2009]25号", 8, None, None), (None, "中办发[2009]25号", 9, None, None)]),
    ("中办发〔2009〕25号第八条", None, [(None, "中办发〔2009〕25号", 8, None, None)]),
    ("《关于实行党政领导干部问责的暂行规定》（中办发[2009]25号）", None,
     [("关于实行党政领导干部问责的暂行规定", None, None, None, None), (None, "中办发[2009]25号", None, None, None)]),
    ("第十三条、中办发[2009]25号第八条和本规定第十四条", None,
     [(None, None, 13, None, None), (None, "中办发[2009]25号", 8, None, None), (None, None, 14, None, None)]),
    ("第一次、十四个、2009年、22条", None, []),
    # item lists: each item is a reference of its own, ranges expanded
    ("有本办法第四条第（二）项、第（四）项情形的", None, [(None, None, 4, None, 2), (None, None, 4, None, 4)]),
    ("第四条第（二）、（四）项", None, [(None, None, 4, None, 2), (None, None, 4, None, 4)]),
    ("第四条第（一）项至第（三）项", None, [(None, None, 4, None, n) for n in (1, 2, 3)]),
    ("第四条第二项、第三项", None, [(None, None, 4, None, 2), (None, None, 4, None, 3)]),
    ("第五条第（一）项、第六条", None, [(None, None, 5, None, 1), (None, None, 6, None, None)]),
    ("第五条第（一）项和第六条第（二）项", None, [(None, None, 5, None, 1), (None, None, 6, None, 2)]),
])
def test_find_refs(text, aliases, expected):
    assert _parts(find_refs(text, aliases)) == expected


def test_offsets_delimit_the_reference():
    text = "依据本规定第五、六条和《办法》第三条处理"
    refs = find_refs(text, {"办法": FULL})
    assert [text[r.start:r.end] for r in refs] == ["本规定第五、六条", "本规定第五、六条", "《办法》第三条"]
    assert refs[2].alias == "办法" and not refs[2].internal and refs[0].internal


def test_an_alias_is_defined_only_by_its_definition():
    assert aliases_defined(f"《{FULL}》（以下简称《办法》）") == {"办法": FULL}
    assert aliases_defined("按《办法》执行") == {}


@pytest.mark.parametrize("args, text", [
    ((14,), "第十四条"),
    ((10, 2), "第十条第二款"),
    ((4, None, 4), "第四条第（四）项"),
    ((10, 1, 2), "第十条第一款第（二）项"),
    ((13, None, None, OWN), f"《{OWN}》第十三条"),
    ((18,), "第十八条"),
    ((20,), "第二十条"),
    ((102,), "第一百零二条"),
])
def test_format_ref_and_back(args, text):
    assert format_ref(*args) == text
    article, paragraph, item, title = (list(args) + [None] * 4)[:4]
    [ref] = find_refs(text)
    assert (ref.article, ref.paragraph, ref.item, ref.doc_title) == (article, paragraph, item, title)
    assert ref.label == text


@pytest.mark.parametrize("numeral, value", [
    ("十八", 18), ("14", 14), ("１４", 14), ("二十一", 21), ("一百零二", 102), ("五", 5), ("十", 10), ("两", 2),
])
def test_numerals(numeral, value):
    assert cn_int(numeral) == value
    if numeral[0] not in "0123456789１两":
        assert int_cn(value) == numeral


@pytest.mark.parametrize("numeral", ["百", "条", ""])
def test_unreadable_numerals_raise_value_error(numeral):
    with pytest.raises(ValueError):
        cn_int(numeral)


@pytest.mark.parametrize("arg, value", [
    ("14", 14), ("十四", 14), ("第十四条", 14), ("十四条", 14), ("第14条", 14), ("１４", 14),
    ("百", 0), ("abc", None), ("第十四条款", None), ("", None),
])
def test_lone_article(arg, value):
    assert lone_article(arg) == value


def test_without_refs_leaves_the_figures_that_are_claims():
    assert without_refs("依据第10条第2款和中办发[2009]25号第八条，罚款500元") == "依据和，罚款500元"
