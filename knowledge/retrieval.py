"""Hybrid retrieval: character BM25 and dense vectors fused by reciprocal rank, with direct
article lookup and a per-query "nothing relevant" signal.

Why each piece:
- BM25 over character n-grams catches exact terms (责令公开道歉, 2030元); the dense model catches
  paraphrase (一把手 ~ 正职). Their reciprocal-rank fusion beats either alone on this corpus.
- A question naming an article (第十四条, 第14条, 十四条; read by rules/references.py, as fact
  extraction reads them) wants that article, not its neighbours;
  one naming an article that does not exist (第三十条) must come back empty, never with the
  least-bad passage.
- A near-empty chunk (第十八条's heading, whose list is missing from the source) is similar to
  every generic question; it only counts when the words of the question really are in it.
- The relevance gate declines a question that no passage really answers: none is very close in
  meaning, none is close and shares specific words (BM25 evidence), and none shares specific words
  that make up most of what the question is about. Weather, jokes and stock prices have neither;
  a train fare between two cities that a law article happens to name has words, but not enough of
  the question's. Questions about a law that is not ingested are declined for the same reason,
  and answered once it is: the gate asks about passages, not about topics.
"""
from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from rules.references import article_fields, article_numbers, article_of, without_refs

from .config import KnowledgeSettings
from .embeddings import Embedder
from .errors import EmbeddingError, IndexUnavailable
from .lexical import LexicalIndex, content_words, tokens
from .store import IndexStore, StoredChunk, open_store

RRF_K = 10                 # a small k lets a clear first place count; measured on the dev set
LEXICAL_WEIGHT = 2.0       # BM25 is the stronger ranker here (MRR 0.92 alone vs 0.74 dense)
DENSE_WEIGHT = 1.0
HEADING_WEIGHT = 1.0      # an article under a chapter the question names (第三章 追究方式)
CANDIDATES = 20
# Sources of two kinds share the index: the ingested documents (the Shenzhen texts) and the
# national laws. Each group is ranked on its own (its own BM25, its own rank lists), and the
# groups are weighed by how well each covers the question (`_group_weights`).
GROUP_DEPTH = 5            # the best few lexical chunks of a group show what it covers
GROUP_DENSE_DEPTH = CANDIDATES  # and its nearest chunks by meaning; both read per document
GROUP_DENSE_FACTOR = 4.0   # a cosine difference of 0.01 counts as 4 % of the question's content
GROUP_SPAN = 0.5           # a group this far behind the best one in relevance gets GROUP_FLOOR
GROUP_FLOOR = 0.1
# A fourth ranked list among the national laws: the laws by how close the question is to each
# as a whole (the mean of its chunks' vectors), every candidate article getting its law's place
# (the ingested documents are each first, `_document_ranks`). Among 23,490 law articles one of a law on another subject shares the question's words or
# is close to it by chance; an article of the law (or of the Shenzhen regulation) that is about
# the question's subject as a whole is preferred. Weighed at half a ranked list: 0.5 lowers no
# figure at any size measured, 1 costs a national question at 140 laws and 2 three at 10 laws
# (README, "Ranking at full size: a document's place").
DOCUMENT_WEIGHT = 0.5
# After the vector search failed (a silent or stopped Chroma server, a dead embeddings endpoint),
# it is not tried again for this long: each question would otherwise wait out the timeout.
DENSE_PAUSE_SECONDS = 30.0
# The relevance gate, calibrated on the dev questions, tests/data/off_topic.txt and
# off_topic_laws.txt with the default laws (README, "The relevance gate with the laws"): a question
# is answerable when a passage is very close in meaning alone, or close and shares some of the
# question's content words as specific words, or when one of the best lexical chunks shares
# specific words (MIN_EVIDENCE) that are MIN_SHARE of the question's content words
# (`LexicalIndex.share`: general-Chinese weights, so the bar does not sink as the index grows and
# coincidences multiply).
EVIDENCE_DEPTH = 3         # evidence is read from the best few lexical chunks
MIN_EVIDENCE = 4.5
MIN_SHARE = 0.45
MIN_DENSE_WITH_SOME_WORDS = 0.868
MIN_DENSE_ALONE = 0.90
# The two cosine bars hold for an index of this many chunks (the shipped sources and the ten
# default laws, where they were set). The best cosine of a question over more chunks is higher by
# chance alone: the expected maximum of n similarities grows as spread x sqrt(2 ln n) (README,
# "Ranking at 140 laws", measured 0.0207 where this predicts 0.0193). Over a bigger index the bars
# rise by that gain (`dense_chance_gain`), never sink below where they were set; each group of
# sources is read against its own size (`dense_beyond_chance`).
CALIBRATION_CHUNKS = 932

