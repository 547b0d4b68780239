"""Light, dark and high-contrast themes: page colours (CSS) and widget colours (QPalette).

A theme is a table of colours declared once. The page gets CSS appended to the base
style sheet through `PageStyle.theme_css`; the widgets get a `QPalette` built from the
same table, so the text column and the window around it always agree. Print never uses
a theme: the handout renders with the base style sheet, dark on white.

Targets (WCAG 2 relative luminance): body text at least 7:1 against every background
it sits on, links and glossary marks at least 4.5:1. `colour_pairs()` lists every
pairing a theme makes, and the tests check each one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QIcon,
    QPalette,
)
from PySide6.QtWidgets import QMenu, QWidget

from ..content.paths import default_assets_dir
from ..qt.i18n import track

TEXT_MINIMUM = 7.0
LINK_MINIMUM = 4.5
FRAME_MINIMUM = 3.0  # WCAG 1.4.11: the edge of a control against what surrounds it


@dataclass(frozen=True)
class Theme:
    name: str  # the value kept in settings (S.THEME)
    # The page
    text: str
    background: str
    muted: str  # subtitles, captions, "reviewed on"
    link: str
    term: str  # a glossary mark's text
    term_line: str  # its underline
    border: str  # boxes' frames
    actions_bg: str
    actions_border: str
    keypoints_bg: str
    keypoints_border: str
    howto_bg: str
    banner_bg: str
    banner_border: str
    error_bg: str
    error_border: str
    # The widgets around it
    window: str
    button: str
    highlight: str  # selection, focused link, current item
    highlighted_text: str
    placeholder: str
    disabled: str
    focus: str  # the frame around the focused reading area


LIGHT = Theme(
    name="light", text="#1a1a1a", background="#ffffff", muted="#3d3d3d", link="#0b4f9c",
    term="#1a1a1a", term_line="#0b4f9c", border="#6b6b6b",
    actions_bg="#eef5ee", actions_border="#3c7d3c", keypoints_bg="#eef2fa",
    keypoints_border="#2e5c9a", howto_bg="#f5f5f0", banner_bg="#fff4d6",
    banner_border="#a07400", error_bg="#fde8e8", error_border="#a01c1c",
    window="#efefef", button="#e4e4e4", highlight="#0b4f9c", highlighted_text="#ffffff",
    placeholder="#5c5c5c", disabled="#8a8a8a", focus="#0b4f9c",
)
DARK = Theme(
    name="dark", text="#ececec", background="#16181c", muted="#c9c9c9", link="#8cc2ff",
    term="#ececec", term_line="#8cc2ff", border="#8a8f98",
    actions_bg="#182a1c", actions_border="#6cbf78", keypoints_bg="#19243a",
    keypoints_border="#7aa7ec", howto_bg="#24241f", banner_bg="#3a3008",
    banner_border="#e0b23a", error_bg="#3d1717", error_border="#f08080",
    window="#23262b", button="#30343a", highlight="#8cc2ff", highlighted_text="#0b0b0b",
    placeholder="#a8a8a8", disabled="#7c7c7c", focus="#8cc2ff",
)
CONTRAST = Theme(
    name="contrast", text="#ffffff", background="#000000", muted="#ffffff", link="#ffff00",
    term="#ffffff", term_line="#00ffff", border="#ffffff",
    actions_bg="#000000", actions_border="#00ff00", keypoints_bg="#000000",
    keypoints_border="#00ffff", howto_bg="#000000", banner_bg="#000000",
    banner_border="#ffff00", error_bg="#000000", error_border="#ff8080",
    window="#000000", button="#000000", highlight="#ffff00", highlighted_text="#000000",
    placeholder="#d0d0d0", disabled="#a0a0a0", focus="#ffff00",
)
THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, CONTRAST)}
DEFAULT = "light"


def theme(name: str) -> Theme:
    """The theme kept under `name`; the light one for anything unknown."""
    return THEMES.get(name, THEMES[DEFAULT])


# --- contrast (WCAG 2.x) ---------------------------------------------------------------
def relative_luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colour_pairs(t: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for every pairing the theme makes."""
    page_backgrounds = {"page": t.background, "what you can do box": t.actions_bg,
                        "key points box": t.keypoints_bg, "how to box": t.howto_bg,
                        "banner": t.banner_bg, "error banner": t.error_bg}
    pairs: list[tuple[str, str, str, float]] = []
    for where, bg in page_backgrounds.items():
        pairs += [(f"text on {where}", t.text, bg, TEXT_MINIMUM),
                  (f"muted text on {where}", t.muted, bg, TEXT_MINIMUM),
                  (f"link on {where}", t.link, bg, LINK_MINIMUM),
                  (f"glossary mark on {where}", t.term, bg, LINK_MINIMUM),
                  (f"glossary underline on {where}", t.term_line, bg, LINK_MINIMUM)]
    pairs += [("window text", t.text, t.window, TEXT_MINIMUM),
              ("button text", t.text, t.button, TEXT_MINIMUM),
              ("selected text", t.highlighted_text, t.highlight, TEXT_MINIMUM),
              ("placeholder text", t.placeholder, t.background, LINK_MINIMUM),
              ("focus frame", t.focus, t.background, LINK_MINIMUM),
              ("focus frame on window", t.focus, t.window, LINK_MINIMUM),
              ("text field's frame on window", t.border, t.window, FRAME_MINIMUM),
              ("text field's frame on its ground", t.border, t.background, FRAME_MINIMUM)]
    return pairs


