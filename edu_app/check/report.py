"""The checker's result and its two forms: a short text for people, JSON for tools.

Kept apart from the checks so the command line, the in-app dialog and CI read one
`Report`. The JSON form is a contract (see FORMAT-JSON.md): add keys, never rename.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from edu_app.check.care_team import CareTeamSentence
from edu_app.check.readability import (
    CHILDREN_TARGETS,
    MAX_FK_GRADE_EN,
    MAX_MEAN_WORDS,
    MAX_SENTENCE_WORDS,
    MIN_KANDEL_MOLES_FR,
    Readability,
    ScoredSentence,
)
from edu_app.content.model import ESSENTIALS_ID, Book, Problem

JSON_FORMAT = "edu-app-check/1"
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class ChapterScore:
    """Readability of one chapter in one language, with where it lives."""

    chapter: str
    lang: str
    file: str
    result: Readability


@dataclass
class Report:
    """Everything the checker found in one book."""

    book: Path
    findings: list[Problem] = field(default_factory=list)
    readability: list[ChapterScore] = field(default_factory=list)
    unreadable: bool = False  # the book could not be read at all
    # The safety sentences marked [@care-team]: not findings, a category of their own.
    care_team: list[CareTeamSentence] = field(default_factory=list)
    clinic: Path | None = None  # the clinic's layer checked with it, if any

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def exit_code(self) -> int:
        """0 clean (warnings allowed), 1 error findings, 2 no book at all."""
        if self.unreadable:
            return 2
        return 1 if self.count("error") else 0

    def sorted_findings(self) -> list[Problem]:
        """By file, then line, then severity: the order an author fixes them."""
        return sorted(
            self.findings, key=lambda f: (f.file, f.line, SEVERITY_ORDER.get(f.severity, 3))
        )

    def by_file(self, layer: str | None = None) -> dict[str, list[Problem]]:
        """Findings per file; only those of one layer ("book" or "clinic") when given."""
        grouped: dict[str, list[Problem]] = {}
        for f in self.sorted_findings():
            if layer is None or f.layer == layer:
                grouped.setdefault(f.file, []).append(f)
        return grouped


def group_by_chapter(report: Report, book: Book) -> list[tuple[str | None, list[Problem]]]:
    """Findings per chapter id in reading order, then those of the book's other files (None).

    What the in-app dialog shows: a clinic thinks in chapters, not in file names.
    """
    chapter_of = {
        rel_path: cid
        for cid, by_lang in [*book.chapters.items(), (ESSENTIALS_ID, book.essentials)]
        for chapter in by_lang.values()
        for rel_path in [_relative(book, chapter.path)]
    }
    groups: dict[str | None, list[Problem]] = {}
    for finding in report.sorted_findings():
        groups.setdefault(chapter_of.get(finding.file), []).append(finding)
    order = [cid for cid in book.order if cid in groups]
    order += sorted(cid for cid in groups if cid is not None and cid not in order)
    return [(cid, groups[cid]) for cid in order] + (
        [(None, groups[None])] if None in groups else []
    )


def _relative(book: Book, path: Path) -> str:
    from edu_app.check.chapter_rules import rel  # the clinic's files shown as the loader does

    return rel(book, path)


def _sentence_json(s: ScoredSentence | None) -> dict | None:
    if s is None:
        return None
    return {"line": s.line, "words": s.words, "syllables": s.syllables, "text": s.text}


def _score_json(row: ChapterScore) -> dict:
    r = row.result
    return {
        "chapter": row.chapter,
        "lang": row.lang,
        "file": row.file,
        "audience": r.targets.audience,
        "words": r.words,
        "sentences": r.sentences,
        "syllables": r.syllables,
        "mean_words": round(r.mean_words, 2),
        "fk_grade": round(r.fk_grade, 2) if r.lang == "en" else None,
        "flesch_ease": round(r.flesch_ease, 2) if r.lang == "en" else None,
        "kandel_moles": round(r.kandel_moles, 2) if r.lang == "fr" else None,
        "score_ok": r.score_ok,
        "mean_ok": r.mean_ok,
        "passes": r.passes,
        "targets": {
            "fk_grade_max": r.targets.max_fk_grade_en,
            "kandel_moles_min": r.targets.min_kandel_moles_fr,
            "mean_words_max": r.targets.max_mean_words,
            "sentence_words_max": r.targets.max_sentence_words,
        },
        "longest": _sentence_json(r.longest),
        "long_sentences": [_sentence_json(s) for s in r.long_sentences],
    }


def to_json(report: Report) -> str:
    """The stable JSON form, documented in FORMAT-JSON.md."""
    data = {
        "format": JSON_FORMAT,
        "book": str(report.book),
        "clinic": str(report.clinic) if report.clinic else None,
        "exit_code": report.exit_code,
        "summary": {s: report.count(s) for s in ("error", "warning", "info")},
        "targets": {
            "fk_grade_max": MAX_FK_GRADE_EN,
            "kandel_moles_min": MIN_KANDEL_MOLES_FR,
            "mean_words_max": MAX_MEAN_WORDS,
            "sentence_words_max": MAX_SENTENCE_WORDS,
        },
        "findings": [
            {"file": f.file, "line": f.line, "severity": f.severity, "code": f.code,
             "message": f.message, "layer": f.layer}
            for f in report.sorted_findings()
        ],
        "readability": [_score_json(row) for row in report.readability],
        "care_team": [
            {"chapter": c.chapter, "lang": c.lang, "file": c.file, "line": c.line,
             "text": c.text}
            for c in report.care_team
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _readability_table(rows: list[ChapterScore]) -> list[str]:
    lines = [
        f"Readability (targets: English grade <= {MAX_FK_GRADE_EN:g}, French Kandel-Moles >= "
        f"{MIN_KANDEL_MOLES_FR:g}, <= {MAX_MEAN_WORDS:g} words per sentence on average, "
        f"none over {MAX_SENTENCE_WORDS}; * for children: grade <= "
        f"{CHILDREN_TARGETS.max_fk_grade_en:g}, Kandel-Moles >= "
        f"{CHILDREN_TARGETS.min_kandel_moles_fr:g}, <= {CHILDREN_TARGETS.max_mean_words:g} "
        f"words, none over {CHILDREN_TARGETS.max_sentence_words})",
        f"  {'chapter':<22} {'lang':<4} {'words':>6} {'sent.':>5} {'mean':>5} "
        f"{'score':>14} {'longest':>13} {'>25':>4}",
    ]
    for row in rows:
        r = row.result
        name = "grade" if r.lang == "en" else "K-M"
        score = f"{name} {r.score:5.1f} {'ok' if r.score_ok else '!!'}"
        longest = f"{r.longest.words} (l.{r.longest.line})" if r.longest else "-"
        mean = f"{r.mean_words:.1f}{'' if r.mean_ok else '!'}"
        name_shown = (row.chapter + ("*" if r.targets is CHILDREN_TARGETS else ""))[:22]
        lines.append(
            f"  {name_shown:<22} {row.lang:<4} {r.words:>6} {r.sentences:>5} {mean:>5} "
            f"{score:>14} {longest:>13} {len(r.long_sentences):>4}"
        )
    return lines


def _care_team_list(rows: list[CareTeamSentence]) -> list[str]:
    """The safety sentences, per chapter and language: for a reviewer to read each one."""
    lines = [f"Safety sentences sent to the care team ([@care-team]): {len(rows)}"]
    last = None
    for row in rows:
        if (row.chapter, row.lang) != last:
            count = sum(1 for r in rows if (r.chapter, r.lang) == (row.chapter, row.lang))
            lines.append(f"  {row.chapter} ({row.lang}, {row.file}): {count}")
            last = (row.chapter, row.lang)
        lines.append(f"    line {row.line}: {row.text}")
    return lines


def to_text(report: Report, verbose: bool = False) -> str:
    """A short report: findings grouped by file, the readability table, a summary line.

    Info findings are counted, and listed only when `verbose`.
    """
    out = [f"Checking {report.book}"]
    if report.clinic:
        out.append(f"with the clinic's layer {report.clinic}")
    for layer in ("book", "clinic"):
        groups = report.by_file(layer)
        if layer == "clinic" and any(verbose or f.severity != "info"
                                     for items in groups.values() for f in items):
            out += ["", f"In the clinic's own files ({report.clinic}):"]
        for file, items in groups.items():
            shown = [f for f in items if verbose or f.severity != "info"]
            if not shown:
                continue
            out.append("")
            out.append(file)
            for f in shown:
                where = f"line {f.line}" if f.line else "file"
                out.append(f"  {where:>10}  {f.severity:<7}  {f.message}  [{f.code}]")
    if report.care_team:
        out.append("")
        out.extend(_care_team_list(report.care_team))
    if report.readability:
        out.append("")
        out.extend(_readability_table(report.readability))
    out.append("")
    counts = ", ".join(
        f"{report.count(s)} {s}{'' if report.count(s) == 1 else 's'}"
        for s in ("error", "warning", "info")
    )
    if report.count("info") and not verbose:
        counts += " (--verbose lists the infos)"
    verdict = {0: "OK", 1: "errors to fix", 2: "cannot read this book"}[report.exit_code]
    out.append(f"{counts}: {verdict}.")
    return "\n".join(out)
