"""The answer core: the Assistant that owns what answers read (a snapshot of index and rules, the
audit log, conversation memory, the optional model) and the one path from a question to a
checked, cited answer (pipeline, drafts)."""
