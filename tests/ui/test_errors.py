"""An unexpected error shows one calm, translated notice and the guide keeps working."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from edu_app.ui.errors import ErrorNotice


def test_an_error_shows_one_notice_and_is_logged(window, qtbot, caplog):
    notice = ErrorNotice(window).install()
    try:
        for _ in range(3):
            try:
                raise ValueError("boom")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        boxes = [b for b in window.findChildren(QMessageBox, "errorNotice") if b.isVisible()]
        assert len(boxes) == 1
        assert "keeps working" in boxes[0].text() and "boom" not in boxes[0].text()
        assert "boom" in caplog.text
        boxes[0].close()
        assert window.isVisible()
    finally:
        sys.excepthook = notice.previous_hook


def test_the_notice_speaks_french(make_window, qtbot):
    win = make_window(lang="fr")
    notice = ErrorNotice(win).install()
    try:
        try:
            raise RuntimeError("x")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        box = win.findChild(QMessageBox, "errorNotice")
        assert "Le guide continue" in box.text()
        box.close()
    finally:
        sys.excepthook = notice.previous_hook
