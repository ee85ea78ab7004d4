"""Timeouts for chromadb's HTTP client.

chromadb's HttpClient builds its httpx session with `timeout=None`, and its constructor already
talks to the server: a server that accepts the connection and never answers hangs the caller for
good (`wenze ask`, `wenze health`, the bot's start). chromadb offers no setting for it and accepts
no API class of ours (it names the ones it allows), so the session's timeout is given where
chromadb builds it: its module's `httpx.Client` is wrapped, once, to turn `timeout=None` into a
bounded one. Nothing else of httpx changes.
"""
from __future__ import annotations

import httpx

# Seconds. A query or a heartbeat takes milliseconds on a healthy server; an ingest's upsert of
# one document takes well under a second. Past this the server counts as silent.
CONNECT_TIMEOUT = 3.0
REQUEST_TIMEOUT = 10.0


class _TimedHttpx:
    """httpx as chromadb's HTTP client module sees it: the same, except that a Client asked for
    with no timeout gets ours."""

    def __getattr__(self, name: str):
        return getattr(httpx, name)

    @staticmethod
    def Client(*args, **kwargs) -> httpx.Client:  # noqa: N802 - httpx's name
        if kwargs.get("timeout", ...) is None:
            kwargs["timeout"] = httpx.Timeout(REQUEST_TIMEOUT, connect=CONNECT_TIMEOUT)
        return httpx.Client(*args, **kwargs)


def http_client(url: str, settings):
    """A chromadb client for the server at `url` (http://host:port), with timeouts."""
    from urllib.parse import urlparse

    import chromadb
    import chromadb.api.fastapi as fastapi

    if not isinstance(fastapi.httpx, _TimedHttpx):
        fastapi.httpx = _TimedHttpx()
    parsed = urlparse(url)
    return chromadb.HttpClient(host=parsed.hostname or "127.0.0.1", port=parsed.port or 8000,
                               ssl=parsed.scheme == "https", settings=settings)
