"""Test doubles for services that cannot run here. Each speaks the real wire protocol over HTTP
on 127.0.0.1, so the real client library (openai via langchain-openai, python-telegram-bot)
is what gets exercised."""
