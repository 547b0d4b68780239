"""The first frame is built without Qt's slow-to-load classes (edu_app/ui/first_frame.py).

A real start, in its own process, paints its first page with PySide6's `Qt` namespace,
`QStyle` and `QAccessible` still unmade; the plain values it uses instead are Qt's own;
the contents dock is placed by the cached default layout without `addDockWidget`.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolBar

from edu_app.qt import first_frame
from edu_app.qt import settings as S

from ..conftest import GUIDE

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from edu_app.ui import browser, window as window_module

seen = {}
made = []
made_view = browser.ChapterView.__init__
def watch(self, *args, **kwargs):
    made_view(self, *args, **kwargs)
    self.firstPaint.connect(lambda: watched(self))  # the first slot: before start-up's own
browser.ChapterView.__init__ = watch
def watched(self):
    seen.update(qt="Qt" in vars(PySide6.QtCore), style="QStyle" in vars(PySide6.QtWidgets),
                accessible="QAccessible" in vars(PySide6.QtGui),
                page=self.toPlainText()[:80])
    win = made[0]
    seen.update(dock_shown=win.toc_dock.isVisible(), dock_width=win.toc_dock.width(),
                dock_x=win.toc_dock.x(), view_x=win.view.mapTo(win, win.view.rect().topLeft()).x(),
                contents=win.toc.topLevelItemCount())
init = window_module.MainWindow.__init__
def capture(self, *args, **kwargs):
    made.append(self)
    init(self, *args, **kwargs)
window_module.MainWindow.__init__ = capture

from edu_app.app import main
code = main(["--lang", sys.argv[1], "--content-dir", sys.argv[2], "--quit-after-paint"])
import gc
from PySide6.QtCore import Qt
win = made[0]
seen.update(code=code, gc_on=gc.isenabled(),
            dock_left=win.dockWidgetArea(win.toc_dock) == Qt.DockWidgetArea.LeftDockWidgetArea)
print(json.dumps(seen))
"""


def start(tmp_path: Path, lang: str = "en") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", PROBE, lang, str(GUIDE)], env=env,
                          capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_plain_values_are_qts_own():
    assert first_frame.TOOL_BUTTON_TEXT_BESIDE_ICON == \
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value
    assert first_frame.SCROLL_BAR_ALWAYS_ON == Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value
    assert first_frame.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value
    assert first_frame.USER_ROLE == Qt.ItemDataRole.UserRole.value


def test_set_enum_sets_qts_own_property(qapp, caplog):
    bar, label, view = QToolBar(), QLabel(), QTextBrowser()
    first_frame.set_enum(bar, "toolButtonStyle", first_frame.TOOL_BUTTON_TEXT_BESIDE_ICON)
    first_frame.set_enum(label, "alignment", first_frame.ALIGN_CENTER)
    first_frame.set_enum(view, "verticalScrollBarPolicy", first_frame.SCROLL_BAR_ALWAYS_ON)
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    first_frame.set_enum(view, "wordWrapMode", QTextOption.WrapMode.WrapAnywhere.value)
    assert "no property wordWrapMode" in caplog.text  # not a Qt property: said, not ignored


def test_the_stand_in_gives_the_real_namespace():
    assert first_frame.Qt.AlignmentFlag is Qt.AlignmentFlag
    assert first_frame.Qt.Key.Key_Escape == Qt.Key.Key_Escape


def test_the_toolbar_pictures_ship_with_the_app_drawn_from_their_sources():
    icons = ROOT / "assets" / "icons"
    for name in ("home", "back", "forward", "previous-chapter", "next-chapter", "print"):
        picture = first_frame.icon(name)
        assert not picture.isNull(), name
        assert picture.pixmap(24, 24).width() == 24
        for png in (icons / f"{name}.png", icons / f"{name}@2x.png"):
            # drawn again by tools/icons.py whenever the SVG changes
            assert png.read_bytes()[:4] == b"\x89PNG", png
    assert first_frame.icon("no-such-picture").isNull()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_real_start_paints_its_page_before_the_slow_classes_load(tmp_path, lang):
    first = start(tmp_path, lang)  # the very first start keeps the default layout
    assert first["code"] == 0 and first["dock_left"] and first["dock_shown"]
    assert list((tmp_path / "cache").rglob("window-layout-*.json"))

    again = start(tmp_path, lang)
    assert again["code"] == 0
    assert not again["qt"], "the Qt namespace was made before the first paint"
    assert not again["style"], "QStyle was loaded before the first paint"
    assert not again["accessible"], "QAccessible was loaded before the first paint"
    assert again["page"].strip()  # a real page was on screen
    # the dock was placed by the cached layout, as on the first start
    assert again["dock_left"] and again["dock_shown"] and again["dock_width"] > 100
    assert again["dock_x"] == 0 and again["view_x"] >= again["dock_width"]  # text beside it
    assert again["contents"] >= 3
    assert again["gc_on"]  # collection resumed once the page was painted


def test_collection_resumes_with_the_start_up_objects_set_aside():
    from edu_app.app import _resume_collection

    gc.disable()
    try:
        _resume_collection()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_layout_without_the_contents_is_mended_after_the_first_paint(
        make_window, qtbot, settings):
    from PySide6.QtWidgets import QMainWindow

    bare = QMainWindow()  # a layout saved by a window that had no contents dock
    bare.addToolBar(QToolBar(objectName="mainToolbar"))
    settings.set(S.WINDOW_STATE, bare.saveState())
    win = make_window(settings_=settings)
    qtbot.waitUntil(lambda: win.dockWidgetArea(win.toc_dock)
                    == Qt.DockWidgetArea.LeftDockWidgetArea, timeout=3000)
    assert win.toc_dock.isVisible()
