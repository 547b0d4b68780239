"""What the window may touch before its first paint, so the guide opens fast.

PySide6 makes a Qt class's Python enums the first time Python touches the class. For the
`Qt` namespace that is 93 enums with about 1,200 members, a large share of a start (the
README's performance section has the figures); `QStyle` and `QAccessible` cost less but
count. So, until the first page is on screen, the window never touches them (ruff's
banned-api rule in pyproject.toml refuses a real `Qt` or `QStyle` import in app code):

- modules import `Qt` from here: a stand-in that loads the real namespace on first use,
  which the start-up path never makes;
- enum-typed properties are set through Qt's property system with the plain values
  below (`set_enum`), which Qt converts itself;
- toolbar pictures are our own files (`icon()`), not the style's standard pixmaps;
- an overload that could take a `Qt` enum (`QAction.setShortcut`) is avoided for one that
  cannot (`setShortcuts`).

Shortly after the first paint the window checks its layout with `Qt` (`ui/startup.py`),
which makes the namespace in idle time: the first key a reader presses does not pay.
`tests/ui/test_first_frame.py` holds all this: the values equal Qt's own, and a real
start paints its first page with `Qt` still unmade.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from ..content.paths import default_assets_dir

if TYPE_CHECKING:
    from PySide6.QtCore import Qt  # noqa: TID251 - for type checkers only
else:
    class _LazyQt:
        """`PySide6.QtCore.Qt`, made the first time one of its members is asked for."""

        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as real  # noqa: TID251 - the one real import

            return getattr(real, name)

    Qt = _LazyQt()

log = logging.getLogger(__name__)

# Qt's values for the enums the first frame sets (checked against Qt in the tests).
TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
SCROLL_BAR_ALWAYS_ON = 2  # Qt.ScrollBarPolicy.ScrollBarAlwaysOn
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
USER_ROLE = 256  # Qt.ItemDataRole.UserRole


def set_enum(widget: QObject, prop: str, value: int) -> None:
    """Set the enum-typed Qt property `prop` from its plain value."""
    if not widget.setProperty(prop, value):
        log.warning("%s has no property %s", type(widget).__name__, prop)


def icon(name: str) -> QIcon:
    """A toolbar picture from `assets/icons/` (drawn for this guide); empty if missing.

    PNG, drawn from the SVG beside it by tools/icons.py, with an `@2x` file (48 px) that
    serves high-density screens and large text (Qt loads it by itself only on the former):
    an SVG would load Qt's SVG engine before the paint.
    """
    path = Path(default_assets_dir()) / "icons" / f"{name}.png"
    if not path.is_file():
        return QIcon()
    picture = QIcon(str(path))
    large = path.with_name(f"{name}@2x.png")
    if large.is_file():  # also as its own size, for toolbars at twice the text size
        picture.addFile(str(large))
    return picture

