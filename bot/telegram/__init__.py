"""The Telegram front (python-telegram-bot v22): handlers, HTML rendering, drill and feedback state."""
