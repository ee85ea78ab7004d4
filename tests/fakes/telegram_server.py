"""A local Telegram Bot API server on 127.0.0.1, enough of it for python-telegram-bot to run
against: getMe, getUpdates (long polling), sendMessage, editMessageText, editMessageReplyMarkup,
answerCallbackQuery, sendPoll, stopPoll, sendPhoto, sendDocument, sendChatAction, getFile and file download,
setMyCommands, setWebhook, deleteWebhook.

It behaves like Telegram where it matters for the bot: a text over 4096 characters (after
entity parsing) gets "Bad Request: message is too long", malformed or unsupported HTML gets
"Bad Request: can't parse entities", and when flooded it answers 429 with retry_after.
Tests feed updates with `push_*` and read what the bot sent from `sent`.
"""
from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote

TOKEN = "123456789:AAF-test-token-for-the-local-bot-api-0"
BOT = {"id": 123456789, "is_bot": True, "first_name": "问责助手", "username": "wenze_test_bot",
       "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
JSON_FIELDS = {"reply_markup", "options", "commands", "entities", "allowed_updates", "reply_parameters",
               "link_preview_options", "correct_option_ids", "scope", "caption_entities", "explanation_entities"}
ALLOWED_TAGS = {"b": set(), "strong": set(), "i": set(), "em": set(), "u": set(), "ins": set(), "s": set(),
                "strike": set(), "del": set(), "tg-spoiler": set(), "span": {"class"}, "a": {"href"},
                "code": {"class"}, "pre": set(), "blockquote": {"expandable"}, "tg-emoji": {"emoji-id"}}


class EntityError(ValueError):
    pass


class _TelegramHTML(HTMLParser):
    """Telegram's HTML: a few tags, properly nested; returns the text without tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            raise EntityError(f"Unsupported start tag \"{tag}\"")
        for name, _ in attrs:
            if name not in ALLOWED_TAGS[tag]:
                raise EntityError(f"Unsupported attribute \"{name}\" of tag \"{tag}\"")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            raise EntityError(f"Unmatched end tag \"{tag}\"")
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text: str) -> str:
    if "<" in text.replace("&lt;", ""):
        # a bare "<" that opens no tag is an error in Telegram too
        import re

        for m in re.finditer(r"<(?!/?[a-z-]+[ >]|/?[a-z-]+$)", text):
            raise EntityError(f"Unexpected \"<\" at byte offset {m.start()}")
    p = _TelegramHTML()
    p.feed(text)
    p.close()
    if p.stack:
        raise EntityError(f"Can't find end tag corresponding to start tag \"{p.stack[-1]}\"")
    return "".join(p.text)


class FakeTelegram:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.updates: list[dict] = []
        self.sent: list[dict] = []             # every call the bot made, in order: {method, params}
        self.files: dict[str, bytes] = {}
        self.gets: list[str] = []
        self.last_poll: dict = {}
        self.commands: list[dict] = []
        self.webhook: dict | None = None
        self.flood: int = 0                    # the next N sendMessage calls get 429
        self.reject_html: int = 0              # the next N HTML messages get "can't parse entities"
        self.outage: bool = False              # every call gets 502 Bad Gateway
        self.fail_sends: set[int] = set()      # these sendMessage calls (1, 2, … from now) get 502
        self.blocked: set[int] = set()         # chats where the user blocked the bot (403)
        self._sends = 0
        self.retry_after = 1
        self._ids = itertools.count(1000)
        self._update_ids = itertools.count(1)
        self._poll_ids = itertools.count(1)
        self._cond = threading.Condition()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                path = unquote(self.path)
                server.gets.append(path)
                prefix = f"/file/bot{server.token}/"
                if path.startswith(prefix) and path[len(prefix):] in server.files:
                    return self._reply(200, server.files[path[len(prefix):]], "application/octet-stream")
                if self.path.startswith("/bot"):
                    return self._api({})
                return self._reply(404, b"not found", "text/plain")

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                return self._api(server._params(self.headers.get("Content-Type", ""), body))

            def _api(self, params):
                parts = unquote(self.path).split("/")
                if len(parts) < 3 or parts[1] != f"bot{server.token}":
                    return self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                method = parts[2]
                try:
                    status, payload = server._call(method, params)
                except EntityError as err:
                    status, payload = 400, {"ok": False, "error_code": 400,
                                            "description": f"Bad Request: can't parse entities: {err}"}
                return self._json(status, payload)

            def _json(self, status, payload):
                self._reply(status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

            def _reply(self, status, data, ctype):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # ------------------------------------------------------------------ lifecycle
    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def __enter__(self) -> "FakeTelegram":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------------ request decoding
    @staticmethod
    def _params(ctype: str, body: bytes) -> dict:
        if not body:
            return {}
        if ctype.startswith("application/json"):
            return json.loads(body)
        if ctype.startswith("multipart/form-data"):
            msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {ctype}\r\n\r\n".encode() + body)
            out: dict = {}
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if part.get_filename():
                    out[name] = {"filename": part.get_filename(), "bytes": payload}
                else:
                    out[name] = payload.decode()
            return FakeTelegram._decode(out)
        return FakeTelegram._decode({k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()})

    @staticmethod
    def _decode(raw: dict) -> dict:
        out = {}
        for k, v in raw.items():
            if isinstance(v, str) and k in JSON_FIELDS:
                v = json.loads(v)
            elif isinstance(v, str) and k in {"chat_id", "message_id", "offset", "limit", "timeout",
                                              "correct_option_id", "open_period"}:
                v = int(v) if v.lstrip("-").isdigit() else v
            elif isinstance(v, str) and v in ("true", "false") and k.startswith(("is_", "disable", "show", "protect", "drop")):
                v = v == "true"
            out[k] = v
        return out

    # ------------------------------------------------------------------ the API
    def _message(self, chat_id, **fields) -> dict:
        chat = {"id": chat_id, "type": "private" if int(chat_id) > 0 else "supergroup"}
        if chat["type"] != "private":
            chat["title"] = "培训群"
        else:
            chat["first_name"] = "测试"
        return {"message_id": next(self._ids), "date": int(time.time()), "chat": chat, "from": BOT, **fields}

    def _call(self, method: str, p: dict) -> tuple[int, dict]:
        ok = lambda result: (200, {"ok": True, "result": result})  # noqa: E731
        if self.outage:
            time.sleep(0.2)
            return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        if method == "getUpdates":
            self.last_poll = p
            deadline = time.time() + min(float(p.get("timeout", 0) or 0), 1.0)
            offset = int(p.get("offset", 0) or 0)
            with self._cond:
                while True:
                    pending = [u for u in self.updates if u["update_id"] >= offset]
                    if pending or time.time() >= deadline:
                        break
                    self._cond.wait(max(0.0, deadline - time.time()))
                # confirmed updates are forgotten, as Telegram does
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            return ok(pending[:100])
        entry = {"method": method, "params": p}
        with self._cond:
            self.sent.append(entry)
            self._cond.notify_all()
        status, payload = self._answer(method, p)
        entry["result"] = payload.get("result")          # what the bot got back (message ids)
        return status, payload

    def _answer(self, method: str, p: dict) -> tuple[int, dict]:
        ok = lambda result: (200, {"ok": True, "result": result})  # noqa: E731
        if method == "getMe":
            return ok(BOT)
        if method in ("deleteWebhook", "setMyCommands", "answerCallbackQuery", "sendChatAction", "setWebhook",
                      "setChatMenuButton", "close", "logOut"):
            if method == "setMyCommands":
                self.commands = p.get("commands", [])
            if method == "setWebhook":
                self.webhook = p
            if method == "deleteWebhook":
                self.webhook = None
            return ok(True)
        if method == "getWebhookInfo":
            return ok({"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                       "pending_update_count": 0})
        if method in ("sendMessage", "editMessageText") and int(p.get("chat_id", 0)) in self.blocked:
            return 403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
        if method == "sendMessage":
            self._sends += 1
            if self._sends in self.fail_sends:
                return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        if method in ("sendMessage", "editMessageText"):
            if method == "sendMessage" and self.flood > 0:
                self.flood -= 1
                return 429, {"ok": False, "error_code": 429,
                             "description": f"Too Many Requests: retry after {self.retry_after}",
                             "parameters": {"retry_after": self.retry_after}}
            text = str(p.get("text", ""))
            if p.get("parse_mode") == "HTML" and self.reject_html > 0:
                self.reject_html -= 1
                raise EntityError("Unsupported start tag \"x\" at byte offset 0")
            plain = parse_html(text) if p.get("parse_mode") == "HTML" else text
            if not plain.strip():
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"}
            if len(plain) > 4096:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
            msg = self._message(p["chat_id"], text=plain)
            if method == "editMessageText":
                msg["message_id"] = int(p["message_id"])
                msg["edit_date"] = int(time.time())
            if (p.get("reply_markup") or {}).get("inline_keyboard"):   # only inline keyboards come back
                msg["reply_markup"] = p["reply_markup"]
            return ok(msg)
        if method == "editMessageReplyMarkup":
            msg = self._message(p["chat_id"], text="…")
            msg["message_id"] = int(p["message_id"])
            return ok(msg)
        if method == "sendPoll":
            if p.get("explanation") and len(p["explanation"]) > 200:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: poll explanation is too long"}
            poll = {"id": str(next(self._poll_ids)), "question": p["question"],
                    "options": [{"text": o if isinstance(o, str) else o["text"], "voter_count": 0, "persistent_id": f"o{i}"}
                                for i, o in enumerate(p["options"])],
                    "total_voter_count": 0, "is_closed": False, "is_anonymous": p.get("is_anonymous", True),
                    "type": p.get("type", "regular"), "allows_multiple_answers": False,
                    "allows_revoting": False, "members_only": False}
            if "correct_option_ids" in p:
                poll["correct_option_ids"] = p["correct_option_ids"]
            if p.get("explanation"):
                poll["explanation"] = p["explanation"]
            msg = self._message(p["chat_id"], poll=poll)
            if (p.get("reply_markup") or {}).get("inline_keyboard"):
                msg["reply_markup"] = p["reply_markup"]
            return ok(msg)
        if method == "sendPhoto":
            photo = p.get("photo")
            data = photo["bytes"] if isinstance(photo, dict) else b""
            file_id = f"photo{len(self.files)}"
            self.files[file_id] = data
            return ok(self._message(p["chat_id"], caption=p.get("caption", ""), photo=[
                {"file_id": file_id, "file_unique_id": file_id, "width": 800, "height": 400, "file_size": len(data)}]))
        if method == "sendDocument":
            doc = p.get("document")
            if not isinstance(doc, dict):
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: there is no document in the request"}
            file_id = f"document{len(self.files)}"
            self.files[file_id] = doc["bytes"]
            return ok(self._message(p["chat_id"], caption=p.get("caption", ""), document={
                "file_id": file_id, "file_unique_id": file_id, "file_name": doc["filename"],
                "file_size": len(doc["bytes"])}))
        if method == "getFile":
            fid = p["file_id"]
            return ok({"file_id": fid, "file_unique_id": fid, "file_size": len(self.files.get(fid, b"")),
                       "file_path": fid})
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def fail_send(self, n: int) -> None:
        """The n-th sendMessage from now gets 502 Bad Gateway."""
        with self._cond:
            self.fail_sends.add(self._sends + n)

    # ------------------------------------------------------------------ feeding updates
    def push(self, update: dict) -> int:
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self.updates.append(update)
            self._cond.notify_all()
        return update["update_id"]

    @staticmethod
    def user(uid: int, name: str = "张三") -> dict:
        return {"id": uid, "is_bot": False, "first_name": name, "language_code": "zh-hans"}

    @staticmethod
    def chat(chat_id: int) -> dict:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "测试"}
        return {"id": chat_id, "type": "supergroup", "title": "培训群"}

    def message_update(self, chat_id: int, user_id: int, text: str | None = None, name: str = "张三",
                       reply_to: dict | None = None, **extra) -> dict:
        msg = {"message_id": next(self._ids), "date": int(time.time()), "chat": self.chat(chat_id),
               "from": self.user(user_id, name), **extra}
        if text is not None:
            msg["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
            at = f"@{BOT['username']}"
            if at in text:
                entities.append({"type": "mention", "offset": text.index(at), "length": len(at)})
            if entities:
                msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        return msg

    def push_message(self, chat_id: int, user_id: int, text: str | None = None, **kw) -> int:
        return self.push({"message": self.message_update(chat_id, user_id, text, **kw)})

    def push_edited(self, chat_id: int, user_id: int, text: str) -> int:
        msg = self.message_update(chat_id, user_id, text)
        msg["edit_date"] = int(time.time())
        return self.push({"edited_message": msg})

    def push_callback(self, chat_id: int, user_id: int, data: str, message: dict | None = None) -> int:
        message = message or self._message(chat_id, text="…")
        return self.push({"callback_query": {"id": str(next(self._ids)), "from": self.user(user_id),
                                             "chat_instance": str(chat_id), "data": data, "message": message}})

    def push_poll_answer(self, poll_id: str, user_id: int, option: int, name: str = "张三") -> int:
        return self.push({"poll_answer": {"poll_id": poll_id, "user": self.user(user_id, name),
                                          "option_ids": [option], "option_persistent_ids": [f"o{option}"]}})

    def add_file(self, file_id: str, data: bytes) -> None:
        self.files[file_id] = data

    # ------------------------------------------------------------------ reading what was sent
    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[dict]:
        with self._cond:
            return [c for c in self.sent if (method is None or c["method"] == method)
                    and (chat_id is None or int(c["params"].get("chat_id", 0) or 0) == chat_id)]

    def wait_for(self, predicate, timeout: float = 60.0) -> list[dict]:
        """Wait until predicate(calls) is truthy; returns the calls."""
        deadline = time.time() + timeout
        with self._cond:
            while True:
                if predicate(self.sent):
                    return list(self.sent)
                if time.time() >= deadline:
                    raise TimeoutError(f"not seen in {timeout}s; sent: {[c['method'] for c in self.sent][-20:]}")
                self._cond.wait(0.2)

    def wait_sent(self, method: str, chat_id: int | None = None, count: int = 1, timeout: float = 60.0) -> list[dict]:
        self.wait_for(lambda _: len(self.calls(method, chat_id)) >= count, timeout)
        return self.calls(method, chat_id)
