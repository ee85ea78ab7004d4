"""The Telegram bot: the real python-telegram-bot Application against a local Bot API server."""
from __future__ import annotations

import logging
import time

import httpx
import pytest
import yaml

from bot.storage.audit import AuditLog
from bot.settings import Settings, TelegramSettings
from bot.views.drills import generate
from bot.core import plain
from bot.core.answer import Body, Quote
from bot.core.assistant import Assistant
from bot.core.pipeline import Answer
from bot.core.snapshot import Snapshot
from bot.telegram import texts
from bot.telegram.app import build_application
from bot.storage.state import BotState
from rules.checker import CheckResult
from tests.fakes.telegram_server import BOT, TOKEN, FakeTelegram, parse_html
from tests.telegram_runner import BotRunner

USER, OTHER, TRAINER, ADMIN = 1001, 1002, 2001, 3001
GROUP = -100500


@pytest.fixture
def make_bot(snapshot, tmp_path, fake):
    """Start a bot (a new Application each call, the same database): call it again to 'restart'."""
    runners: list[BotRunner] = []
    bot_settings = Settings(data_dir=tmp_path)

    def start(**overrides) -> BotRunner:
        settings = TelegramSettings(token=TOKEN, api_url=fake.base_url, file_url=fake.file_url,
                                    admins=[ADMIN], trainers=[TRAINER], **overrides)
        audit = AuditLog.open(bot_settings)
        assistant = Assistant(bot_settings, snapshot, audit=audit)
        runner = BotRunner(build_application(settings, assistant, BotState(audit.engine)))
        runner.pipeline = assistant
        runner.state = runner.app.bot_data["services"].state
        runners.append(runner.start())
        return runner

    yield start
    for r in runners:
        if r.thread.is_alive():
            r.stop()


def texts_to(fake: FakeTelegram, chat_id: int, method: str = "sendMessage") -> list[str]:
    return [c["params"].get("text", "") for c in fake.calls(method, chat_id)]


def ask(fake: FakeTelegram, chat_id: int, user_id: int, text: str | None, count: int | None = None, **kw) -> list[dict]:
    before = len(fake.calls("sendMessage", chat_id))
    fake.push_message(chat_id, user_id, text, **kw)
    return fake.wait_sent("sendMessage", chat_id, count=before + (count or 1))[before:]


def buttons(call: dict) -> list[list[dict]]:
    return call["params"].get("reply_markup", {}).get("inline_keyboard", [])


def test_start_sets_the_command_list_and_asks_who_you_are(make_bot, fake):
    bot = make_bot()
    assert [c["command"] for c in fake.commands] == [c for c, _ in texts.COMMANDS]
    [sent] = ask(fake, USER, USER, "/start")
    assert "请问你是" in sent["params"]["text"]
    labels = [b["text"] for row in buttons(sent) for b in row]
    assert labels == ["干部", "市民", "培训师"]
    fake.push_callback(USER, USER, "role:trainer")
    edit = fake.wait_sent("editMessageText", USER)[-1]
    assert "培训师" in edit["params"]["text"] and "/drill" in edit["params"]["text"]
    assert bot.state.role(bot.app.bot_data["services"].user_hash(USER)) == "trainer"
    [sent] = ask(fake, USER, USER, "/help")
    assert "/case" in sent["params"]["text"] and texts.EXAMPLES["trainer"] in sent["params"]["text"]
    [other] = ask(fake, OTHER, OTHER, "/help")
    assert "/start 选择身份" in other["params"]["text"]


