"""Shows an external address that the offline clinic PC cannot open, ready to copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..qt.i18n import track


class LinkBox(QDialog):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkBox")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.field = QLineEdit(address)
        self.field.setReadOnly(True)
        self.field.selectAll()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        track(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Address outside this guide"))
        self.label.setText(self.tr(
            "This computer is not connected to the internet, so this address cannot be "
            "opened here. You can copy it and open it at home."))
        self.copy_button.setText(self.tr("&Copy address"))
        self.field.setAccessibleName(self.tr("Address"))

