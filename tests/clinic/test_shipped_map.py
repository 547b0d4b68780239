"""The guide's map is drawn from its data: no hand-made map file is left."""

from __future__ import annotations

import pytest

from edu_app.content import default_assets_dir, default_content_dir, load_book
from edu_app.render import render_chapter
from edu_app.render.centres_map import numbers

from .test_clinic_layer import drawn_svgs, marker_numbers


@pytest.fixture(params=["fixture guide", "shipped guide"])
def guide(request, book):
    return book if request.param == "fixture guide" else load_book(default_content_dir())


def test_every_placed_centre_of_the_guide_is_on_its_map(guide):
    book = guide
    with_map = [cid for cid, by_lang in book.chapters.items()
                if "[[centres-map]]" in by_lang["en"].body]
    assert with_map, "no chapter shows the map"
    for lang in ("en", "fr"):
        [svg] = drawn_svgs(render_chapter(book, with_map[0], lang).html)
        placed = [c for c in book.centres.values() if c.lat is not None]
        assert set(marker_numbers(svg)) == {str(n) for n in numbers(book).values()}
        assert len(numbers(book)) == len(placed)


def test_no_hand_edited_map_remains():
    images = default_assets_dir() / "images"
    assert not list(images.rglob("centres-map*.svg"))
    assert "x = 22 + (lon" not in (images / "README.md").read_text(encoding="utf-8")