# Words that ask what an article says (第二十条是什么内容, 规定了什么, 原文), not which law it is of:
# they do not choose among the laws that have the article (`Corpus.laws_with`).
ARTICLE_ASKING = frozenset({"内容", "规定", "原文", "条文", "法条", "法律", "意思", "具体"})

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\U000e0000-\U000e007f]")


@dataclass
class Passage:
    id: str
    doc_id: str
    doc_title: str
    article: int | None
    label: str
    text: str
    score: float
    meta: dict = field(default_factory=dict, repr=False)

    def as_json(self) -> dict:
        return {"doc_id": self.doc_id, "doc_title": self.doc_title, **article_fields(self.article),
                "label": self.label, "text": self.text, "score": round(float(self.score), 4)}

    @property
    def truncated(self) -> bool:
        """The source breaks off inside this passage (第十八条 lacks its list)."""
        return bool(self.meta.get("truncated"))

    def as_langchain(self):
        from langchain_core.documents import Document as LCDocument

        return LCDocument(id=self.id, page_content=self.text,
                          metadata={**self.meta, "score": self.score, "label": self.label})


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the fronts list it: what it is, when, how many passages, what it lacks."""

    id: str
    title: str
    date: str
    lacks: str
    count: int                 # passages (chunks) in the index
    issuer: str = ""
    status: str = ""           # an operator's finding (现行有效, 已废止, …); "" = not verified
    checked: str = ""


@dataclass
class SearchResult:
    passages: list[Passage]
    reason: str            # article / hybrid / no_match / article_not_found / article_elsewhere / empty_query /
                           # unavailable
    signals: dict = field(default_factory=dict)

    @property
    def grounded(self) -> bool:
        return bool(self.passages)


def normalize_query(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).strip()


def _core_title(title: str) -> str:
    core = re.sub(r"^深圳(市)?", "", title)
    core = re.sub(r"^\d{4}年", "", core)
    return core


class Corpus:
    """The chunks in memory, looked up by article and document; no index needed.

    On its own (`Corpus.shipped()`) it is what the assistant falls back on when the index cannot
    be opened: the rules still decide and quote their articles, and a question naming an article
    still gets it, while everything that needs search says the index is unavailable.
    """

    degraded = True

    def __init__(self, chunks: list[StoredChunk], reason: str = "") -> None:
        self.chunks: list[StoredChunk] = sorted(chunks, key=lambda c: (c.meta["doc_id"], c.meta.get("ordinal", 0)))
        if not self.chunks:
            raise IndexUnavailable("索引是空的：请先运行 wenze ingest。")
        self._pos = {c.id: i for i, c in enumerate(self.chunks)}
        self.titles = {c.meta["doc_id"]: c.meta["doc_title"] for c in self.chunks}
        # national laws (knowledge/laws.py) and the short names they are cited by (公务员法, 政务处分法)
        self.laws = {c.meta["doc_id"] for c in self.chunks if c.meta.get("law_id")}
        self.short_names = {c.meta["doc_id"]: [n for n in c.meta.get("law_short", "").split("|") if n]
                            for c in self.chunks if c.meta.get("law_id")}
        self.reason = reason

    @classmethod
    def shipped(cls, reason: str = "") -> "Corpus":
        """The shipped sources, parsed now (about 0.1 s), with the metadata ingestion gives them."""
        from .documents import shipped_source_paths

        return cls(cls.parsed(shipped_source_paths()), reason)

    @staticmethod
    def parsed(paths) -> list[StoredChunk]:
        """The chunks of the files at `paths`, parsed now, with the metadata ingestion gives them
        (front matter included), without an index: what the checker holds drafts to after
        `wenze ingest` of those files."""
        from .documents import load_document
        from .parsing import parse_document

        chunks = []
        for path in paths:
            doc = load_document(path)
            extra = {"doc_lacks": doc.lacks or "", "doc_date": doc.date or "", "doc_issuer": doc.issuer or "",
                     "doc_status": doc.status or "", "doc_checked": doc.checked or "",
                     "doc_origin": str(doc.meta.get("origin") or "")}
            chunks += [StoredChunk(c.id, c.text, {**c.metadata(""), **extra}) for c in parse_document(doc)]
        return chunks

    # ------------------------------------------------------------ lookups
    def passage(self, i: int, score: float) -> Passage:
        c = self.chunks[i]
        return Passage(c.id, c.meta["doc_id"], c.meta["doc_title"], c.meta.get("article"),
                       c.meta["label"], c.text, score, c.meta)

    def article(self, number: int, doc_id: str | None = None) -> Passage | None:
        """The article of `doc_id`; without one, of the ingested regulations before the national
        laws (第十四条 alone means the Shenzhen regulation's, not 378 laws' 第十四条)."""
        found = [i for i, c in enumerate(self.chunks) if c.meta.get("article") == number
                 and c.meta["doc_kind"] == "regulation" and (doc_id is None or c.meta["doc_id"] == doc_id)]
        found.sort(key=lambda i: self.chunks[i].meta["doc_id"] in self.laws)
        return self.passage(found[0], 1.0) if found else None

    def mentions(self, text: str) -> bool:
        """Whether any passage of the index has `text` verbatim."""
        return any(text in c.text for c in self.chunks)

    def texts(self) -> list[str]:
        """Every passage's text, for a reader that holds a claim to the whole index (an absence)."""
        return [c.text for c in self.chunks]

    def articles(self, doc_id: str | None = None) -> list[int]:
        return sorted({c.meta["article"] for c in self.chunks if c.meta.get("article") is not None
                       and (doc_id is None or c.meta["doc_id"] == doc_id)})

    def documents(self) -> list[DocumentInfo]:
        """The documents in the index, in the order of `titles`."""
        out = []
        for doc_id, title in self.titles.items():
            chunks = [c for c in self.chunks if c.meta["doc_id"] == doc_id]
            meta = chunks[0].meta
            out.append(DocumentInfo(doc_id, title, meta.get("doc_date") or "", meta.get("doc_lacks") or "", len(chunks),
                                    meta.get("doc_issuer") or "", meta.get("doc_status") or "",
                                    meta.get("doc_checked") or ""))
        return out

    def document(self, name: str) -> DocumentInfo | None:
        """The first document whose id or title is `name`, or whose title contains it."""
        return next((d for d in self.documents() if name in (d.id, d.title) or name in d.title), None)

    def named_documents(self, query: str) -> set[str]:
        named = {d for d, t in self.titles.items() if t in query or _core_title(t) in query
                 or any(n in query for n in self.short_names.get(d, ()))}
        # 《中华人民共和国公务员法》 also contains 公务员法: a longer name named wins over its part
        return {d for d in named if not any(d != o and self.titles[d] in self.titles[o] and self.titles[o] in query
                                            for o in named)}

    # ------------------------------------------------------------ search
    def _screen(self, query: str) -> tuple[str, SearchResult | None, set[str], list[Passage] | None]:
        """What every search does first: normalize, refuse an empty query, look up named articles.
        Returns (query, a final result or None, named documents, direct passages). Which questions
        the assistant declines to answer is not retrieval's business (bot/core/guard.py)."""
        query = normalize_query(query)
        if not query or not tokens(query):
            return query, SearchResult([], "empty_query"), set(), None
        docs = self.named_documents(query)
        numbers = article_numbers(query)
        if not numbers:
            return query, None, docs, None
        # an article number alone is the ingested regulations' (the national laws only when named)
        scope = docs or ([d for d in self.titles if d not in self.laws] or list(self.titles))
        regs = [d for d in scope if any(
            c.meta["doc_kind"] == "regulation" and c.meta["doc_id"] == d for c in self.chunks)]
        direct = [p for n in numbers for d in regs if (p := self.article(n, d))]
        if regs and not direct:
            if not docs and self.laws:
                # no document named and the regulations lack it: which laws have it is a question
                # back to the asker, never one law's article answered as if it had been named
                having = self.laws_with(numbers[0], query)
                if having:
                    return query, SearchResult([], "article_elsewhere", {"articles": numbers, "laws": having}), \
                        docs, None
            signals = {"articles": numbers, "documents": sorted(regs),
                       "laws_searched": len(self.laws) if not docs else 0}
            return query, SearchResult([], "article_not_found", signals), docs, None
        return query, None, docs, direct

    @cached_property
    def _law_articles(self) -> dict[int, list[int]]:
        """The national laws' chunks by article number, built on the first bare number asked: a
        scan of 23,500 law articles per question cost 10 ms or more."""
        out: dict[int, list[int]] = {}
        for i, c in enumerate(self.chunks):
            if c.meta.get("article") is not None and c.meta["doc_id"] in self.laws:
                out.setdefault(c.meta["article"], []).append(i)
        return out

    def laws_with(self, number: int, query: str = "") -> list[str]:
        """The national laws in the index that have article `number`, those whose article best
        matches the question's other words first (第二十条关于公务员职位设置 -> 公务员法), then the
        default set's (the laws accountability questions reach), then by title. The words that only
        ask what an article says (内容, 规定) are no choice of law: 规定 is in a third of all articles."""
        from .laws import default_law_names

        words = {w: idf for w, idf in content_words(without_refs(query)).items() if w not in ARTICLE_ASKING}
        defaults = {name: i for i, name in enumerate(default_law_names())}
        score: dict[str, float] = {}
        for i in self._law_articles.get(number, ()):
            c = self.chunks[i]
            d = c.meta["doc_id"]
            score[d] = max(score.get(d, 0.0), sum(idf for w, idf in words.items() if w in c.text))
        return sorted(score, key=lambda d: (-score[d], defaults.get(self.titles[d], len(defaults)), self.titles[d]))

    def search(self, query: str, k: int = 5, within: set[str] | None = None) -> SearchResult:
        query, final, _, direct = self._screen(query)
        if final is not None:
            return final
        if direct:
            return SearchResult(direct[:max(k, len(direct))], "article")
        return SearchResult([], "unavailable", {"error": self.reason})


