"""The Chinese font of every picture (/matrix, the drill report's chart), from a Python package.

`mplfonts` ships Noto Sans CJK SC (SIL Open Font License) as package data. We register that one
file with matplotlib explicitly, so a picture never depends on a system font, on apt or root, or
on a matplotlib font cache that predates a font's installation (the failure of issue 14).
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from rules.errors import WenzeError

FONT_PACKAGE = "mplfonts"
FONT_FILE = "NotoSansCJKsc-Regular.otf"


class FontMissing(WenzeError):
    """The packaged CJK font is not installed: a picture would show boxes instead of characters."""


def font_path() -> Path:
    """The font file inside the installed package (found without importing it: its __init__
    imports helpers that rewrite matplotlib settings)."""
    spec = importlib.util.find_spec(FONT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FontMissing(f"没有安装 {FONT_PACKAGE}，无法绘制中文图片（pip install {FONT_PACKAGE}）。")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.is_file():
        raise FontMissing(f"{FONT_PACKAGE} 中没有字体文件 {FONT_FILE}，无法绘制中文图片。")
    return path


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register the packaged font with matplotlib's font manager and return its family name,
    for `font.family` in the pictures' rc_context."""
    from matplotlib import font_manager

    path = font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
