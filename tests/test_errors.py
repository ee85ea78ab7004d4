"""One root for our errors: a front catches WenzeError and nothing of ours escapes it."""
from __future__ import annotations

import pytest

import rules.errors
from bot.telegram.app import AlreadyRunning
from bot.views.drills import QuestionSetError, load_yaml
from bot.views.matrix import FontMissing
from knowledge.errors import DocumentError, EmbeddingError, IndexBusy, IndexUnavailable, KnowledgeError
from rules.errors import RulesError, WenzeError
from rules.schema import RuleBook

OURS = [RulesError, KnowledgeError, DocumentError, IndexUnavailable, IndexBusy, EmbeddingError,
        QuestionSetError, FontMissing, AlreadyRunning]


@pytest.mark.parametrize("cls", OURS, ids=lambda c: c.__name__)
def test_every_error_of_ours_is_a_wenze_error_and_drawn_in_the_tree(cls):
    assert issubclass(cls, WenzeError)
    assert f"── {cls.__name__} " in rules.errors.__doc__


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_broken_rule_folder_says_so_in_chinese(tmp_path):
    (tmp_path / "regulation.yaml").write_text("articles: [unclosed", encoding="utf-8")
    with pytest.raises(WenzeError) as err:
        RuleBook(tmp_path)
    assert _chinese(str(err.value).split("：")[1]) and "regulation.yaml" in str(err.value)


def test_a_broken_question_set_says_so_in_chinese():
    with pytest.raises(WenzeError) as err:
        load_yaml("just a string")
    assert isinstance(err.value, QuestionSetError) and _chinese(str(err.value))


def test_a_question_set_with_repeated_options_names_the_question_in_chinese():
    bad = "- {question: 哪一条规定了问责方式？, options: [第十条, 第十条], correct: 0, explanation: 依据第十条。}"
    with pytest.raises(QuestionSetError, match="^第 1 题的 题目 有误：选项有重复$"):
        load_yaml(bad)
