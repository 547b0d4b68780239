"""The composer's choices: what goes on the handout, on which paper, for which clinic.

Chapters (the current one ticked), the handout's own language (it need not be the
screen's), glossary, questions page, large print, pictures, paper, and the clinic's
details. Apart from the composer (handout_dialog.py) because the choices are a form with
rules of their own (the paper is the clinic's until chosen, a kiosk's clinic fields
are read-only) while the composer is about pages, the printer and files. The composer
sees only `options()`, `handout_lang`, `chosen_chapters()`, the signals and the widgets
by name (the tests and the kiosk reset reach them through the composer).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...content.model import Book
from ...handout import HandoutOptions
from ...handout.paper import clinic_paper
from ...qt import settings as S
from ...qt.first_frame import Qt

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))  # each in its own language
PAPER_NAMES = (("a4", "A4"), ("letter", "Letter"))


class HandoutChoices(QScrollArea):
    """The left side of the composer; scrolls on a small screen (800×600) so that the
    composer's buttons stay in view."""

    changed = Signal()  # any choice: the composer lays the pages out again
    chapters_changed = Signal()  # the nurse ticked chapters: no longer the essentials
    remember_requested = Signal()  # "Remember these details" (never in a kiosk)

    def __init__(self, book: Book, settings: S.Settings, chapter_id: str | None,
                 screen_lang: str, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="handoutChoicesScroll", widgetResizable=True)
        self.book = book
        self.settings = settings
        self.screen_lang = screen_lang
        self.kiosk = kiosk
        # A paper the nurse once chose is kept; until then it follows the language.
        self._paper_chosen = bool(settings.get(S.PAPER))
        self._build(chapter_id)
        self._lay_out()

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
        self._set_paper(self._default_paper())
        self.paper.activated.connect(self._paper_activated)
        self.glossary = QCheckBox(objectName="handoutGlossary", checked=True)
        self.questions = QCheckBox(objectName="handoutQuestions", checked=True)
        self.large_print = QCheckBox(objectName="handoutLargePrint")
        self.pictures = QCheckBox(objectName="handoutPictures", checked=True)
        for box in (self.glossary, self.questions, self.large_print, self.pictures):
            box.toggled.connect(self.changed)

        self.clinic_name = QLineEdit(settings_text(self.settings, S.CLINIC_NAME),
                                     objectName="handoutClinicName")
        self.clinic_phone = QLineEdit(settings_text(self.settings, S.CLINIC_PHONE),
                                      objectName="handoutClinicPhone")
        self.clinic_note = QLineEdit(settings_text(self.settings, S.CLINIC_NOTE),
                                     objectName="handoutClinicNote")
        for field in (self.clinic_name, self.clinic_phone, self.clinic_note):
            field.setMaxLength(120)
            field.textEdited.connect(self.changed)
            # A kiosk shows the clinic's details from its settings file; a family can
            # neither change them nor leave its own words there for the next family.
            field.setReadOnly(self.kiosk)
        self.remember = QPushButton(objectName="handoutRemember")
        self.remember.setProperty("writesFiles", True)  # hidden in kiosk mode
        self.remember.setVisible(not self.kiosk)
        self.remember.clicked.connect(self.remember_requested)

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
        self.setWidget(choices)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_minimums()
        self.setTabOrder(self.chapter_list, self.all_button)

    def _fit_minimums(self) -> None:
        """As wide as the choices' words, their parts never pressed on each other: again
        after each retranslation (the French words are longer) and when the font changes
        (the composer at the reader's text size, ui_zoom.scale); there is no horizontal
        scroll bar to reach what would be cut."""
        choices = self.widget()
        choices.setMinimumHeight(0)
        self.setMinimumWidth(0)
        self.setMinimumWidth(choices.minimumSizeHint().width()
                             + self.verticalScrollBar().sizeHint().width())
        choices.setMinimumHeight(choices.minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.widget() is not None:
            self._fit_minimums()
            # and once the parts inside have been told of it too (their sizes follow)
            QTimer.singleShot(0, self, self._fit_minimums)

    def retranslate(self) -> None:
        """Called by the composer's own `retranslate` (one retranslation path)."""
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
        self._fit_minimums()  # the words of this language (French is longer)

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

    def save_clinic_details(self) -> None:
        """Keep the clinic fields for next time (never in a kiosk: it writes no file)."""
        if self.kiosk:
            return
        self.settings.set(S.CLINIC_NAME, self.clinic_name.text().strip())
        self.settings.set(S.CLINIC_PHONE, self.clinic_phone.text().strip())
        self.settings.set(S.CLINIC_NOTE, self.clinic_note.text().strip())
        self.settings.sync()

    def _chapters_changed(self, *_args: object) -> None:
        self.chapters_changed.emit()
        self.changed.emit()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.chapter_list.blockSignals(True)
        for i in range(self.chapter_list.count()):
            self.chapter_list.item(i).setCheckState(state)
        self.chapter_list.blockSignals(False)
        self._chapters_changed()

    def _default_paper(self) -> str:
        """The settings file's paper, the clinic's, the locale's (handout/paper.py)."""
        clinic = self.book.clinic
        return clinic_paper(self.handout_lang, self.settings.get(S.PAPER),
                            clinic.paper if clinic is not None else "")

    def _set_paper(self, code: str) -> None:
        self.paper.setCurrentIndex(max(0, self.paper.findData(code)))

    def _paper_activated(self) -> None:
        self._paper_chosen = True
        self.settings.set(S.PAPER, self.paper.currentData())
        self.changed.emit()

    def _language_changed(self) -> None:
        if not self._paper_chosen:  # the clinic's or the computer's paper, until chosen
            self._set_paper(self._default_paper())
        self.changed.emit()


def settings_text(settings: S.Settings, option: S.Option) -> str:
    value = settings.get(option)
    return value if isinstance(value, str) else ""
