"""The centres map's words follow the page's text size (issue 17: "the map's labels stay
small" at 300 %): rendered at a zoom, the map lists its places under the outline, at the
text's size, every word kept, inside a column that fits the page at 300 %."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

import pytest

from edu_app.render import PageStyle, render_chapter
from edu_app.render.centres_map import LINE_SIZE, NAME_SIZE, drawn_centres

COLUMN = 540  # the page's column at 300 % beside the contents on a 1024 px screen

SVG = "{http://www.w3.org/2000/svg}"


def _map_on_page(book, lang: str, scale: float) -> ET.Element:
    html = render_chapter(book, "centres", lang, PageStyle(scale=scale)).html
    data = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html).group(1)
    return ET.fromstring(base64.b64decode(data))


def _texts(svg: ET.Element) -> list[ET.Element]:
    return [e for e in svg.iter(f"{SVG}text") if e.text and not e.text.isdigit()]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_map_s_labels_grow_with_the_page(book, lang):
    small, large = _map_on_page(book, lang, 1.0), _map_on_page(book, lang, 3.0)
    small_sizes = {float(e.get("font-size")) for e in _texts(small)}
    large_sizes = {float(e.get("font-size")) for e in _texts(large)}
    assert max(small_sizes) == NAME_SIZE
    assert large_sizes == {NAME_SIZE * 3, LINE_SIZE * 3}  # names, places and the legend
    # every place's name, whole, is in the large map's words
    words = " ".join(e.text for e in _texts(large))
    for centre in drawn_centres(book):
        assert all(word in words for word in centre.name.split()), centre.name
    width = float(large.get("width"))
    assert width <= COLUMN < float(small.get("width"))
    for text in _texts(large):  # each line within the picture (a generous glyph width)
        size = float(text.get("font-size"))
        assert float(text.get("x")) + len(text.text) * size * 0.56 <= width, text.text
    numbers = [e for e in large.iter(f"{SVG}text") if e.text and e.text.isdigit()]
    assert numbers and all(float(e.get("font-size")) == 24 for e in numbers)  # twice
