"""The app as a screen reader reads it: over the real AT-SPI bus, read with pyatspi.

The app runs under Xvfb in a D-Bus session of its own with at-spi2-core's accessibility
bus; `atspi_reader.py` (the system's python3, where pyatspi lives) reads its tree and
presses and types as a reader's user would. On a fixture book, in French and English.
"""

from __future__ import annotations

import re

import pytest

from tests.a11y.session import Desktop, RunningApp, missing_parts
from tests.check.books import make_book

MISSING = missing_parts()
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")

CHAPTER = {"en": "Welcome", "fr": "Bienvenue"}
HEADING = {"en": "What is a T-cell?", "fr": "Qu'est-ce qu'un lymphocyte T ?"}
LINK = {"en": "the care chapter", "fr": "le chapitre sur les soins"}
WORD = {"en": "T-cell", "fr": "lymphocyte T"}
GLOSSARY_WORD = {"en": "Glossary word: ", "fr": "Mot du glossaire\u00a0: "}
DEFINITION = {"en": "A T-cell is a white blood cell. It finds and kills sick cells.",
              "fr": "Un lymphocyte T est un globule blanc. Il trouve et tue les cellules "
                    "malades."}
OTHER = {"en": "lymphocyte T", "fr": "T-cell"}
CONTROLS = {"push button", "check box", "text", "toggle button", "combo box", "menu item",
            "radio button", "tree", "table cell", "list item", "page tab", "slider",
            "spin button", "tool bar", "menu bar", "status bar", "label", "panel",
            "document frame", "heading", "link", "frame", "dialog"}


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    desk = Desktop(tmp_path_factory.mktemp("desktop")).start()
    yield desk
    desk.stop()


@pytest.fixture(scope="module", params=["en", "fr"])
def app(request, desktop, tmp_path_factory):
    content = make_book("minimal", tmp_path_factory.mktemp("book"))
    running = RunningApp(desktop, content, request.param)
    running.lang = request.param
    home = running.wait_for(lambda nodes: any(n["role"] == "document frame" for n in nodes))
    link = next(n for n in home if n["role"] == "link" and n["name"] == CHAPTER[running.lang])
    running.read("do", link["path"], "Press")
    running.wait_for(lambda nodes: document(nodes)["name"] == CHAPTER[running.lang])
    yield running
    running.quit()


def document(nodes: list[dict]) -> dict:
    return next(n for n in nodes if n["role"] == "document frame")


def children(nodes: list[dict], parent: dict) -> list[dict]:
    depth = parent["path"].count(".") + 1
    return [n for n in nodes if n["path"].startswith(parent["path"] + ".")
            and n["path"].count(".") == depth]


def test_the_chapter_is_a_document_with_headings_links_and_glossary_words(app):
    nodes = app.tree()
    doc = document(nodes)
    lang = app.lang
    assert doc["name"] == CHAPTER[lang] and "Text" in doc["interfaces"]
    assert "[1]" not in doc["text"] and HEADING[lang] in doc["text"]
    parts = children(nodes, doc)
    headings = [(n["name"], n["attributes"].get("level")) for n in parts if n["role"] == "heading"]
    assert headings[:2] == [(CHAPTER[lang], "1"), (HEADING[lang], "2")]
    links = {n["name"]: n for n in parts if n["role"] == "link"}
    assert LINK[lang] in links and "Press" in links[LINK[lang]]["actions"]
    assert "source 1" in links  # the citation mark, read as a word
    word = links[WORD[lang]]
    assert word["description"].startswith(GLOSSARY_WORD[lang])
    assert "Press" in word["actions"]


def test_h_moves_the_caret_to_the_next_heading(app):
    doc = document(app.tree())
    app.read("do", doc["path"], "SetFocus")
    before = document(app.tree())
    assert "focused" in before["states"]
    after = app.read("keys", "2", "Home", "h", "tree")[1]
    doc = document(after)
    heading = doc["text"].index(HEADING[app.lang])
    assert doc["caret"] in (heading, heading + len(HEADING[app.lang]))


def test_enter_on_a_glossary_word_opens_the_pop_up_a_reader_can_read(app):
    nodes = app.tree()
    word = next(n for n in children(nodes, document(nodes)) if n["name"] == WORD[app.lang])
    app.read("do", word["path"], "SetFocus")
    nodes = app.read("keys", "1", "Return", "wait", "0.5", "tree")[2]
    popups = [n for n in nodes if n["path"].count(".") == 0 and n["name"] == WORD[app.lang]]
    assert popups, "the pop-up is not in the accessible tree"
    popup = popups[0]
    inside = [n for n in nodes if n["path"].startswith(popup["path"] + ".")]
    texts = {n["name"] for n in inside} | {n.get("text", "") for n in inside}
    assert popup["description"] == DEFINITION[app.lang]
    assert DEFINITION[app.lang] in {n["name"] for n in inside if n["role"] == "label"}
    assert any(OTHER[app.lang] in t for t in texts)
    assert popup["role"] == "dialog"
    assert any("focused" in n["states"] for n in [popup, *inside])  # the focus is in it
    assert "focused" not in document(nodes)["states"]
    nodes = app.read("keys", "1", "Escape", "wait", "0.5", "tree")[2]
    assert not [n for n in nodes if n["path"].count(".") == 0 and n["name"] == WORD[app.lang]
                and "showing" in n["states"]]
    assert "focused" in document(nodes)["states"]


NAMES: dict[str, dict[str, tuple[str, str]]] = {}  # language -> path -> (role, name)
SAME_IN_BOTH = {"FR", "EN", "Sources", "source 1", "Notes", "Français", "English"}


def test_every_control_is_named_in_the_guide_s_language(app):
    doc = document(app.tree())
    app.read("do", doc["path"], "SetFocus")
    # The find bar open with a word in it: its result and the field's clear button show.
    nodes = app.read("keys", "5", "ctrl+f", "c", "e", "l", "l", "wait", "0.5", "tree")[2]
    shown = [n for n in nodes if n["role"] in CONTROLS and "showing" in n["states"]]
    assert any(n["role"] == "push button" and n["path"].rsplit(".", 1)[0] in
               {m["path"] for m in shown if m["role"] == "text"} for n in shown), \
        "no clear button shown"
    unnamed = [(n["role"], n["path"]) for n in shown if not n["name"].strip()]
    assert unnamed == []
    NAMES[app.lang] = {n["path"]: (n["role"], n["name"]) for n in shown}
    if app.lang == "fr" and "en" in NAMES:  # the same control, named alike in English
        english = NAMES["en"]
        same = [name for path, (role, name) in NAMES["fr"].items()
                if english.get(path) == (role, name) and role not in ("heading", "link")
                and re.search(r"[A-Za-z]{3}", name)
                and name not in SAME_IN_BOTH]
        assert same == []
    app.read("keys", "1", "Escape")
