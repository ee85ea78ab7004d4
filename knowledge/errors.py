"""Errors of the knowledge package, under the project's root WenzeError (the whole tree is drawn
in rules/errors.py).

    KnowledgeError            message is safe to show to a user
    ├── DocumentError         a file that cannot be ingested (empty, binary, wrong encoding, no structure)
    ├── IndexUnavailable      the store is missing, corrupt, locked or built by another model
    │   └── IndexBusy         another process holds the writer lock
    └── EmbeddingError        the embedding model or endpoint failed
"""

from rules.errors import WenzeError


class KnowledgeError(WenzeError):
    """Base class; str(err) is a Chinese message fit for the user."""


class DocumentError(KnowledgeError):
    pass


class IndexUnavailable(KnowledgeError):
    pass


class IndexBusy(IndexUnavailable):
    pass


class EmbeddingError(KnowledgeError):
    pass
