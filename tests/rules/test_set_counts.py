"""A measure set counted by its own consequence, with no article named ("造成重大损失或者恶劣影响的
适用五种，未造成的适用四种"): the consequence names the article whose sets it conditions, and the
longest consequence said word for word is the one meant (未造成… holds 造成…). Both ways."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways

Q = "第十条的问责方式分几档？"


@pytest.mark.parametrize("right, wrong", [
    ("造成重大损失或者恶劣影响的适用五种，未造成的适用四种。", "造成重大损失或者恶劣影响的适用四种，未造成的适用五种。"),
    ("未造成重大损失或者恶劣影响的适用四种。", "未造成重大损失或者恶劣影响的适用五种。"),
    ("一共九种，分两档：造成重大损失或者恶劣影响的适用五种，未造成的适用四种。",
     "一共九种，分两档：造成重大损失或者恶劣影响的适用四种，未造成的适用五种。"),
])
def test_a_set_counted_by_its_consequence(right, wrong):
    both_ways(Q, right, wrong, unsupported=True)
