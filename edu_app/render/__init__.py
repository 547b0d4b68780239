"""Book -> HTML, in plain Python: shared by the window, the handout and the checker."""

from .pages import (
    PageStyle,
    RenderedChapter,
    chapter_html,
    home_html,
    markdown_to_html,
    render_chapter,
    sources_html,
)
from .strings import format_date, t

__all__ = [
    "PageStyle", "RenderedChapter", "chapter_html", "format_date", "home_html",
    "markdown_to_html", "render_chapter", "sources_html", "t",
]

