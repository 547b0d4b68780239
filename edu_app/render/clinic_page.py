"""The "Your clinic" page: the clinic's name, numbers, address, note, places and pages.

Built from the clinic's layer (`clinic.toml`, `clinic/centres.toml`, its chapters), for
the screen (`clinic:` in the app) and for paper (the handout's clinic page), from one
function, so both say the same. Everything on it is the clinic's word, and says so.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..content.model import Book, Lang
from .centres import centres_table, map_figure, note_paragraphs
from .strings import t


def clinic_body(book: Book, lang: str, theme: str = "light", for_print: bool = False,
                text_scale: float = 1.0) -> str:
    """The page's HTML without its frame (empty when the book has no clinic layer).

    On paper the list of the clinic's pages is left out: a handout holds the chapters
    chosen for it, and a link cannot be followed there."""
    clinic = book.clinic
    if clinic is None:
        return ""
    root = ET.Element("div", {"class": "clinic-page"})
    intro = ET.SubElement(root, "p", {"class": "subtitle"})
    intro.text = clinic.name_in(lang)
    ET.SubElement(root, "p").text = t(lang, "clinic_intro")
    if clinic.phones:
        ET.SubElement(root, "h2").text = t(lang, "clinic_phones")
        table = ET.SubElement(root, "table", {"class": "clinic-phones", "cellpadding": "6",
                                              "cellspacing": "0", "border": "0"})
        for phone in clinic.phones:
            row = ET.SubElement(table, "tr")
            ET.SubElement(row, "td").text = phone.label.get(lang) or next(
                iter(phone.label.values()), "")
            ET.SubElement(ET.SubElement(row, "td"), "b").text = phone.number
    if clinic.address:
        ET.SubElement(root, "h2").text = t(lang, "clinic_address")
        ET.SubElement(root, "p").text = clinic.address
    note = clinic.note.get(lang, "")
    if note:
        ET.SubElement(root, "h2").text = t(lang, "clinic_note")
        note_paragraphs(root, book, lang, note)
    own = [book.centres[c] for c in clinic.centres if c in book.centres]
    if own:
        ET.SubElement(root, "h2").text = t(lang, "clinic_centres")
        root.append(map_figure(book, lang, theme, set(), text_scale))
        root.append(centres_table(book, lang, own))
    if clinic.chapters and not for_print:
        ET.SubElement(root, "h2").text = t(lang, "clinic_chapters")
        items = ET.SubElement(root, "ul")
        for cid in clinic.chapters:
            chapter, _ = book.chapter(cid, lang)  # type: ignore[arg-type]
            if chapter is not None:
                link = ET.SubElement(ET.SubElement(items, "li"), "a",
                                     {"href": f"chapter:{cid}"})
                link.text = chapter.title
    return "".join(ET.tostring(child, encoding="unicode") for child in root)


def clinic_html(book: Book, lang: Lang, style=None) -> str:
    """The "Your clinic" page, framed like every other page."""
    from .pages import PageStyle, _env, style_sheet

    style = style or PageStyle()
    return _env().get_template("clinic.html").render(
        lang=lang, book=book, body=clinic_body(book, lang, style.theme,
                                               text_scale=style.scale),
        css=style_sheet(book.assets, style))
