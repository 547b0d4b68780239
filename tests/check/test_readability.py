"""Readability: syllables, sentence splitting and the formulas, on small handmade texts.

The writers trust these numbers to decide which sentence to rewrite; these tests pin the
conventions (what is a word, a sentence, a syllable) so a change is deliberate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.check.prose import sentences, split_sentences, strip_front_matter, words
from edu_app.check.readability import lang_of, main, score_file_text, score_markdown
from edu_app.check.syllables import english_syllables, french_syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("cell", 1),
        ("therapy", 3),
        ("immunotherapy", 6),
        ("children's", 2),
        ("don't", 1),
        ("leukaemia", 4),  # British spelling, found as "leukemia"
        ("tumour", 2),
        ("T-cells", 2),  # hyphenated: sum of parts
        ("CAR-T", 2),
        ("Hello,", 2),  # punctuation ignored
        ("8", 1),
        ("2018", 4),
        ("zorbulated", 4),  # not in CMU: rules
    ],
)
def test_english_syllables(word: str, count: int) -> None:
    assert english_syllables(word) == count


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("immunothérapie", 6),
        ("leucémie", 3),
        ("lymphocyte", 3),
        ("cellules", 2),
        ("donnent", 1),  # mute -ent
        ("aime", 1),  # mute -e
        ("été", 2),  # pyphen does not split it; vowel groups do
        ("ami", 2),
        ("l'immunothérapie", 6),  # elided article adds nothing
        ("d'enfants", 2),
        ("aujourd'hui", 3),
        ("CAR-T", 2),
        ("le", 1),
    ],
)
def test_french_syllables(word: str, count: int) -> None:
    assert french_syllables(word) == count


def test_words_are_space_separated_tokens_with_letters() -> None:
    tokens = words("Qu'est-ce que l'immunothérapie ? – « CAR-T » 8 %")
    assert tokens == ["Qu'est-ce", "que", "l'immunothérapie", "CAR-T", "8"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("It costs 2.5 euros. Then stop.", ["It costs 2.5 euros.", "Then stop."]),
        ("Ask Dr. Martin. Ask e.g. a nurse.", ["Ask Dr. Martin.", "Ask e.g. a nurse."]),
        ("Wait... Go on.", ["Wait...", "Go on."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("J. Smith wrote it.", ["J. Smith wrote it."]),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_split_sentences_english(text: str, expected: list[str]) -> None:
    assert [s for _, s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qu'est-ce que c'est ? C'est un traitement.",
            ["Qu'est-ce que c'est ?", "C'est un traitement."],
        ),
        ("Attention\u00a0! Lisez bien.", ["Attention\u00a0!", "Lisez bien."]),
        ("Il dit : « Oui. » Puis il part.", ["Il dit : « Oui. »", "Puis il part."]),
        ("« Autologue » veut dire « soi ». Voilà.", ["« Autologue » veut dire « soi ».", "Voilà."]),
        ("Il y a 1,5 million de cas. Fin.", ["Il y a 1,5 million de cas.", "Fin."]),
        ("Voir M. Dupont, etc. pour cela.", ["Voir M. Dupont, etc. pour cela."]),
    ],
)
def test_split_sentences_french(text: str, expected: list[str]) -> None:
    assert [s for _, s in split_sentences(text)] == expected


CHAPTER = """\
+++
id = "demo"
title = "Demo"
+++
Main message first [@rousseau-2003]. It has **two** sentences.{#intro}

## A heading is not counted {#sec}

See [the other chapter](chapter:car-t#t-cell) and a ![picture](x.svg "Caption") now.
This sentence starts on line 10
and ends on line 11.

!!! keypoints "Key points"
    - A list item without a full stop
    - *Another* one.
"""


def test_markdown_is_reduced_to_reader_facing_sentences() -> None:
    body, first = strip_front_matter(CHAPTER)
    assert first == 5
    found = sentences(body, first)
    assert [(s.line, s.text) for s in found] == [
        (5, "Main message first."),
        (5, "It has two sentences."),
        (9, "See the other chapter and a now."),
        (10, "This sentence starts on line 10 and ends on line 11."),
        (14, "A list item without a full stop"),
        (15, "Another one."),
    ]


def test_flesch_kincaid_matches_a_hand_computation() -> None:
    # "The cat sat on the mat." 6 words, 6 syllables;
    # "Doctors change the cells." 4 words, 2+1+1+1 = 5 syllables.
    r = score_markdown("The cat sat on the mat. Doctors change the cells.", "en")
    assert (r.words, r.sentences, r.syllables) == (10, 2, 11)
    assert r.mean_words == 5.0
    assert r.fk_grade == pytest.approx(0.39 * 5 + 11.8 * 1.1 - 15.59)
    assert r.flesch_ease == pytest.approx(206.835 - 1.015 * 5 - 84.6 * 1.1)
    assert r.score_ok and r.passes


def test_kandel_moles_and_long_sentences() -> None:
    long = " ".join(["mot"] * 26) + "."
    r = score_markdown(f"Le chat dort.\n\n{long}", "fr")
    assert r.sentences == 2 and r.words == 29
    assert r.kandel_moles == pytest.approx(207 - 1.015 * 14.5 - 73.6 * (29 / 29))
    assert [(s.line, s.words) for s in r.long_sentences] == [(3, 26)]
    assert r.longest is not None and r.longest.line == 3
    assert not r.passes


def test_lang_of_path() -> None:
    assert lang_of(Path("content/fr/01-x.md")) == "fr"
    assert lang_of(Path("content/en/01-x.md")) == "en"
    assert lang_of(Path("x.md")) is None


def test_cli_reports_pass_and_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = tmp_path / "en"
    en.mkdir()
    easy = en / "easy.md"
    easy.write_text("+++\nid = 'x'\n+++\nThe cat sat on the mat.\n", encoding="utf-8")
    hard = en / "hard.md"
    hard.write_text(" ".join(["extraordinarily"] * 30) + ".\n", encoding="utf-8")
    assert main([str(easy), "--sentences"]) == 0
    out = capsys.readouterr().out
    assert "FK grade" in out and "PASS" in out and "   4   6w   6syl" in out
    assert main([str(hard)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "line 1 (30 words)" in out


def test_cli_needs_a_language(tmp_path: Path) -> None:
    f = tmp_path / "x.md"
    f.write_text("The cat sat.", encoding="utf-8")
    assert main([str(f)]) == 2
    assert main([str(f), "--lang", "en"]) == 0


def test_bom_and_crlf_do_not_change_scores() -> None:
    plain = score_file_text("+++\nid='a'\n+++\nOne two.\nThree.\n", "en")
    odd = score_file_text("\ufeff+++\r\nid='a'\r\n+++\r\nOne two.\r\nThree.\r\n", "en")
    assert (plain.words, plain.sentences, plain.scored[1].line) == (
        odd.words,
        odd.sentences,
        odd.scored[1].line,
    )
