"""Help → "Check this guide": the command; the report dialog (check_dialog.py) and the
checker load only when it is used.

The checks run on a thread of their own: on a book with very long chapters they take
tens of seconds (readability over every sentence, each big chapter rendered against its
deadline), and on the GUI thread the window would stop answering all that time. The
checker is plain Python with no Qt (edu_app/check), so a thread may run it; Python hands
the GUI thread its turn every few milliseconds, and the report comes back by a queued
signal.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..actions import name_action

if TYPE_CHECKING:
    from ...check.report import Report
    from ...content.model import Book
    from ..reader import Reader
    from ..shell import Shell

log = logging.getLogger(__name__)


class Checker(QObject):
    """Help → Check this guide: the content checker's report, for staff who edit it."""

    checked = Signal(object, object)  # (book, Report or None), from the checking thread

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.running: threading.Thread | None = None
        self.action = QAction(shell)
        self.action.setObjectName("actionCheckGuide")
        self.action.setProperty("staffOnly", True)  # hidden in kiosk mode (kiosk.STAFF_ONLY)
        self.action.triggered.connect(self.open_report)
        # emitted from the checking thread: Qt's automatic connection queues it to this
        # object's (the GUI) thread (naming QueuedConnection would load Qt's namespace
        # before the first paint)
        self.checked.connect(self._show_report)
        shell.add_command(self.action, "help", before=shell.actions.about)
        track(self)

    def retranslate(self) -> None:
        name_action(self.action, self.tr("&Check this guide…"),
                    self.tr("Look for broken links, missing translations and hard sentences"))

    def open_report(self) -> None:
        if self.running is not None:
            return
        self.action.setEnabled(False)
        self.shell.show_message(self.tr("Checking the guide…"), 0)
        book = self.reader.book
        self.running = threading.Thread(target=self._check, args=(book,), daemon=True,
                                        name="edu-app-check")
        self.running.start()

    def _check(self, book: Book) -> None:
        from ...check.checker import check_book

        try:
            report = check_book(book)
        except Exception:  # the checker never raises on content; this is a bug in it
            log.exception("the guide's check failed")
            report = None
        self.checked.emit(book, report)

    def _show_report(self, book: Book, report: Report | None) -> None:
        self.running = None
        self.action.setEnabled(True)
        self.shell.statusBar().clearMessage()
        if report is None:
            self.shell.show_message(self.tr("The check could not finish. Please report "
                                            "this to the person who looks after this "
                                            "guide."), 10000)
            return
        from .check_dialog import CheckDialog

        dialog = CheckDialog(book, self.shell, report=report, settings=self.reader.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def install(reader: Reader, shell: Shell) -> Checker:
    return Checker(reader, shell)
