"""Right sentences of round 21 the checker flagged, read by construction (branch r21alarm), each
tested both ways in sentences of our own:

- a count of the measures of a paragraph named beside it (rules/checking/partitions.py);
- the combinable list denied a measure by 没有把M列入… or 没有提到M能否… (combine_partner.py,
  claims.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_a_count_of_a_named_paragraph_counts_that_paragraph():
    both_ways("哪几种方式可以合并用？",
              "一共四种：训诫、责令作出书面检查、通报批评、责令公开道歉（见第十条第二款）。",
              "一共五种：训诫、责令作出书面检查、通报批评、责令公开道歉（见第十条第二款）。")
    both_ways("哪几种方式可以合并用？",
              "一共四种：训诫、责令作出书面检查、通报批评、责令公开道歉（见第十条第二款）。",
              "一共四种：训诫、责令作出书面检查、通报批评、停职检查（见第十条第二款）。")
    both_ways("第十条第二款有几种？", "第十条第二款一共四种。", "第十条第二款一共九种。")


def test_a_count_of_the_article_still_counts_the_article():
    both_ways("第十条有几种方式？", "第十条一共九种。", "第十条一共四种。")


def test_measure_put_outside_the_combinable_list():
    both_ways("停职检查能不能合并用？",
              "第十条第二款没有把停职检查放进可以合并适用的方式里。",
              "第十条第二款没有把通报批评放进可以合并适用的方式里。")
    both_ways("引咎辞职能不能合并用？",
              "第十条第二款没有把引咎辞职和责令辞职列入可以单独适用的方式。",
              "第十条第二款没有把引咎辞职和责令公开道歉列入可以单独适用的方式。")


def test_silence_said_before_the_question_of_combining():
    both_ways("引咎辞职能单独用吗？",
              "第十条第二款没有说引咎辞职能否单独适用。",
              "第十条第二款没有说责令作出书面检查能否单独适用。")
