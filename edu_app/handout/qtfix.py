"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

With PySide6/shiboken6 6.12.0 on Python 3.11, every call of a Qt method that returns
nothing hands back `None` without counting the reference (harmless from Python 3.12,
where `None` is immortal). A few thousand such calls and the interpreter aborts at exit
with "none_dealloc: deallocating None". Printing a whole guide makes tens of thousands.

`keeps_none_alive` measures what a function lost and gives it back. It only ever adds
references to `None` (which is never freed anyway), so it cannot do harm; it is a no-op
from Python 3.12. Remove it once PySide6 is fixed or Python 3.11 is dropped.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
NEEDED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def _give_back(count: int) -> None:
    if count > 0:
        ctypes.c_ssize_t.from_address(id(None)).value += count


def keeps_none_alive(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function that makes many Qt calls."""
    if not NEEDED:
        return function

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        before = sys.getrefcount(None)
        try:
            return function(*args, **kwargs)
        finally:
            _give_back(before - sys.getrefcount(None))

    return wrapper
