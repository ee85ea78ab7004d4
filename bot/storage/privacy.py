"""A user's right to be forgotten (`/forget`): everything the bot keeps of one user removed, and
the texts of their audit rows blanked.

What is kept of a user, and where (README, "What is stored"): their audit rows (answers: the
question and answer texts, a keyed hash of their id), their role (profiles), their feedback and its
reasons, their drill answers (scores, with the display name shown on the leaderboard), the
updates in the inbox (the raw Telegram update: text, name, id) and, in the process, the
conversation context and a pending missing-fact question. The audit rows themselves stay (what an
answer rested on, for counting), their texts do not.
"""
from __future__ import annotations

from sqlalchemy import Engine, delete, select, update

from bot.storage.audit import BLANK
from bot.storage.db import answers, budgets, drill_answers, drills, feedback, inbox, profiles, question_sets


def _people(payload: dict) -> set[int]:
    """The Telegram users an update is about: who sent it (a message, an edit, a button, a poll
    answer) and the chat it came from (a private chat's id is its user's)."""
    ids: set[int] = set()
    for kind in ("message", "edited_message", "callback_query"):
        part = payload.get(kind) or {}
        ids.add((part.get("from") or {}).get("id"))
        chat = (part.get("message") or part).get("chat") or {}
        if chat.get("type", "private") == "private":
            ids.add(chat.get("id"))
    ids.add(((payload.get("poll_answer") or {}).get("user") or {}).get("id"))
    return ids - {None}


def forget_user(engine: Engine, user_hash: str, user_id: int) -> dict[str, int | list[int]]:
    """Remove what the database holds of one user, in one transaction; how many rows each table lost
    or had blanked, and ("chats") the chats their inbox updates came from, whose conversations the
    caller forgets (conversation keys are hashed per chat and user, so they are found by chat)."""
    with engine.begin() as c:
        done = {
            "answers": c.execute(update(answers).where(answers.c.user_hash == user_hash).values(**BLANK)).rowcount,
            "profiles": c.execute(delete(profiles).where(profiles.c.user_hash == user_hash)).rowcount,
            "feedback": c.execute(delete(feedback).where(feedback.c.user_hash == user_hash)).rowcount,
            "drill_answers": c.execute(delete(drill_answers).where(drill_answers.c.user_hash == user_hash)).rowcount,
            "budgets": c.execute(delete(budgets).where(budgets.c.user_hash == user_hash)).rowcount,
        }
        c.execute(update(drills).where(drills.c.started_by == user_hash).values(started_by=None))
        c.execute(update(question_sets).where(question_sets.c.created_by == user_hash).values(created_by=None))
        rows = [(uid, payload or {}) for uid, payload in c.execute(select(inbox.c.update_id, inbox.c.payload))]
        theirs = [uid for uid, payload in rows if user_id in _people(payload)]
        chats = {chat for uid, payload in rows if user_id in _people(payload) for chat in _chats(payload)}
        if theirs:
            c.execute(delete(inbox).where(inbox.c.update_id.in_(theirs)))
        done["inbox"] = len(theirs)
    done["chats"] = sorted(chats)
    return done


def _chats(payload: dict) -> set[int]:
    """The chats an update came from: where the user may have a conversation in memory."""
    ids = set()
    for kind in ("message", "edited_message", "callback_query"):
        part = payload.get(kind) or {}
        ids.add(((part.get("message") or part).get("chat") or {}).get("id"))
    return ids - {None}
