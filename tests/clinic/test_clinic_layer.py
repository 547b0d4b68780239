"""The clinic's layer: loaded over a book, drawn on the map, listed, printed, checked, kept.

The fixture (`fixtures/clinic`) is a clinic with two centres (Tours and Lyon), a day and a
night number, a note and one chapter in both languages placed after the book's "intro".
It is laid over the small test book of the checker's tests, never over the shipped guide.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from edu_app.content import load_book
from edu_app.content.clinic import find_clinic_dir
from edu_app.render import render_chapter
from edu_app.render.centres_map import BOUNDS, PALETTES, centres_map_svg, project

HERE = Path(__file__).parent
CLINIC = HERE / "fixtures" / "clinic"
BOOK = HERE.parent / "check" / "fixtures" / "minimal" / "content"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """A book folder and the clinic's folder beside it, as clinic IT lays them out."""
    shutil.copytree(BOOK.parent, tmp_path / "book")  # content/ and its assets/
    shutil.copytree(CLINIC, tmp_path / "book" / "clinic")
    return tmp_path / "book" / "content", tmp_path / "book" / "clinic"


@pytest.fixture
def book(layout):
    content, clinic = layout
    return load_book(content, find_clinic_dir(content))


def drawn_svgs(html: str) -> list[ET.Element]:
    """The pictures the renderer drew inline, parsed."""
    return [ET.fromstring(base64.b64decode(m))
            for m in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html)]


def marker_numbers(svg: ET.Element) -> dict[str, tuple[float, float]]:
    """Each marker's number and where its number is written (the marker's centre)."""
    found = {}
    for text in svg.iter(f"{SVG}text"):
        if text.get("text-anchor") == "middle" and (text.text or "").isdigit():
            found[text.text] = (float(text.get("x")), float(text.get("y")))
    return found


def test_the_layer_beside_the_book_is_found_and_merged(layout, book):
    content, clinic = layout
    assert find_clinic_dir(content) == clinic
    assert [p for p in book.problems if p.severity == "error"] == []
    assert book.clinic is not None and book.clinic.reviewed.isoformat() == "2026-11-30"
    assert [p.number for p in book.clinic.phones] == ["02 47 00 00 01", "02 47 00 00 99"]
    assert book.clinic.phones[1].label["en"] == "At night and in an emergency"
    assert book.clinic.centres == ["exemple-tours", "exemple-lyon"]
    assert book.centres["exemple-lyon"].phone == "04 72 00 00 00"
    assert book.centres["exemple-tours"].website == "www.hopital-exemple.fr"
    assert book.order == ["intro", "our-ward", "care"]  # after = "intro"
    assert set(book.chapters["our-ward"]) == {"en", "fr"}


def test_without_a_layer_the_book_is_the_book(layout):
    content, clinic = layout
    shutil.rmtree(clinic)
    assert find_clinic_dir(content) is None
    book = load_book(content, None)
    assert book.clinic is None and "our-ward" not in book.chapters
    assert render_chapter(book, "care", "en").html.count("data:image") == 0


def test_an_explicit_folder_that_is_missing_is_reported(layout):
    content, _ = layout
    book = load_book(content, content.parent / "nowhere")
    assert [(p.code, p.layer) for p in book.problems] == [("no-clinic", "clinic")]


def test_the_map_shows_both_centres_where_they_are(book):
    html = render_chapter(book, "our-ward", "en").html
    [svg] = drawn_svgs(html)
    numbers = marker_numbers(svg)
    assert set(numbers) == {"1", "2"}
    for number, cid in (("1", "exemple-tours"), ("2", "exemple-lyon")):
        centre = book.centres[cid]
        x, y = project(centre.lon, centre.lat)
        nx, ny = numbers[number]
        assert abs(nx - x) < 1 and abs(ny - 4.5 - y) < 1  # far apart: not moved
    labels = " ".join(t.text or "" for t in svg.iter(f"{SVG}text"))
    assert "1. Hôpital Exemple" in labels and "Lyon · Treats children, treats adults" in labels
    assert "your clinic" in labels
    # SVG Tiny 1.2, as QtSvg reads it: no style sheets, classes or filters.
    assert not [e for e in svg.iter() if e.tag in (f"{SVG}style", f"{SVG}filter")]
    assert not [e for e in svg.iter() if "class" in e.attrib or "style" in e.attrib]
    alt = re.search(r'alt="([^"]+)"', html).group(1)
    assert "Hôpital Exemple" in alt and "Centre Exemple de Lyon" in alt


def test_two_centres_in_one_town_get_markers_apart(book):
    from dataclasses import replace

    near = book.centres["exemple-tours"]
    book.centres["twin"] = replace(near, id="twin", name="Twin", lat=near.lat + 0.01)
    numbers = marker_numbers(ET.fromstring(centres_map_svg(book, "en")))
    (x1, y1), (x2, y2) = numbers["1"], numbers["3"]
    assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= 18


