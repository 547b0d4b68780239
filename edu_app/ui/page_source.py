"""Turns the reader's internal addresses into HTML, in the current language and style.

Addresses are language-neutral (`chapter:car-t#steps`, `home:`, `sources:#id`), so the
history and the saved place survive a language switch; this object decides the words.
Features add their own pages (the glossary's A–Z, the centres list) with `register()`.
A chapter too big to render on the GUI thread is rendered in the background
(background_pages.py): meanwhile its address gives a page saying it is being prepared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl

from ..content.model import Book, Lang
from ..render import PageStyle, home_html, render_chapter, sources_html
from ..render.pages import essentials_html
from ..render.worker import is_big
from .background_pages import BackgroundPages

PageMaker = Callable[[Book, str, Lang, PageStyle], str]
Locator = Callable[[QUrl, Lang], QUrl]


def _clinic_html(book: Book, lang: Lang, style: PageStyle) -> str:
    """The "Your clinic" page (its renderer is imported on first use)."""
    from ..render.clinic_page import clinic_html

    return clinic_html(book, lang, style)


def page_of(url: QUrl) -> QUrl:
    """The address without its section: what identifies a page."""
    return QUrl(f"{url.scheme()}:{url.path()}")


class PageSource:
    def __init__(self, book: Book, lang: Lang = "fr", style: PageStyle = PageStyle()) -> None:
        self.book = book
        self.lang: Lang = lang
        self.style = style
        self._makers: dict[str, PageMaker] = {
            "home": lambda b, _path, lang, style: home_html(b, lang, style),
            "sources": lambda b, _path, lang, style: sources_html(b, lang, style),
            "essentials": lambda b, _path, lang, style: essentials_html(b, lang, style),
            "chapter": lambda b, path, lang, style: render_chapter(b, path, lang, style).html,
            "clinic": lambda b, _path, lang, style: _clinic_html(b, lang, style),
        }
        self._cache: dict[tuple, str] = {}
        self._locators: dict[str, Locator] = {}
        self.background = BackgroundPages(book, self._cache.__setitem__)

    def register(self, scheme: str, maker: PageMaker, locate: Locator | None = None) -> None:
        """Serve `scheme:` addresses with `maker(book, path, lang, style)`; `locate(url,
        lang)`, if given, names the page an address lands on (a paged glossary:
        `terms:#word` is on the page of that word)."""
        self._makers[scheme] = maker
        if locate is not None:
            self._locators[scheme] = locate
        self._cache.clear()

    def locate(self, url: QUrl) -> QUrl:
        """The address `url` means in the current language: itself, unless its page's
        maker says on which page its section is."""
        locator = self._locators.get(url.scheme())
        return QUrl(url) if locator is None else locator(url, self.lang)

    def handles(self, url: QUrl) -> bool:
        return url.scheme() in self._makers

    def set_style(self, style: PageStyle) -> None:
        if style != self.style:
            self.style = style
            self._cache.clear()
            self.background.stop()  # pages in the old style are not wanted any more

    def invalidate(self) -> None:
        """Forget rendered pages, e.g. when a setting changes what a page contains."""
        self._cache.clear()
        self.background.stop()  # its child holds a copy of the book as it was

    def key(self, url: QUrl, lang: Lang | None = None) -> tuple:
        """What a page's HTML depends on; also the start-up cache's key."""
        return (url.scheme(), url.path(), lang or self.lang, self.style)

    def warm(self, url: QUrl, lang: Lang) -> None:
        """Render `url` in `lang` ahead of time, so switching language finds it ready."""
        key = self.key(url, lang)
        if not self.handles(url) or key in self._cache:
            return
        if self._big(url, lang):
            if not self.background.pending(key):
                self.background.request(key, url, lang, self.style, now=False)
            return
        self._cache[key] = self._makers[url.scheme()](self.book, url.path(), lang, self.style)

    def is_ready(self, url: QUrl, lang: Lang) -> bool:
        """Whether `url` in `lang` is rendered already (warmed or seen)."""
        return self.key(url, lang) in self._cache

    def preload(self, url: QUrl, html: str) -> None:
        self._cache[self.key(url)] = html

    def html(self, url: QUrl) -> str:
        """The page at `url`; for a big chapter not yet ready, the page saying that it
        is being prepared (the view is told by `background.pageReady`)."""
        key = self.key(url)
        if key not in self._cache:
            if self._big(url, self.lang):
                return self.background.request(key, url, self.lang, self.style)
            maker = self._makers[url.scheme()]
            self._cache[key] = maker(self.book, url.path(), self.lang, self.style)
        return self._cache[key]

    def _big(self, url: QUrl, lang: Lang) -> bool:
        return url.scheme() == "chapter" and is_big(self.book, url.path(), lang)

    def chapter_title(self, url: QUrl) -> str:
        if url.scheme() != "chapter":
            return ""
        chapter, _ = self.book.chapter(url.path(), self.lang)
        return chapter.title if chapter else ""
