"""Errors of the rules package.

    RulesError          a rule file is malformed or inconsistent; the message names file, row and field
"""


class RulesError(Exception):
    pass
