"""The assistant.

    core/      question -> retrieve -> decide -> draft -> check -> answer (the one path)
    storage/   SQL tables, migrations, audit trail, bot state
    views/     what is derived from the rule tables for people: drills, the matrix picture
    fronts/    the `wenze` command line and the console chat
    telegram/  the Telegram bot
"""
