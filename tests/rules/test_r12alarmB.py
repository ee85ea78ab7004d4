"""Readings of branch r12alarmB, each both ways: the true sentence passes, its twin of the same
construction fails."""
from __future__ import annotations

from tests.rules.checking import both_ways

_CUT = "第十八条开头写着党政领导干部有下列情形之一的，不予问责，可来源在这里就断了，下面的情形清单一项也没有收录。"
_WHOLE = "第十七条规定，从重、从轻情节按照中办发[2009]25号第八条、第九条执行。"


def test_unseen_held_by_the_absence_after_it() -> None:
    # "有这样一条，但内容看不到。" rests on the next sentence's verified absence; beside an article
    # whose text the sources hold it is false (unavailable.py)
    both_ways("规定里有没有不予问责的情形？", "有这样一条，但内容看不到。" + _CUT,
              "有这样一条，但内容看不到。" + _WHOLE, unsupported=True)


def test_cannot_answer_held_by_the_absence_beside_it() -> None:
    both_ways("第十八条规定了哪几种免责情形？", "这个问题根据现有材料答不了。" + _CUT,
              "这个问题根据现有材料答不了。" + _WHOLE, unsupported=True)


def test_advice_to_find_the_whole_text() -> None:
    both_ways("第十八条规定了哪几种免责情形？", _CUT + "建议找这份规定的完整原文核对。",
              _WHOLE + "建议找这份规定的完整原文核对。", unsupported=True)


def test_elsewhere_after_documents_not_held() -> None:
    # "需要另找原文" of the files listed before it: true when the knowledge base holds none of them
    right = ("规定正文引用了两份外部文件：\n1. 《深圳市行政决策责任追究办法》；\n"
             "2. 《深圳市人民政府部门行政首长问责暂行办法》。\n如果要知道这些文件的具体条文，需要另找原文。")
    wrong = ("知识库收录了下列文件：\n1. 《深圳市党政领导干部问责暂行规定》；\n"
             "2. 《深圳市实施行政问责制的实践与思考》。\n如果要知道这些文件的具体条文，需要另找原文。")
    both_ways("规定引用了哪些外部文件？", right, wrong, unsupported=True)


def test_remark_with_a_clause_of_its_own_is_no_remark() -> None:
    # every clause must be the remark's (existence, unavailability, condition, advice): a clause
    # that says something of the case is judged as a claim, and the absence beside it holds nothing
    both_ways("规定里有没有不予问责的情形？", "有这样一条，但内容看不到。" + _CUT,
              "有这样一条，但内容看不到，只能从轻处理。" + _CUT, unsupported=True)