def test_a_question_gets_html_with_the_article_in_a_blockquote_and_feedback_buttons(make_bot, fake):
    bot = make_bot()
    [sent] = ask(fake, USER, USER, "较大事故街道主任会受什么处理")
    p = sent["params"]
    assert p["parse_mode"] == "HTML" and p["link_preview_options"] == {"is_disabled": True}
    assert "对街道党政领导正职责令公开道歉" in p["text"]
    assert "<blockquote expandable>第十四条 发生较大公共安全责任事故后" in p["text"]
    fb = [b["callback_data"] for b in buttons(sent)[-1]]
    assert fb[0].startswith("fb:") and fb[0].endswith(":1") and fb[1].endswith(":0")
    # 有误, then — after a restart — a reason as a reply to the prompt
    fake.push_callback(USER, USER, fb[1])
    fake.wait_for(lambda _: any(c["params"].get("reply_markup", {}).get("force_reply")
                                for c in fake.calls("sendMessage", USER)))
    prompt = next(c for c in fake.calls("sendMessage", USER) if c["params"].get("reply_markup", {}).get("force_reply"))
    assert texts.FEEDBACK_REASON in prompt["params"]["text"]
    fake.wait_for(lambda _: bot.state.feedback_rows() and bot.state.feedback_rows()[-1]["prompt_message_id"])
    bot.stop()
    bot = make_bot()
    ask(fake, USER, USER, "第十四条说的是区委召开", reply_to={**prompt["result"], "from": BOT})
    rows = bot.state.feedback_rows()
    assert rows[-1]["helpful"] is False and rows[-1]["reason"] == "第十四条说的是区委召开"
    assert rows[-1]["answer_id"] == int(fb[1].split(":")[1])
    assert "已记录原因" in fake.calls("sendMessage", USER)[-1]["params"]["text"]


def test_in_a_group_the_bot_answers_only_when_mentioned_or_replied_to(make_bot, fake):
    make_bot()
    fake.push_message(GROUP, USER, "较大事故街道主任会受什么处理")
    [sent] = ask(fake, GROUP, OTHER, "@wenze_test_bot 较大事故街道主任会受什么处理")
    assert "责令公开道歉" in sent["params"]["text"]
    assert sent["params"]["reply_parameters"]["message_id"]                 # threaded under the question
    [sent] = ask(fake, GROUP, USER, "那重大事故呢？", reply_to={"message_id": 5, "date": 0, "chat": fake.chat(GROUP),
                                                              "from": BOT, "text": "…"})
    assert "停职检查" in sent["params"]["text"]
    assert len(fake.calls("sendMessage", GROUP)) == 2                         # the first message got nothing


def test_a_missing_fact_comes_with_buttons_that_complete_it(make_bot, fake):
    make_bot()
    [sent] = ask(fake, USER, USER, "街道书记出了事故会怎样")
    opts = [row[0] for row in buttons(sent)[:-1]]
    assert [b["text"] for b in opts] == ["特别重大事故", "重大事故", "较大事故", "一般事故"]
    before = len(fake.calls("sendMessage", USER))
    fake.push_callback(USER, USER, opts[2]["callback_data"])
    sent = fake.wait_sent("sendMessage", USER, count=before + 1)[-1]
    assert "对街道党政领导正职责令公开道歉" in sent["params"]["text"]


def test_article_and_sources(make_bot, fake):
    make_bot()
    [sent] = ask(fake, USER, USER, "/article 14")
    assert "<blockquote expandable>第十四条 发生较大" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article 第十八条")
    assert "不完整" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article 999")
    assert "没有这一条" in sent["params"]["text"] and "共十八条" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article")
    assert "用法" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article 10 深圳市党政领导干部问责暂行规定")
    assert "第十条 有本规定第五、六、七、九条" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article 1 政府工作报告")
    assert "《深圳市2016年政府工作报告》不是知识库中分条的法规" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/article 1 刑法")
    assert "“刑法”不是知识库中分条的法规" in sent["params"]["text"]
    [sent] = ask(fake, USER, USER, "/sources")
    assert "深圳市党政领导干部问责暂行规定" in sent["params"]["text"] and "缺失" in sent["params"]["text"]


def test_case_buttons_come_from_the_rule_file(make_bot, fake, book):
    make_bot()
    [sent] = ask(fake, USER, USER, "/case")
    severities = [row[0]["text"] for row in buttons(sent)]
    assert len(severities) == len({(r.severity, r.consequence) for r in book.regulation.accident_decisions})
    assert severities[:3] == ["特别重大事故", "重大事故", "较大事故"]
    fake.push_callback(USER, USER, "case:s:2")
    edit = fake.wait_sent("editMessageText", USER)[-1]
    roles = [row[0]["text"] for row in buttons(edit)]
    assert roles == [r.role for r in book.regulation.accident_decisions if r.severity == "较大"]
    before = len(fake.calls("sendMessage", USER))
    fake.push_callback(USER, USER, f"case:r:2:{roles.index('街道党政领导正职')}")
    sent = fake.wait_sent("sendMessage", USER, count=before + 1)[-1]
    assert "对街道党政领导正职责令公开道歉" in sent["params"]["text"] and "第十四条" in sent["params"]["text"]


