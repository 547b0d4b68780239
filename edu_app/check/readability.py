"""Readability scores of a chapter against the targets of PRODUCT.md, and a writers' CLI.

Families read this guide with little time and often low health literacy; published CAR T
pages score grade 8.6 to 10.6. Writers need a number while they write, so this module
scores a chapter (English Flesch-Kincaid grade and Flesch reading ease, French
Kandel-Moles reading ease) and points at the sentences to shorten. No Qt.

    .venv/bin/python -m edu_app.check.readability content/en/*.md [--sentences]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from edu_app.check.prose import Sentence, sentences, strip_front_matter
from edu_app.check.syllables import syllables

# Targets, per chapter (PRODUCT.md, "Content rules").
MAX_FK_GRADE_EN = 6.0
MIN_KANDEL_MOLES_FR = 75.0
MAX_MEAN_WORDS = 14.0
MAX_SENTENCE_WORDS = 25


@dataclass(frozen=True)
class Targets:
    """What one audience can read: a child reading with an adult needs shorter sentences."""

    audience: str
    max_fk_grade_en: float
    min_kandel_moles_fr: float
    max_mean_words: float
    max_sentence_words: int


FAMILY_TARGETS = Targets("families", MAX_FK_GRADE_EN, MIN_KANDEL_MOLES_FR, MAX_MEAN_WORDS,
                         MAX_SENTENCE_WORDS)
# A chapter with `audience = "children"` in its front matter (issue 14): ages 7 to 11.
CHILDREN_TARGETS = Targets("children", 3.0, 85.0, 10.0, 15)
AUDIENCE_RE = re.compile(r'^\s*audience\s*=\s*"([^"]*)"', re.M)
TARGETS = {t.audience: t for t in (FAMILY_TARGETS, CHILDREN_TARGETS)}


def targets_for(audience: str) -> Targets:
    """The targets of a chapter's audience; an unknown one gets the families' targets."""
    return TARGETS.get(audience, FAMILY_TARGETS)


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence with what the formulas count in it."""

    text: str
    line: int
    words: int
    syllables: int


