"""Qt widgets: the reader model, the window shell and the features that plug into it.

`reader.py` holds what the person reading has chosen, `shell.py` the menus, toolbars and
docks, `window.py` wires them, and each feature lives in `features/<name>.py`. Qt
services without widgets (settings, fonts, translations) are in `edu_app.qt`.
"""

from .window import MainWindow

__all__ = ["MainWindow"]
