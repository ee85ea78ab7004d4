"""What a sentence says of the sources themselves, held to them: an article said to be cut or not
held (rules/checker.py `_missing_said`), a date or issuer said not to be known
(rules/checking/unknown_field.py). Wrong forms found passing by the round-12 fixers."""
from __future__ import annotations

from tests.rules.checking import both_ways


def test_an_article_said_unseen_is_held_to_what_the_source_lacks():
    both_ways("第十八条讲了什么", "第十八条的内容看不到。", "第十四条的内容看不到。", unsupported=True)


def test_a_cut_said_of_the_article_the_sentence_names():
    """"…，可来源在这里就断了" names no article: it is the one the sentence names."""
    both_ways("这些条文的内容是什么",
              "第十八条开头写着有下列情形之一的，可来源在这里就断了，下面的内容一项也没有收录。",
              "第十六条开头写着发生一般公共安全责任事故，可来源在这里就断了，下面的内容一项也没有收录。",
              unsupported=True)


def test_a_date_said_unknown_is_held_to_the_front_matter():
    """The seed regulation is dated and its issuer is not recorded: not knowing the issuer is
    true, not knowing the date is not; when it came into force is no front matter field."""
    both_ways("这个规定是谁什么时候发布的", "来源没有写明发文机关，所以我没法告诉你是谁发布的。",
              "来源没有写明发文机关，所以我没法告诉你确切的发布日期。", unsupported=True)
    both_ways("这个规定什么时候施行",
              "现存条文里没有关于施行日期的条款，第十八条以后的内容在来源中缺失，所以我没法确认它从哪天开始施行。",
              "我没法告诉你这份规定的印发日期。", unsupported=True)
