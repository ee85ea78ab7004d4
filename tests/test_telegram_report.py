"""A scripted group drill against the local Bot API server, then /report (issue 13): the message,
the PNG and the CSV carry the figures of the answers given; only the trainer who started the drill
and admins get it; `wenze drills report` gives the same figures from the database."""
from __future__ import annotations

import csv
import io
import time
import warnings
from collections import Counter

from click.testing import CliRunner

from bot.views import report as views
from bot.views.drills import QuizQuestion
from rules.references import format_ref
from tests.fakes.telegram_server import parse_html
from tests.test_telegram import ADMIN, GROUP, OTHER, TRAINER, USER, ask, buttons, make_bot  # noqa: F401

# (user, name, which option per question: "right" / "wrong" / None for no answer)
PLAYERS = [(USER, "张三", ["right", "right", "wrong"]),
           (OTHER, "李四", ["wrong", "right", None]),
           (ADMIN, "王五", ["right", None, None])]


def _until(predicate, timeout: float = 60.0) -> None:
    """Wait for the bot's database to show something (the fake server is not told of it)."""
    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, "not seen in time"
        time.sleep(0.05)


def _option(q: QuizQuestion, how: str) -> int:
    return q.correct if how == "right" else (q.correct + 1) % len(q.options)


def _run_drill(bot, fake) -> list[QuizQuestion]:
    fake.push_message(GROUP, TRAINER, "/drill 3 情形 30s")
    polls = fake.wait_sent("sendPoll", GROUP)
    assert polls[0]["params"]["open_period"] == 30
    drill = bot.state.latest_drill(GROUP)
    questions = drill.questions
    assert all(q.seconds == 30 and q.topic == "情形" for q in questions)
    hash_of = bot.app.bot_data["services"].user_hash
    expected_answers = 0
    for i, q in enumerate(questions):
        poll = polls[i]
        poll_id = poll["result"]["poll"]["id"]
        _until(lambda: bot.state.has_poll(poll_id))        # the bot stores the poll once Telegram sent it
        for uid, name, plan in PLAYERS:
            if plan[i]:
                fake.push_poll_answer(poll_id, uid, _option(q, plan[i]), name=name)
                expected_answers += 1
        _until(lambda: len(bot.state.drill_poll_answers(drill.id)) == expected_answers)
        fake.push_callback(GROUP, TRAINER, buttons(poll)[0][0]["callback_data"])
        if i + 1 < len(questions):
            polls = fake.wait_sent("sendPoll", GROUP, count=i + 2)
    fake.wait_for(lambda _: any("练习结束" in c["params"].get("text", "") for c in fake.calls("sendMessage", GROUP)))
    assert bot.state.drill_starter(drill.id) == hash_of(TRAINER)
    return questions


def _expected(questions: list[QuizQuestion]):
    """What the report must say, counted here from the script."""
    people = {name: (sum(p == "right" for p in plan), sum(p is not None for p in plan)) for _, name, plan in PLAYERS}
    per_q = [(sum(plan[i] == "right" for *_, plan in PLAYERS), sum(plan[i] is not None for *_, plan in PLAYERS))
             for i in range(len(questions))]
    right, answered = Counter(), Counter()
    for i, q in enumerate(questions):
        right[q.article] += per_q[i][0]
        answered[q.article] += per_q[i][1]
    return people, per_q, {a: (right[a], answered[a]) for a in answered}


