"""Clinic mode: a waiting-room computer that every family uses in turn.

`edu-app --kiosk` (or `kiosk=true` under `[prefs]` in the settings file, which only the
clinic's IT can reach) turns the window into a kiosk:

- full screen without window controls; Ctrl+Q, Alt+F4 and closing are ignored; only
  the staff key combination STAFF_QUIT_KEYS quits (it is listed nowhere on screen);
- no file dialogs: widgets and actions that write files are hidden, and any file,
  print or page-setup dialog that still opens is closed at once (printing must go
  straight to the default printer: `print_to_default_printer()`);
- after S.IDLE_MINUTES without a key, click, touch or wheel the app forgets the
  family: pop-ups closed, history gone, home page in the default language and theme,
  zoom 100 %, every field emptied with its undo history, clipboard and X11 selection
  emptied, the session's settings back to the clinic's (paper, glossary marking), and
  the reader's `resetRequested` emitted so that every feature clears its own state
  (search, find, glossary filter, read aloud);
- staff tools (the guide's checker, "Remember these details") are hidden; the clinic's
  details on handouts come from the settings file alone and cannot be edited;
- nothing is written to disk: the session's `Settings(volatile=True)` keeps every
  value in memory, and the start-up cache is not used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QClipboard, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ...qt import settings as S
from ...qt.first_frame import Qt
from ...qt.i18n import track
from .shortcuts import HIDDEN

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell
    pass

log = logging.getLogger(__name__)

STAFF_QUIT_KEYS = "Ctrl+Alt+Shift+Q"
WRITES_FILES = "writesFiles"  # a dynamic property: True hides a widget or action in kiosk mode
STAFF_ONLY = "staffOnly"  # the same for staff tools (the guide's checker): not for families
FILE_WRITERS = frozenset({"handoutSavePdf", "actionSavePdf", "actionExportPdf"})
BLOCKED_DIALOGS = ("QFileDialog", "QPrintDialog", "QPageSetupDialog")


def _input_events() -> frozenset[QEvent.Type]:
    """The events that mean someone is using the kiosk (made when a kiosk starts: QEvent's
    enums are not needed by an ordinary start)."""
    t = QEvent.Type
    return frozenset({
        t.KeyPress, t.KeyRelease, t.MouseButtonPress, t.MouseButtonRelease,
        t.MouseButtonDblClick, t.MouseMove, t.Wheel, t.TouchBegin, t.TouchUpdate,
        t.TouchEnd, t.TabletPress, t.TabletMove, t.TabletRelease, t.NativeGesture,
    })


def session_settings(settings: S.Settings | None = None) -> S.Settings:
    """The clinic's preferences, read once; nothing the session changes is ever written."""
    session = settings if settings is not None else S.Settings(volatile=True)
    session.volatile = True
    for option, value in ((S.LAST_PLACE, ""), (S.ZOOM, 100), (S.GEOMETRY, QByteArray()),
                          (S.WINDOW_STATE, QByteArray())):
        session.set(option, value)  # every family starts on the home page at 100 %
    session.keep_as_baseline()
    return session


