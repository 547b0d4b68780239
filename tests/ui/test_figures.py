"""A picture's caption sits right under it on screen, at every text size.

A figure is one paragraph: the picture (one tall line), a break, the caption. With the
body's 140 % line height the picture's line grew by 40 % of the picture's own height,
and the caption floated far below it (style.css: p.figure keeps 100 %)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl


def _figure_lines(doc):
    """(picture line, caption line) of the first figure: the block holding an image."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                layout = block.layout()
                return layout.lineAt(0), layout.lineAt(1)
            it += 1
        block = block.next()
    raise AssertionError("no picture on the page")


@pytest.mark.parametrize("zoom", [100, 300])
def test_the_caption_is_close_under_its_picture(window, qtbot, zoom):
    window.reader.set_zoom(zoom)
    window.open_url(QUrl("chapter:car-t"))
    qtbot.waitUntil(lambda: window.view.source().toString() == "chapter:car-t")
    picture, caption = _figure_lines(window.view.document())
    assert picture.ascent() > 5 * caption.height()  # the first line is the picture's
    # What lies between the picture's bottom and the caption's line: the picture line's
    # descent (it sits on the baseline), nothing like a share of the picture's height.
    gap = caption.y() - (picture.y() + picture.ascent())
    assert 0 <= gap <= picture.descent() + 2
    assert gap < caption.height()
