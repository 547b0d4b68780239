"""Handouts: chosen chapters printed or saved as PDF, from the same HTML as the screen.

`compose` and `glossary` are plain Python (tested without Qt); `layout` and `pdf` turn
the composed HTML into pages with a header and a footer for preview, printer and PDF;
`cli` is `edu-app handout`. Qt is imported only by the modules that need it.
"""

from .compose import (
    ComposedHandout,
    HandoutOptions,
    UnknownChapterError,
    compose_handout,
    default_paper,
    suggested_file_name,
)

__all__ = [
    "ComposedHandout", "HandoutOptions", "UnknownChapterError", "compose_handout",
    "default_paper", "suggested_file_name",
]
