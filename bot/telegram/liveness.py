"""The keep-alive of one bot process: a heartbeat in the database every few seconds, so that the
other replicas know its claims on updates stand; and, in webhook mode, the updates a replica that
died had claimed and not finished, taken over and handled here (once: the inbox claims them)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.exc import SQLAlchemyError

from bot.storage.state import BotState

log = logging.getLogger(__name__)
BEAT_SECONDS = 5.0


async def keep_alive(state: BotState, run_id: str, take_over: Callable[[dict], Awaitable[None]]) -> None:
    """Run until cancelled. A database that fails for a while is logged and tried again."""
    beats = 0
    while True:
        await asyncio.sleep(BEAT_SECONDS)
        beats += 1
        try:
            await asyncio.to_thread(state.heartbeat, run_id)
            if not state.exclusive:
                for payload in await asyncio.to_thread(state.unfinished, run_id):
                    log.warning("taking over update %s left unfinished by a replica that stopped",
                                payload.get("update_id"))
                    await take_over(payload)
            if beats % 12 == 0:
                await asyncio.to_thread(state.prune_budgets)
        except SQLAlchemyError as err:
            log.error("heartbeat not written: %s", err.__class__.__name__)
