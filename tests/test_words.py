"""The gate's word table (knowledge/data/words.sqlite) is jieba's, and reads questions as jieba's
dictionary does.

jieba is loaded here, as the reference; the code under test never imports it."""
import re

import jieba
import jieba.analyse
import jieba.posseg
import pytest
import yaml

from knowledge import build_words
from knowledge.words import cut

from tests.conftest import DATA


def test_the_shipped_table_is_what_the_installed_jieba_gives():
    """Rebuilt with `python -m knowledge.build_words` when jieba changes; never edited by hand."""
    assert list(build_words.differences()) == []
    assert build_words.TABLE.stat().st_size < 10_000_000
    assert "MIT" in build_words.read(build_words.TABLE)[1]["licence"]


def _questions() -> list[str]:
    out = [line.strip() for name in ("off_topic.txt", "off_topic_laws.txt")
           for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    for name in ("dev_questions.yaml", "national_questions.yaml", "user_questions_blind.yaml"):
        rows = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        out += [q["q"] for q in (rows["questions"] if isinstance(rows, dict) else rows)]
    return out


@pytest.fixture(scope="module")
def runs() -> list[str]:
    found = [run for q in _questions() for run in re.findall(r"[\u4e00-\u9fff]+", q)]
    assert len(found) > 500
    return found


def test_questions_are_cut_and_tagged_as_jieba_s_dictionary_cuts_them(runs):
    """Every run of Chinese characters in the repository's question sets: the same words as
    `jieba.posseg.cut(run, HMM=False)`, with the same part of speech and jieba.analyse's IDF."""
    jieba.setLogLevel(60)
    tfidf = jieba.analyse.default_tfidf
    ours = cut(runs)
    for run, words in zip(runs, ours, strict=True):
        theirs = [(p.word, p.flag) for p in jieba.posseg.cut(run, HMM=False)]
        assert [(w.text, w.tag) for w in words] == theirs, run
        for w in words:
            assert w.idf == pytest.approx(tfidf.idf_freq.get(w.text, tfidf.median_idf), abs=5e-4), w


def test_a_long_text_is_read_in_parts():
    """More substrings than SQLite takes in one statement."""
    text = "被问责的干部可以申诉吗" * 400
    words = cut([text])[0]
    assert "".join(w.text for w in words) == text
    assert [w.text for w in words[:6]] == [p for p in jieba.cut(text[:11], HMM=False)][:6]
