"""The lead's own readings this stop, each tested both ways.

- A bound and a count of days in everyday words (最多延15天, 至少2次) read as the text's own
  (不超过十五日, 不少于2次) before the support test compares them (rules/checking/bound_words.py)."""
from __future__ import annotations

import pytest

from rules.checking.bound_words import one_form
from tests.rules.checking import on

tingxi = on("tingxi-equipment-2035")


@pytest.mark.parametrize("right, wrong", [
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延2次，最多延15天。"),
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延1次，最多延20天。"),
    ("第八条第二款：只能延1次，最多延15天。", "第八条第二款：只能延1次，至少延15天。"),
    ("《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30天。",
     "《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限至少30天。"),
    ("《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30天。",
     "《汀溪市特种设备安全监督管理责任追究办法》第八条：一般事故隐患的整改期限最多30个工作日。"),
])
def test_a_bound_in_everyday_words_is_the_texts_bound(right, wrong):
    tingxi("一般隐患整改期限和延期怎么规定？", right, wrong)


def test_only_a_bound_before_a_figure_is_rewritten():
    assert one_form("最多延15天") == "不超过延15日"
    assert one_form("至少巡查两次") == "不少于巡查两次"
    # 最多 with no figure after it is no bound; 天 after no number is no count of days
    assert one_form("问责最多的是哪一类") == "问责最多的是哪一类"
    assert one_form("当天报告") == "当天报告"
