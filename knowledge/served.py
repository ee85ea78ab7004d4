"""Index generations on a Chroma server, as the embedded store keeps them in folders.

A server is shared by every replica of the bot, so an ingest must never write into the collection
they read: it builds a new collection `<name>-gen-<ns>` (a copy of the live one, then the
changes), and only when that is complete switches the pointer, the metadata of the collection
`<name>-current` (where the manifest is kept too), with one request. Readers resolve the pointer
when they open the index and notice a switch on their next question. A killed ingest leaves a
collection nobody points at; the next ingest removes it, with every generation older than the
one before the live one.

An index built before generations (a collection named `<name>` and no pointer) stays readable
and is removed by the first switch after the next.
"""
from __future__ import annotations

import time

COPY_BATCH = 500


def _not_found() -> type[Exception]:
    from chromadb.errors import NotFoundError       # chromadb is imported on first use only (start time)

    return NotFoundError


def pointer_name(base: str) -> str:
    return f"{base}-current"


def new_generation(base: str) -> str:
    return f"{base}-gen-{time.time_ns()}"


def live_name(client, base: str) -> str | None:
    """The collection the pointer names; the pre-generation collection `base` when there is no
    pointer; None when there is no index. Errors other than "not found" (a server down) pass."""
    not_found = _not_found()
    try:
        live = (client.get_collection(pointer_name(base)).metadata or {}).get("live")
    except not_found:
        live = None
    if live:
        return str(live)
    try:
        client.get_collection(base)
    except not_found:
        return None
    return base


def copy(source, target) -> None:
    """Every record of `source` (vectors included) into `target`, page by page."""
    offset = 0
    while True:
        got = source.get(include=["embeddings", "documents", "metadatas"], limit=COPY_BATCH, offset=offset)
        if not got["ids"]:
            return
        target.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                   metadatas=got["metadatas"])
        offset += len(got["ids"])


def switch(client, base: str, new: str, manifest: dict, embedding_function) -> None:
    """Point readers at `new`: one metadata update of the pointer collection."""
    meta = {**manifest, "live": new}
    pointer = client.get_or_create_collection(pointer_name(base), embedding_function=embedding_function,
                                              metadata=meta)
    if (pointer.metadata or {}).get("live") != new:
        pointer.modify(metadata=meta)


def prune(client, base: str, keep: set[str]) -> list[str]:
    """Remove the generations (and the pre-generation collection) not in `keep`; returns their names."""
    gone = []
    for col in client.list_collections():
        name = col if isinstance(col, str) else col.name
        if (name == base or name.startswith(f"{base}-gen-")) and name not in keep:
            try:
                client.delete_collection(name)
                gone.append(name)
            except _not_found():
                pass
    return gone