def test_the_complaint_path_cites_the_paper(make_bot, fake, book):
    make_bot()
    [sent] = ask(fake, USER, USER, "/complaint")
    labels = [row[0]["text"] for row in buttons(sent)]
    assert labels == [s.label for s in book.complaint.situations]
    before = len(fake.calls("sendMessage", USER))
    fake.push_callback(USER, USER, "cmp:0")
    sent = fake.wait_sent("sendMessage", USER, count=before + 1)[-1]
    text = sent["params"]["text"]
    assert "向哪里投诉" in text and "投诉电话和网址" in text and "《深圳市实施行政问责制的实践与思考》二（二）3" in text
    assert "<blockquote expandable>" in text


def test_matrix_is_a_picture(make_bot, fake):
    make_bot()
    fake.push_message(USER, USER, "/matrix")
    [photo] = fake.wait_sent("sendPhoto", USER, timeout=60)
    data = fake.files["photo0"]
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
    assert "第十三、十四、十六条" in photo["params"]["caption"]


@pytest.mark.parametrize("kind, update, says", [
    ("sticker", {"sticker": {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 512, "height": 512,
                             "is_animated": False, "is_video": False}}, texts.NOT_TEXT),
    ("photo", {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 10, "height": 10}]}, texts.NOT_TEXT),
    ("voice", {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}}, texts.NOT_TEXT),
])
def test_non_text_messages_get_a_short_reply(make_bot, fake, kind, update, says):
    make_bot()
    [sent] = ask(fake, USER, USER, None, **update)
    assert sent["params"]["text"] == says


@pytest.mark.parametrize("text, says", [
    ("问" * 4000, "问题太长了（4000 字）"),
    ("   ", "请输入一个问题"),
    ("/nosuchcommand", "没有这个命令"),
    ("今天股市行情怎么样", "知识库中没有可以回答这个问题的依据"),
])
def test_bad_text_gets_a_helpful_reply(make_bot, fake, text, says):
    make_bot()
    [sent] = ask(fake, USER, USER, text)
    assert says in sent["params"]["text"] and texts.ERROR not in sent["params"]["text"]


def test_an_edited_message_gets_a_short_reply(make_bot, fake):
    make_bot()
    fake.push_edited(USER, USER, "较大事故街道主任会受什么处理")
    assert fake.wait_sent("sendMessage", USER)[-1]["params"]["text"] == texts.EDITED


def test_a_long_answer_is_split_without_cutting_a_citation(make_bot, fake, monkeypatch, kb):
    bot = make_bot()
    quotes = [Quote.of(kb.article(n)) for n in list(range(1, 18)) * 5]
    long_answer_body = Body(lead="开头的说明。", quotes=quotes)
    assert len(plain.render(long_answer_body)) > 9000

    def long_answer(question, **kw):
        return Answer(question, long_answer_body, [], None, CheckResult(True), True, "passages")

    monkeypatch.setattr(bot.pipeline, "answer", long_answer)
    ask(fake, USER, USER, "所有条文", count=3)
    messages = [c["params"]["text"] for c in fake.calls("sendMessage", USER)]
    assert len(messages) >= 3
    for m in messages:
        assert len(parse_html(m)) <= 4096            # the server accepted each: tags balanced
        for head in m.split("<b>【")[1:]:
            assert "</b>\n<blockquote expandable>" in head   # every citation head has its quote with it


def test_a_flood_wait_is_retried(make_bot, fake):
    make_bot()
    fake.flood = 1
    fake.push_message(USER, USER, "第十四条")
    fake.wait_for(lambda _: len(fake.calls("sendMessage", USER)) >= 2, timeout=30)
    assert "第十四条" in fake.calls("sendMessage", USER)[-1]["params"]["text"]


def test_too_many_questions_get_a_polite_reply(make_bot, fake):
    make_bot(questions_per_minute=2)
    for q in ["第十四条", "第十三条"]:
        ask(fake, USER, USER, q)
    [sent] = ask(fake, USER, USER, "第十二条")
    assert "提问太频繁了" in sent["params"]["text"]
    [other] = ask(fake, OTHER, OTHER, "第十二条")           # other users are not limited
    assert "第十二条" in other["params"]["text"]


