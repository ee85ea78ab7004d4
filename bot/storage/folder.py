"""The data folder (WENZE_DATA_DIR): checked once at the front, before anything is opened in it,
so that a folder that is a file or cannot be written gets one line saying so instead of a
traceback from whichever library touched it first (the audit key, SQLite, chromadb)."""
from __future__ import annotations

import os
from pathlib import Path

from rules.errors import WenzeError


class DataDirUnusable(WenzeError):
    """WENZE_DATA_DIR is a file, or a folder this user cannot create or write."""


def check_data_dir(path: Path) -> Path:
    """`path`, created when missing; DataDirUnusable saying what is wrong with it otherwise."""
    advice = "请把 WENZE_DATA_DIR 指向本用户可写的文件夹。"
    try:
        if path.exists() and not path.is_dir():
            raise DataDirUnusable(f"数据目录 {path} 是一个文件，不是文件夹：{advice}")
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DataDirUnusable(f"无法创建数据目录 {path}（{err.strerror or type(err).__name__}）：{advice}") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirUnusable(f"数据目录 {path} 不可写（所有者 uid {path.stat().st_uid}，当前用户 uid {os.getuid()}）：{advice}")
    return path