class KnowledgeBase(Corpus):
    """The index loaded for querying: chunks in memory for BM25 and lookups, chroma for vectors."""

    degraded = False

    def __init__(self, store: IndexStore) -> None:
        self.generation = store.generation()        # before reading: a switch meanwhile means one more reload
        super().__init__(store.read_all())
        self.store = store
        self.embedder: Embedder = store.embedder
        # the collection queried directly: langchain-chroma would add LangChain's tracing stack
        # (a second of imports) to the start of every process, for one call
        _, self.collection = store.open_collection()
        self._vectors = self._read_vectors()
        self.lexical = LexicalIndex([c.text for c in self.chunks],
                                    ["law" if c.meta.get("law_id") else "" for c in self.chunks])
        # per regulation article, the parts of its heading that its own text uses: read once
        # here, not for every question (`_heading_hits`)
        self._headed: list[tuple[int, tuple[str, ...]]] = [
            (i, parts) for i, c in enumerate(self.chunks) if c.meta.get("doc_kind") == "regulation"
            and (parts := tuple(p for p in heading_parts(c.meta.get("heading") or "") if p in c.text))]
        self._dense_down_until = 0.0
        self._doc_of, self._doc_vectors = self._document_vectors()

    def _document_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """Per chunk, the position of its document; per document, the mean of its chunks'
        vectors at unit length (what the document is about as a whole, for `_document_ranks`).
        Read once here: the chunks are sorted by document (`Corpus`), so each document's chunks
        are one run of rows, summed in one pass."""
        doc_ids = list(dict.fromkeys(c.meta["doc_id"] for c in self.chunks))
        position = {d: k for k, d in enumerate(doc_ids)}
        doc_of = np.array([position[c.meta["doc_id"]] for c in self.chunks], dtype=int)
        starts = np.flatnonzero(np.r_[True, doc_of[1:] != doc_of[:-1]])
        sums = np.add.reduceat(self._vectors, starts, axis=0) if len(starts) else np.zeros((0, self._vectors.shape[1]))
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return doc_of, sums / np.where(norms > 0, norms, 1.0)

    def _document_ranks(self, qvec: np.ndarray, members: np.ndarray, allowed: np.ndarray) -> dict[int, int]:
        """The place of each document of a group (among those the search may return) by the
        cosine of the question with the document's mean vector: 0 for the closest.

        Only the national laws are placed: they are hundreds on every subject, of which a question
        is about one or two. The ingested documents were chosen for the questions asked here; an
        ingested regulation on 审批 is not put behind the Shenzhen work report because the report
        as a whole is closer to the question, so each of them is first (the group keeps its own
        order and stands against the laws as when its one closest document was first)."""
        of = self._doc_of[members[allowed[members]]]      # in chunk order: each document one run
        docs = of[np.r_[True, of[1:] != of[:-1]]] if of.size else of
        if not self.chunks[int(members[0])].meta.get("law_id"):
            return {int(d): 0 for d in docs}
        order = docs[np.argsort(-(self._doc_vectors[docs] @ qvec), kind="stable")]
        return {int(d): rank for rank, d in enumerate(order)}

    def _read_vectors(self) -> np.ndarray:
        """Every chunk's vector, unit length, in the order of `chunks`.

        The dense search is exact over these rather than Chroma's approximate (HNSW) query:
        Chroma rebuilds or reloads its graph differently from one process to the next, so the same
        question on the same index got different neighbours (dev recall@3 0.823 or 0.839 with the
        laws). A matrix product over 26,000 × 384 floats takes a few milliseconds."""
        got = self.collection.get(include=["embeddings"])
        width = len(got["embeddings"][0]) if len(got["embeddings"]) else 0
        vectors = np.zeros((len(self.chunks), width), dtype=np.float32)
        for chunk_id, vector in zip(got["ids"], got["embeddings"]):
            if chunk_id in self._pos:
                vectors[self._pos[chunk_id]] = vector
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)

    @classmethod
    def open(cls, settings: KnowledgeSettings, *, build: bool = True) -> "KnowledgeBase":
        """Open the index, building it from the shipped sources first when it is missing."""
        return cls.of_store(open_store(settings), build=build)

    @classmethod
    def of_store(cls, store: IndexStore, *, build: bool = True) -> "KnowledgeBase":
        """The index in `store`, built from the shipped sources first when it is missing."""
        if build and not store.exists():
            from .ingest import ingest

            ingest(store)
        return cls(store)

    def search(self, query: str, k: int = 5, within: set[str] | None = None) -> SearchResult:
        """`within`: the documents searched, when not all (the answer weighing one regulation's
        passages against another's: bot/core/regulations.py); the gate reads their chunks only."""
        query, final, docs, direct = self._screen(query)
        if final is not None:
            return final
        allowed = np.array([(not docs or c.meta["doc_id"] in docs) and (within is None or c.meta["doc_id"] in within)
                            for c in self.chunks])
        ranked, signals = self._hybrid(query, allowed, self._without_names(query, docs))
        if direct:
            seen = {p.id for p in direct}
            rest = [self.passage(i, s) for i, s in ranked if self.chunks[i].id not in seen]
            return SearchResult((direct + rest)[:max(k, len(direct))], "article", signals)
        if not self._relevant(signals):
            return SearchResult([], "no_match", signals)
        return SearchResult([self.passage(i, s) for i, s in ranked[:k]], "hybrid", signals)

    def _without_names(self, query: str, docs: set[str]) -> str:
        """The question without the names of the laws it names (公务员法规定的处分有哪几种 ->
        规定的处分有哪几种), for ranking the articles of those laws by their words. The name
        scopes the search to the law (`named_documents`); every article of the law is about it,
        so as words of the question the name's characters only favoured the articles that repeat
        公务员 most (第六十三条 over the list of the kinds of 处分 in 第六十二条). Only the
        national laws' names: an ingested document's title is used as words as it was calibrated."""
        names = sorted({n for d in docs if d in self.laws
                        for n in (self.titles[d], _core_title(self.titles[d]), *self.short_names.get(d, ()))
                        if n}, key=len, reverse=True)
        for name in names:
            query = query.replace(name, " ")
        return query

    def _hybrid(self, query: str, allowed: np.ndarray,
                ranking_query: str | None = None) -> tuple[list[tuple[int, float]], dict]:
        """`ranking_query`: the words the lexical ranking reads (the question without a named
        law's name, `_without_names`); the gate reads the question's own best lexical chunks."""
        bm25 = np.where(allowed, self.lexical.scores(query), 0.0)
        ranked_bm25 = (bm25 if ranking_query in (None, query)
                       else np.where(allowed, self.lexical.scores(ranking_query), 0.0))
        if time.monotonic() < self._dense_down_until:
            raise EmbeddingError("暂时无法检索法规（向量检索刚刚出错，稍后重试）。")
        try:
            qvec = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        except Exception as err:  # a dead embedding endpoint: fail closed
            self._dense_down_until = time.monotonic() + DENSE_PAUSE_SECONDS
            if isinstance(err, EmbeddingError):
                raise
            raise EmbeddingError("暂时无法检索法规（向量检索出错）。") from err
        # cosine similarity, exact (see _read_vectors)
        qvec = qvec / (np.linalg.norm(qvec) or 1.0)
        dense = np.where(allowed, self._vectors @ qvec, -1.0)
        fused = np.zeros(len(self.chunks))
        headed = np.where(allowed, self._heading_hits(query), 0.0)
        for members in self.lexical.groups.values():
            for scores, weight in ((ranked_bm25, LEXICAL_WEIGHT), (dense, DENSE_WEIGHT), (headed, HEADING_WEIGHT)):
                mine = np.asarray(members)[np.argsort(-scores[members], kind="stable")]
                order = [i for i in mine if scores[i] > 0][:CANDIDATES]
                for rank, i in enumerate(order):
                    fused[i] += weight / (RRF_K + rank + 1)
            # the candidates' documents, ranked as wholes (DOCUMENT_WEIGHT), as a step down from
            # the first document's: the scores of the first document's passages, which the
            # answer compares with each other (bot/core/drafting.py, leading.py), stay as they were
            idx = np.asarray(members)
            candidates = idx[fused[idx] > 0]
            if candidates.size:
                place = self._document_ranks(qvec, idx, allowed)
                behind = np.array([place[int(d)] for d in self._doc_of[candidates]])
                fused[candidates] += DOCUMENT_WEIGHT * (1 / (RRF_K + behind + 1) - 1 / (RRF_K + 1))
        fused *= self._group_weights(query, bm25, dense)
        order = [int(i) for i in np.argsort(-fused, kind="stable") if fused[i] > 0]
        # the best few of each group: BM25 scores of two groups are not on one scale
        top_lexical = [int(i) for members in self.lexical.groups.values() for i in
                       np.asarray(members)[np.argsort(-bm25[members], kind="stable")[:EVIDENCE_DEPTH]] if bm25[i] > 0]
        # per chunk: how specific its shared words are, and what share of the question they are
        found = [(e, self.lexical.share(query, i)) for i in top_lexical if (e := self.lexical.evidence(query, i)) > 0]
        signals = {
            "bm25": float(bm25.max(initial=0.0)),
            "evidence": max((e for e, _ in found), default=0.0),
            "dense": float(dense.max(initial=0.0)),
            "share": max((sh for e, sh in found if e >= MIN_EVIDENCE), default=0.0),   # of a chunk with evidence enough
            "some_share": max((sh for _, sh in found), default=0.0),                   # of any chunk with evidence
            "dense_beyond_chance": dense_beyond_chance(dense, allowed, self.lexical.groups),
        }
        return [(i, float(fused[i])) for i in order], signals

    def _group_weights(self, query: str, bm25: np.ndarray, dense: np.ndarray) -> np.ndarray:
        """Per chunk, the weight of its group for this question: 1 for the group that covers the
        question best, less for one far behind (down to GROUP_FLOOR), so that each group's own
        ranking decides within it and the question's words decide between them.

        A group's relevance is that of its best document: the share of the question's content
        that one of the document's best lexical chunks has (`LexicalIndex.coverage`, weighed over
        the whole index) plus the best cosine similarity of its chunks, both from the same
        document. "较大事故街道主任会受什么处理" is covered by the Shenzhen table (街道, 主任),
        "被立案调查期间可以辞去公职吗" by a law. BM25 scores from two corpora of very different sizes
        are not compared, and neither is a rank: every group has a first place. Nor are the best
        coverage and the best cosine of a whole group added up: among 23,490 law articles one
        article covers the words and another, of another law, is close in meaning by chance, and
        their sum won questions that no single law answers better than the Shenzhen texts."""
        weights = np.ones(len(self.chunks))
        groups = self.lexical.groups
        if len(groups) < 2:
            return weights
        relevance = {}
        for g, members in groups.items():
            idx = np.asarray(members)
            top = [int(i) for i in idx[np.argsort(-bm25[idx], kind="stable")[:GROUP_DEPTH]] if bm25[i] > 0]
            near = [int(i) for i in idx[np.argsort(-dense[idx], kind="stable")[:GROUP_DENSE_DEPTH]]]
            per_doc: dict[str, tuple[float, float]] = {}
            for i in dict.fromkeys(top + near):
                doc = self.chunks[i].meta["doc_id"]
                cover, cosine = per_doc.get(doc, (0.0, -1.0))
                per_doc[doc] = (max(cover, self.lexical.coverage(query, i) if i in top else 0.0),
                                max(cosine, float(dense[i])))
            relevance[g] = max((c + GROUP_DENSE_FACTOR * d for c, d in per_doc.values()), default=0.0)
        best = max(relevance.values())
        for g, members in groups.items():
            weights[members] = max(GROUP_FLOOR, 1.0 - (best - relevance[g]) / GROUP_SPAN)
        return weights

    def _heading_hits(self, query: str) -> np.ndarray:
        """1 for the articles under a chapter or section whose title the question names and whose
        own text uses that title (第三章 追究方式 -> the article beginning "追究方式包括"), else 0.
        A title of several parts (问责方式、适用、程序) counts part by part."""
        hits = np.zeros(len(self.chunks))
        for i, parts in self._headed:
            if any(part in query for part in parts):
                hits[i] = 1.0
        return hits

    @staticmethod
    def _relevant(signals: dict) -> bool:
        """Whether some passage answers the question (see the module docstring). An absolute sum
        of shared words is not enough on its own: its chance coincidences grow with the index
        (多少 and 票多 in one article of 874, 北京 and 上海 in one of 8,686), the share of the question
        does not. Nor is the best cosine of a big index: it is read less its chance maximum
        (`dense_beyond_chance`), so that "如何减肥", close to one article of 23,548 by chance
        (0.869), is not answered."""
        dense = signals.get("dense_beyond_chance", signals["dense"])
        if dense >= MIN_DENSE_ALONE:
            return True
        if signals["some_share"] > 0 and dense >= MIN_DENSE_WITH_SOME_WORDS:
            return True
        return signals["share"] >= MIN_SHARE


