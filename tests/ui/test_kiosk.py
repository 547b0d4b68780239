"""Clinic mode: locked down, forgets each family after an idle time, writes nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from edu_app.app import parse_args
from edu_app.qt import settings as S
from edu_app.qt.settings import Settings
from edu_app.ui.features import kiosk
from edu_app.ui.features.shortcuts_dialog import shortcut_groups

IDLE_MS = 300


@pytest.fixture
def clinic_ini(tmp_path: Path) -> Path:
    """The clinic's settings file, as a previous (non-kiosk) session left it."""
    path = tmp_path / "clinic" / "settings.ini"
    path.parent.mkdir()
    real = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    real.set(S.LAST_PLACE, "chapter:results#who-for")
    real.set(S.ZOOM, 150)
    real.set(S.LANGUAGE, "fr")
    real.set(S.CLINIC_NAME, "Clinique des Lilas")
    real.sync()
    return path


@pytest.fixture
def kiosk_window(make_window, clinic_ini):
    session = kiosk.session_settings(
        Settings(QSettings(str(clinic_ini), QSettings.Format.IniFormat)))
    win = make_window(lang="fr", settings_=session)
    clinic = kiosk.Kiosk(win.reader, win, idle_ms=IDLE_MS)
    clinic.start()
    win.clinic = clinic
    yield win
    clinic.quit()
    QApplication.instance().setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                         False)


def test_command_line_and_setting_turn_it_on(settings):
    assert parse_args(["--kiosk"]).kiosk and not parse_args([]).kiosk
    assert not S.wants_kiosk(False, settings)
    settings.set(S.KIOSK, True)
    assert S.wants_kiosk(False, settings)


def test_starts_locked_down_on_the_home_page(kiosk_window):
    w = kiosk_window
    assert w.reader.kiosk is True
    assert w.isFullScreen()
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.view.source().toString() == "home:"  # not the last place of an earlier session
    assert w.reader.zoom == 100 and w.reader.lang == "fr"
    assert w.reader.settings.get(S.CLINIC_NAME) == "Clinique des Lilas"  # clinic preferences kept
    assert not w.actions.quit.isEnabled() and not w.actions.quit.isVisible()


