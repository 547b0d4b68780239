"""The safety sentences marked `[@care-team]`: listed per chapter, never a fact's source.

On the `care-team` fixture book (two such sentences per language in one chapter), and on
copies of it broken one way each: a figure in a safety sentence, a document cited beside
the mark, and one language with fewer safety sentences than the other.
"""

from __future__ import annotations

import json
from pathlib import Path

from edu_app.check import main
from edu_app.check.checker import check_path
from edu_app.check.report import to_text

from .books import make_book


def _edit(content: Path, rel: str, old: str, new: str) -> None:
    path = content / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_safety_sentences_are_listed_per_chapter_and_not_findings(tmp_path: Path) -> None:
    report, _ = check_path(make_book("care-team", tmp_path), readability=False)
    assert report.findings == []
    listed = [(c.chapter, c.lang, c.file, c.line, c.text) for c in report.care_team]
    assert listed == [
        ("care", "en", "en/02-care.md", 7, "Strong treatments can have serious side effects."),
        ("care", "en", "en/02-care.md", 13, "The team watches your child closely."),
        ("care", "fr", "fr/02-care.md", 7,
         "Un traitement puissant peut avoir des effets indésirables graves."),
        ("care", "fr", "fr/02-care.md", 13, "L'équipe surveille votre enfant de près."),
    ]
    text = to_text(report)
    assert "Safety sentences sent to the care team ([@care-team]): 4" in text
    assert "care (en, en/02-care.md): 2" in text
    assert "line 13: The team watches your child closely." in text
    # the sentence before the mark, not the one holding the document's citation
    assert "Your care team looks after your child." not in text


def test_json_lists_the_safety_sentences(tmp_path: Path, capsys) -> None:
    assert main(["--content-dir", str(make_book("care-team", tmp_path)), "--format",
                 "json", "--no-readability"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == []
    assert [(c["chapter"], c["lang"], c["line"]) for c in data["care_team"]] == [
        ("care", "en", 7), ("care", "en", 13), ("care", "fr", 7), ("care", "fr", 13)]
    assert set(data["care_team"][0]) == {"chapter", "lang", "file", "line", "text"}


def test_a_book_without_the_marker_lists_none(tmp_path: Path, capsys) -> None:
    report, _ = check_path(make_book("minimal", tmp_path), readability=False)
    assert report.care_team == []
    assert "Safety sentences" not in to_text(report)


def test_a_mark_before_the_full_stop_marks_its_own_sentence(tmp_path: Path) -> None:
    content = make_book("care-team", tmp_path)
    _edit(content, "en/02-care.md", "closely. [@care-team]", "closely [@care-team].")
    report, _ = check_path(content, readability=False)
    assert ("en", 13, "The team watches your child closely.") in [
        (c.lang, c.line, c.text) for c in report.care_team]


def test_a_figure_in_a_safety_sentence_is_reported(tmp_path: Path) -> None:
    content = make_book("care-team", tmp_path)
    _edit(content, "en/02-care.md", "Strong treatments can have serious side effects.",
          "Strong treatments have serious side effects in 3 of 10 children.")
    report, _ = check_path(content, readability=False)
    found = {(f.file, f.line, f.severity, f.code) for f in report.findings}
    assert found == {("en/02-care.md", 7, "warning", "care-team-figure")}


def test_a_document_cited_beside_the_mark_is_reported(tmp_path: Path) -> None:
    content = make_book("care-team", tmp_path)
    _edit(content, "fr/02-care.md", "de près. [@care-team]", "de près. [@seed-2018] [@care-team]")
    report, _ = check_path(content, readability=False)
    found = {(f.file, f.line, f.code) for f in report.findings}
    assert found == {("fr/02-care.md", 13, "care-team-mixed")}


def test_languages_with_different_safety_sentences_are_reported(tmp_path: Path) -> None:
    content = make_book("care-team", tmp_path)
    _edit(content, "fr/02-care.md", "de près. [@care-team]", "de près.")
    report, _ = check_path(content, readability=False)
    found = {(f.file, f.code) for f in report.findings}
    assert found == {("en/02-care.md", "care-team-parity"), ("fr/02-care.md", "care-team-parity")}
    assert len([c for c in report.care_team if c.lang == "fr"]) == 1
