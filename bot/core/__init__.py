"""The answer core: one path from a question to a checked, cited answer (pipeline, drafts,
conversation memory, the optional model)."""
