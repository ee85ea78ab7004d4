"""A regulation ingested today is checked as the seed one is: answers about it pass the checker
with its articles cited, and wrong drafts about it are caught — the checker reads the live index,
not the shipped files. The regulation is invented (tests/data/qingxi-water-2031.md: chapters,
items, cross-references between articles)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.core.sources import source_set
from bot.fronts.cli import main
from knowledge.retrieval import KnowledgeBase
from knowledge.store import open_store
from rules.checker import check
from tests.conftest import ingested_env
from rules.schema import RuleBook

QINGXI = Path(__file__).parent / "data" / "qingxi-water-2031.md"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("ingested")


@pytest.fixture(scope="module")
def ingested(data_dir):
    """`wenze ingest` of the shipped sources and then of the new regulation, into a fresh folder."""
    return ingested_env(data_dir, QINGXI)


@pytest.fixture(scope="module")
def sources(ingested, data_dir):
    from bot.settings import Settings

    return source_set(KnowledgeBase.of_store(open_store(Settings(data_dir=data_dir).knowledge)))


@pytest.mark.parametrize("question, article", [
    ("青溪县水务干部问责试行办法第二条", "第二条"),
    ("《青溪县水务干部问责试行办法》第八条是怎么规定的", "第八条"),
])
def test_an_answer_about_the_new_regulation_passes_with_its_articles_cited(ingested, question, article):
    out = CliRunner().invoke(main, ["ask", "--json", question], env=ingested)
    assert out.exit_code == 0, out.output
    a = json.loads(out.output)
    assert a["check"]["passed"], a["check"]
    assert any(c["doc_id"] == "qingxi-water-2031" and c["label"].endswith(article) for c in a["citations"])


RIGHT = [
    "《青溪县水务干部问责试行办法》第二条规定，水务干部是指镇长、镇水务站站长和县水务局分管副局长。",
    "按照《青溪县水务干部问责试行办法》第八条，发生一级、二级河道污染事故后，县委、县政府应在12小时内召开现场会。",
    "《青溪县水务干部问责试行办法》自2031年3月1日起施行（第十一条）。",
    "《青溪县水务干部问责试行办法》第五条列了两项情形。",
]
WRONG = [
    "《青溪县水务干部问责试行办法》第二条规定，水务干部包括村委会主任。",                       # not in 第二条
    "按照《青溪县水务干部问责试行办法》第八条，县委、县政府应在24小时内召开现场会。",            # 12 hours
    "《青溪县水务干部问责试行办法》自2030年1月1日起施行。",                                     # invented date
    "《青溪县水务干部问责试行办法》第十五条规定了申诉程序。",                                   # no such article
    "《青溪县水务干部问责试行办法》第五条列了四项情形。",                                       # two items
    "《青溪县水务干部问责试行办法》第十二条规定，主动报告的可以从轻问责。",                     # its list is cut
]


@pytest.mark.parametrize("draft", RIGHT)
def test_right_drafts_about_the_new_regulation_pass(sources, draft):
    result = check("青溪县的规定", draft, RuleBook(), sources=sources)
    assert result.passed, result.problems


@pytest.mark.parametrize("draft", WRONG)
def test_wrong_drafts_about_the_new_regulation_are_caught(sources, draft):
    result = check("青溪县的规定", draft, RuleBook(), sources=sources)
    assert not result.passed, draft
