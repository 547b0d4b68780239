"""The find bar's field and the glossary filter in every theme: a frame that shows (Fusion
draws it a shade darker than the window, so black on the high-contrast theme), and the
find bar's "No matches" in colours that leave its words readable (a fixed pink under the
dark themes' light text)."""

from __future__ import annotations

from collections import Counter

import pytest

from edu_app.ui import themes

from .test_find_bar import open_find


def _edge(field) -> str:
    image = field.grab().toImage()
    return image.pixelColor(0, image.height() // 2).name()


def _ground(field) -> str:
    image = field.grab().toImage()
    seen = Counter(image.pixelColor(x, y).name() for x in range(4, image.width() - 4, 3)
                   for y in range(4, image.height() - 4, 3))
    return seen.most_common(1)[0][0]


@pytest.fixture
def themed(window):
    yield window
    window.reader.set_theme("light")
    themes.apply_palette(themes.LIGHT)


@pytest.mark.parametrize("name", list(themes.THEMES))
def test_find_field_has_a_frame_and_a_readable_no_match(themed, qtbot, name):
    theme = themes.THEMES[name]
    themed.reader.set_theme(name)
    bar = open_find(themed, qtbot, "zzqqxx")
    assert bar.count.text() == "No matches"
    ground = _ground(bar.field)
    assert themes.contrast_ratio(theme.text, ground) >= 4.5, (name, ground)
    themed.view.setFocus()
    qtbot.waitUntil(lambda: not bar.field.hasFocus())
    assert themes.contrast_ratio(_edge(bar.field), theme.window) >= themes.FRAME_MINIMUM
    bar.field.setText("")
    assert themes.contrast_ratio(_edge(bar.field), theme.window) >= themes.FRAME_MINIMUM


@pytest.mark.parametrize("name", list(themes.THEMES))
def test_glossary_filter_has_a_frame(themed, qtbot, name):
    theme = themes.THEMES[name]
    glossary = themed.features["glossary"]
    glossary.open_page()
    field = glossary.filter_bar.field
    qtbot.waitUntil(field.isVisible)
    themed.reader.set_theme(name)  # after the bar is made, as a reader would change it
    themed.view.setFocus()
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert themes.contrast_ratio(_edge(field), theme.window) >= themes.FRAME_MINIMUM, name