def test_one_slow_answer_does_not_hold_up_other_chats(make_bot, fake, monkeypatch):
    bot = make_bot()
    real = bot.pipeline.answer

    def maybe_slow(question, **kw):
        if question == "慢问题":
            time.sleep(4)
        return real(question, **kw)

    monkeypatch.setattr(bot.pipeline, "answer", maybe_slow)
    fake.push_message(USER, USER, "慢问题")
    time.sleep(0.3)
    fake.push_message(OTHER, OTHER, "第十四条")
    fake.wait_sent("sendMessage", OTHER)
    assert fake.calls("sendMessage", USER) == []                 # the slow one is still working
    fake.wait_sent("sendMessage", USER, timeout=20)


def test_a_drill_in_a_group_with_many_players_survives_a_restart(make_bot, fake):
    bot = make_bot()
    fake.push_message(GROUP, TRAINER, "/drill 3 事故")
    [poll] = fake.wait_sent("sendPoll", GROUP)
    p = poll["params"]
    assert p["type"] == "quiz" and p["is_anonymous"] is False and len(p["explanation"]) <= 200
    assert "第" in p["explanation"] and "条" in p["explanation"]
    drill = bot.state.drill(1)
    right = drill.questions[0].correct
    wrong = (right + 1) % len(drill.questions[0].options)
    assert p["correct_option_ids"] == [right]
    fake.push_poll_answer("1", USER, right, name="张三")
    fake.push_poll_answer("1", OTHER, wrong, name="李四")
    fake.wait_for(lambda _: bot.state.score(GROUP, bot.app.bot_data["services"].user_hash(OTHER))[1] == 1)
    next_button = buttons(poll)[0][0]["callback_data"]
    bot.stop()

    bot = make_bot()                                               # a restart in the middle of the drill
    fake.push_callback(GROUP, USER, next_button)
    fake.push_callback(GROUP, OTHER, next_button)                  # a double press sends one question
    polls = fake.wait_sent("sendPoll", GROUP, count=2)
    time.sleep(0.5)
    assert len(fake.calls("sendPoll", GROUP)) == 2
    second = bot.state.drill(1).questions[1]
    fake.push_poll_answer("2", USER, second.correct, name="张三")
    fake.push_callback(GROUP, USER, buttons(polls[1])[0][0]["callback_data"])
    third = fake.wait_sent("sendPoll", GROUP, count=3)[2]
    assert buttons(third)[0][0]["text"].startswith("看成绩")
    fake.push_callback(GROUP, USER, buttons(third)[0][0]["callback_data"])
    fake.wait_for(lambda _: any("练习结束" in t for t in texts_to(fake, GROUP)))
    result = next(t for t in texts_to(fake, GROUP) if "练习结束" in t)
    assert "1. 张三：答对 2/2" in result and "2. 李四：答对 0/1" in result
    [score] = ask(fake, GROUP, USER, "/score")
    assert "答对 2 / 2" in score["params"]["text"]
    [board] = ask(fake, GROUP, OTHER, "/leaderboard")
    assert board["params"]["text"].splitlines()[1:] == ["1. 张三：答对 2/2", "2. 李四：答对 0/1"]


def test_a_trainer_loads_a_question_set_and_drills_it(make_bot, fake):
    make_bot()
    own = [{"question": "第十四条规定由谁召开现场会？", "options": ["区委（党工委）、区政府（管委会）", "市委、市政府"],
            "correct": 0, "explanation": "依据第十四条：区委（党工委）、区政府（管委会）应在24小时内召开现场会。", "article": 14}]
    fake.add_file("quizfile", yaml.safe_dump(own, allow_unicode=True).encode())
    doc = {"document": {"file_id": "quizfile", "file_unique_id": "q", "file_name": "q.yaml", "file_size": 300},
           "caption": "/loadquiz 我的题"}
    [refused] = ask(fake, USER, USER, None, **doc)
    assert refused["params"]["text"] == texts.TRAINER_ONLY
    [loaded] = ask(fake, TRAINER, TRAINER, None, **doc)
    assert "已载入题库“我的题”，共 1 题" in loaded["params"]["text"]
    fake.push_message(TRAINER, TRAINER, "/drill 1 我的题")
    [poll] = fake.wait_sent("sendPoll", TRAINER)
    assert poll["params"]["question"].endswith("第十四条规定由谁召开现场会？")
    fake.add_file("badfile", b"- question: x\n  options: [a]\n")
    [bad] = ask(fake, TRAINER, TRAINER, None, document={"file_id": "badfile", "file_unique_id": "b",
                                                         "file_name": "b.yaml", "file_size": 40},
                caption="/loadquiz 坏题")
    assert "第 1 题" in bad["params"]["text"] and "题库没有载入" in bad["params"]["text"]