def print_to_default_printer(printer) -> bool:  # a QPrinter
    """Point `printer` at the PC's default printer, no dialog; False when there is none."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return False
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    printer.setPrinterName(info.printerName())
    return True


class Kiosk(QObject):
    """Turns the window into a kiosk; `reset()` is what the idle timer calls."""

    def __init__(self, reader: Reader, shell: Shell, idle_ms: int | None = None) -> None:
        super().__init__(shell)
        self.reader = reader
        self.window = shell
        reader.kiosk = True
        self.input_events = _input_events()
        minutes = reader.settings.get(S.IDLE_MINUTES)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms if idle_ms is not None else int(minutes * 60_000))
        self.timer.timeout.connect(self.reset)
        self.default_lang = reader.lang
        self.default_theme = reader.theme
        self._quitting = False
        self.staff_quit = QAction(shell)
        self.staff_quit.setObjectName("actionStaffQuit")
        self.staff_quit.setShortcut(QKeySequence(STAFF_QUIT_KEYS))
        self.staff_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_quit.setProperty(HIDDEN, True)
        self.staff_quit.triggered.connect(self.quit)
        shell.add_command(self.staff_quit)
        track(self)

    def retranslate(self) -> None:
        self.staff_quit.setText(self.tr("Quit (staff only)"))  # never shown on screen

    def start(self) -> None:
        """Lock the window down and show it full screen."""
        app = QApplication.instance()
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)  # so we see them
        app.installEventFilter(self)
        w = self.window
        w.actions.quit.setEnabled(False)
        w.actions.quit.setVisible(False)
        for action in w.findChildren(QAction):
            self._hide_file_writer(action)
        w.toc_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        w.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        w.setGeometry(w.screen().geometry())  # the whole screen, even with no window manager
        w.showFullScreen()
        self.timer.start()

    # --- staying in charge -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self.input_events:
            self.timer.start()  # restarts the countdown
        elif kind == QEvent.Type.Show and watched.isWidgetType():
            self._police(watched)
        elif kind == QEvent.Type.Close and watched is self.window and not self._quitting:
            event.ignore()  # Alt+F4, the window manager, a stray close(): only staff quit
            return True
        return False

    def _police(self, widget: QWidget) -> None:
        if any(widget.inherits(name) for name in BLOCKED_DIALOGS) and isinstance(
                widget, QDialog):
            log.info("kiosk: %s closed", widget.metaObject().className())
            QTimer.singleShot(0, widget.reject)  # after its event loop has started
            return
        self._hide_file_writer(widget)
        for child in widget.findChildren(QWidget):
            self._hide_file_writer(child)

    @staticmethod
    def _hide_file_writer(thing: QObject) -> None:
        if (thing.objectName() in FILE_WRITERS or thing.property(WRITES_FILES)
                or thing.property(STAFF_ONLY)):
            thing.setEnabled(False)
            thing.setVisible(False)

    def quit(self) -> None:
        """The staff key: close the window for real (volatile settings write nothing)."""
        self._quitting = True
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.window.close()

    # --- the next family ----------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything the previous family did, as if the app had just started."""
        w, reader = self.window, self.reader
        QToolTip.hideText()
        for top in QApplication.topLevelWidgets():
            if top is w or not top.isVisible():
                continue
            if isinstance(top, QDockWidget):
                top.setFloating(False)
            elif isinstance(top, QMenu):
                top.hide()
            else:
                top.close()
        reader.reset()
        reader.settings.discard_changes()  # the paper, the glossary marking...
        if reader.mark_all_terms != reader.settings.get(S.MARK_ALL_TERMS):
            reader.set_mark_all_terms(reader.settings.get(S.MARK_ALL_TERMS))
        for layer in ("search", "find"):
            w.view.set_highlights(layer, [])
        if reader.theme != self.default_theme:
            reader.set_theme(self.default_theme)
        if reader.lang != self.default_lang:
            reader.set_language(self.default_lang)
        if reader.zoom != 100:
            reader.set_zoom(100)
        w.toc_dock.show()
        w.toc.collapseAll()
        w.open_url(QUrl("home:"))
        w.view.clearHistory()
        w.view.verticalScrollBar().setValue(0)
        reader.settings.set(S.LAST_PLACE, "")
        w.statusBar().clearMessage()
        forget_clipboards()
        forget_typing()  # last: every field empty, with no undo history
        w.view.setFocus()
        self.timer.start()
        log.info("kiosk: ready for the next family")


def forget_typing() -> None:
    """Empty every field a family could type in, and its undo history: `clear()` is
    itself undoable, so Ctrl+Z would bring the previous family's words back."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            widget.setText("")  # setText also drops the undo/redo history
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.clearSelection()
            widget.setTextCursor(cursor)
            if not widget.isReadOnly():
                widget.clear()
            widget.document().clearUndoRedoStacks()


def forget_clipboards() -> None:
    """The clipboard, X11's PRIMARY selection (what a double-click selected, pasted by a
    middle click) and macOS's find buffer: another family must find none of them."""
    clipboard = QApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        modes.append(QClipboard.Mode.FindBuffer)
    for mode in modes:
        clipboard.clear(mode)


def install(reader: Reader, shell: Shell) -> Kiosk | None:
    """A Kiosk when the reader is in clinic mode (app.py starts it full screen); else None."""
    return Kiosk(reader, shell) if reader.kiosk else None