# --- the page ----------------------------------------------------------------------------
def page_css(t: Theme) -> str:
    """CSS appended to the base style sheet on screen (never in print)."""
    return f"""
body {{ color: {t.text}; background-color: {t.background}; }}
h1, h2, h3, h4 {{ color: {t.text}; }}
a {{ color: {t.link}; }}
a.term-self {{ color: {t.text}; text-decoration: none; }}
a.term {{ color: {t.term}; text-decoration: underline; text-decoration-color: {t.term_line}; }}
p.subtitle, p.reviewed, span.caption {{ color: {t.muted}; }}
table.box {{ border-color: {t.border}; }}
table.actions {{ background-color: {t.actions_bg}; border-color: {t.actions_border}; }}
table.keypoints {{ background-color: {t.keypoints_bg}; border-color: {t.keypoints_border}; }}
table.howto {{ background-color: {t.howto_bg}; }}
table.banner {{ background-color: {t.banner_bg}; border-color: {t.banner_border}; }}
table.banner.error {{ background-color: {t.error_bg}; border-color: {t.error_border}; }}
img {{ max-width: 100%; }}
"""


# --- the widgets -------------------------------------------------------------------------
def palette(t: Theme) -> QPalette:
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    p = QPalette(QColor(t.button), QColor(t.window))  # derives light/mid/dark/shadow
    roles = {
        R.Window: t.window, R.WindowText: t.text, R.Base: t.background,
        R.AlternateBase: t.window, R.Text: t.text, R.Button: t.button, R.ButtonText: t.text,
        R.BrightText: t.highlight, R.Highlight: t.highlight,
        R.HighlightedText: t.highlighted_text, R.Link: t.link, R.LinkVisited: t.link,
        R.ToolTipBase: t.background, R.ToolTipText: t.text, R.PlaceholderText: t.placeholder,
        R.Accent: t.highlight,
    }
    for group in (G.Active, G.Inactive):
        for role, colour in roles.items():
            p.setColor(group, role, QColor(colour))
    for role, colour in roles.items():
        p.setColor(G.Disabled, role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText, R.HighlightedText):
        p.setColor(G.Disabled, role, QColor(t.disabled))
    return p


def focus_style(t: Theme) -> str:
    """A frame that shows which reading area has the keyboard (the text or the contents),
    and arrows that stay readable on the contents' current entry.

    Qt's Fusion style draws an entry's arrow in the window text colour, half
    transparent, even on the selection: 2.2:1 on the light theme's, 1.6:1 on the dark
    one's. On the selected entry the arrow is ours, in the selected text's colour.
    """
    ink = "white" if relative_luminance(t.highlighted_text) > 0.5 else "black"
    icons = (default_assets_dir() / "icons").as_posix()
    return (f"QTextBrowser, QTreeView {{ border: 2px solid {t.window}; }}"
            f" QTextBrowser:focus, QTreeView:focus {{ border: 2px solid {t.focus}; }}"
            f' QTreeView::branch:has-children:closed:selected'
            f' {{ image: url("{icons}/branch-closed-{ink}.png"); }}'
            f' QTreeView::branch:has-children:open:selected'
            f' {{ image: url("{icons}/branch-open-{ink}.png"); }}')


