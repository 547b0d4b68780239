"""Our Python-Markdown extensions: citations, boxes, pictures and section anchors.

They turn the authors' light conventions (see content/FORMAT.md) into the HTML subset
that QTextBrowser and QTextDocument lay out well on screen and on paper.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from ..content.model import CLINIC_SOURCE
from ..content.text import CITATION_PATTERN
from .sanitize import sanitize_tree

GLUE = "\u00a0"  # a no-break space: the space before a mark, kept, but never a line break
JOINER = "\u2060"  # a word joiner: no break where the author wrote the mark against a word


class CitationProcessor(InlineProcessor):
    """`[@source-id]` -> a number in brackets, on the line, linking to the sources page.

    The mark is on the line at a reading size (a superscript was drawn at two thirds of
    9 pt: too small to read or to click), and glued to the word before it: the space
    before it becomes a no-break space, so a mark never starts a line alone. The number
    is the source's order of first citation in the page (`CitationNumbers`).

    A care-team marker (`[@care-team]`, see content/FORMAT.md) is not a source: it gets
    no number, and shows its own words ("ask your care team") in a class of its own, so
    a safety sentence never looks like a fact from one of the documents.
    """

    def __init__(self, pattern: str, md: Markdown, cited: list[str],
                 describe: Callable[[str], str], care_team: frozenset[str] = frozenset(),
                 care_team_mark: str = "", clinic_label: str = "") -> None:
        super().__init__(pattern, md)
        self.cited = cited
        self.describe = describe
        self.care_team = care_team
        self.care_team_mark = care_team_mark
        self.clinic_label = clinic_label

    def handleMatch(self, m: re.Match[str], data: str):
        sid = m.group(1)
        start = m.start(0)
        while start > 0 and data[start - 1] in " \t\n":  # the space before: glued below
            start -= 1
        glued = ET.Element("span")
        glued.text = GLUE if start < m.start(0) else JOINER if start else ""
        if sid == CLINIC_SOURCE:  # the clinic vouches for it: named, never numbered
            link = ET.SubElement(glued, "a", {"href": "clinic:", "class": "cite clinic"})
            link.text = f"[{self.clinic_label or CLINIC_SOURCE}]"
            return glued, start, m.end(0)
        if sid not in self.cited:
            self.cited.append(sid)
        if sid in self.care_team:  # words must stay legible
            mark = ET.SubElement(glued, "a", {"href": f"sources:#{sid}", "class": "care-team",
                                              "title": self.describe(sid)})
            mark.text = "[" + self.care_team_mark.replace(" ", "\u00a0") + "]"  # one piece
            return glued, start, m.end(0)
        link = ET.SubElement(glued, "a", {"href": f"sources:#{sid}", "class": "cite",
                                          "title": self.describe(sid)})
        documents = [s for s in self.cited if s not in self.care_team]
        link.text = f"[{documents.index(sid) + 1}]"  # numbered again in page order below
        return glued, start, m.end(0)


class CitationNumbers(Treeprocessor):
    """Number every source mark by the order of first citation in the page, text and
    data alike: the centres list (built after the text's marks) said "[Source]" where
    the text said "[1]". `cited` is put in the same order, for the footer's list."""

    PRIORITY = 6.5  # after the centres list (7), before the sanitizer

    def __init__(self, md: Markdown, cited: list[str], describe: Callable[[str], str]) -> None:
        super().__init__(md)
        self.cited = cited
        self.describe = describe

    def run(self, root: ET.Element) -> None:
        order: list[str] = []
        for link in root.iter("a"):
            href = link.get("href", "")
            if "cite" not in link.get("class", "").split() or not href.startswith("sources:#"):
                continue
            sid = href[len("sources:#"):]
            if sid not in order:
                order.append(sid)
            link.text = f"[{order.index(sid) + 1}]"
            if not link.get("title"):
                link.set("title", self.describe(sid))
        self.cited[:] = order + [sid for sid in self.cited if sid not in order]


class BoxProcessor(Treeprocessor):
    """Admonition divs become one-cell tables: Qt draws borders and padding only on tables."""

    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for i, child in enumerate(list(parent)):
                classes = child.get("class", "").split()
                if child.tag != "div" or "admonition" not in classes:
                    continue
                kind = next((c for c in classes if c != "admonition"), "note")
                table = ET.Element("table", {"class": f"box {kind}", "width": "100%",
                                             "cellpadding": "10", "cellspacing": "0",
                                             "border": "0"})
                cell = ET.SubElement(ET.SubElement(table, "tr"), "td")
                for grandchild in list(child):
                    if "admonition-title" in grandchild.get("class", ""):
                        grandchild.tag = "h3"
                        grandchild.set("class", "box-title")
                    cell.append(grandchild)
                parent.remove(child)
                parent.insert(i, table)


class TableProcessor(Treeprocessor):
    """A Markdown table (the "what we know / what our sources do not say" kind) gets cell
    borders and padding: Qt draws a bare table as loose columns of text."""

    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            if table.get("class"):
                continue  # a box (BoxProcessor) or the centres list
            table.attrib.update({"class": "facts", "width": "100%", "border": "1",
                                 "cellpadding": "8", "cellspacing": "0"})


class PictureProcessor(Treeprocessor):
    """Resolve a picture's bare file name in the language folder; its title is the caption."""

    def __init__(self, md: Markdown, resolve: Callable[[str], Path | None]) -> None:
        super().__init__(md)
        self.resolve = resolve

    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for img in [c for c in parent if c.tag == "img"]:
                src = img.get("src", "")
                path = self.resolve(src)
                if path is None:
                    img.set("src", src)  # left for the sanitizer to drop, keeping the alt text
                    continue
                img.set("src", path.as_uri())
                caption = img.attrib.pop("title", "")
                if parent.tag == "p" and caption:
                    parent.set("class", "figure")
                    parent.set("align", "center")
                    index = list(parent).index(img)
                    br = ET.Element("br")
                    span = ET.Element("span", {"class": "caption"})
                    span.text = caption
                    br.tail = None
                    span.tail = img.tail
                    img.tail = None
                    parent.insert(index + 1, br)
                    parent.insert(index + 2, span)


class AnchorProcessor(Treeprocessor):
    """Put `<a name=id>` in each heading: QTextBrowser scrolls to names, not to ids."""

    def run(self, root: ET.Element) -> None:
        for heading in root.iter():
            if heading.tag in {"h2", "h3"} and heading.get("id"):
                anchor = ET.Element("a", {"name": heading.get("id", "")})
                anchor.tail = heading.text
                heading.text = None
                heading.insert(0, anchor)


class SanitizeProcessor(Treeprocessor):
    """The allow-list (`sanitize.sanitize_tree`) on Markdown's tree, after every other
    processor, unescaping included, has made its elements and attributes."""

    PRIORITY = -10  # below 'unescape' (0), the last of Markdown's own

    def __init__(self, md: Markdown, image_roots: tuple[Path, ...], dropped: list[str],
                 trusted: set[str] | None = None) -> None:
        super().__init__(md)
        self.image_roots = image_roots
        self.dropped = dropped
        self.trusted = set() if trusted is None else trusted  # pictures we drew (the map)

    def run(self, root: ET.Element) -> None:
        sanitize_tree(root, self.image_roots, self.dropped, self.trusted)


class GuideExtension(Extension):
    """Everything specific to this guide, registered on one Markdown instance."""

    def __init__(self, cited: list[str], describe: Callable[[str], str],
                 resolve: Callable[[str], Path | None],
                 care_team: frozenset[str] = frozenset(), care_team_mark: str = "",
                 clinic_label: str = "") -> None:
        super().__init__()
        self.cited = cited
        self.describe = describe
        self.resolve = resolve
        self.care_team = care_team
        self.care_team_mark = care_team_mark
        self.clinic_label = clinic_label  # how `[@clinic]` reads: "your clinic, reviewed on…"

    def extendMarkdown(self, md: Markdown) -> None:
        md.inlinePatterns.register(
            CitationProcessor(CITATION_PATTERN, md, self.cited, self.describe,
                              self.care_team, self.care_team_mark, self.clinic_label),
            "citation", 175)
        md.treeprocessors.register(CitationNumbers(md, self.cited, self.describe),
                                   "guide-citation-numbers", CitationNumbers.PRIORITY)
        md.treeprocessors.register(BoxProcessor(md), "guide-box", 6)
        md.treeprocessors.register(TableProcessor(md), "guide-table", 5)
        md.treeprocessors.register(PictureProcessor(md, self.resolve), "guide-picture", 4)
        md.treeprocessors.register(AnchorProcessor(md), "guide-anchor", 3)
