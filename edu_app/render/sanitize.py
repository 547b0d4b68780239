"""An allow-list HTML filter: content is written by clinic staff, not trusted code.

Python-Markdown lets raw HTML through. Rather than trying to remove the bad parts, the
output is rebuilt keeping only the tags, attributes and link schemes the reader needs;
whatever else was written becomes nothing (dangerous elements) or its text (the rest).

The same rules apply in two places. `sanitize_tree` enforces them on Markdown's element
tree, which is all a page holds when its author wrote no HTML (every chapter so far):
attributes from `{: ...}`, link targets, picture sources; it is the fast path. `sanitize`
cleans written-out HTML, for pages that carry raw HTML, with `nh3` (the bindings of the
Rust sanitizer ammonia): the parsing and the allow-lists are the library's, the link,
picture and style rules ours, shared with the tree path.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Iterable
from html import unescape
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


_TAG_RE = re.compile(r"<([A-Za-z][A-Za-z0-9-]{0,40})")
_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,31}):")
_IMG_RE = re.compile(r"<img\b([^>]*)>")
_ALT_RE = re.compile(r'\balt="([^"]*)"')


def sanitize(html: str, image_roots: tuple[Path, ...] = (),
             trusted: Collection[str] = ()) -> tuple[str, list[str]]:
    """Written-out HTML made safe by `nh3` (ammonia) with the allow-lists above; returns
    the safe HTML and what was removed (the same messages as `sanitize_tree`).

    nh3 parses the HTML as a browser would and keeps only the allowed tags and
    attributes; the attribute filter applies our rules to what is left (links to our
    schemes, pictures inside the book, the one style), so every link and picture
    reaches it: the schemes written in the page are let through nh3's own scheme check
    for the filter to judge, and event attributes reach it to be reported and dropped.
    A picture that will not be loaded leaves its words, as on the tree path; `trusted`
    are the pictures the renderer drew itself (the centres map), as for `sanitize_tree`.
    """
    import nh3

    image_ok = image_checker(image_roots, trusted)
    dropped = [f"<{tag}>" for tag in (m.group(1).lower()
               for m in _TAG_RE.finditer(_COMMENT_RE.sub("", html)))
               if tag not in ALLOWED_TAGS]

    def judge(tag: str, name: str, value: str) -> str | None:
        kept = kept_attributes(tag, [(name, value)], image_ok, dropped)
        return kept[0][1] if kept else None

    schemes = LINK_SCHEMES | {"file"} | {m.lower() for m in _SCHEME_RE.findall(html)}
    cleaned = nh3.clean(
        html, tags=set(ALLOWED_TAGS), clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={"*": set(ALLOWED_ATTRS) | {"style"}}, generic_attribute_prefixes={"on"},
        url_schemes=schemes, attribute_filter=judge, link_rel=None, strip_comments=True)
    return _IMG_RE.sub(_picture_words, cleaned), dropped


def _picture_words(match: re.Match[str]) -> str:
    """An `<img>` left without its source: its words in brackets, or nothing."""
    attrs = match.group(1)
    if ' src="' in f" {attrs}":
        return match.group(0)
    alt = _ALT_RE.search(attrs)
    return f"<em>[{alt.group(1)}]</em>" if alt and alt.group(1) else ""


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
