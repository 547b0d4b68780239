"""The lines a chapter writes to show data: the centres list, the map, the clinic's note.

A chapter writes `[[centres-list]]`, `[[centres-map]]` or `[[clinic-note]]` on a line of
its own; what stands there is built from `centres.toml` and `clinic.toml` (the book's and
the clinic's), so the text, the list and the map never disagree, and a clinic adding a
centre sees it everywhere without editing a chapter or a picture.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Callable

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from ..content.model import CLINIC_SOURCE, Book, Centre
from .centres_map import centres_map_svg, map_description, numbers, role_text
from .strings import format_date, t

LIST_MARKER = "[[centres-list]]"
MAP_MARKER = "[[centres-map]]"
NOTE_MARKER = "[[clinic-note]]"
MARKERS = (LIST_MARKER, MAP_MARKER, NOTE_MARKER)


def clinic_label(book: Book, lang: str) -> str:
    """How `[@clinic]` reads: "your clinic, reviewed on 30 November 2026"."""
    clinic = book.clinic
    if clinic is None or clinic.reviewed is None:
        return t(lang, "clinic_source_undated")
    return t(lang, "clinic_source", date=format_date(clinic.reviewed, lang))


def clinic_cite(book: Book, lang: str) -> ET.Element:
    glued = ET.Element("span")  # on the line, kept with the word before (markdown_ext)
    glued.text = "\u00a0"
    link = ET.SubElement(glued, "a", {"href": "clinic:", "class": "cite clinic"})
    link.text = f"[{clinic_label(book, lang)}]"
    return glued


def note_paragraphs(parent: ET.Element, book: Book, lang: str, note: str) -> None:
    """The clinic's note as paragraphs (blank lines between them in clinic.toml), its
    source mark after the last: the same in chapter 8's box and on the clinic's page."""
    paragraphs = [p.strip() for p in note.split("\n\n") if p.strip()]
    for i, text in enumerate(paragraphs):
        para = ET.SubElement(parent, "p")
        para.text = text  # the mark brings its own no-break space
        if i == len(paragraphs) - 1:
            para.append(clinic_cite(book, lang))


def map_figure(book: Book, lang: str, theme: str, trusted: set[str],
               text_scale: float = 1.0) -> ET.Element:
    """The map drawn now, inline (a data: address the sanitizer is told to keep), its
    words at the page's text size."""
    svg = centres_map_svg(book, lang, theme, text_scale).encode("utf-8")
    src = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    trusted.add(src)
    figure = ET.Element("p", {"class": "figure centres-map", "align": "center"})
    ET.SubElement(figure, "img", {"src": src, "alt": map_description(book, lang)})
    ET.SubElement(figure, "br")
    caption = ET.SubElement(figure, "span", {"class": "caption"})
    clinic_has_places = book.clinic is not None and bool(
        set(book.clinic.centres) & set(numbers(book)))
    caption.text = t(lang, "map_caption_clinic" if clinic_has_places else "map_caption")
    return figure


def _line(parent: ET.Element, text: str, before: str = "") -> None:
    """A line break then `text` (after an optional label) at the end of `parent`."""
    br = ET.SubElement(parent, "br")
    br.tail = f"{before} {text}" if before else text


def centres_table(book: Book, lang: str, centres: list[Centre] | None = None) -> ET.Element:
    """One row per centre: its map number, name, town, address, phone, website, role,
    description and source (the clinic's own are said to be the clinic's)."""
    on_map = numbers(book)
    table = ET.Element("table", {"class": "centres", "width": "100%", "cellpadding": "6",
                                 "cellspacing": "0", "border": "1"})
    for centre in book.centres.values() if centres is None else centres:
        row = ET.SubElement(table, "tr")
        number = ET.SubElement(row, "td", {"width": "6%", "valign": "top", "align": "center"})
        ET.SubElement(number, "b").text = str(on_map[centre.id]) if centre.id in on_map else ""
        head = ET.SubElement(row, "td", {"width": "38%", "valign": "top"})
        ET.SubElement(head, "b").text = centre.name
        _line(head, centre.city or t(lang, "no_position"))
        if centre.address:
            _line(head, centre.address)
        if centre.phone:
            _line(head, centre.phone, t(lang, "phone"))
        if centre.website:
            _line(head, centre.website, t(lang, "website"))
        body = ET.SubElement(row, "td", {"valign": "top"})
        ET.SubElement(body, "i").text = role_text(centre, lang)
        if centre.layer == "clinic":
            ET.SubElement(body, "i").text = f" ({t(lang, 'your_clinic_short')})"
        ET.SubElement(body, "br").tail = centre.description.get(lang, "")
        if centre.source == CLINIC_SOURCE:
            body.append(clinic_cite(book, lang))
        elif centre.source in book.sources:
            glued = ET.SubElement(body, "span")  # kept with the description's last word
            glued.text = "\u00a0"
            link = ET.SubElement(glued, "a", {"href": f"sources:#{centre.source}",
                                              "class": "cite"})
            # In a chapter, the page's number for this source (markdown_ext.CitationNumbers)
            link.text = f"[{t(lang, 'see_source')}]"
    return table


def clinic_note_box(book: Book, lang: str) -> ET.Element | None:
    """The clinic's note on what is covered and whom to ask, or nothing without one."""
    clinic = book.clinic
    note = clinic.note.get(lang) or "" if clinic else ""
    if clinic is None or not note:
        return None
    table = ET.Element("table", {"class": "box clinic-note", "width": "100%",
                                 "cellpadding": "10", "cellspacing": "0", "border": "0"})
    cell = ET.SubElement(ET.SubElement(table, "tr"), "td")
    ET.SubElement(cell, "h3", {"class": "box-title"}).text = t(lang, "from_clinic")
    note_paragraphs(cell, book, lang, note)
    phone = clinic.first_phone
    if phone is not None:
        para = ET.SubElement(cell, "p")
        label = t(lang, "label_value", label=phone.label.get(lang, ""), value="")
        para.text = f"{clinic.name_in(lang)} · {label}"
        ET.SubElement(para, "b").text = phone.number
    return table


class CentresListProcessor(Treeprocessor):
    """Puts the list, the map or the clinic's note where a chapter's marker line is."""

    def __init__(self, md: Markdown, book: Book, lang: str, theme: str = "light",
                 trusted: set[str] | None = None, text_scale: float = 1.0) -> None:
        super().__init__(md)
        self.book = book
        self.lang = lang
        self.theme = theme
        self.text_scale = text_scale
        self.trusted = set() if trusted is None else trusted
        self.builders: dict[str, Callable[[], ET.Element | None]] = {
            LIST_MARKER: lambda: centres_table(self.book, self.lang),
            MAP_MARKER: lambda: map_figure(self.book, self.lang, self.theme, self.trusted,
                                           self.text_scale),
            NOTE_MARKER: lambda: clinic_note_box(self.book, self.lang),
        }

    def run(self, root: ET.Element) -> None:
        for child in list(root):
            marker = (child.text or "").strip()
            if child.tag != "p" or len(child) or marker not in self.builders:
                continue
            index = list(root).index(child)
            root.remove(child)
            element = self.builders[marker]()
            if element is not None:
                root.insert(index, element)
