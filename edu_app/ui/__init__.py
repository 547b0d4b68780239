"""Qt widgets: the window and its parts. Imports Qt; nothing below it does."""

from .settings import Settings
from .window import MainWindow

__all__ = ["MainWindow", "Settings"]
