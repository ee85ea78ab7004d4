"""Which questions the assistant refuses before it looks anything up.

An attempt to override the instructions or to extract the configuration is not a question about
the regulations, whatever words it borrows from them; the assistant declines it without searching
or calling a model. This is the assistant's policy, not retrieval's: `wenze search "api key"`
searches, as a search should.
"""
from __future__ import annotations

import re

_INJECTION = re.compile(
    r"(忽略|无视|忘记|忘掉|不要理会|跳过)[^。？！]{0,12}(指令|指示|规则|设定|要求|提示)"
    r"|(提示词|系统提示|system\s*prompt|prompt|api\s*key|\bkey\b|密钥|口令|配置文件|你的配置|环境变量|token|wenze_\w+)"
    r"|ignore\s+(all\s+)?(previous|above|prior)\s+instructions",
    re.I,
)


def refuse(question: str) -> str | None:
    """The reason to decline `question` unanswered ("injection", a key of DECLINE in
    bot/core/texts.py), or None to answer it. Expects the normalized question."""
    if _INJECTION.search(question):
        return "injection"
    return None
