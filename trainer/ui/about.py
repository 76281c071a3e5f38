"""About: the version, the content version, and the licences of what the trainer bundles."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer import resources, version


def content_version() -> str:
    path = resources.bundled_content() / "VERSION"
    return path.read_text(encoding="utf-8").strip() if path.exists() else "?"


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setWindowTitle(QCoreApplication.translate("About", "About this trainer"))
    box.setText(
        QCoreApplication.translate("About", "Digital skills trainer, version {}").format(version())
        + "\n"
        + QCoreApplication.translate("About", "Bundled content, version {}").format(content_version())
        + "\n\n"
        + QCoreApplication.translate("About", "It works offline. Learners' records stay on this computer.")
    )
    box.setDetailedText((resources.assets() / "LICENSES.txt").read_text(encoding="utf-8"))
    box.open()
    return box
