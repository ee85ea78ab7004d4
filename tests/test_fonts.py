"""The pictures' Chinese font comes from the mplfonts package (issue 14): /matrix and the drill
report's chart draw every glyph in a fresh process whose HOME and MPLCONFIGDIR are empty folders
(no font cache) and which sees no system font at all; a control run without the packaged font
shows that the check would catch boxes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent('''
    import json, sys, warnings
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.font_manager as fm

    # Hide every system font: a font manager built from matplotlib's own fonts only, used by
    # everything that draws text.
    fm.X11FontDirectories[:] = []
    fm.OSXFontDirectories[:] = []
    fm._get_fontconfig_fonts = lambda: []
    manager = fm.FontManager()
    fm.fontManager, fm.findfont, fm.get_font_names = manager, manager.findfont, manager.get_font_names
    import matplotlib.text
    import matplotlib.backends.backend_agg as agg
    matplotlib.text.fontManager = manager
    agg._fontManager = manager
    visible = sorted({f.fname for f in manager.ttflist})

    from rules.schema import RuleBook
    from bot.views import matrix, report
    from bot.views.drills import generate
    from bot.views.fonts import cjk_font, font_path

    book = RuleBook()
    questions = generate(book, "情形")[:4]
    answers = [{"user_hash": str(i), "user_name": name, "idx": i % 4, "correct": i % 3 == 0}
               for i, name in enumerate(["张三", "李四", "欧阳修", "司马光", "诸葛亮"])]
    rep = report.build(1, -1, "情形", questions, answers, book.regulation.title, lambda n: None)
    out = {"visible": visible}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if sys.argv[1] == "control":          # the same text without the packaged font
            import matplotlib.pyplot as plt
            fig = plt.figure()
            fig.text(0.1, 0.5, matrix.caption(book))
            fig.savefig("/dev/null", format="png")
        else:
            name = cjk_font()
            out["family"] = name
            out["file"] = manager.findfont(fm.FontProperties(family=name), fallback_to_default=False)
            out["packaged"] = str(font_path())
            out["pngs"] = [len(matrix.render_png(book)), len(report.render_png(rep))]
    out["missing"] = [str(w.message) for w in caught if "missing from" in str(w.message)]
    print(json.dumps(out, ensure_ascii=False))
''')


def _run(tmp_path: Path, mode: str) -> dict:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "MPLCONFIGDIR": str(home / "mpl"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"), "PYTHONPATH": str(ROOT),
           "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_pictures_draw_every_glyph_with_no_system_font_and_no_cache(tmp_path):
    control = _run(tmp_path, "control")
    assert control["missing"], "the check must see boxes when no CJK font is registered"
    assert all("matplotlib" in f for f in control["visible"])      # no system font in sight

    out = _run(tmp_path, "pictures")
    assert out["family"] == "Noto Sans CJK SC"
    assert out["file"] == out["packaged"] and "mplfonts" in out["file"]
    assert all(n > 10_000 for n in out["pngs"])
    assert out["missing"] == []


def test_the_font_is_the_packaged_file(monkeypatch):
    from bot.views import fonts

    assert fonts.font_path().name == fonts.FONT_FILE and fonts.font_path().is_file()
    monkeypatch.setattr(fonts, "FONT_PACKAGE", "no_such_font_package")
    with pytest.raises(fonts.FontMissing, match="no_such_font_package"):
        fonts.font_path()