def field_style(t: Theme, warn: bool = False) -> str:
    """A text field drawn in the theme's colours with a frame that shows.

    Fusion draws a field's frame a shade darker than the window: on the high-contrast
    theme's black window that is black, and on the dark one nearly so, so the search box
    had no edge. The frame is the theme's border colour, the focus colour when typing.
    `warn` (the find bar's "No matches") takes the theme's error colours: a fixed pink
    left the dark themes' light text unreadable.
    """
    background, border = (t.error_bg, t.error_border) if warn else (t.background, t.border)
    focus = t.error_border if warn else t.focus
    return (f"QLineEdit {{ background: {background}; color: {t.text};"
            f" border: 1px solid {border}; border-radius: 2px; padding: 2px 4px; }}"
            f" QLineEdit:focus {{ border: 1px solid {focus}; }}")


def apply_palette(t: Theme) -> None:
    """Give every widget the theme's colours (the application's palette)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    # Windows' native styles ignore a dark palette. Only asked for the dark themes: the
    # light one suits any style, and asking loads QStyle before the first paint.
    style = getattr(app, "style", lambda: None)() if t.name != LIGHT.name else None
    if style is not None and style.name().lower() in {"windowsvista", "windows"}:
        app.setStyle("Fusion")
    app.setPalette(palette(t))


def names() -> list[str]:
    return list(THEMES)


def colour_fields() -> list[str]:
    return [f.name for f in fields(Theme) if f.name != "name"]


# --- the View → Theme submenu ---------------------------------------------------------------
class ThemeMenu(QMenu):
    """Checkable actions, one per theme; `chosen` says which the reader picked."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.by_name: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction(self)
            action.setObjectName(f"actionTheme{name.capitalize()}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: self.chosen.emit(n))
            self.group.addAction(action)
            self.addAction(action)
            self.by_name[name] = action
        self.show_current(current)
        track(self)

    def show_current(self, name: str) -> None:
        self.by_name[theme(name).name].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Theme"))
        texts = {
            "light": (self.tr("&Light"), self.tr("Dark text on a white page")),
            "dark": (self.tr("&Dark"), self.tr("Light text on a dark page, softer in a dim room")),
            "contrast": (self.tr("&High contrast"),
                         self.tr("White text on black, links in yellow, for low vision")),
        }
        for name, (text, tip) in texts.items():
            action = self.by_name[name]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.menuAction().setStatusTip(self.tr("Colours of the page and the window"))



# --- toolbar icons ------------------------------------------------------------------------
def themed_icon(icon: QIcon, t: Theme) -> QIcon:
    """The style's dark pictograms (arrows) vanish on a dark page: redraw them in the text's
    colour (and the disabled colour) for the dark themes; light keeps the original."""
    if t.name == LIGHT.name or icon.isNull():
        return icon
    from PySide6.QtGui import QPainter, QPixmap  # only for the dark themes

    tinted = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, t.text), (QIcon.Mode.Disabled, t.disabled),
                         (QIcon.Mode.Active, t.text)):
        for size in (16, 22, 24, 32, 48):
            source = icon.pixmap(size, size)
            if source.isNull():
                continue
            pixmap = QPixmap(source.size())
            pixmap.setDevicePixelRatio(source.devicePixelRatio())
            pixmap.fill(QColor(0, 0, 0, 0))  # transparent
            painter = QPainter(pixmap)
            painter.drawPixmap(0, 0, source)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), QColor(colour))
            painter.end()
            tinted.addPixmap(pixmap, mode)
    return tinted


def apply_icons(actions: list[QAction], t: Theme, originals: dict[QAction, QIcon]) -> None:
    """Give `actions` their icons for theme `t`; `originals` keeps the light ones."""
    for action in actions:
        if action not in originals:
            originals[action] = action.icon()
        action.setIcon(themed_icon(originals[action], t))
