"""Issue 13's fixes to chapters 2, 4 and 5 stay fixed: rules on the shipped book's structure.

(The rules for the whole book, the French ones included, are in test_second_edition.py.)

Each rule checks where something must be (a citation, a safety mark, a picture, a table) in
both languages, never the wording: a writer may rephrase any sentence and these still pass.
"""

from __future__ import annotations

import re

import pytest

from edu_app.content import default_content_dir, load_book
from edu_app.render.pages import picture_resolver

BOOK = load_book(default_content_dir())
LANGS = ("en", "fr")
_SECTION = re.compile(r"^#{2,3}\s.*\{#([\w-]+)\}\s*$", re.M)


def sections(cid: str, lang: str) -> dict[str, str]:
    """The chapter's text per section id; "" is the main message before the first heading."""
    body = BOOK.chapters[cid][lang].body
    parts = _SECTION.split(body)
    out = {"": parts[0]}
    for i in range(1, len(parts), 2):
        out[parts[i]] = parts[i + 1]
    return out


def cited(text: str) -> set[str]:
    return set(re.findall(r"\[@([\w-]+)\]", text))


def pictures(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]+\]\(([^)\s]+)", text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cid", ["why-new-treatments", "car-t", "results"])
def test_the_main_message_or_key_points_send_the_reader_to_the_care_team(cid, lang):
    """Finding 1 and 2: eligibility and side effects are the care team's to say."""
    parts = sections(cid, lang)
    key_points = parts[list(parts)[-1]].split("!!! keypoints", 1)[1]
    assert "care-team" in cited(key_points)
    if cid == "car-t":  # chapter 4 opens with it
        assert "care-team" in cited(parts[""])


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_4_has_a_safety_section_on_side_effects(lang):
    assert "care-team" in cited(sections("car-t", lang)["side-effects"])


# (chapter, section, source that must be cited there): finding, in the numbering
REQUIRED_CITATIONS = [
    ("car-t", "steps", "lejeune-2018"),      # minor: "in a lab" (04:22)
    ("car-t", "steps", "connexion-2018"),    # 4: the newspaper's "teach", attributed
    ("car-t", "lab", "connexion-2018"),      # 3: marks on the cancer cells, hook on the T-cell
    ("results", "who-for", "lejeune-2018"),  # 5: the Tours doctor's words, attributed
    ("results", "who-for", "connexion-2018"),  # 5: adults with lymphoma treated too
    ("results", "who-for", "care-team"),     # 1: only the care team says who can have it
    ("results", "not-known", "care-team"),   # 2: side effects never left to silence
    ("results", "figures-tours", "lejeune-2018"),
    ("results", "figures-paris", "connexion-2018"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("cid", "section", "source"), REQUIRED_CITATIONS)
def test_required_citations(cid, section, source, lang):
    assert source in cited(sections(cid, lang)[section])


@pytest.mark.parametrize("lang", LANGS)
def test_the_teach_phrase_is_not_a_numbered_step(lang):
    """Finding 4: the steps are a numbered list, and the newspaper's phrase follows it,
    in a paragraph of its own that cites the newspaper."""
    steps = sections("car-t", lang)["steps"]
    numbered = re.findall(r"^\d+\.\s.*$", steps, re.M)
    assert len(numbered) == 5
    after = steps.split(numbered[-1], 1)[1]
    assert any("connexion-2018" in cited(p) for p in after.split("\n\n") if not p.startswith("!"))


# (chapter, section, picture): finding, in the numbering
REQUIRED_PICTURES = [
    ("car-t", "steps", "car-t-steps.svg"),
    ("results", "figures-tours", "remission-tours.svg"),   # icon array beside the figure
    ("results", "figures-paris", "remission-paris.svg"),
    ("results", "with-care", "sources-timeline.svg"),
    ("why-new-treatments", "for-your-child", "sources-timeline.svg"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("cid", "section", "name"), REQUIRED_PICTURES)
def test_required_pictures_in_both_languages(cid, section, name, lang):
    assert name in pictures(sections(cid, lang)[section])
    path = picture_resolver(BOOK, lang)(name)
    assert path is not None and f"/{lang}/" in path.as_posix()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cid", ["car-t", "results"])
def test_what_we_know_table(cid, lang):
    """A two-column table, each known fact cited, in the "not known" section."""
    rows = [r for r in sections(cid, lang)["not-known"].split("\n") if r.startswith("|")]
    assert len(rows) >= 4 and set(rows[1].replace("|", "").strip()) <= set("-: ")
    for row in rows[2:]:
        known = row.strip("|").split("|")[0]
        assert known.strip() == "" or cited(known) - {"care-team"}, row


PICTURE_NAMES = sorted({name for *_, name in REQUIRED_PICTURES})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PICTURE_NAMES)
def test_pictures_are_valid_svg_tiny_with_alternative_text(qapp, name, lang):
    """Qt draws them (a qt.svg warning fails the test: qt_log_level_fail), and each has a
    title and a description in its language."""
    from PySide6.QtSvg import QSvgRenderer

    path = picture_resolver(BOOK, lang)(name)
    text = path.read_text(encoding="utf-8")
    assert f'xml:lang="{lang}"' in text
    assert re.search(r"<title>[^<]{10,}</title>", text)
    assert re.search(r"<desc>[^<]{40,}</desc>", text)
    assert "<style" not in text and "class=" not in text
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid() and not renderer.defaultSize().isEmpty()
