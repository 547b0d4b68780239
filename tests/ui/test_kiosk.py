"""Clinic mode: locked down, forgets each family after an idle time, writes nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from edu_app.app import parse_args
from edu_app.ui import Settings
from edu_app.ui import settings as S
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
    with qtbot.assertNotEmitted(w.reader.resetRequested, wait=0):
        for _ in range(6):
            qtbot.keyClick(w.view, Qt.Key.Key_Down)
            qtbot.wait(IDLE_MS // 3)
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
    monkeypatch.setattr(handout_dialog, "QPrintDialog", lambda *a: asked.append(a))
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
