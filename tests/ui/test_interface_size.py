"""At 300 % the whole window grows with the page (features/interface_size.py): menus,
toolbars (words and pictures), the contents list and its dock, the status bar and the
tooltips; and nothing the reader needs is pushed out of sight on a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QToolBar, QToolTip


@pytest.fixture
def base_pt(qapp) -> float:
    return QApplication.font().pointSizeF()


def _zoomed(window, qtbot, zoom: int, size: tuple[int, int] = (1366, 740)):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    window.reader.set_zoom(zoom)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("zoom", [200, 300])
def test_menus_toolbar_status_bar_and_tooltips_take_the_zoom(window, qtbot, base_pt, zoom):
    icon_before = window.toolbar.iconSize()
    _zoomed(window, qtbot, zoom)
    expected = pytest.approx(base_pt * zoom / 100)
    assert window.menuBar().font().pointSizeF() == expected
    menus = window.findChildren(QMenu)
    assert window.view_menu in menus and len(menus) > 4
    room = window.screen().availableGeometry()
    for menu in menus:  # windows of their own: given the font, as large as fits the screen
        assert menu.font().pointSizeF() > base_pt * 1.2, menu.title()
        assert menu.font().pointSizeF() <= base_pt * zoom / 100
        hint = menu.sizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height(), menu.title()
    assert window.language_menu.font().pointSizeF() == expected  # a short one: all of it
    home = window.toolbar.widgetForAction(window.actions.home)
    assert home.font().pointSizeF() == expected
    assert window.toolbar.iconSize().width() == icon_before.width() * 2  # the 48 px drawing
    assert home.icon().actualSize(window.toolbar.iconSize()) == window.toolbar.iconSize()
    assert window.statusBar().font().pointSizeF() == expected
    assert window.reviewed_label.font().pointSizeF() == expected
    assert window.toc_dock.font().pointSizeF() == expected  # its title
    assert QToolTip.font().pointSizeF() == expected
    window.reader.set_zoom(100)
    assert window.menuBar().font().pointSizeF() == pytest.approx(base_pt)
    assert window.view_menu.font().pointSizeF() == pytest.approx(base_pt)
    assert window.toolbar.iconSize() == icon_before
    assert QToolTip.font().pointSizeF() == pytest.approx(base_pt)


def _entry_fits(toc, item) -> bool:
    """The entry's row holds all its words, wrapped to the row's width."""
    rect = toc.visualItemRect(item)
    needed = toc.fontMetrics().boundingRect(
        QRect(0, 0, rect.width(), 100_000), int(Qt.TextFlag.TextWordWrap), item.text(0))
    return needed.height() <= rect.height()


def test_the_contents_dock_widens_and_no_entry_is_cut_at_300(window, qtbot):
    toc, dock = window.toc, window.toc_dock
    width_at_100 = dock.width()
    _zoomed(window, qtbot, 300)
    qtbot.waitUntil(lambda: dock.width() > width_at_100)
    longest_word = max((word for i in range(toc.topLevelItemCount())
                        for word in toc.topLevelItem(i).text(0).split()),
                       key=toc.fontMetrics().horizontalAdvance)
    assert toc.viewport().width() - 2 * toc.indentation() \
        >= toc.fontMetrics().horizontalAdvance(longest_word)
    assert dock.width() <= window.width() * 0.45  # the page keeps most of the window
    QApplication.processEvents()
    for i in range(toc.topLevelItemCount()):
        item = toc.topLevelItem(i)
        assert _entry_fits(toc, item), item.text(0)
    window.reader.set_zoom(100)
    qtbot.waitUntil(lambda: dock.width() < width_at_100 + 10)


@pytest.mark.parametrize("size", [(1366, 740), (1024, 580)])
def test_every_toolbar_command_stays_in_view_at_300(window, qtbot, base_pt, size):
    _zoomed(window, qtbot, 300, size)
    QApplication.processEvents()
    french = window.toolbar.widgetForAction(window.actions.french)
    assert french.font().pointSizeF() == pytest.approx(base_pt * 3)  # grown, and still there
    for bar in window.findChildren(QToolBar):
        if bar.isHidden() or window.toolBarArea(bar) != Qt.ToolBarArea.TopToolBarArea:
            continue
        assert bar.geometry().right() <= window.width(), bar.objectName()
        for action in bar.actions():
            if action.isVisible() and not action.isSeparator():
                widget = bar.widgetForAction(action)
                assert widget is not None and widget.isVisible(), action.text()
    assert french.isVisible()
    window.reader.set_zoom(100)
    QApplication.processEvents()
    bars = [b for b in window.findChildren(QToolBar) if not b.isHidden()
            and window.toolBarArea(b) == Qt.ToolBarArea.TopToolBarArea]
    assert not any(window.toolBarBreak(b) for b in bars)  # one row again


def test_the_composer_s_choices_make_room_for_their_words_at_300(window, qtbot, base_pt):
    printing = window.features["printing"]
    printing.open_composer()
    qtbot.waitUntil(printing.dialog.isVisible)
    choices = printing.dialog.findChild(QScrollArea, "handoutChoicesScroll")
    width_at_100 = choices.minimumWidth()
    printing.dialog.close()
    _zoomed(window, qtbot, 300)
    printing.open_composer()
    dialog = printing.dialog
    qtbot.waitUntil(dialog.isVisible)
    choices = dialog.findChild(QScrollArea, "handoutChoicesScroll")
    assert choices.font().pointSizeF() == pytest.approx(base_pt * 3)
    assert choices.minimumWidth() > width_at_100 * 2  # worked out again at this size
    inner = choices.widget()  # nothing pressed on the next
    qtbot.waitUntil(lambda: inner.minimumHeight() >= inner.minimumSizeHint().height())
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.geometry())  # on the screen, scrolling inside
    dialog.close()


def test_a_dialog_opened_over_the_window_takes_the_zoom(window, qtbot, base_pt):
    from PySide6.QtWidgets import QDialog, QLabel

    shortcuts = window.features["shortcuts"]
    _zoomed(window, qtbot, 300)
    dialog = shortcuts.show_dialog()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.font().pointSizeF() == pytest.approx(base_pt * 3)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.width() >= min(560 * 2, room.width() * 0.9)  # room for its larger words
    dialog.close()
    box = QDialog(window)  # any dialog a feature opens, its words put in after
    label = QLabel("Words", box)
    assert label.font().pointSizeF() == pytest.approx(base_pt * 3)
    box.deleteLater()
    window.reader.set_zoom(100)
    assert QDialog(window).font().pointSizeF() == pytest.approx(base_pt)


def test_parts_with_a_style_sheet_follow_too_after_a_theme_change(window, qtbot, base_pt):
    from PySide6.QtWidgets import QLineEdit

    _zoomed(window, qtbot, 300)
    field = window.findChild(QLineEdit, "searchField")
    for theme in ("dark", "contrast", "light"):
        window.reader.set_theme(theme)
        assert field.styleSheet(), "the search field has the theme's style sheet"
        assert field.font().pointSizeF() == pytest.approx(base_pt * 3), theme
        assert window.toc.font().pointSizeF() == pytest.approx(base_pt * 3), theme
    window.reader.set_zoom(100)
    assert field.font().pointSizeF() == pytest.approx(base_pt)


def test_a_size_the_user_left_is_kept_as_it_is_at_300(window, qtbot, settings):
    from edu_app.qt import settings as S

    settings.set(S.SHORTCUTS_SIZE, "700x500")
    _zoomed(window, qtbot, 300)
    dialog = window.features["shortcuts"].show_dialog()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.width() == 700 and dialog.height() == 500  # not grown with the words
    dialog.close()
