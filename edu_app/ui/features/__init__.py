"""The reader's features, each in its own module with its widgets.

Every module here exposes `install(reader, shell)`: it adds its commands, toolbars and
pages through the shell (`ui/shell.py`), reads and changes only the reader model
(`ui/reader.py`), reacts to the reader's signals (language, style, place, reset), and
returns the object it installed (or None when it does not apply: no speech engine, not
a kiosk). The list below is the one place that says which features the window has and
in which order they take their places in the menus.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell

FEATURES = ("printing", "preferences", "checker", "search", "find", "glossary", "shortcuts",
            "read_aloud", "theme", "clinic", "kiosk", "interface_size")


def install_features(reader: Reader, shell: Shell) -> None:
    """Install every feature; what each returns is kept in `shell.features[name]`."""
    for name in FEATURES:
        feature = import_module(f"{__name__}.{name}").install(reader, shell)
        if feature is not None:
            shell.features[name] = feature
