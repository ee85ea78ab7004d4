"""Views derived from the rule tables: drill questions and the severity x role matrix."""
