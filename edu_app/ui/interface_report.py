"""`--interface-report FILE`: what the running window shows, as JSON, for checks of a build.

A frozen bundle cannot be inspected from Python, and a log line saying "French loaded"
proves nothing about the screen. So after the first paint the window's own texts are
read back from its widgets (title, menu titles, every command's text, the contents
list, the page's title) and written to FILE; a check compares them with the `.ts`.
`qt_words` are labels of Qt's own dialogs as the installed translators give them, so a
bundle that lost Qt's French catalogue (or ours of the words Qt's misses) shows it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItemIterator,
)

QT_WORDS = (  # (context, source): the file dialog, print dialog, a text field's menu
    ("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:"),
    ("QFileDialog", "File &name:"), ("QPlatformTheme", "Cancel"),
    ("QPrintDialog", "Print"), ("QWidgetTextControl", "&Copy"), ("QLineEdit", "Select All"),
)


def qt_words() -> dict[str, str]:
    return {source: QCoreApplication.translate(context, source)
            for context, source in QT_WORDS}


def interface_texts(window: QMainWindow) -> dict[str, object]:
    menus = [action.text() for action in window.menuBar().actions()]
    actions = sorted({a.text() for a in window.findChildren(QAction) if a.text()})
    contents = []
    for tree in window.findChildren(QTreeWidget):
        item = QTreeWidgetItemIterator(tree)
        while item.value():
            contents.append(item.value().text(0))
            item += 1
    view = getattr(window, "view", None)
    icon = QApplication.windowIcon()
    return {"title": window.windowTitle(), "menus": menus, "actions": actions,
            "contents": contents,
            "page_title": view.documentTitle() if view is not None else "",
            "window_icon_sizes": sorted(size.width() for size in icon.availableSizes()),
            "desktop_file": QApplication.desktopFileName(),
            "qt_words": qt_words(),
            "painted_at": time.time()}


def write_report(window: QMainWindow, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(interface_texts(window), ensure_ascii=False, indent=1),
                   encoding="utf-8")
    os.replace(tmp, path)
