"""A big "Listen" button that plays a recording an editor supplied; with no file, no button.

QtMultimedia is loaded on the first play, so that start-up does not wait for it.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from trainer.ui.widgets import button, icon

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtWidgets import QPushButton


class Listen:
    def __init__(self, object_name: str) -> None:
        self.button: QPushButton = button(icon_=icon("ui", "play"), size=36)
        self.button.setObjectName(object_name)
        self.button.clicked.connect(self.play)
        self.button.hide()
        self.recording: Path | None = None
        self.player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None

    def set_recording(self, recording: Path | None, text: str) -> None:
        """Show the button for this recording (hide it for none), and stop what was playing."""
        if self.player is not None:
            self.player.stop()
        self.recording = recording
        self.button.setText(text)
        self.button.setVisible(recording is not None)

    def play(self) -> None:
        if self.recording is None:
            return
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player = QMediaPlayer(self.button)
            self._output = QAudioOutput(self.button)
            self.player.setAudioOutput(self._output)
        self.player.setSource(QUrl.fromLocalFile(str(self.recording)))
        self.player.play()
