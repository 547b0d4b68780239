"""The clinic in the window: contents entry, status bar number, its page, the drawn map."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextDocument

from edu_app.content import load_book
from edu_app.content.clinic import find_clinic_dir
from edu_app.render.centres_map import PALETTES

from .test_clinic_layer import layout  # noqa: F401 - the fixture


@pytest.fixture
def clinic_window(make_window, layout):  # noqa: F811 - the fixture imported above
    content, _clinic = layout
    return make_window(load_book(content, find_clinic_dir(content)), lang="en")


def toc_urls(window) -> list[str]:
    toc = window.toc
    return [toc.topLevelItem(i).data(0, 256) for i in range(toc.topLevelItemCount())]


def test_the_clinic_is_in_the_contents_the_status_bar_and_the_view_menu(clinic_window, qtbot):
    w = clinic_window
    assert toc_urls(w)[:2] == ["home:", "clinic:"]
    assert w.toc.topLevelItem(1).text(0) == "Your clinic"
    label = w.features["clinic"].phone
    assert label.isVisible()
    assert label.text().endswith("During the day, Monday to Friday: 02 47 00 00 01")
    action = w.features["clinic"].action
    assert action.isVisible() and action in w.view_menu.actions()
    action.trigger()
    assert w.view.source() == QUrl("clinic:")
    text = w.view.toPlainText()
    assert "At night and in an emergency" in text and "02 47 00 00 99" in text
    w.reader.set_language("fr")
    assert w.toc.topLevelItem(1).text(0) == "Votre établissement"
    assert label.text().endswith("En journée, du lundi au vendredi\u00a0: 02 47 00 00 01")
    assert "La nuit et en urgence" in w.view.toPlainText()


def test_without_a_clinic_nothing_of_it_shows(window):
    assert "clinic:" not in toc_urls(window)
    assert not window.features["clinic"].phone.isVisible()
    assert not window.features["clinic"].action.isVisible()


def test_the_home_page_links_to_the_clinic(clinic_window):
    w = clinic_window
    w.open_url(QUrl("home:"))
    assert "Your clinic: Service d'hématologie pédiatrique" in w.view.toPlainText()
    assert "02 47 00 00 99" in w.view.toPlainText()


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_map_is_loaded_and_drawn_in_the_theme(clinic_window, qtbot, theme):
    w = clinic_window
    w.reader.set_theme(theme)
    w.open_url(QUrl("chapter:our-ward#where"))
    html = w.reader.pages.html(QUrl("chapter:our-ward"))
    src = re.search(r'src="(data:image/svg\+xml;base64,[^"]+)"', html).group(1)
    image = w.view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
    assert image is not None  # Qt read the drawn SVG (Qt SVG, as for every picture)
    w.resize(1100, 900)
    qtbot.wait(50)
    shot = w.view.viewport().grab().toImage()
    land = QColor(PALETTES[theme].land)
    found = any(shot.pixelColor(x, y) == land for x in range(0, shot.width(), 7)
                for y in range(0, shot.height(), 7))
    assert found, f"no {theme} land colour on screen"
