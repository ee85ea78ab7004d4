"""What the Telegram front keeps in the SQL database so that it survives a restart: who users
said they are, feedback on answers, trainers' question sets, drills, their polls and scores.

User ids are stored as the audit trail's keyed hashes; a display name is kept only next to
drill answers, for the leaderboard.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, and_, case, delete, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.db import (budgets, drill_answers, drill_polls, drills, feedback, inbox, profiles, question_sets,
                            runs)
from bot.views.drills import QuizQuestion

ROLES = {"official": "干部", "citizen": "市民", "trainer": "培训师"}
GRADE_TOPIC = "批改"          # the topic of a graded written answer's one-question drill
REVIEW_TOPIC = "复习"         # the topic of a /review drill


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Drill:
    id: int
    chat_id: int
    questions: list[QuizQuestion]
    position: int
    finished: bool
    topic: str | None

    @property
    def remaining(self) -> int:
        return len(self.questions) - self.position


class BotState:
    """`exclusive`: this is the only bot on the database (polling holds the single-instance lock),
    so every update another run claimed and left is an orphan. Webhook replicas share the
    database: another run's claim stands while that run's heartbeat is fresh."""

    def __init__(self, engine: Engine, *, exclusive: bool = True) -> None:
        self.engine = engine
        self.exclusive = exclusive

    # ---------------------------------------------------------------- runs
    STALE = timedelta(seconds=20)     # a run silent this long is dead; its claims may be taken over

    def heartbeat(self, run_id: str) -> None:
        """Say that this run is alive (every few seconds, from the bot's keep-alive task)."""
        with self.engine.begin() as c:
            if not c.execute(update(runs).where(runs.c.run_id == run_id).values(seen_at=_now())).rowcount:
                c.execute(insert(runs).values(run_id=run_id, started_at=_now(), seen_at=_now()))
            c.execute(delete(runs).where(runs.c.seen_at < _now() - timedelta(days=1)))

    def stopped(self, run_id: str) -> None:
        """A clean stop: the run's claims are orphans at once."""
        with self.engine.begin() as c:
            c.execute(delete(runs).where(runs.c.run_id == run_id))

    def _alive(self):
        """The ids of the runs that are alive, as a subquery."""
        return select(runs.c.run_id).where(runs.c.seen_at >= _now() - self.STALE)

    # ---------------------------------------------------------------- inbox
    MAX_ATTEMPTS = 3          # an update the bot died on this often is dropped, not retried for ever

    def receive(self, update_id: int, payload: dict, run_id: str) -> bool:
        """Claim an update for this run; False when it is done, already claimed by this run or by
        another live replica (a second delivery), or has failed too often. The claim is the
        update's primary key: two replicas receiving it at once insert it once."""
        with self.engine.begin() as c:
            row = c.execute(select(inbox).where(inbox.c.update_id == update_id)).mappings().first()
            if row is None:
                try:
                    with c.begin_nested():
                        c.execute(insert(inbox).values(update_id=update_id, received_at=_now(), payload=payload,
                                                       run_id=run_id, attempts=1, done=False))
                    return True
                except IntegrityError:          # the same update, arriving twice at once
                    return False
            if row["done"] or row["run_id"] == run_id:
                return False
            if not self.exclusive and c.execute(self._alive().where(runs.c.run_id == row["run_id"])).first():
                return False                    # a live replica is handling it
            if row["attempts"] >= self.MAX_ATTEMPTS:
                c.execute(update(inbox).where(inbox.c.update_id == update_id).values(done=True))
                return False
            return bool(c.execute(update(inbox).where(and_(inbox.c.update_id == update_id,
                                                           inbox.c.run_id == row["run_id"]))
                                  .values(run_id=run_id, attempts=row["attempts"] + 1)).rowcount)

    def handled(self, update_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(inbox).where(inbox.c.update_id == update_id).values(done=True))

    def unfinished(self, run_id: str) -> list[dict]:
        """Updates an earlier run took in and did not finish (with replicas: a run that died),
        oldest first; old done rows are pruned."""
        with self.engine.begin() as c:
            c.execute(delete(inbox).where(and_(inbox.c.done.is_(True),
                                               inbox.c.received_at < _now() - timedelta(days=7))))
            orphan = inbox.c.run_id != run_id
            if not self.exclusive:
                orphan = and_(orphan, inbox.c.run_id.not_in(self._alive()))
            rows = c.execute(select(inbox.c.payload).where(and_(inbox.c.done.is_(False), orphan))
                             .order_by(inbox.c.update_id)).scalars()
            return list(rows)

    # ---------------------------------------------------------------- question budgets
    def take_question(self, user_hash: str, per_minute: int) -> bool:
        """Spend one of the user's questions; False when the budget is used up. A token bucket of
        `per_minute` refilled over a minute, updated by one conditional statement, so that
        replicas answering the same user share one budget."""
        now, rate = time.time(), per_minute / 60.0
        refilled = budgets.c.tokens + (literal(now) - budgets.c.updated) * rate
        level = case((refilled > per_minute, float(per_minute)), else_=refilled)
        spend = (update(budgets).where(and_(budgets.c.user_hash == user_hash, level >= 1))
                 .values(tokens=level - 1, updated=now))
        with self.engine.begin() as c:
            if c.execute(spend).rowcount:
                return True
            if c.execute(select(budgets.c.user_hash).where(budgets.c.user_hash == user_hash)).first():
                return False
            try:
                with c.begin_nested():
                    c.execute(insert(budgets).values(user_hash=user_hash, tokens=per_minute - 1.0, updated=now))
                return True
            except IntegrityError:              # another replica's first question of this user, just now
                return bool(c.execute(spend).rowcount)

    def prune_budgets(self) -> int:
        """Forget budgets that are full again (idle for a minute): only the users who asked lately
        have a row."""
        with self.engine.begin() as c:
            return c.execute(delete(budgets).where(budgets.c.updated < time.time() - 60)).rowcount

    # ---------------------------------------------------------------- profiles
    def set_role(self, user_hash: str, role: str) -> None:
        with self.engine.begin() as c:
            done = c.execute(update(profiles).where(profiles.c.user_hash == user_hash)
                             .values(role=role, updated_at=_now())).rowcount
            if not done:
                c.execute(insert(profiles).values(user_hash=user_hash, role=role, updated_at=_now()))

    def role(self, user_hash: str) -> str | None:
        with self.engine.connect() as c:
            return c.execute(select(profiles.c.role).where(profiles.c.user_hash == user_hash)).scalar()

    # ---------------------------------------------------------------- feedback
    def add_feedback(self, answer_id: int, user_hash: str, helpful: bool) -> int:
        """One verdict per user and answer; pressing again changes it."""
        with self.engine.begin() as c:
            row = c.execute(select(feedback.c.id).where(and_(feedback.c.answer_id == answer_id,
                                                             feedback.c.user_hash == user_hash))).scalar()
            if row is not None:
                c.execute(update(feedback).where(feedback.c.id == row).values(helpful=helpful, created_at=_now()))
                return row
            return c.execute(insert(feedback).values(answer_id=answer_id, user_hash=user_hash, helpful=helpful,
                                                     created_at=_now())).inserted_primary_key[0]

    def set_prompt(self, feedback_id: int, chat_id: int, message_id: int) -> None:
        """Remember the message that asked for a reason: a reply to it is the reason."""
        with self.engine.begin() as c:
            c.execute(update(feedback).where(feedback.c.id == feedback_id)
                      .values(prompt_chat_id=chat_id, prompt_message_id=message_id))

    def add_reason(self, chat_id: int, prompt_message_id: int, reason: str) -> bool:
        """Store a reply to a reason prompt; False when the message replied to is no such prompt."""
        with self.engine.begin() as c:
            return bool(c.execute(update(feedback).where(and_(feedback.c.prompt_chat_id == chat_id,
                                                              feedback.c.prompt_message_id == prompt_message_id))
                                  .values(reason=reason[:1000])).rowcount)

    def feedback_rows(self) -> list[dict]:
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(select(feedback).order_by(feedback.c.id)).mappings()]

    # ---------------------------------------------------------------- question sets
    def save_set(self, name: str, questions: list[QuizQuestion], by: str | None) -> None:
        data = [q.model_dump() for q in questions]
        with self.engine.begin() as c:
            done = c.execute(update(question_sets).where(question_sets.c.name == name)
                             .values(questions=data, created_by=by, created_at=_now())).rowcount
            if not done:
                c.execute(insert(question_sets).values(name=name, questions=data, created_by=by, created_at=_now()))

    def question_set(self, name: str) -> list[QuizQuestion] | None:
        with self.engine.connect() as c:
            data = c.execute(select(question_sets.c.questions).where(question_sets.c.name == name)).scalar()
        return None if data is None else [QuizQuestion.model_validate(q) for q in data]

    def set_names(self) -> list[str]:
        with self.engine.connect() as c:
            return list(c.execute(select(question_sets.c.name).order_by(question_sets.c.name)).scalars())

    # ---------------------------------------------------------------- drills
    def start_drill(self, chat_id: int, questions: list[QuizQuestion], by: str | None, topic: str | None) -> Drill:
        with self.engine.begin() as c:
            c.execute(update(drills).where(and_(drills.c.chat_id == chat_id, drills.c.finished.is_(False)))
                      .values(finished=True))
            did = c.execute(insert(drills).values(chat_id=chat_id, started_by=by, topic=topic, position=0,
                                                  finished=False, created_at=_now(),
                                                  questions=[q.model_dump() for q in questions])).inserted_primary_key[0]
        return Drill(did, chat_id, questions, 0, False, topic)

    def drill(self, drill_id: int) -> Drill | None:
        with self.engine.connect() as c:
            r = c.execute(select(drills).where(drills.c.id == drill_id)).mappings().first()
        if r is None:
            return None
        return Drill(r["id"], r["chat_id"], [QuizQuestion.model_validate(q) for q in r["questions"]], r["position"],
                     r["finished"], r["topic"])

    def advance(self, drill_id: int, expected_position: int) -> bool:
        """Claim the next question; False when someone else already did (a double press)."""
        with self.engine.begin() as c:
            return bool(c.execute(update(drills).where(and_(drills.c.id == drill_id,
                                                            drills.c.position == expected_position,
                                                            drills.c.finished.is_(False)))
                                  .values(position=expected_position + 1)).rowcount)

    def finish(self, drill_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(drills).where(drills.c.id == drill_id).values(finished=True))

    def add_poll(self, poll_id: str, drill_id: int, idx: int, chat_id: int, message_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(insert(drill_polls).values(poll_id=poll_id, drill_id=drill_id, idx=idx, chat_id=chat_id,
                                                 message_id=message_id))

    def has_poll(self, poll_id: str) -> bool:
        with self.engine.connect() as c:
            return c.execute(select(drill_polls.c.poll_id).where(drill_polls.c.poll_id == poll_id)).first() is not None

    def record_answer(self, poll_id: str, user_hash: str, user_name: str, option: int) -> bool | None:
        """Score a poll answer; None when the poll is not one of ours (or already answered)."""
        with self.engine.connect() as c:
            poll = c.execute(select(drill_polls).where(drill_polls.c.poll_id == poll_id)).mappings().first()
        if poll is None:
            return None
        drill = self.drill(poll["drill_id"])
        if drill is None:
            return None
        correct = option == drill.questions[poll["idx"]].correct
        try:
            with self.engine.begin() as c:
                c.execute(insert(drill_answers).values(poll_id=poll_id, drill_id=drill.id, chat_id=poll["chat_id"],
                                                       user_hash=user_hash, user_name=user_name[:64],
                                                       correct=correct, created_at=_now()))
        except IntegrityError:
            return None
        return correct

    def score(self, chat_id: int, user_hash: str) -> tuple[int, int]:
        """(correct, answered) of a user in a chat, over all drills."""
        with self.engine.connect() as c:
            r = c.execute(select(func.coalesce(func.sum(case((drill_answers.c.correct, 1), else_=0)), 0),
                                 func.count()).where(and_(drill_answers.c.chat_id == chat_id,
                                                          drill_answers.c.user_hash == user_hash))).one()
        return int(r[0]), int(r[1])

    def leaderboard(self, chat_id: int, limit: int = 10) -> list[tuple[str, int, int]]:
        right = func.sum(case((drill_answers.c.correct, 1), else_=0))
        q = (select(func.max(drill_answers.c.user_name), right, func.count())
             .where(drill_answers.c.chat_id == chat_id).group_by(drill_answers.c.user_hash)
             .order_by(right.desc(), func.count().asc()).limit(limit))
        with self.engine.connect() as c:
            return [(r[0], int(r[1]), int(r[2])) for r in c.execute(q)]

    # ---------------------------------------------------------------- session reports
    def latest_drill(self, chat_id: int) -> Drill | None:
        """The chat's most recent drill, running or finished: the session a report is about."""
        with self.engine.connect() as c:
            # a graded written answer is a one-question drill of its own, not a session
            did = c.execute(select(func.max(drills.c.id)).where(and_(
                drills.c.chat_id == chat_id, (drills.c.topic != GRADE_TOPIC) | drills.c.topic.is_(None)))).scalar()
        return None if did is None else self.drill(did)

    def drill_starter(self, drill_id: int) -> str | None:
        """The hashed id of who started the drill (its trainer)."""
        with self.engine.connect() as c:
            return c.execute(select(drills.c.started_by).where(drills.c.id == drill_id)).scalar()

    def drill_poll_answers(self, drill_id: int) -> list[dict]:
        """Every poll answer of a drill with its question's position: {user_hash, user_name, idx, correct}."""
        q = (select(drill_answers.c.user_hash, drill_answers.c.user_name, drill_polls.c.idx, drill_answers.c.correct)
             .join(drill_polls, drill_polls.c.poll_id == drill_answers.c.poll_id)
             .where(drill_answers.c.drill_id == drill_id).order_by(drill_answers.c.id))
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(q).mappings()]

    # ---------------------------------------------------------------- graded answers and review
    def record_grade(self, chat_id: int, user_hash: str, user_name: str, question: QuizQuestion,
                     correct: bool) -> int:
        """A graded written answer, scored like a quiz answer: a one-question drill of its own
        (topic GRADE_TOPIC, already finished), its pseudo-poll and the answer, right when every
        scored sentence was. `question` holds the question and the articles, never the answer."""
        with self.engine.begin() as c:
            did = c.execute(insert(drills).values(chat_id=chat_id, started_by=user_hash, topic=GRADE_TOPIC,
                                                  position=1, finished=True, created_at=_now(),
                                                  questions=[question.model_dump()])).inserted_primary_key[0]
            poll_id = f"grade:{did}"
            c.execute(insert(drill_polls).values(poll_id=poll_id, drill_id=did, idx=0, chat_id=chat_id,
                                                 message_id=None))
            c.execute(insert(drill_answers).values(poll_id=poll_id, drill_id=did, chat_id=chat_id, user_hash=user_hash,
                                                   user_name=user_name[:64], correct=correct, created_at=_now()))
        return did

    def to_review(self, user_hash: str) -> list[QuizQuestion]:
        """The quiz questions a user got wrong and has not answered right since, oldest first
        (in any chat; graded written answers are not quiz questions). A question is the same
        question when its text and right option are: a review drill's right answer retires it."""
        q = (select(drill_answers.c.correct, drill_polls.c.idx, drills.c.questions)
             .join(drill_polls, drill_polls.c.poll_id == drill_answers.c.poll_id)
             .join(drills, drills.c.id == drill_polls.c.drill_id)
             .where(and_(drill_answers.c.user_hash == user_hash,
                         (drills.c.topic != GRADE_TOPIC) | drills.c.topic.is_(None)))
             .order_by(drill_answers.c.id))
        latest: dict[tuple[str, str], tuple[bool, QuizQuestion]] = {}
        with self.engine.connect() as c:
            for correct, idx, questions in c.execute(q):
                question = QuizQuestion.model_validate(questions[idx])
                key = (question.question, question.options[question.correct])
                latest.pop(key, None)                   # re-inserted: ordered by the latest answer
                latest[key] = (correct, question)
        return [question for correct, question in latest.values() if not correct]

    def stats(self) -> dict:
        from bot.storage.db import answers

        with self.engine.connect() as c:
            by_source = dict(c.execute(select(answers.c.source, func.count()).group_by(answers.c.source)).all())
            failed = c.execute(select(func.count()).where(answers.c.check_passed.is_(False))).scalar()
            fb = dict(c.execute(select(feedback.c.helpful, func.count()).group_by(feedback.c.helpful)).all())
            n_drills = c.execute(select(func.count()).select_from(drills)).scalar()
            n_answers = c.execute(select(func.count()).select_from(drill_answers)).scalar()
        return {"answers": by_source, "check_failed": failed, "helpful": fb.get(True, 0),
                "wrong": fb.get(False, 0), "drills": n_drills, "drill_answers": n_answers}
