"""Every interface string has a finished French translation, and it is actually used."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from edu_app.ui.i18n import compiled_qm, ts_path


def test_no_unfinished_translation():
    tree = ET.parse(ts_path("fr"))
    unfinished = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete") \
                    or not (translation.text or "").strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []


def test_every_tr_call_is_in_the_ts_file():
    """A string added with self.tr() but not extracted by lupdate would stay English."""
    import ast
    from pathlib import Path

    import edu_app

    tree = ET.parse(ts_path("fr"))
    known = {m.findtext("source") for m in tree.getroot().iter("message")}
    missing = []
    for path in Path(edu_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in known):
                missing.append((path.name, node.args[0].value))
    assert missing == []


def test_qm_builds(qapp):
    assert compiled_qm("fr") is not None
