"""The content checker: tells authors what is broken, untranslated or too hard to read.

Kept light at import: `python -m edu_app.check.readability` and the app's Help menu import
only what they use. `main(argv)` is the `edu-app check` subcommand.
"""

from __future__ import annotations


def main(argv: list[str]) -> int:
    """Run `edu-app check`; see `edu_app.check.checker`."""
    from edu_app.check.checker import main as checker_main

    return checker_main(argv)
