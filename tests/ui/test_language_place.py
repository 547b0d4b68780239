"""Switching FR/EN keeps the paragraph on screen, not only its section; a reader in the
sources list after the end of a chapter stays in it. On the fixture guide, whose
chapters have the same structure in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

# The same paragraph in the fixture's two languages: the fourth of "Who it is for".
PARAGRAPH = {"en": "Our sources do not say which children can have this treatment today.",
             "fr": "Nos sources ne disent pas quels enfants peuvent recevoir ce traitement"}
FOOTER = {"en": "Sources for this chapter", "fr": "Sources de ce chapitre"}


def block_with(view, words: str):
    block = view.document().find(words).block()
    assert block.isValid(), words
    return block


def top_block_text(view) -> str:
    """The text of the block at the top of the view."""
    doc = view.document()
    layout = doc.documentLayout()
    y = view.verticalScrollBar().value()
    block = doc.begin()
    while block.isValid() and layout.blockBoundingRect(block).bottom() <= y:
        block = block.next()
    return block.text()


def on_screen(view, words: str) -> bool:
    rect = view.document().documentLayout().blockBoundingRect(block_with(view, words))
    top = view.verticalScrollBar().value()
    return rect.bottom() > top and rect.top() < top + view.viewport().height()


@pytest.mark.parametrize("first, other", [("en", "fr"), ("fr", "en")])
def test_the_paragraph_at_the_top_stays_at_the_top(make_window, qapp, first, other):
    window = make_window(lang=first)
    window.resize(900, 480)  # the section's heading is off screen when its 4th paragraph is on
    qapp.processEvents()
    window.open_url(QUrl("chapter:results"))
    view = window.view
    rect = view.document().documentLayout().blockBoundingRect(block_with(view, PARAGRAPH[first]))
    view.verticalScrollBar().setValue(round(rect.top() + rect.height() / 3))
    assert PARAGRAPH[first] in top_block_text(view)
    window.reader.set_language(other)
    assert PARAGRAPH[other] in top_block_text(view)
    window.reader.set_language(first)
    assert PARAGRAPH[first] in top_block_text(view)


@pytest.mark.parametrize("first, other", [("en", "fr"), ("fr", "en")])
def test_a_reader_in_the_sources_list_stays_there(make_window, qapp, first, other):
    window = make_window(lang=first)
    window.resize(900, 480)
    qapp.processEvents()
    window.open_url(QUrl("chapter:results"))
    view = window.view
    doc = view.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # laid out, as after reading
    qapp.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert on_screen(view, FOOTER[first])
    window.reader.set_language(other)
    assert on_screen(view, FOOTER[other])
    assert view.source().path() == "results"


def test_a_change_of_text_size_keeps_the_paragraph_too(make_window, qapp):
    window = make_window(lang="fr")
    window.resize(900, 480)
    qapp.processEvents()
    window.open_url(QUrl("chapter:results"))
    view = window.view
    rect = view.document().documentLayout().blockBoundingRect(block_with(view, PARAGRAPH["fr"]))
    view.verticalScrollBar().setValue(round(rect.top() + 2))
    window.actions.zoom_in.trigger()
    assert PARAGRAPH["fr"] in top_block_text(view)
