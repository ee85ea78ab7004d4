"""Views derived from the rule tables: drill questions, the severity x role matrix, drill reports."""
