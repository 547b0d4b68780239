"""`edu-app check` on a clinic's layer: its problems at their lines, said to be the clinic's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from edu_app.check.checker import check_path, main
from edu_app.check.clinic_rules import looks_like_phone
from edu_app.check.report import to_text

from .test_clinic_layer import BOOK, CLINIC


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(BOOK.parent, tmp_path / "book")  # content/ and its assets/
    shutil.copytree(CLINIC, tmp_path / "book" / "clinic")
    return tmp_path / "book" / "content", tmp_path / "book" / "clinic"


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").split("\n"), 1)
                if text in line)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_layer_is_clean(layout):
    report, _ = check_path(*layout[:1], readability=False, clinic_dir=layout[1])
    assert [f for f in report.findings if f.severity == "error"] == []


def test_a_bad_phone_and_a_centre_off_the_map_at_their_lines(layout):
    content, clinic = layout
    centres, details = clinic / "centres.toml", clinic / "clinic.toml"
    edit(centres, 'phone = "04 72 00 00 00"', 'phone = "04 72 OO 00 00"')
    edit(centres, "lat = 45.76", "lat = 4.576")  # a slipped decimal point: in the sea
    edit(details, 'number = "02 47 00 00 99"', 'number = "night: ask the desk"')
    report, _ = check_path(content, readability=False, clinic_dir=clinic)
    found = {(f.file, f.line, f.code, f.layer) for f in report.findings}
    assert ("clinic/centres.toml", line_of(centres, "04 72 OO"), "bad-phone", "clinic") in found
    assert ("clinic/centres.toml", line_of(centres, "lat = 4.576"), "outside-map",
            "clinic") in found
    assert ("clinic/clinic.toml", line_of(details, "night: ask"), "bad-phone",
            "clinic") in found
    assert report.exit_code == 1
    text = to_text(report)
    assert text.index("In the clinic's own files") < text.index("clinic/centres.toml")


def test_the_json_report_says_whose_file_it_is(layout, capsys):
    content, clinic = layout
    edit(clinic / "centres.toml", 'source = "clinic"', 'source = ""')
    code = main(["--content-dir", str(content), "--clinic-dir", str(clinic), "--format",
                 "json", "--no-readability"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["clinic"] == str(clinic)
    [empty] = [f for f in data["findings"] if f["code"] == "unknown-source"]
    assert empty["layer"] == "clinic" and "has no source" in empty["message"]
    assert empty["line"] == line_of(clinic / "centres.toml", "[exemple-tours]")


def test_both_languages_are_checked_in_the_clinics_files(layout):
    content, clinic = layout
    edit(clinic / "clinic.toml", 'label.en = "At night and in an emergency"\n', "")
    (clinic / "en" / "10-our-ward.md").unlink()
    edit(clinic / "centres.toml", 'en = "Our ward, where your child is looked after."\n', "")
    report, _ = check_path(content, readability=False, clinic_dir=clinic)
    missing = {f.file for f in report.findings if f.code == "missing-translation"}
    assert missing == {"clinic/clinic.toml", "clinic/fr/10-our-ward.md", "clinic/centres.toml"}


def test_the_clinic_source_is_the_clinics_only(layout):
    content, clinic = layout
    (content / "centres.toml").write_text(
        '[lab]\nname = "Lab"\nroles = ["research"]\nsource = "clinic"\n'
        '[lab.description]\nen = "A lab."\nfr = "Un labo."\n'
        '[blank]\nname = "Blank"\nsource = ""\n'
        '[blank.description]\nen = "B."\nfr = "B."\n', encoding="utf-8")
    edit(content / "en" / "02-care.md", "You can ask them anything.",
         "You can ask them anything. [@clinic]")
    report, _ = check_path(content, readability=False, clinic_dir=None)
    sources = {(f.file, f.line) for f in report.findings if f.code == "unknown-source"}
    assert sources == {("centres.toml", 1), ("centres.toml", 8), ("en/02-care.md", 7)}
    assert all(f.layer == "book" for f in report.findings)


def test_a_clinic_chapter_may_not_take_a_book_chapters_id(layout):
    content, clinic = layout
    for lang in ("en", "fr"):
        edit(clinic / lang / "10-our-ward.md", 'id = "our-ward"', 'id = "care"')
    report, book = check_path(content, readability=False, clinic_dir=clinic)
    assert {f.code for f in report.findings if f.layer == "clinic"} == {"duplicate-id"}
    assert book.chapters["care"]["en"].layer == "book"


@pytest.mark.parametrize("number, ok", [
    ("02 47 00 00 01", True), ("+33 2 47 00 00 01", True), ("15", True), ("112", True),
    ("02.47.00.00.01", True), ("(555) 010-2030", True), ("0247", True),
    ("02 47 OO 00 01", False), ("call the desk", False), ("12345", False), ("", False),
    ("+", False), ("02 47 00 00 01 00 00 00 00", False),
])
def test_what_looks_like_a_phone_number(number, ok):
    assert looks_like_phone(number) is ok


def test_marker_lines_are_data_not_sentences():
    from edu_app.check.readability import score_markdown

    plain = score_markdown("One short line here.\n", "en", 1)
    marked = score_markdown("One short line here.\n\n[[centres-map]]\n\n[[clinic-note]]\n",
                            "en", 1)
    assert (marked.sentences, marked.words) == (plain.sentences, plain.words) == (1, 4)
