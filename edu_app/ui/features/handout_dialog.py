"""The handout composer: what a nurse prints for a family to take home.

The choices (chapters, the handout's own language, glossary, questions page, large
print, pictures, paper, the clinic's details) live in `handout_choices.py`; this module
holds what happens to them: a live preview of the very pages that will print, Print…
and Save as PDF….
The pages come from `edu_app.handout`, the same code as `edu-app handout`, so the
preview, the printer and the PDF are one document painted by one function. They are made
on a thread of their own (`handout_builder.py`): the composer answers while they are.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,  # noqa: TID251 - the composer opens long after the first paint
    QVBoxLayout,
    QWidget,
)

from ...content.model import Book
from ...handout import HandoutOptions, suggested_file_name
from ...handout.layout import HandoutDocument
from ...handout.pdf import HandoutWriteError, paint_handout, write_pdf
from ...handout.strings import t
from ...qt import settings as S
from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..screen_fit import fit_remembered
from .handout_builder import PageBuilder, Pages
from .handout_choices import HandoutChoices
from .page_preview import PagePreview

log = logging.getLogger(__name__)


def make_printer():  # a QPrinter: Qt's print support is loaded only to print
    """The printer for Print…, made only when the nurse asks to print: making a QPrinter
    asks the system's print service for its printers (CUPS connects to port 631)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCreator("edu-app")
    return printer


