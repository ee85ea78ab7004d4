"""Ranking within a law and across laws (issue 16, "Ranking at full size: within a law"): small
indexes of law articles built in memory, each mechanism with a question it decides."""
import numpy as np
from knowledge.lexical import LexicalIndex
from knowledge.retrieval import Corpus, KnowledgeBase
from knowledge.store import StoredChunk


def _kb(laws: dict[str, list[tuple[str, str, float]]], short: dict[str, str] | None = None) -> KnowledgeBase:
    """A knowledge base over law articles given per law title as (chapter path, text, cosine with
    the question): each article's vector is at that cosine from the question's (the first axis),
    the rest of it pointing its own way; the question's vector is the first axis."""
    short = short or {}
    chunks = []
    for title, rows in laws.items():
        for i, (heading, text, _) in enumerate(rows):
            chunks.append(StoredChunk(f"{title}-{i}", text, {
                "doc_id": title, "doc_title": title, "label": f"{title}-{i}", "ordinal": i, "heading": heading,
                "doc_kind": "regulation", "law_id": title, "law_short": short.get(title, "")}))
    cosine = {f"{title}-{i}": cos for title, rows in laws.items() for i, (_, _, cos) in enumerate(rows)}
    kb = object.__new__(KnowledgeBase)
    Corpus.__init__(kb, chunks)
    width = len(kb.chunks) + 1
    vectors = np.zeros((len(kb.chunks), width), dtype=np.float32)
    for n, c in enumerate(kb.chunks):
        vectors[n, 0] = cosine[c.id]
        vectors[n, n + 1] = (1 - cosine[c.id] ** 2) ** 0.5
    kb._vectors = vectors
    kb.lexical = LexicalIndex([c.text for c in kb.chunks], ["law"] * len(kb.chunks))
    kb._headed, kb._dense_down_until = [], 0.0
    kb._doc_of, kb._doc_vectors = kb._document_vectors()
    query = np.zeros(width, dtype=np.float32)
    query[0] = 1.0
    kb.embedder = type("Fixed", (), {"embed_query": staticmethod(lambda q: query)})()
    return kb


def _first(kb: KnowledgeBase, question: str) -> str:
    return kb.search(question, k=3).passages[0].id if kb.search(question, k=3).passages else ""


CIVIL_SERVANTS = "中华人民共和国公务员法"


def test_a_named_laws_name_is_no_word_of_the_question_within_that_law(monkeypatch):
    """"公务员法规定的处分有哪几种" named the law, and the law's name, as words, favoured the
    article that repeats 公务员 (on the procedure of a 处分) over the one that lists the kinds of
    处分. The name scopes the search; the articles are ranked by the rest of the question."""
    kb = _kb({CIVIL_SERVANTS: [
        ("第九章 监督与惩戒", "第六十二条 处分分为：警告、记过、记大过、降级、撤职、开除。", 0.95),
        ("第九章 监督与惩戒", "第六十三条 公务员违纪违法，应当调查认定事实，告知公务员本人；公务员可以陈述申辩，"
                          "决定机关不得因公务员申辩而加重处分。", 0.95),
        ("第一章 总则", "第一条 为了规范公务员管理，保障公务员合法权益，制定本法。", 0.80),
    ]}, {CIVIL_SERVANTS: "公务员法"})
    assert kb._without_names("公务员法规定的处分有哪几种", {CIVIL_SERVANTS}) == " 规定的处分有哪几种"
    assert _first(kb, "公务员法规定的处分有哪几种") == f"{CIVIL_SERVANTS}-0"
    monkeypatch.setattr(KnowledgeBase, "_without_names", lambda self, query, docs: query)
    assert _first(kb, "公务员法规定的处分有哪几种") != f"{CIVIL_SERVANTS}-0"     # an article repeating 公务员 leads


def test_a_bigram_between_two_known_words_is_not_repaired_as_a_typo(monkeypatch):
    """"干部可以" has the bigram 部可, which no passage uses because it straddles 干部 and 可以; its
    homophone 不可 is a word of some other article, and with thousands of law articles every such
    bigram has one. Only a bigram that does not join two known words is a typo to repair."""
    import knowledge.lexical as lexical

    texts = ["公务员对处分不服的，可以申诉。", "干部应当遵守纪律。", "本条规定不可抗力的情形。", "问责方式包括通报批评。",
             "对重大事故负有领导责任的，应当引咎辞职。"]
    index = LexicalIndex(texts, ["law"] * len(texts))
    stray = 2
    assert "不可" not in index.query_tokens("干部可以申诉吗", "law")
    kept = index.scores("干部可以申诉吗")[stray]
    # misspelt words are still repaired: they are not between two known words
    assert {"问责", "通报", "引咎"} <= set(index.query_tokens("问则方式有通抱批评吗，要引救辞职吗", "law"))
    monkeypatch.setattr(lexical, "REPAIR_UNJOINED_ONLY", False)       # every unknown bigram repaired
    assert "不可" in index.query_tokens("干部可以申诉吗", "law") and index.scores("干部可以申诉吗")[stray] > kept
