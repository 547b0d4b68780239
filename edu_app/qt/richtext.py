"""Helpers on Qt's QTextDocument shared by the screen (ui) and paper (handout).

Only QtGui: the handout's command line uses them without any widget.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat


def honour_heading_sizes(doc: QTextDocument) -> None:
    """Headings at the style sheet's sizes (zoomed on screen, large print on paper).

    Qt's HTML import gives `<h1>`..`<h6>` a relative size adjustment that wins over the
    style sheet's `font-size`, so without this a heading stays small at 300 % and in
    large print.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            for part in block.textFormats():
                fmt = QTextCharFormat(part.format)
                if fmt.hasProperty(adjustment) and fmt.fontPointSize() > 0:
                    fmt.clearProperty(adjustment)
                    cursor.setPosition(block.position() + part.start)
                    cursor.setPosition(block.position() + part.start + part.length,
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