def dense_chance_gain(searched: int, spread: float) -> float:
    """How much higher the best of `searched` cosines is expected to be, by chance alone, than the
    best of CALIBRATION_CHUNKS: spread x (sqrt(2 ln n) - sqrt(2 ln n0)), the leading term of the
    expected maximum of n draws (extreme-value theory), which matched the measured gain at 140
    laws. Zero for an index no bigger than the one the bars were set on: a smaller one keeps them
    (its off-topic questions were declined at those bars)."""
    if searched <= CALIBRATION_CHUNKS or spread <= 0:
        return 0.0
    return spread * float(np.sqrt(2 * np.log(searched)) - np.sqrt(2 * np.log(CALIBRATION_CHUNKS)))


def dense_beyond_chance(dense: np.ndarray, allowed: np.ndarray, groups: dict[str, list[int]]) -> float:
    """The best cosine of a group less what chance alone gives the best of that many chunks
    over the calibrated size (`dense_chance_gain`, with the spread of this question's cosines
    in the group), the highest over the groups. Per group, not over the whole index: a question
    about the Shenzhen table is close to a Shenzhen article because it is about it, and that
    cosine does not grow when 23,490 law articles join the index; the best of the laws' does."""
    best = []
    for members in groups.values():
        idx = np.asarray(members, dtype=int)
        cosines = dense[idx[allowed[idx]]]
        if cosines.size:
            best.append(float(cosines.max()) - dense_chance_gain(cosines.size, float(cosines.std())))
    return max(best, default=0.0)


