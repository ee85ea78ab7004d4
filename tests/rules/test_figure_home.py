"""A figure moved to another statement of the document (rules/checking/figure_home.py), tested
both ways: a loose paraphrase with the figure of the statement it restates passes, the same
paraphrase with a figure another statement gives in the same unit is flagged."""
from __future__ import annotations

from rules.checking import figure_home
from tests.rules import checking

QINGLAN = checking.ingested("qinglan-medical-2035")
LANZHOU = checking.ingested("lanzhou-monitoring-2035")


def test_a_loose_paraphrase_keeps_its_statements_figure():
    # 5个工作日 is in the text (重大投诉's extension), only not in the statement restated
    checking.both_ways("青岚的卫健部门多久把投诉转给医院？",
                       "卫生健康主管部门收到投诉后3个工作日内转交被投诉的医疗机构。",
                       "卫生健康主管部门收到投诉后5个工作日内转交被投诉的医疗机构。",
                       sources=QINGLAN, unsupported=True)
    checking.both_ways("澜州的分局收到举报后多久报给市局？",
                       "分局收到举报后，要在3个工作日内登记好报送市生态环境局。",
                       "分局收到举报后，要在5个工作日内登记好报送市生态环境局。",
                       sources=LANZHOU, unsupported=True)


def test_a_named_article_is_left_to_the_alignment():
    whole = [p for p in QINGLAN.of_document("qinglan-medical-complaint-2035")]
    named = [p for p in whole if p.article == 13]
    said = "卫生健康主管部门收到投诉后5个工作日内转交被投诉的医疗机构。"
    assert figure_home.problems(said, named, whole) == []
    assert figure_home.problems(said, [], whole)
