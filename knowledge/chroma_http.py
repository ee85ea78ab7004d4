"""A Chroma HTTP client whose every request has a timeout.

chromadb's own HttpClient builds its httpx session with `timeout=None`, and its constructor
already talks to the server: a server that accepts the connection and never answers hangs the
caller for good (`wenze ask`, `wenze health`, the bot's start). This subclass of chromadb's HTTP
API sets a bounded timeout on that session before the first request is made.
"""
from __future__ import annotations

import httpx
from chromadb.api.fastapi import FastAPI

# Seconds. A query or a heartbeat takes milliseconds on a healthy server; an ingest's upsert of
# one document takes well under a second. Past this the server counts as silent.
CONNECT_TIMEOUT = 3.0
REQUEST_TIMEOUT = 10.0


class TimedFastAPI(FastAPI):
    """chromadb's FastAPI client with a bounded timeout on its HTTP session."""

    def __init__(self, system) -> None:  # noqa: ANN001 - chromadb's System
        super().__init__(system)
        self._session.timeout = httpx.Timeout(REQUEST_TIMEOUT, connect=CONNECT_TIMEOUT)


def http_client(url: str, settings):
    """A chromadb client for the server at `url` (http://host:port), with timeouts."""
    from urllib.parse import urlparse

    from chromadb.api.client import Client
    from chromadb.config import DEFAULT_DATABASE, DEFAULT_TENANT

    parsed = urlparse(url)
    settings.chroma_api_impl = f"{__name__}.TimedFastAPI"
    settings.chroma_server_host = parsed.hostname or "127.0.0.1"
    settings.chroma_server_http_port = parsed.port or 8000
    settings.chroma_server_ssl_enabled = parsed.scheme == "https"
    return Client(tenant=DEFAULT_TENANT, database=DEFAULT_DATABASE, settings=settings)
