"""Help → "Check this guide": the content checker's report inside the app.

Clinic staff who edit the guide may never open a terminal. This dialog runs the same
checks as `edu-app check` on the open book and shows the findings grouped by chapter,
with the readability table, so they see at once what to fix. The checks' messages stay in
English (they name files and lines for the person editing them); the frame is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...check.checker import check_book
from ...check.report import Report, group_by_chapter
from ...content.model import ESSENTIALS_ID, Book
from ...qt import settings as S
from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..screen_fit import fit_remembered

SEVERITY_ICON = {"error": "✖", "warning": "⚠", "info": "ℹ"}


class CheckDialog(QDialog):
    """The report of one book; `report` may be given (tests, or a report made earlier)."""

    def __init__(self, book: Book, parent: QWidget | None = None,
                 report: Report | None = None, settings: S.Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.book = book
        self.report = report if report is not None else check_book(book)
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.findings = QTreeWidget()
        self.findings.setObjectName("checkFindings")
        self.findings.setColumnCount(3)
        self.findings.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.scores = QTableWidget(len(self.report.readability), 6)
        self.scores.setObjectName("checkReadability")
        self.scores.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, "")
        self.tabs.addTab(self.scores, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._fill_scores()
        track(self)
        fit_remembered(self, QSize(820, 560), settings, S.CHECKER_SIZE)

    def _chapter_title(self, chapter_id: str) -> str:
        by_lang = self.book.chapters.get(chapter_id) or (
            self.book.essentials if chapter_id == ESSENTIALS_ID else {})
        chapter = by_lang.get("en") or by_lang.get("fr")
        return f"{chapter.title} ({chapter_id})" if chapter else chapter_id

    def _fill_findings(self) -> None:
        self.findings.clear()
        for chapter_id, items in group_by_chapter(self.report, self.book):
            title = self._chapter_title(chapter_id) if chapter_id else self.tr("Book files")
            errors = sum(1 for f in items if f.severity == "error")
            group = QTreeWidgetItem([title, str(errors) if errors else "", ""])
            self.findings.addTopLevelItem(group)
            for f in items:
                where = f"{f.file}:{f.line}" if f.line else f.file
                row = QTreeWidgetItem([where, SEVERITY_ICON.get(f.severity, ""), f.message])
                row.setToolTip(2, f"{f.severity} [{f.code}] {f.message}")
                group.addChild(row)
            group.setExpanded(errors > 0)
        self.findings.resizeColumnToContents(0)

    def _fill_scores(self) -> None:
        for i, row in enumerate(self.report.readability):
            r = row.result
            longest = f"{r.longest.words} (l.{r.longest.line})" if r.longest else ""
            cells = [row.chapter, row.lang, str(r.words), f"{r.mean_words:.1f}",
                     f"{r.score_name} {r.score:.1f}{'' if r.score_ok else ' ⚠'}", longest]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.scores.setItem(i, j, item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check this guide"))
        errors, warnings = self.report.count("error"), self.report.count("warning")
        if errors or warnings:
            text = self.tr("%1 problems to fix and %2 warnings.")
            self.summary.setText(text.replace("%1", str(errors)).replace("%2", str(warnings)))
        else:
            self.summary.setText(self.tr("No problems found."))
        self.findings.setHeaderLabels([self.tr("Where"), self.tr("Errors"), self.tr("Problem")])
        self.scores.setHorizontalHeaderLabels([
            self.tr("Chapter"), self.tr("Language"), self.tr("Words"),
            self.tr("Words per sentence"), self.tr("Score"), self.tr("Longest sentence"),
        ])
        self.tabs.setTabText(0, self.tr("Problems"))
        self.tabs.setTabText(1, self.tr("Readability"))
        self._fill_findings()

