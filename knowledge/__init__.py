"""The knowledge base: shipped sources, parsing into cited chunks, the chromadb store and hybrid retrieval.

Data path: sources/*.md -> documents.load_document -> parsing.parse_document -> chunks
-> store.IndexStore (chromadb + our embeddings) -> retrieval.HybridRetriever.
"""