def test_admin_commands_are_for_admins_only(make_bot, fake):
    make_bot()
    for cmd in ("/stats", "/reload"):
        [sent] = ask(fake, USER, USER, cmd)
        assert sent["params"]["text"] == texts.ADMIN_ONLY
    ask(fake, ADMIN, ADMIN, "第十四条")
    [stats] = ask(fake, ADMIN, ADMIN, "/stats")
    assert "回答：1（passages 1）" in stats["params"]["text"]
    [reloaded] = ask(fake, ADMIN, ADMIN, "/reload")
    assert "已重新载入" in reloaded["params"]["text"] and "未变 3" in reloaded["params"]["text"]


def test_a_failed_reload_says_why_and_keeps_the_running_snapshot(make_bot, fake, monkeypatch):
    from rules.errors import RulesError

    bot = make_bot()
    snap = bot.pipeline.snapshot

    def broken() -> str:
        raise RulesError("regulation.yaml：不是合法的 YAML")

    monkeypatch.setattr(bot.pipeline, "reload", broken)
    [sent] = ask(fake, ADMIN, ADMIN, "/reload")
    assert sent["params"]["text"] == "重新载入失败，继续使用原来的规则和索引：regulation.yaml：不是合法的 YAML"
    assert bot.pipeline.snapshot is snap


def test_the_webhook_checks_the_secret_token(snapshot, tmp_path, fake):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bot_settings = Settings(data_dir=tmp_path)
    audit = AuditLog.open(bot_settings)
    settings = TelegramSettings(token=TOKEN, api_url=fake.base_url)
    assistant = Assistant(bot_settings, snapshot, audit=audit)
    runner = BotRunner(build_application(settings, assistant, BotState(audit.engine)))
    runner.start(webhook={"listen": "127.0.0.1", "port": port, "url_path": "telegram", "secret_token": "s3cret-token",
                          "webhook_url": "https://bot.example.org/telegram"})
    try:
        assert fake.webhook["url"] == "https://bot.example.org/telegram"
        assert fake.webhook["secret_token"] == "s3cret-token"
        update = {"update_id": 1, "message": fake.message_update(USER, USER, "第十四条")}
        url = f"http://127.0.0.1:{port}/telegram"
        wrong = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
        assert wrong.status_code == 403
        assert httpx.post(url, json=update).status_code == 403
        assert httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}).status_code == 200
        [sent] = fake.wait_sent("sendMessage", USER)
        assert "第十四条" in sent["params"]["text"]
        # Telegram repeats a webhook delivery it thinks failed: the inbox answers it once
        again = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"})
        assert again.status_code == 200
        time.sleep(1)
        assert len(fake.calls("sendMessage", USER)) == 1
    finally:
        runner.stop()


@pytest.mark.parametrize("token, says", [(None, "没有配置"), ("", "没有配置"), ("not-a-token", "格式不对"),
                                         ("123:short", "格式不对")])
def test_a_missing_or_malformed_token_stops_with_a_message(token, says):
    with pytest.raises(ValueError, match=says) as err:
        TelegramSettings(token=token).checked_token()
    assert token is None or not token or token not in str(err.value)


def test_the_token_is_never_logged(make_bot, fake, caplog):
    caplog.set_level(logging.DEBUG)
    make_bot()
    ask(fake, USER, USER, "第十四条")
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text


def test_the_generated_drill_covers_every_table_cell_and_cites_its_article(book):
    questions = generate(book)
    cells = book.regulation.accident_decisions
    for row in cells:
        assert any(q.question.startswith(f"发生{row.severity}") and row.role in q.question
                   and q.options[q.correct] == "、".join(row.measures) for q in questions)
    for q in questions:
        assert len(q.explanation) <= 200 and len(q.options) >= 2 and 0 <= q.correct < len(q.options)
        assert q.article and "第" in q.explanation
    for topic in ("事故", "召集", "程序", "方式"):
        assert generate(book, topic)


