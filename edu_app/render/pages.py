"""Book -> HTML pages (chapter, home, sources) for the screen and for print.

Markdown does the text, our extensions the guide's conventions, the sanitizer the
trust boundary, and Jinja2 (autoescaped) the page around it. No Qt: the handout,
the search index and the content checker call the same functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..content.model import Book, Chapter, Lang, Source
from ..content.paths import default_assets_dir
from .source_text import source_authors, source_details
from .strings import format_date, t

MARKDOWN_EXTENSIONS = ["attr_list", "toc", "tables", "sane_lists", "admonition"]
# What an inline pattern cannot match without (Python-Markdown's, and our citations).
# Markdown tries every pattern on every piece of text; a page leaves out those its text
# cannot use: a sixth of a chapter's rendering, for the same output (tested). Emphasis is
# left alone: which delimiters it takes depends on the Markdown version.
INLINE_NEEDS = {
    "backtick": "`", "escape": "\\", "reference": "[", "link": "[", "image_link": "![",
    "image_reference": "![", "short_reference": "[", "short_image_ref": "![",
    "autolink": "<", "automail": "<", "linebreak": "  \n", "html": "<", "entity": "&",
    "citation": "[@",
}


@lru_cache(maxsize=1)
def _env():  # a jinja2.Environment, imported lazily
    # Jinja2 is imported on first use, after the first page: start-up time matters.
    from jinja2 import Environment, PackageLoader, select_autoescape

    from .sanitize import DOTTED_UNDERLINE

    env = Environment(loader=PackageLoader("edu_app.render", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["t"] = t
    env.globals["dotted"] = DOTTED_UNDERLINE  # the glossary marks' underline (sanitize.py)
    env.filters["date"] = format_date
    env.filters["keep_terms_whole"] = _keep_terms_whole
    return env


def _keep_terms_whole(html) -> object:  # markupsafe.Markup in, Markup out
    from markupsafe import Markup

    from .keep_whole import keep_terms_whole

    return Markup(keep_terms_whole(str(html)))


@dataclass(frozen=True)
class PageStyle:
    """How a page looks: text scale (zoom, large print), a theme's extra CSS, and whether
    every occurrence of a glossary word is marked (not only the first in each section)."""

    scale: float = 1.0
    theme_css: str = ""
    mark_all_terms: bool = False
    theme: str = "light"  # the drawn map's colours: light | dark | contrast | print


PT_RE = re.compile(r"(\d+(?:\.\d+)?)pt")


@lru_cache(maxsize=4)
def _base_css(assets: Path) -> str:
    from ..content.reading import MAX_CHAPTER_BYTES, read_regular

    for folder in (assets, default_assets_dir()):
        try:  # a regular file only: a pipe named style.css would block the start
            data = read_regular(folder / "style.css", MAX_CHAPTER_BYTES)
        except OSError:
            continue
        if len(data) <= MAX_CHAPTER_BYTES:
            return data.decode("utf-8", errors="replace")
    return ""


@lru_cache(maxsize=32)
def style_sheet(assets: Path, style: PageStyle = PageStyle()) -> str:
    """The style sheet with every point size scaled.

    Qt's CSS has no relative units that follow the zoom, so zoom and large print both
    scale the sizes here: one mechanism for the screen and for paper.
    """
    css = _base_css(assets) + style.theme_css
    if style.scale == 1.0:
        return css
    return PT_RE.sub(lambda m: f"{float(m.group(1)) * style.scale:.1f}pt", css)


@dataclass
class RenderedChapter:
    """A chapter's HTML plus what the UI and the checker want to know about it."""

    html: str
    chapter: Chapter | None
    fallback: bool = False
    cited: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # glossary term ids, first use first


def image_roots(book: Book) -> tuple[Path, ...]:
    """The only folders pictures may come from: the book's assets, the clinic's pictures,
    then the shipped ones."""
    roots = [book.assets / "images", default_assets_dir() / "images"]
    if book.clinic is not None:
        roots.insert(1, book.clinic.root / "images")
    return tuple(dict.fromkeys(r.resolve() for r in roots if r.is_dir()))


