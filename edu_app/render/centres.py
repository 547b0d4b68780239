"""The list of treatment centres, drawn from `centres.toml` where a chapter asks for it.

A chapter writes `[[centres-list]]` on a line of its own; the table comes from the data
a clinic edits (adding its own centre there), so the text and the list never disagree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from ..content.model import Book
from .strings import t

MARKER = "[[centres-list]]"


class CentresListProcessor(Treeprocessor):
    def __init__(self, md: Markdown, book: Book, lang: str) -> None:
        super().__init__(md)
        self.book = book
        self.lang = lang

    def run(self, root: ET.Element) -> None:
        for i, child in enumerate(list(root)):
            if child.tag == "p" and (child.text or "").strip() == MARKER and not len(child):
                root.remove(child)
                root.insert(i, self._table())

    def _table(self) -> ET.Element:
        lang = self.lang
        table = ET.Element("table", {"class": "centres", "width": "100%", "cellpadding": "6",
                                     "cellspacing": "0", "border": "1"})
        for centre in self.book.centres.values():
            row = ET.SubElement(table, "tr")
            head = ET.SubElement(row, "td", {"width": "35%", "valign": "top"})
            name = ET.SubElement(head, "b")
            name.text = centre.name
            place = centre.city or t(lang, "no_position")
            name.tail = None
            br = ET.SubElement(head, "br")
            br.tail = place
            if centre.address:
                br2 = ET.SubElement(head, "br")
                br2.tail = centre.address
            body = ET.SubElement(row, "td", {"valign": "top"})
            roles = ", ".join(t(lang, f"role_{r}") for r in centre.roles)
            if roles:
                em = ET.SubElement(body, "i")
                em.text = roles[:1].upper() + roles[1:]
                ET.SubElement(body, "br").tail = centre.description.get(lang, "")
            else:
                body.text = centre.description.get(lang, "")
            if centre.source in self.book.sources:
                sup = ET.SubElement(body, "sup")
                link = ET.SubElement(sup, "a", {"href": f"sources:#{centre.source}",
                                                "class": "cite"})
                link.text = f"[{t(lang, 'see_source')}]"
        return table
