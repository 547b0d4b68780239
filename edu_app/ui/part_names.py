"""Names and descriptions of the window's parts, for assistive technology.

A screen reader announces each pane, bar and Qt-made button by these names; they are
set again in the new language on every switch (`i18n.track`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QToolBar

from ..qt.i18n import track

if TYPE_CHECKING:
    from .window import MainWindow


class PartNames(QObject):
    """Names the window's parts now and after every language switch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        track(self)

    def retranslate(self) -> None:
        w = self.window
        for widget, name, description in (
            (w.toc, self.tr("Contents"), self.tr("The chapters of the guide and their sections")),
            (w.view, self.tr("Chapter text"), self.tr("The text of the page you are reading")),
            (w.toolbar, self.tr("Main toolbar"), self.tr("Move around the guide")),
            (w.toc_dock, self.tr("Contents"), self.tr("The chapters of the guide")),
            (w.stack, self.tr("Reading area"), self.tr("The page you are reading")),
            *([(w.chooser, self.tr("Choose a language"),
                self.tr("Choose the language of the guide"))] if w.chooser is not None else []),
            (w.menuBar(), self.tr("Menu bar"), self.tr("The guide's menus")),
            (w.statusBar(), self.tr("Status bar"), self.tr("Messages and the review date")),
            (w.reviewed_label, self.tr("Review date"),
             self.tr("When the content was last checked")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        for button, name in (
            (w.toc_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton"),
             self.tr("Close the contents")),
            (w.menuBar().findChild(QAbstractButton, "qt_menubar_ext_button"),
             self.tr("More menus")),
            *((b, self.tr("More buttons"))
              for b in w.findChildren(QAbstractButton, "qt_toolbar_ext_button")),
        ):
            if button is not None:
                button.setAccessibleName(name)
                button.setAccessibleDescription(name)
        bar = w.toolbar
        for button, name, description in (
            # Qt names it once, when it is made, in the language of that moment.
            (w.toc_dock.findChild(QAbstractButton, "qt_dockwidget_floatbutton"),
             self.tr("Detach the contents"),
             self.tr("Show the contents in a window of their own, or put them back")),
            # Their picture's words ("A−", "EN") read badly: a reader hears these.
            (bar.widgetForAction(w.actions.zoom_out), self.tr("Smaller text"),
             self.tr("Make the text smaller")),
            (bar.widgetForAction(w.actions.zoom_in), self.tr("Larger text"),
             self.tr("Make the text larger")),
            (bar.widgetForAction(w.actions.french), "Français",
             self.tr("Show the guide in French")),
            (bar.widgetForAction(w.actions.english), "English",
             self.tr("Show the guide in English")),
        ):
            if button is not None:
                button.setAccessibleName(name)
                button.setAccessibleDescription(description)
        if w.isVisible():  # before, nothing has asked for the names yet
            QTimer.singleShot(0, self, self._refresh_toolbar_names)  # once the parts retranslate

    def _refresh_toolbar_names(self) -> None:
        """Qt keeps a toolbar's accessible name from the first time it is asked: ask again."""
        from PySide6.QtGui import QAccessible  # never before the first paint

        for bar in self.window.findChildren(QToolBar):
            interface = QAccessible.queryAccessibleInterface(bar)
            if interface is not None:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
