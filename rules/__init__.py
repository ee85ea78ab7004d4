"""The regulation as code: YAML rule tables with citations, fact extraction, the engine and the checker.

Nothing here imports chromadb, langchain or the embedding model: `wenze rules check` stays fast.
"""
