"""Find in the page being read (Ctrl+F): a bar under the text, like a web browser's.

Matching ignores case and accents ("leucemie" finds "Leucémie"): the page's plain text
is folded once per page and every match is mapped back to the document's own positions.
Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous one, Esc closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QUrl
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from ...qt.first_frame import TOOL_BUTTON_TEXT_BESIDE_ICON, Qt, set_enum
from ...qt.i18n import track
from ..browser import ChapterView
from ..page_marks import search_marks

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell

ALL_COLOUR = QColor("#fff1a8")
CURRENT_COLOUR = QColor("#ffa94d")
Key = QKeySequence.StandardKey


class FindBar(QToolBar):
    """Hidden until Ctrl+F; owns its actions so the window only adds them to a menu."""

    def __init__(self, view: ChapterView, shell: Shell) -> None:
        super().__init__(shell)  # a hidden child until _join_window() gives it its place
        self.setObjectName("findBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.view = view
        self.shell = shell
        self._joined = False
        self.theme = "light"  # the reader's, given by set_theme()
        self._pictures: dict[QToolButton, QIcon] = {}  # the style's, once the bar is used
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._folded: tuple[tuple[str, int], str, list[int]] | None = None
        self._anchor = 0

        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.setMaximumWidth(360)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(110)
        self.previous_button = QToolButton()
        self.next_button = QToolButton()
        self.highlight_button = QToolButton()
        self.highlight_button.setCheckable(True)
        self.highlight_button.setChecked(True)
        self.close_button = QToolButton()
        for button in (self.previous_button, self.next_button):
            set_enum(button, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        for widget in (self.label, self.field, self.previous_button, self.next_button,
                       self.count, self.highlight_button):
            self.addWidget(widget)
        self._close_slot = self.addWidget(self.close_button)  # a spacer goes before it

        def action(name: str, keys: list) -> QAction:
            made = QAction(shell)
            made.setObjectName(name)
            sequences = []
            for key in keys:
                sequences += (QKeySequence.keyBindings(key) if isinstance(key, Key)
                              else [QKeySequence(key)])
            made.setShortcuts(sequences)
            shell.addAction(made)
            return made

        self.find_action = action("actionFind", [Key.Find])
        self.next_action = action("actionFindNext", [Key.FindNext])
        self.previous_action = action("actionFindPrevious", [Key.FindPrevious])
        self.find_action.triggered.connect(self.open)
        self.next_action.triggered.connect(lambda: self._step_or_open(+1))
        self.previous_action.triggered.connect(lambda: self._step_or_open(-1))
        self.field.textChanged.connect(self._text_changed)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.highlight_button.toggled.connect(lambda _on: self._show())
        self.close_button.clicked.connect(self.close_bar)
        view.pageChanged.connect(self._page_changed)
        self.hide()
        track(self)

    # --- words on screen --------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find in this page"))
        self.label.setText(self.tr("Find in this page:"))
        self.field.setPlaceholderText(self.tr("Word to find"))
        self.field.setAccessibleName(self.tr("Word to find in this page"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Go to the previous match (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Go to the next match (F3)"))
        self.highlight_button.setText(self.tr("Highlight all"))
        self.highlight_button.setToolTip(self.tr("Show every match in the page"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.count.setAccessibleDescription(self.tr("How many times the word is in this page"))
        self._show_count()
        self.find_action.setText(self.tr("&Find in this page…"))
        self.find_action.setStatusTip(self.tr("Find a word in the page you are reading"))
        self.next_action.setText(self.tr("Find &next"))
        self.previous_action.setText(self.tr("Find &previous"))
        self._show_count()


    # --- opening and closing ----------------------------------------------------------
    def _join_window(self) -> None:
        """Take a place under the text and the style's pictures: on first use, since both
        need Qt classes that the window does not load before its first paint."""
        if self._joined:
            return
        self._joined = True
        from PySide6.QtWidgets import QSizePolicy, QStyle  # noqa: TID251 - on first use

        spacer = QWidget()  # pushes the close button to the right
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.insertWidget(self._close_slot, spacer)
        style = self.style()
        self._pictures = {
            self.previous_button: style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.next_button: style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.close_button: style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
        }
        self.set_theme(self.theme)
        if self.shell.layout().indexOf(self) < 0:  # not already placed by a saved layout
            self.shell.add_toolbar(self, bottom=True)

    def set_theme(self, name: str) -> None:
        """The buttons' pictures in the theme's text colour (black vanishes on dark)."""
        from ..themes import theme, themed_icon

        self.theme = name
        for button, picture in self._pictures.items():
            button.setIcon(themed_icon(picture, theme(name)))
        self._style_field()

    def _style_field(self) -> None:
        """The field framed in the theme's colours, in its error colours on no match."""
        from ..themes import field_style, theme

        none = bool(self.field.text().strip()) and not self.matches
        self.field.setStyleSheet(field_style(theme(self.theme), warn=none))

    def open(self) -> None:
        """Show the bar, put the view's selection in it if any, and focus the field."""
        selected = self.view.textCursor().selectedText().strip()
        self._join_window()
        self.show()
        self._anchor = self._top_position()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        else:
            self._search()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.set_highlights("find", [])
        self.view.setFocus()

    def reset(self) -> None:
        """Forget the word looked for (a kiosk hands the computer to the next family)."""
        self.field.clear()
        self.close_bar()

    def _step_or_open(self, delta: int) -> None:
        if self.isHidden() or not self.field.text():
            self.open()
        else:
            self.step(delta)

    # --- searching --------------------------------------------------------------------
    def _page_text(self) -> tuple[str, list[int]]:
        from ...search.text import fold_with_map

        doc = self.view.document()
        key = (self.view.source().toString(), doc.revision())
        if self._folded is None or self._folded[0] != key:
            folded, where = fold_with_map(self.view.toPlainText())
            self._folded = (key, folded, where)
        return self._folded[1], self._folded[2]

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every occurrence of `needle` in the page, ignoring accents and case."""
        from ...search.text import folded_spans

        return folded_spans(*self._page_text(), needle)

    def _text_changed(self, _text: str) -> None:
        if self.current >= 0 and self.matches:
            self._anchor = self.matches[self.current][0]
        self._search()

    def _search(self) -> None:
        self.matches = self.find_all(self.field.text())
        after = [i for i, (start, _end) in enumerate(self.matches) if start >= self._anchor]
        self.current = after[0] if after else (0 if self.matches else -1)
        self._show()

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) match, wrapping round the page."""
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._anchor = self.matches[self.current][0]
        self._show()

    def _show(self) -> None:
        self._show_count()
        if not self.matches:
            self.view.set_highlights("find", [])
            return
        others = [m for i, m in enumerate(self.matches) if i != self.current] \
            if self.highlight_button.isChecked() else []
        marks = search_marks(self.view, others, ALL_COLOUR)
        marks += search_marks(self.view, [self.matches[self.current]], CURRENT_COLOUR)
        self.view.set_highlights("find", marks)
        start, end = self.matches[self.current]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)  # no selection: it would hide the current match's colour
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def _show_count(self) -> None:
        empty = not self.field.text().strip()
        none = not empty and not self.matches
        if empty:
            self.count.setText("")
        elif none:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                               .replace("%2", str(len(self.matches))))
        self._style_field()
        # Read as its words ("2 of 5"), and named even while there is nothing to count.
        self.count.setAccessibleName(self.count.text() or self.tr("Matches"))

    def _top_position(self) -> int:
        return self.view.cursorForPosition(QPoint(0, 0)).position()

    def _page_changed(self, _url: QUrl) -> None:
        self._folded = None
        if self.isVisible() and self.field.text():
            self._anchor = 0
            self._search()
        else:
            self.matches, self.current = [], -1

    # --- keys -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step(-1 if shift else +1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


def install(reader: Reader, shell: Shell) -> FindBar:
    """Find in this page (Ctrl+F, F3, Shift+F3): the bar joins the window when first opened."""
    bar = FindBar(shell.view, shell)
    for action in (bar.find_action, bar.next_action, bar.previous_action):
        shell.add_command(action, "view")
    bar.set_theme(reader.theme)
    reader.styleChanged.connect(lambda: bar.set_theme(reader.theme))
    reader.resetRequested.connect(bar.reset)
    return bar
