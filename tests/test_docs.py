"""The README stays true: every command of the bot and of the CLI is in it, and /help names the
bot's commands."""
from __future__ import annotations

from pathlib import Path

import click

from bot.fronts.cli import main
from bot.telegram import texts

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def cli_commands(group: click.Group, prefix: str = "wenze") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        out.append(f"{prefix} {name}")
        if isinstance(cmd, click.Group):
            out += cli_commands(cmd, f"{prefix} {name}")
    return out


def test_every_cli_command_is_in_the_readme():
    missing = [c for c in cli_commands(main) if f"`{c}" not in README]
    assert not missing


def test_every_bot_command_is_in_the_readme_and_in_help():
    for command, _ in texts.COMMANDS:
        assert f"`/{command}" in README, command
        if command not in ("start", "help"):
            assert f"/{command}" in texts.HELP, command
    for admin in ("/reload", "/stats", "/loadquiz"):
        assert f"`{admin}" in README
