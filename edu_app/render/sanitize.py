"""An allow-list HTML filter: content is written by clinic staff, not trusted code.

Python-Markdown lets raw HTML through. Rather than trying to remove the bad parts, the
output is rebuilt keeping only the tags, attributes and link schemes the reader needs;
whatever else was written becomes nothing (dangerous elements) or its text (the rest).
"""

from __future__ import annotations

from html import escape
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
LINK_SCHEMES = frozenset({"chapter", "glossary", "sources", "home", "http", "https", "mailto"})


class _Sanitizer(HTMLParser):
    def __init__(self, image_roots: tuple[Path, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.image_roots = image_roots
        self.out: list[str] = []
        self.dropping = 0
        self.dropped: list[str] = []

    def _link_ok(self, href: str) -> bool:
        href = href.strip()
        if href.startswith("#"):
            return True
        scheme = urlparse(href).scheme.lower()
        return scheme in LINK_SCHEMES

    def _image_ok(self, src: str) -> bool:
        parsed = urlparse(src)
        if parsed.scheme != "file":
            return False
        path = Path(unquote(parsed.path)).resolve()
        return any(path.is_relative_to(root) for root in self.image_roots) and path.is_file()

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        kept = []
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on") or name not in ALLOWED_ATTRS or value is None:
                if name.startswith("on") or name == "style":
                    self.dropped.append(f"{name} attribute")
                continue
            if name == "href" and not self._link_ok(value):
                self.dropped.append(f"link {value[:60]}")
                continue
            if name == "src":
                if tag != "img" or not self._image_ok(value):
                    self.dropped.append(f"image {value[:60]}")
                    return None
            kept.append(f' {name}="{escape(value, quote=True)}"')
        return "".join(kept)

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
    parser = _Sanitizer(tuple(r.resolve() for r in image_roots))
    parser.feed(html)
    parser.close()
    return "".join(parser.out), parser.dropped
