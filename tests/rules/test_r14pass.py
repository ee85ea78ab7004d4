"""Round 14's passing wrong drafts (branch r14pass): a situation count with a long qualifier before
情形, an article partly kept said to be wholly lost or not the last, a denial about 它."""
from tests.rules.checking import both_ways


def test_situation_count_reads_past_a_long_qualifier() -> None:
    both_ways("第五条列了几种情形？",
              "第五条列举了六种公共安全管理方面应当问责的情形。",
              "第五条列举了五种公共安全管理方面应当问责的情形。", unsupported=True)


def test_an_article_whose_opening_survives_is_not_lost_whole() -> None:
    both_ways("第十八条还在吗？",
              "第十八条只保留了开头，所列情形都没有保留下来。",
              "第十八条整条都没有保留下来。", unsupported=True)


def test_an_earlier_article_is_not_the_last_one() -> None:
    both_ways("第十八条还在吗？",
              "第十八条只保留了开头，所列情形都没有保留下来。",
              "现有文本的最后一条是第十七条，第十八条只保留了开头。", unsupported=True)


def test_a_denial_about_a_pronoun_is_held_to_what_the_source_says_of_the_name() -> None:
    q = "论文说深圳市监察局是全国唯一保持独立运作的监察机关吗？"
    both_ways(q, "论文没有说它是全国唯一设立廉政公署的机关。",
              "论文没有说它是唯一独立运作的监察机关。", unsupported=True)
