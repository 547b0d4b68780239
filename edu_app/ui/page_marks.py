"""Words marked on the page (extra selections): the search's marks and the find bar's,
painted the same way, so both live beside the view rather than in either feature."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

MARK_COLOUR = QColor("#ffe066")


def search_marks(view: QTextEdit, spans: list[tuple[int, int]],
                 colour: QColor = MARK_COLOUR) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting `spans` (document positions) in `colour`."""
    marks = []
    doc = view.document()
    for start, end in spans:
        mark = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        mark.format.setBackground(colour)
        mark.format.setForeground(QColor("#000000"))
        marks.append(mark)
    return marks
