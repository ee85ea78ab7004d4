"""The assistant's fronts: the command line (and, later, the answer pipeline, console chat and Telegram)."""
