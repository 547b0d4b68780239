"""The checker on the fixture library: each kind of finding at its line, exit codes, JSON.

Authors fix what the report points at; a finding at the wrong line wastes a clinic's
afternoon. Each case below names a fixture book, a file, a line and a finding code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu_app.check import main
from edu_app.check.checker import check_path
from edu_app.check.report import JSON_FORMAT, to_text

from .books import BOOKS, make_book

EXPECTED = [
    # (book, file, line, severity, code)
    ("links", "en/01-intro.md", 11, "error", "external-link"),
    ("links", "en/01-intro.md", 12, "error", "external-link"),  # mailto:
    ("links", "en/01-intro.md", 12, "error", "file-link"),
    ("links", "en/01-intro.md", 13, "error", "broken-link"),  # unknown chapter, section
    ("links", "en/01-intro.md", 14, "error", "unknown-term"),
    ("links", "en/01-intro.md", 14, "error", "broken-link"),  # #gone
    ("links", "en/01-intro.md", 15, "error", "remote-image"),
    ("links", "en/01-intro.md", 15, "error", "image-outside-book"),
    ("links", "en/01-intro.md", 16, "error", "image-outside-book"),  # file: picture
    ("links", "en/01-intro.md", 16, "error", "missing-image"),
    ("links", "en/01-intro.md", 16, "warning", "image-alt"),
    ("links", "en/01-intro.md", 17, "error", "unknown-source"),
    ("links", "en/01-intro.md", 17, "error", "broken-link"),  # other.md
    ("links", "en/01-intro.md", 19, "error", "external-link"),  # <https://...>
    ("html", "en/02-care.md", 8, "error", "active-html"),  # <script>
    ("html", "en/02-care.md", 12, "error", "active-html"),  # onclick
    ("html", "en/02-care.md", 13, "error", "active-html"),  # <iframe>
    ("html", "en/02-care.md", 14, "info", "raw-html"),  # comment
    ("html", "en/02-care.md", 15, "error", "active-html"),  # onerror
    ("toml-types", "book.toml", 1, "error", "toml-type"),
    ("toml-types", "book.toml", 3, "error", "toml-type"),
    ("toml-types", "en/02-care.md", 3, "error", "front-matter"),  # title = 5
    ("toml-types", "en/02-care.md", 4, "error", "front-matter"),  # summary = [...]
    ("toml-types", "en/02-care.md", 5, "error", "front-matter"),  # reviewed = "soon"
    ("toml-types", "glossary.toml", 1, "error", "toml-type"),
    ("toml-syntax", "fr/01-intro.md", 4, "error", "toml"),
    ("toml-syntax", "sources.toml", 4, "error", "toml"),
    ("bad-id", "en/03-evil.md", 2, "error", "bad-id"),
    ("bad-id", "en/03-evil.md", 7, "warning", "no-keypoints"),
    ("parity", "en/01-intro.md", 7, "error", "unknown-source"),
    ("parity", "en/01-intro.md", 13, "error", "section-id"),
    ("parity", "en/01-intro.md", 13, "error", "section-mismatch"),
    ("parity", "en/01-intro.md", 15, "warning", "long-sentence"),
    ("parity", "en/01-intro.md", 17, "error", "section-id"),  # duplicate id
    ("parity", "en/01-intro.md", 20, "warning", "no-keypoints"),
    ("parity", "en/02-care.md", 9, "error", "section-mismatch"),
    ("parity", "fr/02-care.md", 9, "error", "section-mismatch"),
    ("parity", "en/03-extra.md", 0, "error", "missing-translation"),
    ("parity", "glossary.toml", 1, "error", "unknown-term"),  # related = ["ghost"]
    ("parity", "glossary.toml", 16, "error", "duplicate-form"),
    ("parity", "glossary.toml", 31, "info", "unused-term"),
    ("binary-md", "en/03-binary.md", 0, "error", "binary"),
    ("big-chapter", "en/01-intro.md", 0, "error", "too-large"),
    ("invalid-utf8", "en/02-care.md", 9, "error", "encoding"),
    ("symlinks", "en/02-care.md", 0, "error", "outside-book"),
    ("symlinks", "en/01-intro.md", 13, "error", "missing-image"),
    ("empty", "book.toml", 0, "error", "no-chapters"),
    ("deep-nesting", "fr/02-care.md", 25, "warning", "deep-nesting"),
]


@pytest.mark.parametrize(("book", "file", "line", "severity", "code"), EXPECTED)
def test_finding_at_its_line(
    tmp_path: Path, book: str, file: str, line: int, severity: str, code: str
) -> None:
    report, _ = check_path(make_book(book, tmp_path), readability=book == "parity")
    found = {(f.file, f.line, f.severity, f.code) for f in report.findings}
    assert (file, line, severity, code) in found, to_text(report, verbose=True)


def test_code_in_backticks_is_not_a_link(tmp_path: Path) -> None:
    report, _ = check_path(make_book("links", tmp_path), readability=False)
    assert not [f for f in report.findings if f.line == 18]


@pytest.mark.parametrize(
    ("book", "code"),
    [("minimal", 0), ("bom-crlf", 0), ("deep-nesting", 0), ("links", 1), ("empty", 1),
     ("no-book", 2)],
)
def test_exit_codes(tmp_path: Path, book: str, code: int, capsys: pytest.CaptureFixture) -> None:
    assert main(["--content-dir", str(make_book(book, tmp_path))]) == code
    out = capsys.readouterr().out
    assert out.strip().endswith(".")


def test_not_a_folder_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--content-dir", str(tmp_path / "nothing-here")]) == 2
    assert "not a folder" in capsys.readouterr().out


def test_clean_book_has_no_findings_and_a_readability_table(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["--content-dir", str(make_book("minimal", tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Readability" in out and "intro" in out and "0 errors, 0 warnings" in out


def test_bom_and_crlf_keep_line_numbers(tmp_path: Path) -> None:
    plain, _ = check_path(make_book("minimal", tmp_path / "a"))
    odd, _ = check_path(make_book("bom-crlf", tmp_path / "b"))
    assert [(r.chapter, r.lang, r.result.words, r.result.longest) for r in plain.readability] == [
        (r.chapter, r.lang, r.result.words, r.result.longest) for r in odd.readability
    ]


def test_json_form(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--content-dir", str(make_book("parity", tmp_path)), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == JSON_FORMAT
    assert data["exit_code"] == 1
    assert set(data["summary"]) == {"error", "warning", "info"}
    assert data["findings"], "findings expected"
    for finding in data["findings"]:
        assert set(finding) == {"file", "line", "severity", "code", "message", "layer"}
        assert finding["layer"] == "book"
        assert isinstance(finding["line"], int) and finding["severity"] in (
            "error", "warning", "info")
    row = next(r for r in data["readability"] if r["chapter"] == "intro" and r["lang"] == "en")
    assert row["file"] == "en/01-intro.md"
    assert row["long_sentences"][0]["line"] == 15
    assert row["kandel_moles"] is None and isinstance(row["fk_grade"], float)
    fr = next(r for r in data["readability"] if r["lang"] == "fr")
    assert fr["fk_grade"] is None and isinstance(fr["kandel_moles"], float)


def test_readability_warnings_over_target(tmp_path: Path) -> None:
    content = make_book("minimal", tmp_path)
    path = content / "en" / "02-care.md"
    hard = "Extraordinarily complicated immunological considerations necessitate deliberation. "
    path.write_text(path.read_text(encoding="utf-8") + "\n" + hard * 3, encoding="utf-8")
    report, _ = check_path(content)
    codes = {(f.file, f.code, f.severity) for f in report.findings}
    assert ("en/02-care.md", "readability", "warning") in codes
    assert report.exit_code == 0  # warnings do not fail the check


@pytest.mark.parametrize("book", BOOKS)
def test_every_fixture_gives_a_report(tmp_path: Path, book: str) -> None:
    report, _ = check_path(make_book(book, tmp_path))
    text = to_text(report)
    assert text.startswith("Checking")
    if book not in ("minimal", "bom-crlf", "deep-nesting", "care-team"):
        assert report.count("error"), text


TEAM_LEAD = """
[team-lead]
related = []

