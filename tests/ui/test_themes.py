"""Themes, typeface, line length and zoom: what a reader with tired or weak eyes needs.

Contrast ratios are computed (WCAG relative luminance) from each theme's colours, and
the rendered page is checked to really use those colours, so a CSS typo cannot hide.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from edu_app.qt import fonts
from edu_app.qt import settings as S
from edu_app.ui import themes

THEMES = list(themes.THEMES)


@pytest.fixture(autouse=True)
def _light_again():
    yield
    themes.apply_palette(themes.LIGHT)  # the palette is the application's: leave it light


def test_wcag_formula_on_known_values():
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert themes.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert themes.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_every_colour_pair_meets_its_contrast_target(name):
    theme = themes.THEMES[name]
    failures = [(what, fg, bg, round(themes.contrast_ratio(fg, bg), 2), minimum)
                for what, fg, bg, minimum in themes.colour_pairs(theme)
                if themes.contrast_ratio(fg, bg) < minimum]
    assert not failures
    body = [p for p in themes.colour_pairs(theme) if p[0].startswith("text on")]
    assert body and all(p[3] >= 7.0 for p in body)
    marks = [p for p in themes.colour_pairs(theme) if "glossary" in p[0] or "link" in p[0]]
    assert marks and all(p[3] >= 4.5 for p in marks)


def _first(doc, predicate):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if predicate(block, fragment.charFormat()):
                return block, fragment.charFormat()
            it += 1
        block = block.next()
    raise AssertionError("no such text on the page")


@pytest.mark.parametrize("name", THEMES)
def test_page_and_widgets_use_the_themes_colours(window, name):
    theme = themes.THEMES[name]
    window.open_url(QUrl("chapter:car-t"))
    window.reader.set_theme(name)
    doc = window.view.document()
    assert doc.rootFrame().frameFormat().background().color().name() == theme.background
    _, body = _first(doc, lambda b, f: b.blockFormat().headingLevel() == 0
                     and not f.isAnchor() and b.length() > 40)
    assert body.foreground().color().name() == theme.text
    _, link = _first(doc, lambda b, f: f.isAnchor() and f.anchorHref().startswith("sources:"))
    assert link.foreground().color().name() == theme.link
    _, term = _first(doc, lambda b, f: f.isAnchor() and f.anchorHref().startswith("glossary:"))
    assert term.foreground().color().name() == theme.term
    assert term.underlineStyle() != term.UnderlineStyle.NoUnderline
    assert term.underlineColor().name() == theme.term_line
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == theme.background
    assert palette.color(QPalette.ColorRole.Text).name() == theme.text
    assert window.view.palette().color(QPalette.ColorRole.Base).name() == theme.background


def test_theme_is_chosen_in_the_view_menu_and_remembered(make_window, settings):
    first = make_window(settings_=settings)
    menu = first.features["theme"].menu
    assert menu.menuAction() in first.view_menu.actions()
    assert menu.by_name["light"].isChecked()
    menu.by_name["dark"].trigger()
    assert first.reader.theme == "dark" and settings.get(S.THEME) == "dark"
    assert menu.by_name["dark"].isChecked() and not menu.by_name["light"].isChecked()
    first.close()
    second = make_window(settings_=settings)
    assert second.reader.theme == "dark"
    assert second.features["theme"].menu.by_name["dark"].isChecked()
    assert second.reader.pages.style.theme_css == themes.page_css(themes.DARK)


def test_theme_change_keeps_the_place(window, book):
    sections = [s for s in book.chapters["car-t"]["en"].sections if s.level == 2]
    window.open_url(QUrl(f"chapter:car-t#{sections[2].id}"))
    window.reader.set_theme("contrast")
    assert window.view.current_section() == sections[2].id


def test_print_is_dark_on_white_whatever_the_screen(window, book):
    """The handout, laid out as it is printed while the screen is dark: its body text is
    dark and nothing paints the page in the screen's colours."""
    from PySide6.QtGui import QTextFormat

    from edu_app.handout.compose import HandoutOptions, compose_handout
    from edu_app.handout.layout import build_document

    for name in ("dark", "contrast"):
        window.reader.set_theme(name)
        document = build_document(compose_handout(book, HandoutOptions(("car-t",), "en")))
        _, body = _first(document, lambda b, f: b.blockFormat().headingLevel() == 0
                         and b.length() > 40 and b.text().strip())
        assert body.foreground().color().lightness() < 60
        screen = themes.THEMES[name].background.lower()
        block = document.begin()
        while block.isValid():
            brush = block.blockFormat().background()
            assert brush.color().name() != screen or brush.style() == Qt.BrushStyle.NoBrush
            block = block.next()
        page = document.rootFrame().frameFormat().property(QTextFormat.Property.BackgroundBrush)
        assert page is None or page.color().lightness() > 240


def test_reading_typeface_is_used_on_the_page(window):
    assert fonts.load_fonts() == fonts.FAMILY
    window.open_url(QUrl("chapter:car-t"))
    _, body = _first(window.view.document(), lambda b, f: b.blockFormat().headingLevel() == 0
                     and b.length() > 40)
    assert QFontInfo(body.font()).family() == fonts.FAMILY
    assert QApplication.font().family() == fonts.FAMILY
    for widget in (window.toc, window.menuBar(), window.toolbar):  # not only new widgets
        assert QFontInfo(widget.font()).family() == fonts.FAMILY


