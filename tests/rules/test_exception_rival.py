"""An exception (但是，作出决定的机关认为需要停止执行的除外) stands for a clause only when the clause says
its own words: "处理决定停止执行" beside "…不停止处理决定的执行" states the exception as the rule and is
flagged (it passed before, the exception's 停止执行 taken as a rival reading); the rule, and the
exception with its condition, pass. Both ways, on two fictional regulations."""
from __future__ import annotations

from tests.rules import checking


def test_an_exception_is_no_rule_without_its_condition():
    checking.on("qinglan-county-school-2034")(
        "青岚县的校园安全处理决定在复核期间停不停？",
        "复核和申诉期间，处理决定不停止执行，但是作出决定的机关认为需要停止执行的除外。",
        "复核和申诉期间，处理决定停止执行。")
    checking.on("chengchuan-food-2034")(
        "澄川的追究决定复核期间停不停？",
        "复核、复查期间，不停止追究决定的执行。",
        "复核、复查期间，追究决定停止执行。")
