"""The relevance gate's share of the question (knowledge/lexical.py `content_words`,
`LexicalIndex.share`): what a question is about, and how much of it one passage has; and its
cosine bars, read against what chance gives an index of that size (`dense_beyond_chance`).

No embedding here; the gate on a real index with laws is tested in tests/test_laws.py."""
import numpy as np

from knowledge.lexical import LexicalIndex, content_words
from knowledge.retrieval import MIN_DENSE_WITH_SOME_WORDS, MIN_SHARE, KnowledgeBase, dense_beyond_chance

# Invented texts: an article that lists cities among many, and one on the question's subject.
CITIES = "本表所列直辖市为北京、天津、上海、重庆，各省、自治区按附表执行，税额以元每平方米计。"
RESIGN = "领导成员因工作严重失误、失职造成重大损失或者恶劣社会影响的，或者对重大事故负有领导责任的，应当引咎辞去领导职务。"
REVIEW = "受到问责的领导干部应当作出书面检查。"
FILLER = [f"第{i}条 本规定所称{w}，是指依照法律由{v}负责的{x}事项。" for i, (w, v, x) in enumerate(
    (w, v, x) for w in ("监督", "审计", "统计", "税收", "港口", "铁路", "航空", "邮政")
    for v in ("国务院", "县级以上人民政府", "有关部门", "海关") for x in ("登记", "检查", "许可", "备案", "赔偿"))]


def test_content_words_are_what_a_question_is_about():
    words = content_words("北京到上海的高铁票多少钱")
    assert {"北京", "上海", "高铁"} <= set(words)
    # no particles, no question words, no bigram across two words (到上, 票多)
    assert not {"的", "多少", "到上", "票多", "海的"} & set(words)
    # weighed by general Chinese: the train says more than a city
    assert words["高铁"] > words["北京"]
    assert {"1+6", "文件"} <= set(content_words("1+6文件是指哪些文件")) and "哪些" not in content_words("1+6文件是指哪些文件")
    assert set(content_words("地铁在建线路总共多长")) == {"地铁", "在建", "线路", "总共"}
    assert not {"吗", "是", "有", "什么"} & set(content_words("是什么有吗"))


def test_a_passage_naming_the_cities_covers_little_of_a_train_fare_question():
    idx = LexicalIndex([CITIES, RESIGN, REVIEW])
    assert idx.share("北京到上海的高铁票多少钱", 0) < MIN_SHARE
    assert idx.share("北京到上海的高铁票多少钱", 1) == 0.0
    assert idx.share("对重大事故负有领导责任要引咎辞职吗", 1) >= MIN_SHARE
    # a homophone typo of two characters still counts as its word (检察 -> 检查)
    assert idx.share("要写书面检察吗", 2) == idx.share("要写书面检查吗", 2) == 1.0
    assert idx.share("要写书面检察吗", 1) == 0.0


def test_the_share_of_a_question_does_not_change_with_the_size_of_the_index():
    """Evidence (IDF over the index) moves as articles are added; the share a passage has of the
    question is the passage's and the question's alone, so the bar holds at any corpus size."""
    question = "北京到上海的高铁票多少钱"
    small = LexicalIndex([CITIES, RESIGN])
    big = LexicalIndex([CITIES, RESIGN, *FILLER], ["", "", *["law"] * len(FILLER)])
    assert len(FILLER) >= 150
    assert big.share(question, 0) == small.share(question, 0)
    assert big.share("对重大事故负有领导责任要引咎辞职吗", 1) == small.share("对重大事故负有领导责任要引咎辞职吗", 1)


def _gate_over(n_laws: int, rng: np.random.Generator, shenzhen_best: float | None = None) -> tuple[bool, float]:
    """One question over an index of the 58 shipped chunks and `n_laws` law articles whose
    cosines are chance alone (spread 0.013, the median measured over the 352 laws' articles),
    optionally with one Shenzhen chunk that really is close to it: whether the gate passes it
    (it shares some words, no share enough), and the raw best cosine."""
    groups = {"": list(range(58)), "law": list(range(58, 58 + n_laws))}
    dense = rng.normal(0.82, 0.013, 58 + n_laws)
    if shenzhen_best is not None:
        dense[:58] = np.minimum(dense[:58], shenzhen_best)
        dense[3] = shenzhen_best
    allowed = np.ones(len(dense), dtype=bool)
    signals = {"dense": float(dense.max()), "some_share": 0.3, "share": 0.0,
               "dense_beyond_chance": dense_beyond_chance(dense, allowed, groups)}
    return KnowledgeBase._relevant(signals), float(dense.max())


def test_the_cosine_bars_rise_with_what_chance_gives_a_bigger_index():
    """The best of more cosines is higher by chance alone (extreme values: spread x sqrt(2 ln n)).
    With the ten default laws (874 articles) a question close to nothing is declined; with all
    352 (23,490) its best cosine rises past the bar that was set at 932 chunks, and the gate must
    still decline it. A question that really is close to a Shenzhen article passes at every size:
    that cosine is the question's, not chance's."""
    rng = np.random.default_rng(16)
    small = [_gate_over(874, rng) for _ in range(40)]
    big = [_gate_over(23_490, rng) for _ in range(40)]
    # the raw best cosine does rise past the bar with the index
    assert np.mean([d for _, d in big]) - np.mean([d for _, d in small]) > 0.008
    assert sum(d >= MIN_DENSE_WITH_SOME_WORDS for _, d in big) > 30
    assert sum(d >= MIN_DENSE_WITH_SOME_WORDS for _, d in small) <= 5
    # the gate does not: chance passes as rarely at 23,490 articles as at 874
    assert sum(ok for ok, _ in small) <= 5 and sum(ok for ok, _ in big) <= 5
    for n_laws in (0, 874, 8_628, 23_490):
        assert _gate_over(n_laws, rng, shenzhen_best=0.875)[0]
