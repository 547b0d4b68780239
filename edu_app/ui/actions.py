"""The window's commands: created once with their shortcuts, named in `retranslate()`.

Kept apart from the window so that menus, the toolbar and the keyboard-shortcuts help
all read the same list, and so the window only wires them to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from ..qt.first_frame import icon as picture

Key = QKeySequence.StandardKey


def name_action(action: QAction, text: str, tip: str) -> None:
    """Name a command the same way everywhere: text, status tip, tooltip with its keys."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


def unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Each key once, in order: the platform's standard key is often the one we add too
    (Ctrl+Q for Quit on Linux desktops), and a key given twice is "ambiguous" to Qt,
    which then does nothing when it is pressed."""
    return list({k.toString(): k for k in keys if not k.isEmpty()}.values())


class Actions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

        def make(
            name: str,
            shortcuts: list,
            icon: str | None = None,
            checkable: bool = False,
        ) -> QAction:
            action = QAction(parent)
            action.setObjectName(name)
            keys: list[QKeySequence] = []
            for shortcut in shortcuts:
                if isinstance(shortcut, QKeySequence.StandardKey):
                    keys.extend(QKeySequence.keyBindings(shortcut))
                else:
                    keys.append(QKeySequence(shortcut))
            action.setShortcuts(unique_keys(keys))
            if icon is not None:
                action.setIcon(picture(icon))
            action.setCheckable(checkable)
            parent.addAction(action)
            return action

        self.home = make("actionHome", ["Alt+Home"], "home")
        self.back = make("actionBack", [Key.Back], "back")
        self.forward = make("actionForward", [Key.Forward], "forward")
        self.previous_chapter = make("actionPreviousChapter", ["Ctrl+PgUp"], "previous-chapter")
        self.next_chapter = make("actionNextChapter", ["Ctrl+PgDown"], "next-chapter")
        self.zoom_in = make("actionZoomIn", [Key.ZoomIn, "Ctrl+="])
        self.zoom_out = make("actionZoomOut", [Key.ZoomOut])
        self.zoom_reset = make("actionZoomReset", ["Ctrl+0"])
        self.sources = make("actionSources", [])
        self.contents = make("actionContents", ["Ctrl+T"], checkable=True)
        self.guide = make("actionGuide", [Key.HelpContents])
        self.about = make("actionAbout", [])
        self.quit = make("actionQuit", [Key.Quit, "Ctrl+Q"])
        self.french = make("actionFrench", ["Ctrl+Shift+F"], checkable=True)
        self.english = make("actionEnglish", ["Ctrl+Shift+E"], checkable=True)
        self.next_pane = make("actionNextPane", ["F6"])
        self.languages = QActionGroup(parent)
        self.languages.addAction(self.french)
        self.languages.addAction(self.english)
        self.languages.setExclusive(True)
        for action in (self.french, self.english):
            action.setIcon(QIcon())
        # In the toolbar these show their picture only (the name is in the tooltip), so the
        # language switch and the search field fit in a narrow window.
        for action in (self.back, self.forward, self.previous_chapter, self.next_chapter):
            action.setPriority(QAction.Priority.LowPriority)

    def retranslate(self) -> None:
        """Visible names and tooltips; called from the window's retranslate()."""
        texts = {
            self.home: (self.tr("&Home"), self.tr("Go to the first page of the guide")),
            self.back: (self.tr("&Back"), self.tr("Go back to the page you saw before")),
            self.forward: (self.tr("&Forward"), self.tr("Go forward again")),
            self.previous_chapter: (
                self.tr("&Previous chapter"),
                self.tr("Go to the previous chapter"),
            ),
            self.next_chapter: (self.tr("&Next chapter"), self.tr("Go to the next chapter")),
            self.zoom_in: (self.tr("&Larger text"), self.tr("Make the text larger")),
            self.zoom_out: (self.tr("&Smaller text"), self.tr("Make the text smaller")),
            self.zoom_reset: (
                self.tr("&Normal text size"),
                self.tr("Set the text back to its normal size"),
            ),
            self.sources: (
                self.tr("&Sources"),
                self.tr("Where the information in this guide comes from"),
            ),
            self.contents: (self.tr("&Contents"), self.tr("Show or hide the list of chapters")),
            self.guide: (
                self.tr("&How to use this guide"),
                self.tr("Open the chapter on using this guide"),
            ),
            self.about: (self.tr("&About"), self.tr("About this guide and its version")),
            self.quit: (self.tr("&Quit"), self.tr("Close the guide")),
            self.next_pane: (
                self.tr("Move between &panes"),
                self.tr("Move the keyboard between the contents, the text and the search field"),
            ),
            self.french: ("FR", self.tr("Show the guide in French")),
            self.english: ("EN", self.tr("Show the guide in English")),
        }
        for action, (text, tip) in texts.items():
            name_action(action, text, tip)
        self.zoom_out.setIconText("A−")
        self.zoom_in.setIconText("A+")
        self.french.setIconText("FR")
        self.english.setIconText("EN")
