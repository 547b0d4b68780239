"""The Print… command: a light hook so the window starts without loading the composer.

The composer pulls in Qt's print support, Jinja2 and Markdown; none of that is needed
until a nurse presses Ctrl+P, so only this small module is imported at start.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from .actions import name_action
from .first_frame import Qt, icon


class _PrintingHook(QObject):
    """Names the window's Print… action again when the interface language changes."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        window.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        name_action(self.action, self.tr("&Print…"),
                    self.tr("Print or save as PDF a handout for the family to take home"))
        self.action.setIconText(self.tr("Print"))


def install_printing(window) -> QAction:  # noqa: ANN001 - the MainWindow
    """Add Print… (Ctrl+P) to the window's File menu and toolbar; returns the action."""
    action = QAction(window)
    action.setObjectName("actionPrint")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
    action.setIcon(icon("print"))
    window.addAction(action)
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    window.file_menu.insertAction(first, action)
    if first is not None:
        window.file_menu.insertSeparator(first)
    before = window.actions.zoom_out  # after the page buttons, where it shows on a small screen
    window.toolbar.insertAction(before, action)
    window.toolbar.insertSeparator(before)
    window._printing_hook = _PrintingHook(window, action)

    def open_composer() -> None:
        url = window.view.source()
        chapter = url.path() if url.scheme() == "chapter" else None
        from .handout_dialog import HandoutDialog  # Qt's print support loads on first use

        dialog = HandoutDialog(window.book, window.settings, chapter, window.lang, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.handout_dialog = dialog

    action.triggered.connect(open_composer)
    return action
