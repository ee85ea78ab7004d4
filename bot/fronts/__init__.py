"""The fronts that are not Telegram: the `wenze` command line and the console chat."""
