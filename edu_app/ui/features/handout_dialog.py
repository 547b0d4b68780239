"""The handout composer: what a nurse prints for a family to take home.

Chapters (the current one ticked), the handout's own language (it need not be the
screen's), glossary, questions page, large print, pictures, paper, and the clinic's
details; a live preview of the very pages that will print; Print… and Save as PDF….
The pages come from `edu_app.handout`, the same code as `edu-app handout`, so the
preview, the printer and the PDF are one document painted by one function.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,  # noqa: TID251 - the composer opens long after the first paint
    QVBoxLayout,
    QWidget,
)

from ...content.model import Book
from ...handout import HandoutOptions, compose_handout, default_paper, suggested_file_name
from ...handout.essentials import compose_essentials
from ...handout.layout import HandoutDocument, build_document
from ...handout.pdf import HandoutWriteError, paint_handout, write_pdf
from ...handout.strings import t
from ...qt import settings as S
from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..screen_fit import fit_to_screen
from .page_preview import PagePreview

log = logging.getLogger(__name__)
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))  # each in its own language
PAPER_NAMES = (("a4", "A4"), ("letter", "Letter"))


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
        # A paper the nurse once chose is kept; until then it follows the language.
        self._paper_chosen = bool(settings.get(S.PAPER))
        self._rebuild_timer = QTimer(self, singleShot=True, interval=200)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._build(chapter_id)
        self.rebuild()
        track(self)
        fit_to_screen(self, QSize(1100, 780))

    # --- building ----------------------------------------------------------------------
    def _build(self, chapter_id: str | None) -> None:
        self.chapter_list = QListWidget(objectName="handoutChapters")
        for cid in self.book.order:
            chapter, _ = self.book.chapter(cid, self.screen_lang)  # type: ignore[arg-type]
            item = QListWidgetItem(chapter.title if chapter else cid)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cid == chapter_id
                               else Qt.CheckState.Unchecked)
            self.chapter_list.addItem(item)
        self.chapter_list.itemChanged.connect(self._chapters_changed)
        self.all_button = QPushButton(objectName="handoutAll")
        self.none_button = QPushButton(objectName="handoutNone")
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))

        self.language = QComboBox(objectName="handoutLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if self.screen_lang == "fr" else 1)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.paper = QComboBox(objectName="handoutPaper")
        for code, name in PAPER_NAMES:
            self.paper.addItem(name, code)
        self._set_paper(self.settings.get(S.PAPER) or default_paper(self.handout_lang))
        self.paper.activated.connect(self._paper_activated)
        self.glossary = QCheckBox(objectName="handoutGlossary", checked=True)
        self.questions = QCheckBox(objectName="handoutQuestions", checked=True)
        self.large_print = QCheckBox(objectName="handoutLargePrint")
        self.pictures = QCheckBox(objectName="handoutPictures", checked=True)
        for box in (self.glossary, self.questions, self.large_print, self.pictures):
            box.toggled.connect(self._changed)

        self.clinic_name = QLineEdit(settings_text(self.settings, S.CLINIC_NAME),
                                     objectName="handoutClinicName")
        self.clinic_phone = QLineEdit(settings_text(self.settings, S.CLINIC_PHONE),
                                      objectName="handoutClinicPhone")
        self.clinic_note = QLineEdit(settings_text(self.settings, S.CLINIC_NOTE),
                                     objectName="handoutClinicNote")
        for field in (self.clinic_name, self.clinic_phone, self.clinic_note):
            field.setMaxLength(120)
            field.textEdited.connect(self._changed)
            # A kiosk shows the clinic's details from its settings file; a family can
            # neither change them nor leave its own words there for the next family.
            field.setReadOnly(self.kiosk)
        self.remember = QPushButton(objectName="handoutRemember")
        self.remember.setProperty("writesFiles", True)  # hidden in kiosk mode
        self.remember.setVisible(not self.kiosk)
        self.remember.clicked.connect(self.save_clinic_details)

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
        self.chapters_box = QGroupBox()
        chapters = QVBoxLayout(self.chapters_box)
        chapters.addWidget(self.chapter_list)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch()
        chapters.addLayout(row)

        self.options_box = QGroupBox()
        self.options_form = QFormLayout(self.options_box)
        self.labels = {field: QLabel(buddy=field) for field in (
            self.language, self.paper, self.clinic_name, self.clinic_phone, self.clinic_note)}
        self.options_form.addRow(self.labels[self.language], self.language)
        for box in (self.glossary, self.questions, self.large_print, self.pictures):
            self.options_form.addRow(box)
        self.options_form.addRow(self.labels[self.paper], self.paper)

        self.clinic_box = QGroupBox()
        self.clinic_form = QFormLayout(self.clinic_box)
        for field in (self.clinic_name, self.clinic_phone, self.clinic_note):
            self.clinic_form.addRow(self.labels[field], field)
        self.clinic_form.addRow(self.remember)

        choices = QWidget(objectName="handoutChoices")
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.chapters_box, 1)
        left.addWidget(self.options_box)
        left.addWidget(self.clinic_box)
        # On a small screen (800×600) the choices scroll; the buttons stay in view.
        scroller = QScrollArea(objectName="handoutChoicesScroll", widgetResizable=True)
        scroller.setWidget(choices)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(choices.minimumSizeHint().width()
                                 + scroller.verticalScrollBar().sizeHint().width())
        choices.setMinimumHeight(choices.minimumSizeHint().height())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.essentials_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        right.addLayout(buttons)
        main = QHBoxLayout(self)
        main.addWidget(scroller, 0)
        main.addLayout(right, 1)
        self.setTabOrder(self.chapter_list, self.all_button)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a handout"))
        self.chapters_box.setTitle(self.tr("Chapters"))
        self.chapter_list.setAccessibleName(self.tr("Chapters to print"))
        self.all_button.setText(self.tr("&All"))
        self.none_button.setText(self.tr("&None"))
        self.options_box.setTitle(self.tr("Handout"))
        self.labels[self.language].setText(self.tr("&Language:"))
        self.language.setToolTip(self.tr("The language of the printed pages, "
                                         "whatever the language of the screen"))
        self.glossary.setText(self.tr("&Glossary of the words used"))
        self.questions.setText(self.tr("\u201cMy &questions\u201d page with lines to write on"))
        self.large_print.setText(self.tr("Lar&ge print"))
        self.pictures.setText(self.tr("&Pictures"))
        self.labels[self.paper].setText(self.tr("Pape&r:"))
        self.clinic_box.setTitle(self.tr("Your clinic"))
        self.labels[self.clinic_name].setText(self.tr("Na&me:"))
        self.labels[self.clinic_phone].setText(self.tr("P&hone:"))
        self.labels[self.clinic_note].setText(self.tr("No&te:"))
        self.clinic_note.setPlaceholderText(self.tr("For example: ward, floor, opening hours"))
        clinic = self.book.clinic  # left empty, the clinic's own file fills them in
        if clinic is not None:
            self.clinic_name.setPlaceholderText(clinic.name_in(self.handout_lang))
            if clinic.first_phone is not None:
                self.clinic_phone.setPlaceholderText(clinic.first_phone.number)
        self.remember.setText(self.tr("Re&member these details"))
        self.remember.setToolTip(self.tr("Fill them in like this next time"))
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
        return self.language.currentData() or "fr"

    def chosen_chapters(self) -> list[str]:
        items = (self.chapter_list.item(i) for i in range(self.chapter_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            chapters=tuple(self.chosen_chapters()), lang=self.handout_lang,  # type: ignore
            glossary=self.glossary.isChecked(), questions=self.questions.isChecked(),
            large_print=self.large_print.isChecked(), pictures=self.pictures.isChecked(),
            paper=self.paper.currentData(), clinic_name=self.clinic_name.text().strip(),
            clinic_phone=self.clinic_phone.text().strip(),
            clinic_note=self.clinic_note.text().strip())

    def _chapters_changed(self, *_args: object) -> None:
        self.essentials_mode = False
        self._changed()

    def _check_all(self, checked: bool) -> None:
        self.essentials_mode = False
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.chapter_list.blockSignals(True)
        for i in range(self.chapter_list.count()):
            self.chapter_list.item(i).setCheckState(state)
        self.chapter_list.blockSignals(False)
        self._changed()

    def _set_paper(self, code: str) -> None:
        self.paper.setCurrentIndex(max(0, self.paper.findData(code)))

    def _paper_activated(self) -> None:
        self._paper_chosen = True
        self.settings.set(S.PAPER, self.paper.currentData())
        self._changed()

    def _language_changed(self) -> None:
        if not self._paper_chosen:  # A4 for French, Letter for English, until chosen
            self._set_paper(default_paper(self.handout_lang))
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._rebuild_timer.start()

    def save_clinic_details(self) -> None:
        if self.kiosk:
            return
        self.settings.set(S.CLINIC_NAME, self.clinic_name.text().strip())
        self.settings.set(S.CLINIC_PHONE, self.clinic_phone.text().strip())
        self.settings.set(S.CLINIC_NOTE, self.clinic_note.text().strip())
        self.settings.sync()
        self.status.setText(self.tr("The clinic's details are saved for next time."))

    # --- pages -------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Compose and lay out the pages for the current choices, then show them."""
        self._rebuild_timer.stop()
        options = self.options()
        self.document = None
        self.skipped = []
        if self.essentials_mode:
            try:
                self.document = build_document(compose_essentials(self.book, options), self)
            except Exception:
                log.exception("could not compose the essentials")
        elif options.chapters:
            try:
                composed = compose_handout(self.book, options)
                self.skipped = [cid for cid, _ in composed.skipped]
                if composed.chapters:
                    self.document = build_document(composed, self)
            except Exception:  # a broken chapter must not close the dialog
                log.exception("could not compose the handout")
        self.print_button.setEnabled(self.document is not None)
        self.pdf_button.setEnabled(self.document is not None)
        self._update_status()
        self.preview.set_document(self.document)

    def _update_status(self) -> None:
        if self.essentials_mode and self.document is not None:
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

    def print_essentials(self) -> bool:
        """One click: the essentials in the preview, and straight to the printer."""
        self.essentials_mode = True
        self.rebuild()
        return self.print_handout()

    def print_handout(self) -> bool:
        if self.document is None:
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
        if self.document is None or self.kiosk:
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


def settings_text(settings: S.Settings, option: S.Option) -> str:
    value = settings.get(option)
    return value if isinstance(value, str) else ""