def picture_resolver(book: Book, lang: str, roots: tuple[Path, ...] | None = None):
    """Find a picture by bare name, language folder first; never outside the image roots
    (`image_roots(book)`, unless the caller has them already)."""
    roots = image_roots(book) if roots is None else roots

    def resolve(name: str) -> Path | None:
        if not name or "/" in name or "\\" in name or name.startswith(".") or ":" in name:
            return None
        for root in roots:
            for candidate in (root / lang / name, root / name):
                if candidate.is_file() and candidate.resolve().is_relative_to(root):
                    return candidate.resolve()
        return None

    return resolve


def describe_source(source: Source | None, lang: str) -> str:
    """One line naming a source: authors or venue, year, title."""
    if source is None:
        return ""
    if source.is_care_team:
        return t(lang, "care_team_title")
    who = source_authors(source, lang)
    year = source.date[:4]
    return f"{who} ({year}). {source.title}"


def markdown_to_html(book: Book, body: str, lang: str, extra_extensions: tuple = (),
                     theme: str = "light", text_scale: float = 1.0
                     ) -> tuple[str, list[str], list[str]]:
    """Render a Markdown body: (safe HTML, cited source ids in order, what was dropped).

    `theme` colours the centres map (`[[centres-map]]`); print passes "print".
    `text_scale` is the page's zoom, which the map's words follow.
    """
    # Imported here, not at the top: the home page, shown first, needs no Markdown.
    import markdown

    from .centres import CentresListProcessor, clinic_label
    from .markdown_ext import GuideExtension, SanitizeProcessor
    from .sanitize import sanitize

    cited: list[str] = []
    dropped: list[str] = []
    drawn: set[str] = set()  # pictures drawn here (the map): the sanitizer keeps them
    roots = image_roots(book)
    md = markdown.Markdown(
        extensions=[*MARKDOWN_EXTENSIONS,
                    GuideExtension(cited, lambda s: describe_source(book.sources.get(s), lang),
                                   picture_resolver(book, lang, roots),
                                   book.care_team_ids, t(lang, "care_team_mark"),
                                   clinic_label(book, lang)),
                    *extra_extensions],
        extension_configs={"toc": {"permalink": False}},
    )
    md.treeprocessors.register(CentresListProcessor(md, book, lang, theme, drawn, text_scale),
                               "centres-list", 7)
    md.treeprocessors.register(SanitizeProcessor(md, roots, dropped, drawn), "sanitize",
                               SanitizeProcessor.PRIORITY)
    from .limits import bound

    bounded = bound(body)  # hostile markup shown as plain text: rendering stays bounded
    body, defused = defuse_brackets(bounded.body)
    for name, needed in INLINE_NEEDS.items():
        if needed not in body:
            md.inlinePatterns.deregister(name, strict=False)
    try:
        html = md.convert(body)
    except RecursionError:  # lists or quotes nested hundreds deep: keep the words, not a crash
        from html import escape

        raw = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n") if p.strip())
        html, dropped = sanitize(raw, roots)
        return bounded.restore(html), cited, ["nesting too deep to lay out", *dropped]
    if md.htmlStash.rawHtmlBlocks:  # raw HTML (or an entity) went around the tree
        html, more = sanitize(html, roots, drawn)
        dropped.extend(more)
    if defused:
        dropped = [f"{defused} paragraph(s) with too many brackets shown as plain text", *dropped]
    dropped = [message for _, _, message in bounded.notes] + dropped
    return bounded.restore(html), cited, dropped


MAX_BRACKETS_PER_BLOCK = 500
BLOCK_SPLIT_RE = re.compile(r"(\n[ \t]*\n)")


def defuse_brackets(body: str) -> tuple[str, int]:
    """Escape `[` and `]` in any paragraph holding hundreds of them.

    Python-Markdown's link parser is quadratic in unclosed brackets: 80 KB of `[a](`
    takes over a minute and would freeze the reader. No real paragraph needs more than
    a few dozen (links and citations); past the limit the brackets become plain text.
    """
    if body.count("[") <= MAX_BRACKETS_PER_BLOCK:
        return body, 0
    parts = BLOCK_SPLIT_RE.split(body)
    defused = 0
    for i, part in enumerate(parts):
        if part.count("[") > MAX_BRACKETS_PER_BLOCK:
            parts[i] = part.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            defused += 1
    return "".join(parts), defused


