"""The in-app "Check this guide" dialog: the same report, grouped by chapter."""

from __future__ import annotations

from pathlib import Path

from edu_app.check.checker import check_book
from edu_app.check.report import group_by_chapter
from edu_app.content import load_book

from .books import make_book


def test_findings_are_grouped_by_chapter(tmp_path: Path) -> None:
    book = load_book(make_book("parity", tmp_path))
    groups = group_by_chapter(check_book(book, readability=False), book)
    ids = [cid for cid, _ in groups]
    assert ids[:3] == ["intro", "care", "extra"] and ids[-1] is None
    intro = dict(groups)["intro"]
    assert {f.file for f in intro} == {"en/01-intro.md", "fr/01-intro.md"}
    assert {f.file for f in dict(groups)[None]} == {"glossary.toml"}


def test_dialog_shows_problems_and_scores(qtbot, tmp_path: Path) -> None:
    from edu_app.ui.features.check_dialog import CheckDialog

    book = load_book(make_book("links", tmp_path))
    dialog = CheckDialog(book)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findings
    assert tree.topLevelItemCount() == 1  # every finding is in chapter "intro"
    group = tree.topLevelItem(0)
    assert group.text(0) == "Welcome (intro)" and group.isExpanded()
    rows = [group.child(i).text(0) for i in range(group.childCount())]
    assert "en/01-intro.md:11" in rows
    assert dialog.scores.rowCount() == 4
    assert "14" in dialog.summary.text()


def test_dialog_on_a_clean_book(qtbot, tmp_path: Path) -> None:
    from edu_app.ui.features.check_dialog import CheckDialog

    dialog = CheckDialog(load_book(make_book("minimal", tmp_path)))
    qtbot.addWidget(dialog)
    assert dialog.findings.topLevelItemCount() == 0
    assert dialog.summary.text() == "No problems found."


def test_dialog_speaks_french(qtbot, qapp, tmp_path: Path) -> None:
    from edu_app.qt.i18n import Translations
    from edu_app.ui.features.check_dialog import CheckDialog

    dialog = CheckDialog(load_book(make_book("minimal", tmp_path)))
    qtbot.addWidget(dialog)
    translations = Translations(qapp)
    translations.switch("fr")
    try:  # LanguageChange reaches widgets through the event loop
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Vérifier ce guide")
        assert dialog.summary.text() == "Aucun problème trouvé."
    finally:
        translations.switch("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Check this guide")


def test_help_menu_opens_the_report_of_the_open_book(window, qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    assert window.features["checker"].action in window.help_menu.actions()
    window.features["checker"].action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "checkDialog") is not None,
                    timeout=60000)
    dialog = window.findChild(QDialog, "checkDialog")
    assert dialog.isVisible() and window.features["checker"].action.isEnabled()
    # nine chapters and the essentials, in two languages
    assert dialog.report.exit_code == 0 and dialog.scores.rowCount() == 20
    dialog.close()


def test_the_window_answers_while_the_guide_is_checked(window, qtbot, monkeypatch) -> None:
    """On a book of long chapters the check takes tens of seconds: it runs off the GUI
    thread, so a timer of the window keeps firing meanwhile (it never did on the GUI
    thread), and the command waits greyed out until the report shows."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from edu_app.check import checker

    ticks: list[float] = []
    during: list[int] = []
    real = checker.check_book

    def slow_check(book):
        before = len(ticks)
        time.sleep(0.6)
        during.append(len(ticks) - before)
        return real(book)

    monkeypatch.setattr(checker, "check_book", slow_check)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    feature = window.features["checker"]
    feature.action.trigger()
    assert not feature.action.isEnabled()
    assert window.statusBar().currentMessage() == "Checking the guide…"
    qtbot.waitUntil(lambda: window.findChild(QDialog, "checkDialog") is not None,
                    timeout=60000)
    timer.stop()
    assert during and during[0] >= 5, during  # the event loop turned while it checked
    assert feature.action.isEnabled() and window.statusBar().currentMessage() == ""
    window.findChild(QDialog, "checkDialog").close()
