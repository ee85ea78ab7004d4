"""A degree adverb before a negation (完全没有提到, 根本没有写) says how sure the writer is, not
what is so: the negation is the claim, held as it would be without the adverb. Both ways: the
true absence passes with it, the false one fails with it."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways


@pytest.mark.parametrize("adverb", ["完全", "根本", "压根"])
def test_the_negation_is_the_claim(adverb):
    both_ways("论文提到了2016年的政府工作报告吗？",
              f"论文{adverb}没有提到2016年政府工作报告。",
              f"论文{adverb}没有提到行政问责。", unsupported=True)
