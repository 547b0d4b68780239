"""The shipped guide keeps its promises: both languages, sources, glossary, pictures, plain words.

These tests read the real `content/` with the project's own loader and readability code,
so they fail as soon as an edit breaks parity, cites an unknown source or makes a chapter
harder to read than its target.
"""

from __future__ import annotations

import re

import pytest

from edu_app.check.readability import (
    MAX_FK_GRADE_EN,
    MAX_MEAN_WORDS,
    MIN_KANDEL_MOLES_FR,
    score_markdown,
    targets_for,
)
from edu_app.content import default_content_dir, load_book
from edu_app.content.text import citations
from edu_app.render.pages import picture_resolver

BOOK = load_book(default_content_dir())
CHAPTERS = [(cid, lang) for cid in BOOK.order for lang in ("en", "fr")]
EXPECTED = ["how-to-use", "why-new-treatments", "immunotherapy", "car-t", "results",
            "gene-therapy", "centres", "cost-rules-research", "questions", "for-children"]


def test_the_chapters_in_both_languages():
    assert BOOK.order == EXPECTED
    for cid in EXPECTED:
        assert set(BOOK.chapters[cid]) == {"en", "fr"}


@pytest.mark.parametrize("cid", EXPECTED)
def test_same_sections_in_the_same_order(cid):
    en = [(s.id, s.level) for s in BOOK.chapters[cid]["en"].sections]
    fr = [(s.id, s.level) for s in BOOK.chapters[cid]["fr"].sections]
    assert en == fr and en


@pytest.mark.parametrize(("cid", "lang"), CHAPTERS)
def test_structure_main_message_first_key_points_last(cid, lang):
    chapter = BOOK.chapters[cid][lang]
    body = chapter.body.strip()
    assert not body.startswith("#"), "the main message comes before the first section"
    last_box = body.rfind("!!! ")
    assert body[last_box:].startswith("!!! keypoints"), "the chapter ends with its key points"
    title = "Key points" if lang == "en" else "À retenir"
    assert f'!!! keypoints "{title}"' in body
    assert chapter.reviewed is not None and chapter.summary


def test_the_checker_finds_no_error():
    """`edu-app check` on the shipped guide: the loader's and the checker's rules, once."""
    from edu_app.check.checker import check_book

    report = check_book(BOOK, readability=False)
    assert [f for f in report.findings if f.severity == "error"] == []


def test_every_source_is_cited_somewhere():
    cited = set()
    for cid, lang in CHAPTERS:
        cited |= set(citations(BOOK.chapters[cid][lang].body))
    assert cited <= set(BOOK.sources)
    assert cited == set(BOOK.sources), "every source is used somewhere"


@pytest.mark.parametrize(("cid", "lang"), CHAPTERS)
def test_citations_match_between_languages(cid, lang):
    """Each section cites the same sources in English and in French."""
    def cited_by_section(chapter_lang):
        chapter = BOOK.chapters[cid][chapter_lang]
        parts = re.split(r"^##\s.*$", chapter.body, flags=re.M)
        return [sorted(set(citations(part))) for part in parts]

    assert cited_by_section("en") == cited_by_section("fr")


def test_glossary_has_enough_bilingual_terms():
    assert len(BOOK.glossary) >= 60
    for term in BOOK.glossary.values():
        assert set(term.text) == {"en", "fr"}, term.id
        for text in term.text.values():
            assert text.term and text.short and text.definition and text.forms
        assert set(term.related) <= set(BOOK.glossary)


def test_every_glossary_term_occurs_in_a_chapter():
    from edu_app.check.glossary_rules import used_terms

    used = used_terms(BOOK, "en") | used_terms(BOOK, "fr")
    assert sorted(set(BOOK.glossary) - used) == []


def test_every_picture_exists_in_both_languages():
    for cid, lang in CHAPTERS:
        resolve = picture_resolver(BOOK, lang)
        for name in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", BOOK.chapters[cid][lang].body):
            path = resolve(name)
            assert path is not None, f"{cid}/{lang}: {name}"
            assert f"/{lang}/" in path.as_posix(), "pictures with words exist per language"


def test_centres():
    assert {"saint-louis", "robert-debre"} <= set(BOOK.centres)
    for centre in BOOK.centres.values():
        assert centre.source in BOOK.sources
        assert centre.description.get("en") and centre.description.get("fr")


@pytest.mark.parametrize(("cid", "lang"), CHAPTERS)
def test_readability_targets(cid, lang):
    """Each chapter meets its audience's targets; never looser than the families' ones."""
    chapter = BOOK.chapters[cid][lang]
    goal = targets_for(chapter.audience)
    score = score_markdown(chapter.body, lang, chapter.body_line, goal)
    assert score.mean_words <= min(goal.max_mean_words, MAX_MEAN_WORDS)
    assert not score.long_sentences, [(s.line, s.words) for s in score.long_sentences]
    if lang == "en":
        assert score.fk_grade <= min(goal.max_fk_grade_en, MAX_FK_GRADE_EN)
    else:
        assert score.kandel_moles >= max(goal.min_kandel_moles_fr, MIN_KANDEL_MOLES_FR)


def test_the_childrens_chapter_has_the_childrens_targets():
    """Issue 14: grade 3, Kandel-Moles 85, 10 words a sentence, none over 15."""
    assert [c for c in BOOK.order if BOOK.chapters[c]["en"].for_children] == ["for-children"]
    for lang in ("en", "fr"):
        chapter = BOOK.chapters["for-children"][lang]
        assert chapter.for_children
        score = score_markdown(chapter.body, lang, chapter.body_line,
                               targets_for(chapter.audience))
        assert score.passes and score.targets.max_sentence_words == 15


def test_readability_table_in_content_readme_is_current():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "tools/readability_table.py", "--check"], cwd=root,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, "content/README.md is stale: run python tools/readability_table.py"


@pytest.mark.parametrize("cid", ["car-t", "results"])
def test_side_effects_are_never_left_to_silence(cid):
    """Chapters 4 and 5 carry a marked safety sentence in both languages (issue 13, 2)."""
    from edu_app.check.care_team import care_team_sentences
    from edu_app.check.chapter_rules import rel

    found = {(c.chapter, c.lang) for c in care_team_sentences(BOOK, rel)}
    assert {(cid, "en"), (cid, "fr")} <= found


def test_the_care_team_mark_is_not_a_document():
    assert BOOK.care_team_ids == {"care-team"}
    assert len(BOOK.documents) == 5