def test_html_that_telegram_refuses_is_resent_once_as_plain_text(make_bot, fake):
    make_bot()
    fake.reject_html = 1
    fake.push_message(USER, USER, "第十四条")
    calls = fake.wait_sent("sendMessage", USER, count=2)
    assert calls[0]["params"]["parse_mode"] == "HTML" and "parse_mode" not in calls[1]["params"]
    assert "<blockquote" not in calls[1]["params"]["text"] and "第十四条 发生较大" in calls[1]["params"]["text"]
    time.sleep(0.5)
    assert len(fake.calls("sendMessage", USER)) == 2


def test_a_command_with_the_bot_name_works_in_a_group(make_bot, fake):
    make_bot()
    [sent] = ask(fake, GROUP, USER, "/article@wenze_test_bot 14")
    assert "第十四条 发生较大" in sent["params"]["text"]
    fake.push_message(GROUP, USER, "/nosuchcommand@wenze_test_bot")
    time.sleep(1)
    assert len(fake.calls("sendMessage", GROUP)) == 1          # no noise in a group for unknown commands


def test_polling_survives_a_telegram_outage(make_bot, fake):
    make_bot()
    fake.outage = True
    time.sleep(1.5)
    fake.push_message(USER, USER, "第十四条")
    time.sleep(2)
    fake.outage = False
    [sent] = fake.wait_sent("sendMessage", USER, timeout=40)
    assert "第十四条" in sent["params"]["text"]
    time.sleep(1)
    assert len(fake.calls("sendMessage", USER)) == 1            # answered once


def test_a_second_bot_on_the_same_data_folder_refuses_to_start(kb, tmp_path, monkeypatch):
    from click.testing import CliRunner
    from filelock import FileLock

    from bot.fronts.cli import main

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WENZE_TELEGRAM_API_URL", "http://127.0.0.1:9/bot")
    monkeypatch.setenv("WENZE_DATABASE_URL", f"sqlite:///{tmp_path / 'b.db'}")
    data = kb.store.settings.data_dir
    with FileLock(str(data / "telegram-bot.lock")):
        result = CliRunner().invoke(main, ["bot"])
    assert result.exit_code == 1 and "另一个机器人实例正在运行" in result.output
    assert TOKEN not in result.output


def test_the_local_server_refuses_what_telegram_refuses(fake):
    """The stand-in is strict where Telegram is: the real client gets Telegram's errors."""
    import asyncio

    from telegram import Bot
    from telegram.error import BadRequest, RetryAfter

    async def run():
        async with Bot(TOKEN, base_url=fake.base_url) as bot:
            with pytest.raises(BadRequest, match="too long"):
                await bot.send_message(USER, "字" * 4097)
            with pytest.raises(BadRequest, match="parse entities"):
                await bot.send_message(USER, "<b>未闭合", parse_mode="HTML")
            with pytest.raises(BadRequest, match="parse entities"):
                await bot.send_message(USER, "<script>x</script>", parse_mode="HTML")
            fake.flood = 1
            with pytest.raises(RetryAfter):
                await bot.send_message(USER, "第十四条")
            assert (await bot.send_message(USER, "字" * 4096)).text == "字" * 4096

    asyncio.run(run())


def test_the_matrix_picture_has_every_glyph(book):
    import warnings

    from bot.views.matrix import cjk_font, render_png

    assert cjk_font()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = render_png(book)
    assert png.startswith(b"\x89PNG")
    assert not [w for w in caught if "missing from" in str(w.message)]      # "Glyph … missing from font(s)"


def test_a_part_that_fails_is_not_resent_and_the_user_is_told(make_bot, fake, monkeypatch, kb):
    bot = make_bot()
    quotes = [Quote.of(kb.article(n)) for n in list(range(1, 18)) * 5]
    monkeypatch.setattr(bot.pipeline, "answer",
                        lambda q, **kw: Answer(q, Body(lead="说明。", quotes=quotes), [], None, CheckResult(True), True,
                                               "passages"))
    fake.fail_send(2)
    fake.push_message(USER, USER, "所有条文")
    fake.wait_for(lambda _: any(texts.INCOMPLETE in t for t in texts_to(fake, USER)))
    time.sleep(0.5)
    sent = texts_to(fake, USER)
    assert len(sent) == 3 and sent[0].startswith("说明。") and sent[-1] == texts.INCOMPLETE
    assert texts.ERROR not in sent


