"""The console chat: the same Assistant as the Telegram bot, one conversation per session."""
from __future__ import annotations

import uuid
from collections.abc import Callable

from bot.core.assistant import Assistant

WELCOME = ("问责助手（控制台）。请输入问题，例如：较大事故街道主任会受什么处理？\n"
           "追问时可以只说变化的部分（如：那重大事故呢？）。输入 /new 开始新对话，exit 退出。")
EXIT = {"exit", "quit", "退出", "/exit", "/quit"}


def run_console(assistant: Assistant, read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> None:
    conversation = uuid.uuid4().hex
    write(WELCOME)
    while True:
        try:
            line = read("问> ")
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        line = line.strip()
        if line in EXIT:
            return
        if line == "/new":
            assistant.conversations.forget(conversation)
            conversation = uuid.uuid4().hex
            write("已开始新对话。")
            continue
        if not line:
            continue
        answer = assistant.answer(line, conversation=conversation, channel="console")
        write(answer.text)
        write("")
