"""The assistant.

    settings   every setting, read from the environment once, at the front
    core/      the Assistant (owner of index, rules, audit log, conversations) and the one path:
               question -> retrieve -> decide -> draft -> check -> answer
    storage/   SQL tables, migrations, audit trail, bot state
    views/     what is derived from the rule tables for people: drills, the matrix picture, drill reports
    fronts/    the `wenze` command line and the console chat
    telegram/  the Telegram bot
"""