def test_a_user_who_blocked_the_bot_gets_no_retry_and_no_error(make_bot, fake, caplog):
    caplog.set_level(logging.INFO)
    make_bot()
    fake.blocked.add(USER)
    fake.push_message(USER, USER, "第十四条")
    fake.wait_sent("sendMessage", USER)
    time.sleep(1)
    assert len(fake.calls("sendMessage", USER)) == 1          # one try, no apology after it
    assert "not allowed to write to this chat" in caplog.text


def test_the_inbox_claims_each_update_once_per_run_and_gives_up_on_poison(tmp_path):
    from bot.storage.db import open_engine

    state = BotState(open_engine(f"sqlite:///{tmp_path / 'inbox.db'}"))
    payload = {"update_id": 7, "message": {"text": "x"}}
    assert state.receive(7, payload, "run-a") is True
    assert state.receive(7, payload, "run-a") is False             # a second delivery in the same run
    assert state.unfinished("run-b") == [payload]                   # run-a died: run-b takes it over
    assert state.receive(7, payload, "run-b") is True
    assert state.receive(7, payload, "run-c") is True               # third attempt
    assert state.receive(7, payload, "run-d") is False              # the bot died on it three times: dropped
    assert state.unfinished("run-e") == []
    assert state.receive(8, {"update_id": 8}, "run-e") is True
    state.handled(8)
    assert state.receive(8, {"update_id": 8}, "run-f") is False and state.unfinished("run-f") == []


def test_without_an_index_the_bot_says_so_and_the_rules_still_answer(tmp_path, fake, book):
    from knowledge.retrieval import Corpus

    bot_settings = Settings(data_dir=tmp_path)
    audit = AuditLog.open(bot_settings)
    assistant = Assistant(bot_settings, Snapshot.of(Corpus.shipped("索引无法打开"), book), audit=audit)
    runner = BotRunner(build_application(TelegramSettings(token=TOKEN, api_url=fake.base_url), assistant,
                                         BotState(audit.engine))).start()
    try:
        [hello] = ask(fake, USER, USER, "/start")
        assert texts.DEGRADED in hello["params"]["text"]
        [answer] = ask(fake, USER, USER, "较大事故街道主任会受什么处理")
        assert "责令公开道歉" in answer["params"]["text"]
        [other] = ask(fake, USER, USER, "问责有哪几种方式")
        assert other["params"]["text"].startswith("暂时无法检索法规")
    finally:
        runner.stop()


def test_idle_question_budgets_are_forgotten(tmp_path, monkeypatch):
    import time

    from bot.storage.db import budgets, open_engine
    from bot.storage.state import BotState

    state = BotState(open_engine(f"sqlite:///{tmp_path / 'b.db'}"))
    clock = [1000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    for user in ("u1", "u2", "u3"):
        assert state.take_question(user, 2)          # each has used part of the budget
    clock[0] += 61                                   # u1..u3 are full again
    assert state.take_question("u4", 2)
    assert state.prune_budgets() == 3
    with state.engine.connect() as c:
        assert set(c.execute(budgets.select().with_only_columns(budgets.c.user_hash)).scalars()) == {"u4"}


def test_a_question_budget_is_shared_by_every_replica_on_the_database(tmp_path, monkeypatch):
    """Two bots on one database: a user who asks both gets `per_minute` answers a minute in all,
    refilled as the minute passes."""
    import time

    from bot.storage.db import open_engine
    from bot.storage.state import BotState

    url = f"sqlite:///{tmp_path / 'b.db'}"
    a, b = BotState(open_engine(url), exclusive=False), BotState(open_engine(url), exclusive=False)
    clock = [1000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    got = [(a if i % 2 else b).take_question("u", 3) for i in range(5)]
    assert got == [True, True, True, False, False]
    assert b.take_question("other", 3)              # budgets are per user
    clock[0] += 20                                  # a third of a minute: one question back
    assert a.take_question("u", 3) and not b.take_question("u", 3)
