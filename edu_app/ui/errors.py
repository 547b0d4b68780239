"""What a family sees when something unexpected fails: a calm sentence, not a traceback.

Qt swallows exceptions raised in slots after printing them; a nurse would see nothing
happen. This hook logs the full error for IT and shows one short, translated notice
(never a pile of them), and the guide keeps running.
"""

from __future__ import annotations

import logging
import sys
import time
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..qt.first_frame import Qt

log = logging.getLogger("edu_app")
QUIET_SECONDS = 30.0  # one notice at most in this time


class ErrorNotice(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.box = None  # the notice on screen, if any
        self.last = 0.0
        self.previous_hook = sys.excepthook

    def install(self) -> ErrorNotice:
        sys.excepthook = self.handle
        return self

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_hook(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        now = time.monotonic()
        if (self.box is not None and self.box.isVisible()) or now - self.last < QUIET_SECONDS:
            return
        self.last = now
        from PySide6.QtWidgets import QMessageBox  # loaded with the first error, not at start

        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"),
                               self.tr("Something did not work as it should. The guide "
                                       "keeps working. If it happens again, please tell "
                                       "the staff."),
                               QMessageBox.StandardButton.Ok, self.window)
        self.box.setObjectName("errorNotice")
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.open()
