"""Qt widgets: the window and its parts. Imports Qt; nothing below it does.

`MainWindow` is imported on first use, so that `edu_app.ui.settings` (read by the
handout command line) does not load every widget module.
"""

from .settings import Settings

__all__ = ["MainWindow", "Settings"]


def __getattr__(name: str):  # noqa: ANN202 - the lazily imported window class
    if name == "MainWindow":
        from .window import MainWindow

        return MainWindow
    raise AttributeError(name)