def test_only_the_staff_key_quits(kiosk_window, qtbot):
    w = kiosk_window
    w.actions.quit.trigger()
    qtbot.keyClick(w.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert w.close() is False  # Alt+F4 and the window manager end up here
    assert w.isVisible()
    staff = w.clinic.staff_quit
    assert staff.shortcut().toString() == kiosk.STAFF_QUIT_KEYS == "Ctrl+Alt+Shift+Q"
    assert staff.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    w.activateWindow()
    qtbot.keyClick(w.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    if w.isVisible():  # no active window on some offscreen platforms: trigger as the key does
        staff.trigger()
    assert not w.isVisible()


def test_staff_key_is_listed_nowhere(kiosk_window):
    listed = [keys for _title, rows in shortcut_groups(kiosk_window, "other") for _c, keys in rows]
    assert not any("Q" in keys and "Alt" in keys for keys in listed)
    dialog = kiosk_window.features["shortcuts"].show_dialog()
    assert all("Shift+Q" not in keys for _command, keys in dialog.rows())


def test_idle_time_comes_from_the_settings(make_window, settings):
    win = make_window(settings_=settings)
    assert kiosk.Kiosk(win.reader, win).timer.interval() == 3 * 60_000  # the default
    settings.set(S.IDLE_MINUTES, 5)
    assert kiosk.Kiosk(win.reader, win).timer.interval() == 5 * 60_000


def test_input_keeps_the_session_alive(kiosk_window, qtbot):
    w = kiosk_window
    w.open_url(QUrl("chapter:car-t"))
    # A longer idle time than the other tests': a loaded machine can stretch a 100 ms wait
    # past a 300 ms timer. Four keys 0.6 s apart outlast the 2 s idle time.
    w.clinic.timer.setInterval(2000)
    w.clinic.timer.start()
    with qtbot.assertNotEmitted(w.reader.resetRequested, wait=0):
        for _ in range(4):
            qtbot.keyClick(w.view, Qt.Key.Key_Down)
            qtbot.wait(600)
    assert w.view.source().path() == "car-t"


def _visible_top_levels(window):
    return [t for t in QApplication.topLevelWidgets()
            if t.isVisible() and t is not window and t.isWindow()]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen, floating dock
def test_idle_reset_forgets_the_previous_family(kiosk_window, qtbot, book):
    w = kiosk_window
    # What a family does: English, large text, dark pages, a few chapters, a search,
    # the find bar, pop-ups and dialogs, the contents floated away, something copied.
    w.actions.english.trigger()
    w.reader.set_zoom(200)
    w.reader.set_theme("dark")
    w.open_url(QUrl("chapter:car-t"))
    w.open_url(QUrl("chapter:results"))
    w.features["search"].setText("leucemie")
    w.features["search"].search_now()
    assert w.features["search"].popup.isVisible()
    w.features["find"].open()
    w.features["find"].field.setText("cells")
    w.view.anchorClicked.emit(QUrl("https://example.org/"))  # the address box
    w.features["shortcuts"].show_dialog()
    w.toc_dock.setFloating(True)
    QApplication.clipboard().setText("CAR T-cells for my son")
    assert _visible_top_levels(w)
    assert w.view.isBackwardAvailable()

    with qtbot.waitSignal(w.reader.resetRequested, timeout=5000):
        pass  # nobody touches anything

    assert w.reader.lang == "fr" and w.actions.french.isChecked()
    assert w.view.source().toString() == "home:"
    assert not w.view.isBackwardAvailable() and not w.view.isForwardAvailable()
    assert not w.actions.back.isEnabled()
    assert w.reader.zoom == 100 and w.reader.theme == "light"
    assert w.features["search"].text() == "" and not w.features["search"].popup.isVisible()
    assert not w.features["find"].isVisible() and w.features["find"].field.text() == ""
    assert all(f.text() == "" for f in w.findChildren(QLineEdit))
    assert w.view.extraSelections() == []
    assert _visible_top_levels(w) == []
    assert not w.toc_dock.isFloating() and w.toc_dock.isVisible()
    assert QApplication.clipboard().text() == ""
    assert w.reader.settings.get(S.LAST_PLACE) == ""
    assert w.view.verticalScrollBar().value() == 0
    # ...and it does it again for the next family.
    w.open_url(QUrl("chapter:costs"))
    with qtbot.waitSignal(w.reader.resetRequested, timeout=5000):
        pass
    assert w.view.source().toString() == "home:"


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    files = {}
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                stat = path.stat()
                files[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return files


def test_nothing_is_written_during_a_kiosk_session(kiosk_window, qtbot, clinic_ini, tmp_path):
    w = kiosk_window
    locations = [QStandardPaths.writableLocation(loc) for loc in (
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.ConfigLocation,
    )]
    folders = [tmp_path, *(Path(p) for p in locations if p and Path(p).exists())]
    before = _snapshot(folders)
    time.sleep(0.01)  # a rewrite would change the modification time

    w.actions.english.trigger()
    w.open_url(QUrl("chapter:car-t#steps"))
    w.reader.set_zoom(175)
    w.reader.set_theme("contrast")
    w.features["search"].setText("cellules")
    w.features["search"].search_now()
    w.resize(900, 700)
    with qtbot.waitSignal(w.reader.resetRequested, timeout=5000):
        pass
    w.open_url(QUrl("chapter:results"))
    w.clinic.quit()  # the staff key: closeEvent saves the state... into memory
    assert not w.isVisible()

    assert _snapshot(folders) == before
    stored = Settings(QSettings(str(clinic_ini), QSettings.Format.IniFormat))
    assert stored.get(S.LAST_PLACE) == "chapter:results#who-for"
    assert stored.get(S.ZOOM) == 150 and stored.get(S.THEME) == "light"


def _guard(seconds: float = 3.0) -> list[bool]:
    """Close any dialog left open after `seconds`, so a broken kiosk fails instead of hanging."""
    fired: list[bool] = []

    def close_all() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                fired.append(True)
                top.reject()

    QTimer.singleShot(int(seconds * 1000), close_all)
    return fired


def test_file_dialogs_cannot_be_reached(kiosk_window, qtbot):
    w = kiosk_window
    writers = [a for a in w.findChildren(type(w.actions.quit))
               if a.objectName() in kiosk.FILE_WRITERS and a.isVisible()]
    assert writers == []
    w.features["printing"].action.trigger()  # the handout composer opens, without its Save as PDF
    composer = w.findChild(QDialog, "handoutDialog")
    assert composer is not None
    qtbot.waitUntil(lambda: composer.isVisible())
    save = composer.findChild(type(composer.pdf_button), "handoutSavePdf")
    assert not save.isVisible() and not save.isEnabled()
    composer.reject()

    fired = _guard()
    started = time.monotonic()
    path, _filter = QFileDialog.getSaveFileName(w, "Save", "", "PDF files (*.pdf)")
    assert path == "" and not fired and time.monotonic() - started < 2.5

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    fired = _guard()
    printer = QPrinter()
    assert QPrintDialog(printer, w).exec() == QDialog.DialogCode.Rejected
    assert not fired


def test_kiosk_printing_uses_the_default_printer_and_saves_nothing(kiosk_window, qtbot,
                                                                   monkeypatch, tmp_path):
    from PySide6.QtCore import QUrl

    from edu_app.ui.features import handout_dialog
    from edu_app.ui.features import kiosk as kiosk_module

    w = kiosk_window
    w.open_url(QUrl("chapter:car-t"))
    w.features["printing"].action.trigger()
    composer = w.findChild(QDialog, "handoutDialog")
    qtbot.waitUntil(lambda: composer.document is not None)
    told = []
    monkeypatch.setattr(handout_dialog.QMessageBox, "information",
                        lambda *args: told.append(args[2]))
    monkeypatch.setattr(kiosk_module, "print_to_default_printer", lambda printer: False)
    asked = []
    import PySide6.QtPrintSupport as print_support  # the composer imports it to print

    monkeypatch.setattr(print_support, "QPrintDialog", lambda *a: asked.append(a))
    assert composer.print_handout() is False
    assert asked == [] and told and "imprimante" in told[0]  # the kiosk speaks French
    assert composer.save_pdf(str(tmp_path / "x.pdf")) is None
    assert not (tmp_path / "x.pdf").exists()
    composer.reject()


def test_preferences_are_out_of_reach_in_the_kiosk(kiosk_window):
    w = kiosk_window
    preferences = w.features["preferences"]
    assert not preferences.action.isVisible() and not preferences.action.isEnabled()
    preferences.open()
    assert w.findChild(QDialog, "preferencesDialog") is None


# --- the next family finds nothing of the previous one ------------------------------------
def _typing_fields() -> list:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    return [w for w in QApplication.allWidgets()
            if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit)]


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_a_family_leaves_nothing_to_see_undo_or_paste(kiosk_window, qtbot):
    from PySide6.QtGui import QAction, QTextCursor

    w = kiosk_window
    search = w.features["search"]
    # What a family does: a search, find in page, the glossary's filter and pop-up,
    # the composer (paper, a chapter ticked, its name typed), a selection, text size,
    # theme, language, every glossary word marked.
    qtbot.keyClicks(search, "rechute greffe")
    search.search_now()
    w.features["find"].open()
    qtbot.keyClicks(w.features["find"].field, "cellules")
    glossary = w.features["glossary"]
    glossary.open_page()
    qtbot.keyClicks(glossary.filter_bar.field, "leucemie")
    glossary.show_term("t-cell", w.view.mapToGlobal(w.view.rect().center()))
    w.reader.set_mark_all_terms(True)
    w.features["printing"].open_composer()
    composer = w.features["printing"].dialog
    assert composer.remember.isHidden()  # staff tools are not offered to families
    assert composer.clinic_name.isReadOnly() and composer.clinic_name.text() == "Clinique des Lilas"
    qtbot.keyClicks(composer.clinic_name, " pour la famille Martin")
    assert composer.clinic_name.text() == "Clinique des Lilas"
    composer.paper.setCurrentIndex(composer.paper.findData("letter"))
    composer.paper.activated.emit(composer.paper.currentIndex())
    composer.chapter_list.item(3).setCheckState(Qt.CheckState.Checked)
    w.open_url(QUrl("chapter:car-t"))
    cursor = w.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
    w.view.setTextCursor(cursor)
    w.reader.set_zoom(250)
    w.reader.set_theme("contrast")
    w.actions.english.trigger()
    assert w.reader.settings.get(S.PAPER) == "letter" and w.reader.mark_all_terms
    assert any(f.isUndoAvailable() for f in _typing_fields() if isinstance(f, QLineEdit))

    with qtbot.waitSignal(w.reader.resetRequested, timeout=5000):
        pass
    qtbot.wait(50)  # the filter's and the search's own timers

    for field in _typing_fields():
        if isinstance(field, QLineEdit):
            assert field.text() == "", field.objectName()
            assert not field.isUndoAvailable() and not field.isRedoAvailable(), field.objectName()
        else:
            assert not field.textCursor().hasSelection(), field.objectName()
            assert not field.document().isUndoAvailable(), field.objectName()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert search.text() == ""
    assert not search.popup.isVisible()
    assert QApplication.clipboard().text() == ""
    assert w.reader.settings.get(S.PAPER) == "" and not w.reader.mark_all_terms
    assert (w.reader.lang, w.reader.zoom, w.reader.theme) == ("fr", 100, "light")
    assert glossary.filter_text == ""
    # The next family's composer: the clinic's file, the paper by language, nothing ticked
    # but the page being read (the home page: nothing).
    w.features["printing"].open_composer()
    composer = w.features["printing"].dialog
    assert composer.clinic_name.text() == "Clinique des Lilas"
    assert composer.paper.currentData() == "a4"
    items = [composer.chapter_list.item(i) for i in range(composer.chapter_list.count())]
    checked = [item.checkState() for item in items]
    assert Qt.CheckState.Checked not in checked
    assert not w.findChild(QAction, "actionCheckGuide").isVisible()


def test_staff_tools_are_hidden_but_not_outside_the_kiosk(make_window):
    from PySide6.QtGui import QAction

    w = make_window()
    assert w.findChild(QAction, "actionCheckGuide").isVisible()
    w.features["printing"].open_composer()
    composer = w.features["printing"].dialog
    assert not composer.remember.isHidden() and not composer.clinic_name.isReadOnly()
    composer.close()


def _run_app(*args: str, home: Path, timeout: float = 60, wrap: tuple[str, ...] = ()):
    import subprocess
    import sys

    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run([*wrap, sys.executable, "-m", "edu_app", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_kiosk_quit_after_paint_exits(tmp_path):
    """`--kiosk --quit-after-paint` used to wait forever: Qt's quit() asks the windows to
    close, and the kiosk refuses every close but the staff's."""
    home = tmp_path / "home"
    home.mkdir()
    result = _run_app("--kiosk", "--quit-after-paint", "--lang", "fr", home=home)
    assert result.returncode == 0, result.stderr


WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")


def _written_paths(trace: str) -> list[str]:
    """The paths a traced process opened for writing, created, renamed or removed."""
    import re

    paths = []
    for line in trace.splitlines():
        call = re.search(r"\b(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|"
                         r"unlinkat|link|linkat|symlink|symlinkat|truncate)\((.*)", line)
        if not call or "= -1" in line:
            continue  # refused calls wrote nothing
        name, rest = call.groups()
        if name in ("open", "openat") and not any(flag in rest for flag in WRITE_FLAGS):
            continue
        paths.extend(re.findall(r'"([^"]*)"', rest))
    return [p for p in paths if not p.startswith(("/dev/", "/proc/", "/sys/"))]


@pytest.mark.skipif(not __import__("shutil").which("strace"), reason="strace is not installed")
def test_kiosk_writes_no_file_as_seen_from_outside(tmp_path):
    """The kernel's view (strace), not the app's: a kiosk start writes nothing anywhere,
    in the user's folders or elsewhere (a positive control: an ordinary start does)."""
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "trace.txt"
    wrap = ("strace", "-f", "-qq", "-e", "trace=%file", "-o", str(trace))
    result = _run_app("--kiosk", "--quit-after-paint", "--lang", "en", home=home, wrap=wrap,
                      timeout=120)
    assert result.returncode == 0, result.stderr
    written = [p for p in _written_paths(trace.read_text()) if "__pycache__" not in p]
    assert written == []
    assert not any(home.rglob("*"))
    result = _run_app("--quit-after-paint", "--lang", "en", home=home, wrap=wrap, timeout=120)
    assert result.returncode == 0, result.stderr
    assert any(str(home) in p for p in _written_paths(trace.read_text()))  # settings, cache


PRIMARY_PROBE = r"""
import sys
from PySide6.QtCore import QProcess, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication
from edu_app.ui.features.kiosk import forget_clipboards

READ = "from PySide6.QtGui import QClipboard, QGuiApplication as A; a = A([]); " \
       "print(repr(a.clipboard().text(QClipboard.Mode.Selection)))"
app = QApplication([])
seen = []

def other_client(then):
    # Another X client reads PRIMARY while this one keeps serving it from its event loop.
    proc = QProcess(app)
    def done(*_):
        seen.append(bytes(proc.readAllStandardOutput()).decode().strip())
        then()
    proc.finished.connect(done)
    proc.start(sys.executable, ["-c", READ])

def after_reset():
    forget_clipboards()
    other_client(app.quit)

app.clipboard().setText("rechute greffe", QClipboard.Mode.Selection)
QTimer.singleShot(100, lambda: other_client(after_reset))
QTimer.singleShot(20000, app.quit)
app.exec()
print(app.clipboard().supportsSelection(), seen)
"""


@pytest.mark.skipif(not __import__("shutil").which("xvfb-run"), reason="xvfb is not installed")
def test_reset_empties_the_x11_primary_selection(tmp_path):
    """On a real X server: another client reads the word a family selected before the
    reset (the control), and nothing after it."""
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", PRIMARY_PROBE],
                            env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True [\"'rechute greffe'\", \"''\"]"
