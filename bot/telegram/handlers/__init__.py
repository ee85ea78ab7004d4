"""Handlers of the Telegram bot, one module per flow. Each turns an update into a call on the
Assistant, its rule book or the bot's state, and answers in Chinese; none lets an exception reach
the user. bot/telegram/app.py registers them."""