def _hybrid_retriever():
    """LangChain's face of KnowledgeBase.search, defined on first use: LangChain's retriever base
    class is not needed to answer a question and costs a second of imports at start."""
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document as LCDocument
    from langchain_core.retrievers import BaseRetriever
    from pydantic import ConfigDict

    class HybridRetriever(BaseRetriever):
        """LangChain face of KnowledgeBase.search, so the answer pipeline can compose it."""

        model_config = ConfigDict(arbitrary_types_allowed=True)
        kb: KnowledgeBase
        k: int = 5

        def _get_relevant_documents(self, query: str, *,
                                    run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
            return [p.as_langchain() for p in self.kb.search(query, self.k).passages]

    return HybridRetriever


_LAZY: dict[str, type] = {}


def __getattr__(name: str):
    if name == "HybridRetriever":
        if name not in _LAZY:
            _LAZY[name] = _hybrid_retriever()
        return _LAZY[name]
    raise AttributeError(name)


def heading_parts(heading: str) -> list[str]:
    """The titles in a chunk's heading without their numbers, split at 、 and spaces:
    "第三章问责方式、适用、程序" -> [问责方式, 适用, 程序]."""
    parts = re.split(r"[、，\s]+|第[^章节]{1,4}[章节]", heading)
    return [p for p in parts if len(p) >= 2]


def citation_refs(meta: dict) -> tuple[list[int], list[dict]]:
    return ([article_of(n) for n in json.loads(meta.get("refs_internal", "[]"))],
            json.loads(meta.get("refs_external", "[]")))