def render_chapter(book: Book, chapter_id: str, lang: Lang, style: PageStyle = PageStyle(),
                   extra_extensions: tuple = ()) -> RenderedChapter:
    """The chapter page, with a banner when shown in the other language; glossary words
    are links (`glossary:id`). Paper has its own composer (`handout.compose`)."""
    chapter, fallback = book.chapter(chapter_id, lang)
    return _render_page(book, chapter, fallback, lang, style, extra_extensions)


def essentials_html(book: Book, lang: Lang, style: PageStyle = PageStyle()) -> str:
    """"The essentials on one page" on screen, with how to print it (Ctrl+P)."""
    chapter = book.essentials.get(lang)
    fallback = chapter is None
    if chapter is None:
        chapter = next(iter(book.essentials.values()), None)
    return _render_page(book, chapter, fallback, lang, style, (),
                        t(lang, "essentials_print_hint")).html


def _render_page(book: Book, chapter: Chapter | None, fallback: bool, lang: Lang,
                 style: PageStyle, extra_extensions: tuple = (),
                 hint: str = "") -> RenderedChapter:
    if chapter is None:
        page = _env().get_template("message.html").render(
            lang=lang, css=style_sheet(book.assets, style),
            message=t(lang, "unknown_chapter"))
        return RenderedChapter(page, None)
    terms: list[str] = []
    if chapter.error:
        body, cited, dropped = "", [], []
    else:
        from .glossary_ext import GlossaryExtension

        marker = GlossaryExtension(book, chapter.lang, mark_all=style.mark_all_terms,
                                   found=terms)
        body, cited, dropped = markdown_to_html(book, chapter.body, chapter.lang,
                                                (*extra_extensions, marker), style.theme,
                                                style.scale)
    page = _env().get_template("chapter.html").render(
        lang=lang, text_lang=chapter.lang, chapter=chapter, body=body, fallback=fallback,
        sources=[(sid, book.sources[sid]) for sid in cited
                 if sid in book.sources and not book.sources[sid].is_care_team],
        care_team=any(sid in book.care_team_ids for sid in cited),  # the footer's note
        describe=describe_source, css=style_sheet(book.assets, style), hint=hint)
    return RenderedChapter(page, chapter, fallback, cited, dropped, terms)


def notice_html(book: Book, lang: Lang, style: PageStyle, key: str, title: str = "",
                error: bool = True) -> str:
    """A page holding one of the renderer's sentences (`key` in strings.py) under a
    chapter's title: "being prepared", "too long to show"."""
    return _env().get_template("message.html").render(
        lang=lang, css=style_sheet(book.assets, style), message=t(lang, key), title=title,
        error=error)


def chapter_html(book: Book, chapter_id: str, lang: Lang) -> str:
    """The chapter as a full HTML page (the public entry point named in the design)."""
    return render_chapter(book, chapter_id, lang).html


def home_html(book: Book, lang: Lang, style: PageStyle = PageStyle()) -> str:
    """Title, a short "how to use", the essentials for a first read, each chapter with its
    one-line summary, and the chapters for children as their own entry."""
    entries = []
    for cid in book.order:
        chapter, _ = book.chapter(cid, lang)
        if chapter is not None:
            entries.append(chapter)
    essentials = book.essentials.get(lang) or next(iter(book.essentials.values()), None)
    return _env().get_template("home.html").render(
        lang=lang, book=book, chapters=[c for c in entries if not c.for_children],
        children=[c for c in entries if c.for_children], essentials=essentials,
        css=style_sheet(book.assets, style))


def sources_html(book: Book, lang: Lang, style: PageStyle = PageStyle()) -> str:
    """Every source with its authors, titles, venue, date and language."""
    return _env().get_template("sources.html").render(
        lang=lang, book=book, sources=book.documents, details=source_details,
        care_team=[s for s in book.sources.values() if s.is_care_team],
        css=style_sheet(book.assets, style))