def test_the_map_speaks_both_languages_and_takes_each_theme(book):
    fr = ET.fromstring(centres_map_svg(book, "fr"))
    assert "Carte" in fr.find(f"{SVG}title").text
    assert "soigne des adultes" in " ".join(t.text or "" for t in fr.iter(f"{SVG}text"))
    for theme, colours in PALETTES.items():
        svg = ET.fromstring(centres_map_svg(book, "en", theme))
        assert svg.find(f"{SVG}rect").get("fill") == colours.background
        fills = {e.get("fill") for e in svg.iter()}
        assert colours.clinic in fills and colours.land in fills


def test_the_map_is_drawn_by_qt_without_a_warning(qtbot, book):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    for theme in ("light", "dark", "contrast"):
        renderer = QSvgRenderer(QByteArray(centres_map_svg(book, "fr", theme).encode()))
        assert renderer.isValid() and renderer.defaultSize().width() == 640


def test_the_list_gives_each_centre_its_phone(book):
    html = render_chapter(book, "our-ward", "fr").html
    table = html[html.index('class="centres"'):]
    assert "Téléphone : 02 47 00 00 01".replace(" :", "\u00a0:") in table
    assert "04 72 00 00 00" in table and "www.hopital-exemple.fr" in table


def test_the_chapter_is_in_both_languages_and_cites_the_clinic(book):
    fr = render_chapter(book, "our-ward", "fr")
    en = render_chapter(book, "our-ward", "en")
    assert not fr.fallback and not en.fallback
    assert "Notre service" in fr.html and "Our ward" in en.html
    assert "[your clinic, reviewed on 30 November 2026]" in en.html
    assert "[votre établissement, relu le 30 novembre 2026]" in fr.html
    assert en.cited == []  # never numbered among the guide's sources
    assert 'href="clinic:"' in en.html


def test_the_clinic_note_marker_shows_the_note_only_when_there_is_one(layout, book):
    from edu_app.render import markdown_to_html

    html, _, _ = markdown_to_html(book, "Costs.\n\n[[clinic-note]]\n", "en")
    assert "fully covered" in html and "02 47 00 00 01" in html
    bare = load_book(layout[0], None)
    html, _, _ = markdown_to_html(bare, "Costs.\n\n[[clinic-note]]\n", "en")
    assert "clinic-note" not in html and "[[" not in html


def test_the_home_page_and_the_clinic_page(book):
    from edu_app.render import home_html
    from edu_app.render.clinic_page import clinic_html

    home = home_html(book, "en")
    assert 'href="clinic:"' in home and "02 47 00 00 99" in home
    page = clinic_html(book, "fr")
    for words in ("Votre établissement", "La nuit et en urgence", "02 47 00 00 99",
                  "1 rue de l'Exemple", "frais de transport", 'href="chapter:our-ward"'):
        assert words in page.replace("&#39;", "'"), words
    assert len(drawn_svgs(page)) == 1


def test_handouts_carry_the_clinic_page(qapp, book, tmp_path):
    from edu_app.handout import HandoutOptions, compose_handout
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import write_pdf

    from ..handout.conftest import pdf_pages, squash

    composed = compose_handout(book, HandoutOptions(chapters=("our-ward",), lang="en"))
    assert composed.contents[0] == ("clinic", "Your clinic")
    path = write_pdf(build_document(composed), tmp_path / "clinic.pdf")
    pages = [squash(p) for p in pdf_pages(path)]
    assert squash("At night and in an emergency: 02 47 00 00 99") in pages[0]  # the cover
    clinic_page = next(p for p in pages[1:] if squash("fully covered") in p)
    assert squash("Your clinic") in clinic_page and squash("02 47 00 00 99") in clinic_page
    assert squash("Phone: 04 72 00 00 00") in "".join(pages)  # its places, with phones
    without = compose_handout(book, HandoutOptions(chapters=("our-ward",), lang="en",
                                                   clinic_page=False))
    assert "handout-clinic" not in without.html


def test_a_new_edition_of_the_book_keeps_the_clinic_folder(layout):
    content, clinic = layout

    def digest(folder: Path) -> str:
        return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.rglob("*"))
                                       if p.is_file())).hexdigest()

    before = digest(clinic)
    shutil.rmtree(content)  # the new edition replaces the book folder whole
    shutil.copytree(BOOK, content)
    toml = content / "book.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"1.0"', '"2.0"'), "utf-8")
    care = content / "en" / "02-care.md"
    care.write_text(care.read_text(encoding="utf-8").replace("anything", "any question"),
                    "utf-8")
    book = load_book(content, find_clinic_dir(content))
    assert book.version == "2.0" and "any question" in book.chapters["care"]["en"].body
    assert digest(clinic) == before
    assert book.order == ["intro", "our-ward", "care"]
    assert {"exemple-tours", "exemple-lyon"} <= set(book.centres)
    assert book.clinic.phones[1].number == "02 47 00 00 99"


def test_map_bounds_hold_mainland_france_and_corsica():
    west, south, east, north = BOUNDS
    for lat, lon in ((51.05, 2.37), (42.7, 9.45), (43.3, -1.8), (48.4, -4.8), (48.6, 7.8)):
        assert south <= lat <= north and west <= lon <= east
