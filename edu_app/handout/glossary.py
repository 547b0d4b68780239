"""What the handout's glossary needs beyond the reader's glossary marking.

The words used are found by the renderer's own marker (`render/glossary_ext.py`, with
`link=False`): the handout lists exactly what the screen marks. Two things are
handout-only: leaving pictures (and so their captions' words) out of the page before the
marker reads it. The alphabetical order is the book's (`content.text.sort_key`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

# After the renderer's pictures (4) have made figures, before the glossary marker (1).
PRIORITY = 2


class _DropPictures(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                is_figure = child.tag == "p" and "figure" in child.get("class", "").split()
                if is_figure or child.tag == "img":
                    tail = child.tail
                    index = list(parent).index(child)
                    parent.remove(child)
                    if tail and tail.strip():  # keep any words written after the picture
                        if index > 0:
                            previous = parent[index - 1]
                            previous.tail = (previous.tail or "") + tail
                        else:
                            parent.text = (parent.text or "") + tail


class NoPictures(Extension):
    """Leave pictures and their captions out of a chapter (the "no pictures" handout)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_DropPictures(md), "handout-no-pictures", PRIORITY)

