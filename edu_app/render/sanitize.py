"""An allow-list HTML filter: content is written by clinic staff, not trusted code.

Python-Markdown lets raw HTML through. Rather than trying to remove the bad parts, the
output is rebuilt keeping only the tags, attributes and link schemes the reader needs;
whatever else was written becomes nothing (dangerous elements) or its text (the rest).

The same rules apply in two places. `sanitize_tree` enforces them on Markdown's element
tree, which is all a page holds when its author wrote no HTML (every chapter so far):
attributes from `{: ...}`, link targets, picture sources. `sanitize` rebuilds written-out
HTML, for pages that carry raw HTML; it is five times slower, a quarter of a page's
rendering, which is why it runs only where raw HTML can hide.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Iterable
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 "
    "hr i img li ol p pre q s small span strong sub sup table tbody td tfoot th thead tr u ul"
    .split()
)
VOID_TAGS = frozenset({"br", "hr", "img", "col"})
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "applet", "noscript", "template", "svg",
     "math", "head", "title", "textarea", "select", "frame", "frameset"}
)
ALLOWED_ATTRS = frozenset(
    {"href", "src", "alt", "title", "id", "name", "class", "width", "height", "align",
     "colspan", "rowspan", "cellpadding", "cellspacing", "border", "bgcolor", "lang", "start",
     "type", "valign"}
)
LINK_SCHEMES = frozenset({"chapter", "glossary", "sources", "home", "clinic", "http", "https",
                          "mailto"})
# Qt's style sheets cannot make an underline dotted; an element's own style attribute can.
# The glossary marks carry this one declaration; no other style attribute is let through.
DOTTED_UNDERLINE = "text-underline-style: dotted"
ALLOWED_STYLES = frozenset({DOTTED_UNDERLINE})


def link_ok(href: str) -> bool:
    """Only our own addresses, in-page anchors and the external schemes shown as text."""
    href = href.strip()
    if href.startswith("#"):
        return True
    return urlparse(href).scheme.lower() in LINK_SCHEMES


def image_checker(image_roots: tuple[Path, ...],
                  trusted: Collection[str] = ()) -> Callable[[str], bool]:
    """A test for picture sources: local files inside the book's image folders only, and
    the pictures the renderer drew itself (`trusted`: the centres map, inline)."""
    roots = tuple(r.resolve() for r in image_roots)

    def image_ok(src: str) -> bool:
        if src in trusted:
            return True
        parsed = urlparse(src)
        if parsed.scheme != "file":
            return False
        try:  # a link loop raises (RuntimeError before Python 3.13, OSError after)
            path = Path(unquote(parsed.path)).resolve()
        except (OSError, RuntimeError, ValueError):
            return False
        return any(path.is_relative_to(root) for root in roots) and path.is_file()

    return image_ok


def kept_attributes(tag: str, attrs: Iterable[tuple[str, str | None]],
                    image_ok: Callable[[str], bool], dropped: list[str],
                    meaning: Callable[[str], str] = str) -> list[tuple[str, str]] | None:
    """The attributes `tag` may keep, None for a picture that will not be loaded.

    A value is judged by `meaning(value)`, what Qt will read: HTMLParser hands over
    decoded values, while an element tree's serializer writes `&#106;` as it is and
    leaves Qt to decode it.
    """
    kept = []
    for name, value in attrs:
        name = name.lower()
        if name == "style" and value is not None and meaning(value).strip() in ALLOWED_STYLES:
            kept.append((name, value))
            continue
        if name.startswith("on") or name not in ALLOWED_ATTRS or value is None:
            if name.startswith("on") or name == "style":
                dropped.append(f"{name} attribute")
            continue
        meant = meaning(value)
        if name == "href" and not link_ok(meant):
            dropped.append(f"link {meant[:60]}")
            continue
        if name == "src" and (tag != "img" or not image_ok(meant)):
            dropped.append(f"image {meant[:60]}")
            return None
        kept.append((name, value))
    return kept


class _Sanitizer(HTMLParser):
    def __init__(self, image_roots: tuple[Path, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.image_ok = image_checker(image_roots)
        self.out: list[str] = []
        self.dropping = 0
        self.dropped: list[str] = []

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        # HTMLParser has already decoded the values: escape them back for writing.
        kept = kept_attributes(tag, attrs, self.image_ok, self.dropped)
        if kept is None:
            return None
        return "".join(f' {name}="{escape(value, quote=True)}"' for name, value in kept)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in DROP_WITH_CONTENT:
            if tag not in VOID_TAGS:
                self.dropping += 1
            self.dropped.append(f"<{tag}>")
            return
        if self.dropping or tag not in ALLOWED_TAGS:
            if tag not in ALLOWED_TAGS and not self.dropping:
                self.dropped.append(f"<{tag}>")
            return
        rendered = self._attrs(tag, attrs)
        if rendered is None:  # an image we will not load: keep its words
            alt = dict(attrs).get("alt") or ""
            if alt:
                self.out.append(f"<em>[{escape(alt)}]</em>")
            return
        self.out.append(f"<{tag}{rendered}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID_TAGS and tag.lower() in DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in ALLOWED_TAGS or tag in VOID_TAGS:
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(escape(data, quote=False))


def sanitize(html: str, image_roots: tuple[Path, ...] = ()) -> tuple[str, list[str]]:
    """Return safe HTML and a list of what was removed (for the content checker)."""
    parser = _Sanitizer(image_roots)
    parser.feed(html)
    parser.close()
    return "".join(parser.out), parser.dropped


def sanitize_tree(root: ET.Element, image_roots: tuple[Path, ...] = (),
                  dropped: list[str] | None = None, trusted: Collection[str] = ()) -> list[str]:
    """Apply the allow-list to an element tree in place; return what was removed.

    The tree's text is plain text (its serializer escapes it), so only elements and
    attributes need judging: the same rules, with the same messages, as `sanitize`.
    """
    dropped = [] if dropped is None else dropped
    image_ok = image_checker(image_roots, trusted)

    def clean(parent: ET.Element) -> None:
        i = 0
        while i < len(parent):
            child = parent[i]
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag in DROP_WITH_CONTENT or not tag:  # not tag: a comment
                if tag:
                    dropped.append(f"<{tag}>")
                _replace(parent, i, [], "", child.tail)
                continue
            if tag not in ALLOWED_TAGS:
                dropped.append(f"<{tag}>")
                _replace(parent, i, list(child), child.text, child.tail)
                continue  # its children now stand at i: judge them next
            kept = kept_attributes(tag, child.attrib.items(), image_ok, dropped, unescape)
            if kept is None:  # a picture we will not load: keep its words
                alt = child.get("alt") or ""
                words = ET.Element("em")
                words.text = f"[{alt}]"
                _replace(parent, i, [words] if alt else [], "", child.tail)
                i += 1 if alt else 0
                continue
            if len(kept) != len(child.attrib):
                child.attrib = dict(kept)
            clean(child)
            i += 1

    clean(root)
    return dropped


def _replace(parent: ET.Element, index: int, elements: list[ET.Element],
             text: str | None, tail: str | None) -> None:
    """Put `text`, `elements` and `tail` where `parent[index]` was, joining the text
    to what comes before it (an element tree keeps text in `text` and `tail`)."""
    del parent[index]
    for offset, element in enumerate(elements):
        parent.insert(index + offset, element)
    before = parent[index - 1] if index > 0 else None
    pieces = [text or ""]
    if elements:
        last = elements[-1]
        last.tail = (last.tail or "") + (tail or "")
    else:
        pieces.append(tail or "")
    lead = "".join(pieces)
    if lead:
        if before is None:
            parent.text = (parent.text or "") + lead
        else:
            before.tail = (before.tail or "") + lead
