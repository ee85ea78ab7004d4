"""Wrong drafts of round 15 that still passed, read by construction (branch miss15b), each
tested both ways in sentences of our own:

- the decider of a severity the sentence borrows from the question or the sentence before
  (rules/checking/borrowed_decider.py), and 初步问责决定就由X…作出 (decider.py);
- 只能X where the text says 可以X，也可以Y (only_alternatives.py)."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_decider_takes_the_questions_severity():
    both_ways("重大事故里，区分管副职停职检查的决定是谁作出的？",
              "是市委、市政府作出的。",
              "是区委、区政府作出的。", unsupported=True)
    both_ways("较大事故的初步问责决定由谁作出？",
              "由区委（党工委）、区政府（管委会）作出。",
              "由市委、市政府作出。", unsupported=True)


def test_decider_takes_the_previous_sentences_severity():
    both_ways("现场会的事怎么规定？",
              "较大事故要在24小时内召开现场会并作出初步问责决定。这个决定是区委、区政府作出的。",
              "较大事故要在24小时内召开现场会并作出初步问责决定。这个决定是市委、市政府作出的。",
              unsupported=True)


def test_group_deciding_with_an_adverb_and_a_time():
    both_ways("重大事故的初步问责决定谁作？",
              "初步问责决定就由市委、市政府在24小时内作出。",
              "初步问责决定就由事故问责组在24小时内作出。", unsupported=True)


def test_only_narrows_a_permission_of_two_ways():
    from tests.rules.checking import on
    on("cangxi-drainage-2036")("追究方式能合并适用吗？",
                               "第十六条第三款规定的追究方式可以单独适用，也可以合并适用。",
                               "第十六条第三款规定的追究方式只能单独适用。")
    both_ways("训诫能和别的方式一起用吗？",
              "第十条第二款规定，训诫可以单独适用也可以和其他问责方式合并适用。",
              "第十条第二款规定，训诫只能单独适用。", unsupported=True)