def test_missing_typeface_falls_back_without_failing(tmp_path, qapp, monkeypatch, caplog):
    monkeypatch.setattr(fonts, "font_dirs", lambda assets=None: [tmp_path / "fonts"])
    assert fonts.load_fonts(tmp_path) is None
    assert "could not be loaded" in caplog.text
    assert fonts.install_app_font(tmp_path) is None  # the application font is left alone


def _longest_line(view) -> int:
    doc = view.document()
    longest = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if block.blockFormat().headingLevel() == 0 and layout is not None:
            for i in range(layout.lineCount()):
                longest = max(longest, layout.lineAt(i).textLength())
        block = block.next()
    return longest


@pytest.mark.parametrize("zoom", [100, 150])
def test_lines_stay_readable_in_a_wide_window(window, zoom):
    window.resize(1900, 900)
    window.reader.set_zoom(zoom)
    window.open_url(QUrl("chapter:car-t"))
    view = window.view
    margins = view.viewportMargins()
    assert margins.left() > 100 and abs(margins.left() - margins.right()) <= 1
    assert 60 <= _longest_line(view) <= 85


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("page", ["chapter:car-t", "chapter:centres", "sources:", "home:"])
def test_nothing_is_cut_at_300_percent(window, name, page):
    window.resize(760, 600)
    window.reader.set_theme(name)
    window.reader.set_zoom(300)
    window.open_url(QUrl(page))
    view = window.view
    assert view.viewportMargins().left() == 0  # the column fills a narrow view
    assert view.document().idealWidth() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("back", [False, True])
def test_headings_grow_with_the_zoom(window, back):
    window.open_url(QUrl("chapter:car-t"))
    window.reader.set_zoom(300)
    if back:  # Qt's Back re-reads the page without doSetSource
        window.open_url(QUrl("chapter:results"))
        window.actions.back.trigger()
        assert window.view.source().path() == "car-t"
    h1, _ = _first(window.view.document(), lambda b, f: b.blockFormat().headingLevel() == 1)
    body, fmt = _first(window.view.document(), lambda b, f: b.blockFormat().headingLevel() == 0
                       and b.length() > 40)
    title = h1.begin().fragment().charFormat().font()
    assert title.pointSizeF() > fmt.font().pointSizeF() > 30


def test_toolbar_pictograms_stay_visible_on_dark_pages(window):
    back = window.actions.back
    light = back.icon().pixmap(24, 24).toImage()
    window.reader.set_theme("contrast")
    tinted = back.icon().pixmap(24, 24, back.icon().Mode.Disabled).toImage()
    opaque = [tinted.pixelColor(x, y) for x in range(24) for y in range(24)
              if tinted.pixelColor(x, y).alpha() > 200]
    target = QColor(themes.CONTRAST.disabled)
    assert opaque and all(abs(c.red() - target.red()) <= 3 and abs(c.blue() - target.blue()) <= 3
                          for c in opaque)
    window.reader.set_theme("light")
    assert back.icon().pixmap(24, 24).toImage() == light


@pytest.mark.parametrize("order", ["open first", "theme first"])
def test_find_bar_pictures_stay_visible_on_dark_pages(window, order):
    bar = window.features["find"]
    if order == "open first":
        bar.open()
        window.reader.set_theme("dark")
    else:
        window.reader.set_theme("dark")
        bar.open()
    image = bar.next_button.icon().pixmap(16, 16).toImage()
    opaque = [image.pixelColor(x, y) for x in range(16) for y in range(16)
              if image.pixelColor(x, y).alpha() > 200]
    target = QColor(themes.DARK.text)
    assert opaque and all(abs(c.red() - target.red()) <= 3 for c in opaque)
    window.reader.set_theme("light")


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("expanded", [False, True])
def test_the_current_contents_entry_keeps_a_readable_arrow(window, name, expanded):
    theme = themes.THEMES[name]
    window.reader.set_theme(name)
    window.open_url(QUrl("chapter:car-t"))
    item = window.toc.currentItem()
    assert item is not None and item.childCount() and item.isSelected()
    item.setExpanded(expanded)
    QApplication.processEvents()
    row = window.toc.visualItemRect(item)
    image = window.toc.viewport().grab().toImage()
    selection = QColor(theme.highlight)
    # The columns left of the entry's words that the selection covers, top to bottom.
    columns = [x for x in range(row.left())
               if _close(image.pixelColor(x, row.top()), selection)
               and _close(image.pixelColor(x, row.bottom()), selection)]
    assert len(columns) >= 8
    arrow = [(x, y) for x in columns for y in range(row.top(), row.bottom() + 1)
             if themes.contrast_ratio(image.pixelColor(x, y).name(), theme.highlight) >= 3.0]
    assert len(arrow) >= 8, f"no arrow standing out 3:1 from the {name} selection"


def _close(a: QColor, b: QColor, tolerance: int = 8) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))