def test_a_group_drill_report_has_the_figures_of_the_answers(make_bot, fake, tmp_path, monkeypatch):
    bot = make_bot()
    questions = _run_drill(bot, fake)
    people, per_q, per_article = _expected(questions)

    # who may not: a player who did not start it, and the trainer's absence of a drill elsewhere
    [refused] = ask(fake, GROUP, USER, "/report")
    assert refused["params"]["text"] == "只有发起这次练习的培训师和管理员可以查看练习报告。"
    [none] = ask(fake, OTHER, OTHER, "/report")
    assert "还没有练习" in none["params"]["text"]
    assert not fake.calls("sendDocument", GROUP) and not fake.calls("sendPhoto", GROUP)

    before = len(fake.calls("sendMessage", GROUP))
    fake.push_message(GROUP, TRAINER, "/report")
    [doc] = fake.wait_sent("sendDocument", GROUP)
    [photo] = fake.calls("sendPhoto", GROUP)
    text = "\n".join(parse_html(c["params"]["text"]) for c in fake.calls("sendMessage", GROUP)[before:])

    # the message
    assert "参加人数：3；题数：3；作答：6 次。" in text
    for name, (r, n) in people.items():
        assert f"{name}：答对 {r}/{n}（{round(100 * r / n)}%）" in text
    assert text.index("张三：答对 2/3") < text.index("王五：答对 1/1") < text.index("李四：答对 1/2")
    for i, (r, n) in enumerate(per_q, 1):
        assert f"第{i}题 {round(100 * r / n)}%（{r}/{n}）{questions[i - 1].question}" in text
    for art, (r, n) in per_article.items():
        assert f"{format_ref(art)}：{round(100 * r / n)}%（{r}/{n}）" in text
    missed = sorted((a for a, (r, n) in per_article.items() if n > r),
                    key=lambda a: (-(per_article[a][1] - per_article[a][0]), per_article[a][0] / per_article[a][1], a))
    assert missed
    for a in missed[:3]:
        assert f"《深圳市党政领导干部问责暂行规定》{format_ref(a)}：答错 {per_article[a][1] - per_article[a][0]} 次" in text
        assert f"> {format_ref(a)} " in text                     # the article's own text, quoted

    # the chart
    png = fake.files[photo["result"]["photo"][0]["file_id"]]
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert "练习报告" in photo["params"]["caption"]

    # the CSV, read with the standard library
    assert doc["params"]["document"]["filename"].endswith(".csv")
    data = fake.files[doc["result"]["document"]["file_id"]]
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == views.CSV_HEADER
    got = {(r["类别"], r["名称"] if r["类别"] == "参加者" else r["编号"]): (int(r["答对"]), int(r["作答"]), r["正确率"])
           for r in rows}
    for name, (r, n) in people.items():
        assert got[("参加者", name)] == (r, n, f"{r / n:.3f}")
    for i, (r, n) in enumerate(per_q, 1):
        assert got[("题目", str(i))] == (r, n, f"{r / n:.3f}")
    for art, (r, n) in per_article.items():
        assert got[("条文", str(art))] == (r, n, f"{r / n:.3f}")
    assert len(rows) == len(people) + len(per_q) + len(per_article)

    # an admin may ask too
    fake.push_message(GROUP, ADMIN, "/report")
    fake.wait_sent("sendDocument", GROUP, count=2)

    # the command line reads the same figures from the database
    monkeypatch.setenv("WENZE_DATA_DIR", str(tmp_path))
    from bot.fronts.cli import main

    result = CliRunner().invoke(main, ["drills", "report", "--chat", str(GROUP), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.replace("\r\n", "\n") == data.decode("utf-8-sig").replace("\r\n", "\n")
    result = CliRunner().invoke(main, ["drills", "report", "--chat", str(GROUP)])
    assert result.exit_code == 0 and "张三：答对 2/3（67%）" in result.output
    out = tmp_path / "r.png"
    result = CliRunner().invoke(main, ["drills", "report", "--chat", str(GROUP), "--format", "png", "-o", str(out)])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"\x89PNG")
    result = CliRunner().invoke(main, ["drills", "report", "--chat", "777"])
    assert result.exit_code == 1 and "没有练习" in result.output


def test_the_report_chart_has_every_glyph():
    q = QuizQuestion(question="第五条所列的情形是哪一项？", options=["甲", "乙"], correct=0, explanation="依据第五条。",
                     article=5)
    answers = [{"user_hash": "a", "user_name": "张三丰", "idx": 0, "correct": True},
               {"user_hash": "b", "user_name": "欧阳修", "idx": 0, "correct": False}]
    r = views.build(1, GROUP, "情形", [q], answers, "深圳市党政领导干部问责暂行规定", lambda n: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = views.render_png(r)
    assert png.startswith(b"\x89PNG")
    assert not [w for w in caught if "missing from" in str(w.message)]


def test_a_report_before_anyone_answered_says_so():
    q = QuizQuestion(question="第五条所列的情形是哪一项？", options=["甲", "乙"], correct=0, explanation="依据第五条。",
                     article=5)
    r = views.build(2, GROUP, None, [q], [], "深圳市党政领导干部问责暂行规定", lambda n: None)
    assert views.as_text(r).endswith("还没有人作答。") and r.most_missed == []
    rows = list(csv.reader(io.StringIO(views.to_csv(r))))
    assert rows[1] == ["题目", "1", q.question, "0", "0", ""]