class HandoutDialog(QDialog):
    def __init__(self, book: Book, settings: S.Settings, chapter_id: str | None = None,
                 screen_lang: str = "fr", parent: QWidget | None = None,
                 kiosk: bool = False, essentials: bool = False) -> None:
        super().__init__(parent)
        # The one-page summary instead of the chosen chapters (opened from its page, or
        # after "Print the essentials"); ticking a chapter goes back to the chapters.
        self.essentials_mode = essentials and bool(book.essentials)
        self.setObjectName("handoutDialog")
        self.kiosk = kiosk  # no dialogs: print to the default printer, never save a file
        self.book = book
        self.settings = settings
        self.screen_lang = screen_lang
        self.document: HandoutDocument | None = None
        self.skipped: list[str] = []
        self.builder = PageBuilder(self)
        self.builder.ready.connect(self._show_pages)
        self._print_when_ready = False  # "Print the essentials…" pressed while they build
        self._rebuild_timer = QTimer(self, singleShot=True, interval=200)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._build(chapter_id)
        self.rebuild()
        track(self)
        fit_remembered(self, QSize(1100, 780), settings, S.COMPOSER_SIZE)

    # --- building ----------------------------------------------------------------------
    def _build(self, chapter_id: str | None) -> None:
        self.choices = HandoutChoices(self.book, self.settings, chapter_id, self.screen_lang,
                                      self.kiosk, self)
        self.choices.changed.connect(self._changed)
        self.choices.chapters_changed.connect(self._leave_essentials)
        self.choices.remember_requested.connect(self.save_clinic_details)
        # The choices' widgets by name, as the tests and a nurse's eye know them.
        c = self.choices
        self.chapter_list, self.all_button, self.none_button = \
            c.chapter_list, c.all_button, c.none_button
        self.language, self.paper = c.language, c.paper
        self.glossary, self.questions, self.large_print, self.pictures = \
            c.glossary, c.questions, c.large_print, c.pictures
        self.clinic_name, self.clinic_phone, self.clinic_note, self.remember = \
            c.clinic_name, c.clinic_phone, c.clinic_note, c.remember

        self.printer = None  # made by Print… (make_printer): a preview needs no printer
        self.preview = PagePreview(self, objectName="handoutPreview")
        self.status = QLabel(objectName="handoutStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(objectName="handoutPrint")
        self.print_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogYesButton))
        self.pdf_button = QPushButton(objectName="handoutSavePdf")
        self.pdf_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.close_button = QPushButton(objectName="handoutClose")
        self.essentials_button = QPushButton(objectName="handoutEssentials")
        self.essentials_button.setEnabled(bool(self.book.essentials))
        self.essentials_button.clicked.connect(self.print_essentials)
        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        self._lay_out()

    def _lay_out(self) -> None:
        # Two rows, so that the French words (« Enregistrer en PDF… ») and the choices
        # both fit an 800 px screen: the status beside "Print the essentials…", then
        # the three buttons every handout ends with.
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.essentials_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(status)
        right.addLayout(buttons)
        main = QHBoxLayout(self)
        main.addWidget(self.choices, 0)
        main.addLayout(right, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a handout"))
        self.choices.retranslate()
        self.preview.setAccessibleName(self.tr("Preview of the printed pages"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.essentials_button.setText(self.tr("Print the &essentials…"))
        self.essentials_button.setToolTip(self.tr(
            "The essentials on one page: a one-page summary for a first read, in the "
            "handout's language, with your clinic's details"))
        self._update_status()

    # --- choices -----------------------------------------------------------------------
    @property
    def handout_lang(self) -> str:
        return self.choices.handout_lang

    def chosen_chapters(self) -> list[str]:
        return self.choices.chosen_chapters()

    def options(self) -> HandoutOptions:
        return self.choices.options()

    def _leave_essentials(self) -> None:
        self.essentials_mode = False
        self._print_when_ready = False  # the chapters are chosen now: print nothing yet

    def _changed(self) -> None:
        self._rebuild_timer.start()

    def save_clinic_details(self) -> None:
        if self.kiosk:
            return
        self.choices.save_clinic_details()
        self.status.setText(self.tr("The clinic's details are saved for next time."))

    # --- pages -------------------------------------------------------------------------
    @property
    def building(self) -> bool:
        """The pages for the current choices are still being made."""
        return self.builder.busy

    def rebuild(self) -> None:
        """Ask for the pages of the current choices; `_show_pages` shows them when made.

        Until then the preview keeps the last pages, the status says they are being
        prepared, and Print and Save wait: nothing older than the choices can print."""
        self._rebuild_timer.stop()
        options = self.options()
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        if not self.essentials_mode and not options.chapters:
            self.builder.cancel()
            self._show_pages(Pages(None))
            return
        self.builder.request(self.book, options, self.essentials_mode)
        self._update_status()
        if self.document is None:  # the first pages: say so where they will be
            self.preview.set_document(None, self.status.text())

    def _show_pages(self, pages: Pages) -> None:
        old, self.document = self.document, pages.document
        if self.document is not None:
            self.document.setParent(self)  # made parentless on the builder's thread
            self.document.adopt()
        self.skipped = pages.skipped
        self.print_button.setEnabled(self.document is not None)
        self.pdf_button.setEnabled(self.document is not None)
        self._update_status()
        self.preview.set_document(self.document)
        if old is not None and old is not self.document:
            old.deleteLater()
        if self._print_when_ready:
            self._print_when_ready = False
            self.print_handout()

    def done(self, result: int) -> None:  # Qt names it: every way of closing comes here
        self.builder.cancel()  # it stops at its next block, on its own thread
        super().done(result)

    def _update_status(self) -> None:
        if self.building:
            self.status.setText(self.tr("Preparing the pages…"))
        elif self.essentials_mode and self.document is not None:
            self.status.setText(self.tr("The essentials on one page. Pages: %1").replace(
                "%1", str(self.document.page_count)))
        elif self.essentials_mode:
            self.status.setText(self.tr("The essentials could not be read. "
                                        "Please tell the staff who keep the guide."))
        elif not self.chosen_chapters():
            self.status.setText(self.tr("Choose at least one chapter."))
        elif self.document is None:
            self.status.setText(self.tr("The chosen chapters could not be read. "
                                        "Please tell the staff who keep the guide."))
        else:
            text = self.tr("Pages: %1").replace("%1", str(self.document.page_count))
            if self.skipped:
                text += " " + self.tr("Left out because they could not be read: %1") \
                    .replace("%1", ", ".join(self.skipped))
            self.status.setText(text)

    def print_essentials(self) -> None:
        """One click: the essentials in the preview, then straight to the printer."""
        self.essentials_mode = True
        self._print_when_ready = True
        self.rebuild()

    def print_handout(self) -> bool:
        if self.document is None or self.building:
            return False
        if self.printer is None:
            self.printer = make_printer()
        self.printer.setDocName(self._file_name().removesuffix(".pdf"))
        if self.kiosk:
            # A kiosk offers no dialogs: the handout goes to the PC's default printer.
            from .kiosk import print_to_default_printer

            if not print_to_default_printer(self.printer):
                QMessageBox.information(self, self.tr("Print"), self.tr(
                    "No printer is set up on this computer. Please ask the staff."))
                return False
        else:
            from PySide6.QtPrintSupport import QPrintDialog

            dialog = QPrintDialog(self.printer, self)
            dialog.setWindowTitle(self.tr("Print the handout"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            paint_handout(self.document, self.printer)
        except RuntimeError as exc:
            log.warning("printing failed: %s", exc)
            QMessageBox.warning(self, self.tr("Print"),
                                self.tr("The handout could not be printed. "
                                        "Check that the printer is on and try again."))
            return False
        self.status.setText(self.tr("Sent to the printer."))
        return True

    def _file_name(self) -> str:
        options = self.options()
        if self.essentials_mode:
            return f"{t(options.lang, 'essentials_pdf_name')}-{options.lang}-" \
                   f"{options.print_date.isoformat()}.pdf"
        return suggested_file_name(self.book, options)

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Ask where (unless `path` is given), then write the PDF whole or not at all."""
        if self.document is None or self.building or self.kiosk:
            return None  # a kiosk writes no files
        if not path:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            if not folder or not Path(folder).is_dir():
                folder = str(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the handout as PDF"), str(Path(folder) / self._file_name()),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return None  # cancelled: nothing written, nothing to say
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        try:
            written = write_pdf(self.document, Path(path))
        except HandoutWriteError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), self._write_error(exc))
            return None
        self.status.setText(self.tr("Saved: %1").replace("%1", str(written)))
        return written

    def _write_error(self, exc: HandoutWriteError) -> str:
        messages = {
            "permission": self.tr("This folder cannot be written to, or the file is open "
                                  "in another program. Choose another place or close it."),
            "no-folder": self.tr("This folder does not exist. Choose another place."),
            "disk-full": self.tr("The disk is full. Free some space or choose another "
                                 "place."),
            "is-directory": self.tr("This is a folder. Type a file name."),
        }
        reason = messages.get(exc.reason, self.tr("The file could not be written."))
        return self.tr("The handout was not saved to %1.").replace("%1", str(exc.path)) \
            + "\n\n" + reason

