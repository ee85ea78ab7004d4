"""Runs the real PTB Application (polling or webhook) in a background event loop, so that
synchronous tests can push updates to the fake Bot API server and wait for what the bot sends."""
from __future__ import annotations

import asyncio
import threading

from bot.telegram.app import ALLOWED_UPDATES


class BotRunner:
    def __init__(self, app) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def _run(self, coro, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, webhook: dict | None = None) -> "BotRunner":
        self.thread.start()
        self._run(self._start(webhook))
        return self

    async def _start(self, webhook: dict | None) -> None:
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        await self.app.start()
        if webhook is None:
            await self.app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        else:
            await self.app.updater.start_webhook(allowed_updates=ALLOWED_UPDATES, **webhook)

    def stop(self) -> None:
        try:
            self._run(self._stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)

    async def _stop(self) -> None:
        if self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
            if self.app.post_stop:                   # as run_polling / run_webhook do
                await self.app.post_stop(self.app)
        await self.app.shutdown()
