"""Help → Keyboard shortcuts: every command's keys, read from the actions themselves.

The list is built each time from the window's menus (and its other actions), so it can
never disagree with what the keys really do, and it follows the interface language:
the names are the actions' own translated texts, the keys Qt's native, translated
names. Actions marked `hiddenFromHelp` (the kiosk's staff key) are never listed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...qt import settings as S
from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..screen_fit import fit_remembered
from .shortcuts import HIDDEN


def plain(text: str) -> str:
    """An action's text without its mnemonic marker or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def on_every_keyboard(keys: QKeySequence) -> bool:
    """Whether `keys` uses only keys every keyboard has (letters, F1 to F35, arrows...).

    Qt's standard bindings add dedicated keys (Help, Back, Forward, Zoom In, Search),
    whose names read like commands: the list said "F1, Help" beside "How to use this
    guide", and « Suivant, Précédent » in French. They still work; they are not listed."""
    return all(keys[i].key().value < Qt.Key.Key_Help.value for i in range(keys.count()))


def keys_of(action: QAction) -> str:
    """The keys of `action`, readable, each once: "Ctrl+Q", never "Ctrl+Q, Quit"."""
    native = QKeySequence.SequenceFormat.NativeText
    seen = dict.fromkeys(k.toString(native) for k in action.shortcuts()
                         if not k.isEmpty() and on_every_keyboard(k))
    return ", ".join(seen)


def shortcut_groups(window: QMainWindow, others_title: str
                    ) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every menu, then the actions in no menu."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    listed: set[int] = set()

    def walk(menu: QMenu, rows: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), rows)
                continue
            listed.add(id(action))
            if action.isSeparator() or action.property(HIDDEN) or not action.isVisible():
                continue
            keys = keys_of(action)
            if keys and (plain(action.text()), keys) not in rows:
                rows.append((plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        rows: list[tuple[str, str]] = []
        walk(menu, rows)
        if rows:
            groups.append((plain(menu.title()), rows))
    others = [(plain(a.text()), keys_of(a)) for a in window.findChildren(QAction)
              if id(a) not in listed and not a.property(HIDDEN) and a.text()
              and not a.isSeparator() and a.menu() is None and keys_of(a)]
    if others:
        groups.append((others_title, sorted(set(others))))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, settings: S.Settings | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("shortcutsDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)
        fit_remembered(self, QSize(560, 620), settings, S.SHORTCUTS_SIZE)
        track(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr(
            "Everything in this guide can be done with the keyboard. Alt and the underlined "
            "letter opens a menu."))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Each command and the keys that do it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        in_text = (self.tr("In the text"), [
            (self.tr("Go to the next link or word"), "Tab"),
            (self.tr("Go to the previous link or word"), self.tr("Shift+Tab")),
            (self.tr("Open the link, or explain the word"), self.tr("Enter")),
            (self.tr("Move the caret through the text"), self.tr("Arrows, Home, End")),
            (self.tr("Move the caret word by word"), self.tr("Ctrl+Left, Ctrl+Right")),
            (self.tr("Go to the next heading"), "H"),
            (self.tr("Go to the previous heading"), self.tr("Shift+H")),
            (self.tr("Scroll down or up"), self.tr("Page Down, Page Up")),
        ])
        for title, rows in [*shortcut_groups(self.window_, self.tr("Other keys")), in_text]:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(self.tree, [command, keys])
        self.tree.setCurrentItem(self.tree.topLevelItem(1))

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, for tests and screen readers alike."""
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]