[team-lead.en]
term = "team leader"
forms = ["team leader"]
short = "The person in charge of the care team."
definition = "The team leader is the person in charge of the care team."

[team-lead.fr]
term = "chef d'équipe"
forms = ["chef d'équipe"]
short = "La personne qui dirige l'équipe soignante."
definition = "Le chef d'équipe dirige l'équipe soignante."
"""


def test_a_form_the_reader_marks_is_a_form_the_checker_counts(tmp_path: Path) -> None:
    """A straight apostrophe in the glossary, a typographic one in the chapter: the reader
    marks the word, so the checker must not call the term unused."""
    from edu_app.content import load_book
    from edu_app.render import render_chapter

    content = make_book("minimal", tmp_path)
    with (content / "glossary.toml").open("a", encoding="utf-8") as f:
        f.write(TEAM_LEAD)
    for lang, words in (("en", "Ask the team leader."), ("fr", "Demandez au chef d\u2019équipe.")):
        path = content / lang / "02-care.md"
        path.write_text(path.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")
    book = load_book(content)
    assert 'href="glossary:team-lead"' in render_chapter(book, "care", "fr").html
    report, _ = check_path(content)
    assert [f for f in report.findings if f.code == "unused-term"] == []


def test_loader_renderer_and_checker_agree_on_what_a_citation_is(tmp_path: Path) -> None:
    """`[@id]` is a citation; `[@id.p12]` is not (no page locators): the reader shows it
    as text, so the loader reports it where it is written."""
    from edu_app.content import load_book
    from edu_app.render import render_chapter

    content = make_book("minimal", tmp_path)
    path = content / "en" / "02-care.md"
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    path.write_text(text + "\nA fact [@seed-2018] and another [@seed-2018.p12].\n",
                    encoding="utf-8")
    book = load_book(content)
    html = render_chapter(book, "care", "en").html
    assert 'href="sources:#seed-2018"' in html and "[@seed-2018.p12]" in html
    report, _ = check_path(content)
    bad = [(f.file, f.line, f.severity) for f in report.findings if f.code == "bad-citation"]
    assert bad == [("en/02-care.md", line, "error")]
    assert not [f for f in report.findings if f.code == "unknown-source"]
