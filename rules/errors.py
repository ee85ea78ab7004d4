"""The project's errors, all under one root, so that a front catches ours by catching WenzeError
and lets everything else reach its own last-resort handler. str(err) is always a Chinese message
fit for the user (the file, row and field when a file is at fault).

rules is the lowest layer, so the root lives here; each package defines its own subclasses.

    WenzeError                          rules/errors.py
    ├── RulesError                      a rule file is malformed or inconsistent (names file, row and field)
    ├── KnowledgeError                  knowledge/errors.py
    │   ├── DocumentError               a file that cannot be ingested (empty, binary, wrong encoding, no structure)
    │   ├── IndexUnavailable            the store is missing, corrupt, locked or built by another model
    │   │   └── IndexBusy               another process holds the writer lock
    │   └── EmbeddingError              the embedding model or endpoint failed
    ├── QuestionSetError                bot/views/drills.py: a trainer's question file that cannot be used
    ├── FontMissing                     bot/views/matrix.py: no CJK font to draw the /matrix picture
    ├── DataDirUnusable                 bot/storage/folder.py: WENZE_DATA_DIR is a file, or cannot be written
    ├── AuditUnavailable                bot/storage/audit.py: the audit trail cannot be written or read (says why)
    └── AlreadyRunning                  bot/telegram/app.py: another bot serves the same data folder
"""


class WenzeError(Exception):
    """Base class; str(err) is a Chinese message fit for the user."""


class RulesError(WenzeError):
    pass
