"""A chapter for children has stricter targets; the essentials have the shape their page needs.

Built on the minimal fixture book with small texts written here, never the shipped guide.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu_app.check.checker import check_path, main
from edu_app.check.readability import (
    CHILDREN_TARGETS,
    FAMILY_TARGETS,
)
from edu_app.check.readability import (
    main as readability_main,
)
from edu_app.content import load_book
from tests.check.books import make_book

# Twelve short words a sentence: fine for parents (14 or fewer), too long for a child (10).
PARENT_PROSE = (
    "The doctors take a few cells from the blood to look at. "
    "They keep the cells in a cold box for a short time. "
)
CHILD_PROSE = "Your body has guard cells. They keep you well. You can ask us. "


def _chapter(lang: str, body: str, audience: str | None) -> str:
    line = f'audience = "{audience}"\n' if audience else ""
    title = "For you" if lang == "en" else "Pour toi"
    return (f'+++\nid = "kids"\ntitle = "{title}"\nsummary = "x"\n{line}'
            f"reviewed = 2026-01-01\n+++\n{body}\n\n## Part {{#part}}\n\n{body}\n\n"
            f'!!! keypoints "Key points"\n    - {body.split(".")[0]}.\n')


def _book(tmp_path: Path, body: str, audience: str | None) -> Path:
    content = make_book("minimal", tmp_path)
    for lang in ("en", "fr"):
        (content / lang / "03-kids.md").write_text(_chapter(lang, body, audience),
                                                   encoding="utf-8")
    toml = content / "book.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        '"care"]', '"care", "kids"]'), encoding="utf-8")
    return content


def _codes(content: Path, chapter_file: str) -> set[str]:
    report, _ = check_path(content)
    return {f.code for f in report.findings if f.file.endswith(chapter_file)}


def test_the_front_matter_says_who_a_chapter_is_for(tmp_path: Path) -> None:
    book = load_book(_book(tmp_path, CHILD_PROSE, "children"))
    assert book.chapters["kids"]["en"].for_children
    assert not book.chapters["intro"]["en"].for_children
    assert book.chapters["intro"]["en"].audience == "families"


def test_an_unknown_audience_is_an_error_at_its_line(tmp_path: Path) -> None:
    content = _book(tmp_path, CHILD_PROSE, "teenagers")
    report, _ = check_path(content)
    wrong = [f for f in report.findings if f.file == "en/03-kids.md" and "audience" in f.message]
    assert wrong and wrong[0].line == 5 and wrong[0].severity == "error"


def test_parent_prose_passes_for_families_and_fails_for_children(tmp_path: Path) -> None:
    assert "sentence-length" not in _codes(_book(tmp_path / "a", PARENT_PROSE, None),
                                           "03-kids.md")
    codes = _codes(_book(tmp_path / "b", PARENT_PROSE, "children"), "03-kids.md")
    assert "sentence-length" in codes


def test_children_targets_in_the_report_and_the_json(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    content = _book(tmp_path, CHILD_PROSE, "children")
    report, _ = check_path(content)
    kids = [r for r in report.readability if r.chapter == "kids"]
    assert {r.result.targets for r in kids} == {CHILDREN_TARGETS}
    assert {r.result.targets for r in report.readability if r.chapter == "intro"} == {
        FAMILY_TARGETS}
    main(["--content-dir", str(content), "--format", "json"])
    rows = json.loads(capsys.readouterr().out)["readability"]
    kid_rows = [r for r in rows if r["chapter"] == "kids"]
    assert kid_rows and all(r["audience"] == "children" for r in kid_rows)
    assert all(r["targets"]["sentence_words_max"] == 15 for r in kid_rows)


def test_a_sentence_of_sixteen_words_is_too_long_for_a_child(tmp_path: Path) -> None:
    sixteen = "We " + " ".join(["go"] * 14) + " home. "
    for audience, too_long in ((None, False), ("children", True)):
        content = _book(tmp_path / str(audience), sixteen + CHILD_PROSE, audience)
        assert ("long-sentence" in _codes(content, "en/03-kids.md")) is too_long


def test_the_writers_cli_reads_the_audience(tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    content = _book(tmp_path, PARENT_PROSE, "children")
    assert readability_main([str(content / "en" / "03-kids.md")]) == 1
    assert "for children" in capsys.readouterr().out
    content = _book(tmp_path / "b", PARENT_PROSE, None)
    assert readability_main([str(content / "en" / "03-kids.md")]) == 0


ESSENTIALS = {
    "en": ("CAR T-cell therapy uses a child's own cells. [@seed-2018]\n\n"
           "## If your child has it {#steps}\n\n1. One.\n2. Two.\n\n"
           "## Who it was for in 2018 {#who-2018}\n\nSome children. [@seed-2018]\n\n"
           "## The figures {#figures}\n\nA small group. [@seed-2018]\n\n"
           "## What the sources do not say {#not-known}\n\nSide effects.\n\n"
           "## Questions {#questions}\n\n- A?\n- B?\n- C?\n- D?\n- E?\n"),
}
ESSENTIALS["fr"] = ESSENTIALS["en"]


def _essentials_book(tmp_path: Path, texts: dict[str, str]) -> Path:
    content = make_book("minimal", tmp_path)
    for lang, body in texts.items():
        (content / lang / "essentials.md").write_text(
            f'+++\nid = "essentials"\ntitle = "Essentials"\nsummary = "x"\n'
            f"reviewed = 2026-01-01\n+++\n{body}", encoding="utf-8")
    return content


def test_the_essentials_are_not_a_chapter_and_a_clean_pair_has_no_finding(
        tmp_path: Path) -> None:
    content = _essentials_book(tmp_path, ESSENTIALS)
    book = load_book(content)
    assert "essentials" not in book.chapters and "essentials" not in book.order
    assert set(book.essentials) == {"en", "fr"}
    report, _ = check_path(content)
    assert [f for f in report.findings if "essentials" in f.file] == []
    assert {r.lang for r in report.readability if r.chapter == "essentials"} == {"en", "fr"}


def test_essentials_missing_a_section_a_language_or_a_question(tmp_path: Path) -> None:
    no_figures = ESSENTIALS["en"].replace("## The figures {#figures}", "## The figures")
    four = ESSENTIALS["en"].replace("- E?\n", "")
    content = _essentials_book(tmp_path, {"en": no_figures.replace("[@seed-2018]",
                                                                   "[@nowhere]")})
    report, _ = check_path(content)
    found = {(f.file, f.code) for f in report.findings}
    assert ("en/essentials.md", "essentials-section") in found
    assert ("en/essentials.md", "section-id") in found
    assert ("en/essentials.md", "missing-translation") in found
    assert ("en/essentials.md", "unknown-source") in found
    content = _essentials_book(tmp_path / "b", {"en": four, "fr": ESSENTIALS["fr"]})
    report, _ = check_path(content)
    found = {(f.file, f.code) for f in report.findings}
    assert found == {("en/essentials.md", "essentials-questions")}
