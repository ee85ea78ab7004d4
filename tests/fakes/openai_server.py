"""A local OpenAI-compatible chat server that plays a script of replies.

Each reply is a dict: {"content": str} for a normal completion, {"status": 429, "retry_after": s}
for a rate limit, {"delay": s, ...} to answer late (a timeout for the client), {"raw": bytes} for
a body that is not a completion. When the script runs out, the last reply repeats.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    def __init__(self) -> None:
        self.script: list[dict] = []
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:   # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with server._lock:
                    server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                                            "json": json.loads(body or b"{}")})
                    reply = server.script.pop(0) if len(server.script) > 1 else (server.script or [{}])[0]
                if reply.get("delay"):
                    time.sleep(reply["delay"])
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                if reply.get("status"):
                    headers = {"retry-after": str(reply.get("retry_after", 0))}
                    return self._send(reply["status"], {"error": {"message": "Rate limit reached",
                                                                  "type": "rate_limit_error", "code": "rate_limit"}},
                                      headers)
                if "raw" in reply:
                    return self._send(200, reply["raw"])
                req = server.requests[-1]["json"]
                return self._send(200, {
                    "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                    "model": req.get("model", "test"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply.get("content", "")}}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})

            def _send(self, status: int, payload, headers: dict | None = None) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):   # the client gave up (timeout)
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def play(self, *replies: dict) -> None:
        with self._lock:
            self.script = list(replies)
            self.requests.clear()

    def __enter__(self) -> "FakeOpenAI":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