@dataclass
class Readability:
    """The scores of one chapter in one language."""

    lang: str
    targets: Targets = FAMILY_TARGETS
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    longest: ScoredSentence | None = None
    long_sentences: list[ScoredSentence] = field(default_factory=list)  # over the maximum
    scored: list[ScoredSentence] = field(default_factory=list)

    @property
    def mean_words(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def fk_grade(self) -> float:
        """Flesch-Kincaid grade level (English)."""
        if not self.words:
            return 0.0
        return 0.39 * self.mean_words + 11.8 * self.syllables_per_word - 15.59

    @property
    def flesch_ease(self) -> float:
        """Flesch reading ease (English): higher is easier."""
        if not self.words:
            return 100.0
        return 206.835 - 1.015 * self.mean_words - 84.6 * self.syllables_per_word

    @property
    def kandel_moles(self) -> float:
        """Kandel-Moles reading ease (French adaptation of Flesch): higher is easier."""
        if not self.words:
            return 100.0
        return 207.0 - 1.015 * self.mean_words - 73.6 * self.syllables_per_word

    @property
    def score(self) -> float:
        """The score that has a target in this language."""
        return self.kandel_moles if self.lang == "fr" else self.fk_grade

    @property
    def score_name(self) -> str:
        return "Kandel-Moles" if self.lang == "fr" else "FK grade"

    @property
    def target_text(self) -> str:
        if self.lang == "fr":
            return f">= {self.targets.min_kandel_moles_fr:g}"
        return f"<= {self.targets.max_fk_grade_en:g}"

    @property
    def score_ok(self) -> bool:
        if self.lang == "fr":
            return self.kandel_moles >= self.targets.min_kandel_moles_fr
        return self.fk_grade <= self.targets.max_fk_grade_en

    @property
    def mean_ok(self) -> bool:
        return self.mean_words <= self.targets.max_mean_words

    @property
    def passes(self) -> bool:
        """All three targets met: score, mean sentence length, no sentence over the maximum."""
        return self.score_ok and self.mean_ok and not self.long_sentences


def score_sentences(found: list[Sentence], lang: str,
                    targets: Targets = FAMILY_TARGETS) -> Readability:
    """Count words, sentences and syllables and keep what a writer needs to fix."""
    result = Readability(lang=lang, targets=targets)
    for s in found:
        tokens = s.words
        scored = ScoredSentence(
            s.text, s.line, len(tokens), sum(syllables(t, lang) for t in tokens)
        )
        result.scored.append(scored)
        result.words += scored.words
        result.syllables += scored.syllables
        result.sentences += 1
        if result.longest is None or scored.words > result.longest.words:
            result.longest = scored
        if scored.words > targets.max_sentence_words:
            result.long_sentences.append(scored)
    return result


def score_markdown(markdown: str, lang: str, first_line: int = 1,
                   targets: Targets = FAMILY_TARGETS) -> Readability:
    """Scores of a chapter body (front matter removed; `first_line` is where it starts)."""
    return score_sentences(sentences(markdown, first_line), lang, targets)


def score_file_text(text: str, lang: str) -> Readability:
    """Scores of a whole chapter file, front matter included (its audience sets the targets)."""
    body, body_line = strip_front_matter(text)
    front = "\n".join(text.split("\n")[:body_line - 1])
    match = AUDIENCE_RE.search(front)
    audience = match.group(1) if match else FAMILY_TARGETS.audience
    return score_markdown(body, lang, body_line, targets_for(audience))


def lang_of(path: Path) -> str | None:
    """The language a chapter is written in, from its folder (`en/` or `fr/`)."""
    for part in reversed(path.parts[:-1]):
        if part in ("en", "fr"):
            return part
    return None


def format_report(name: str, r: Readability, show_sentences: bool = False) -> str:
    """The writer-facing text for one file."""
    verdict = "PASS" if r.score_ok else "FAIL"
    mean_verdict = "PASS" if r.mean_ok else "FAIL"
    audience = "" if r.targets is FAMILY_TARGETS else f", for {r.targets.audience}"
    lines = [
        f"{name} [{r.lang}{audience}]",
        f"  words {r.words}, sentences {r.sentences}, syllables {r.syllables}",
        f"  mean words/sentence {r.mean_words:.1f} (target <= {r.targets.max_mean_words:g}) "
        f"{mean_verdict}",
        f"  {r.score_name} {r.score:.1f} (target {r.target_text}) {verdict}",
    ]
    if r.lang == "en":
        lines.append(f"  Flesch reading ease {r.flesch_ease:.1f}")
    if r.longest:
        lines.append(f"  longest: line {r.longest.line}, {r.longest.words} words: {r.longest.text}")
    verdict = "FAIL" if r.long_sentences else "PASS"
    lines.append(f"  sentences over {r.targets.max_sentence_words} words: "
                 f"{len(r.long_sentences)} {verdict}")
    for s in r.long_sentences:
        lines.append(f"    line {s.line} ({s.words} words): {s.text}")
    if show_sentences:
        lines.append("  sentences (line, words, syllables):")
        for s in r.scored:
            lines.append(f"    {s.line:>4} {s.words:>3}w {s.syllables:>3}syl  {s.text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score each file; exit 1 when one misses a target, 2 when one cannot be read."""
    parser = argparse.ArgumentParser(
        prog="python -m edu_app.check.readability",
        description="Readability of chapter files against the guide's targets.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.md")
    parser.add_argument("--sentences", action="store_true", help="list every sentence")
    parser.add_argument("--lang", choices=["en", "fr"], help="language when not in the path")
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        lang = args.lang or lang_of(path)
        if lang is None:
            print(f"{path}: cannot tell the language (not under en/ or fr/); use --lang")
            status = 2
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError as exc:
            print(f"{path}: cannot read: {exc.strerror or exc}")
            status = 2
            continue
        result = score_file_text(text, lang)
        print(format_report(str(path), result, args.sentences))
        if not result.passes and status == 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
