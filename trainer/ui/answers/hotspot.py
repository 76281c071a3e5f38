"""Red flags: tap the suspicious parts of a simulated screen (an SVG of an SMS, a chat, a post).

Arrow keys move a cross and Space taps, for learners without a mouse or touchscreen.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from trainer.colours import BAD, GOOD
from trainer.course.model import Question, Region, pick
from trainer.course.types.order import ShownOrder
from trainer.reports.wording import local_digits
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.pictures import drawn_picture
from trainer.ui.style import TARGET
from trainer.ui.widgets import label

WIDTH = 440
"""The widest the picture is drawn; narrower where the window is too short to show it all."""
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
KEY_STEP = 0.04
"""How far one arrow key press moves the cross, as a share of the picture."""


class HotspotPicture(QWidget):
    tapped = Signal(float, float)
    """A tap, in the picture's own units."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.setObjectName("hotspot-picture")
        assert question.image is not None, "the loader refuses a hotspot question without a picture"
        self.image = question.image
        self.draw(WIDTH)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.taps: list[tuple[float, float]] = []
        self.cross = QPointF(self.box.center())
        self.shown: list[tuple[Region, bool]] = []
        self.locked = False

    def draw(self, width: int) -> None:
        """Draw the picture `width` pixels wide; taps and flags keep their place on it."""
        self.box, self.picture = drawn_picture(self.image, width)
        self.scale = width / self.box.width()
        self.setFixedSize(self.picture.size())
        self.update()

    def to_picture(self, point: QPointF) -> QPointF:
        return QPointF(self.box.x() + point.x() / self.scale, self.box.y() + point.y() / self.scale)

    def to_screen(self, point: QPointF) -> QPointF:
        return QPointF((point.x() - self.box.x()) * self.scale, (point.y() - self.box.y()) * self.scale)

    def tap(self, x: float, y: float) -> None:
        if not self.locked:
            self.taps.append((x, y))
            self.tapped.emit(x, y)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = self.to_picture(event.position())
        self.tap(point.x(), point.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if (move := ARROWS.get(Qt.Key(event.key()))) is not None:
            step_x, step_y = self.box.width() * KEY_STEP, self.box.height() * KEY_STEP
            x = min(max(self.cross.x() + move[0] * step_x, self.box.left()), self.box.right())
            y = min(max(self.cross.y() + move[1] * step_y, self.box.top()), self.box.bottom())
            self.cross = QPointF(x, y)
            self.update()
            self._follow_cross()
        elif event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tap(self.cross.x(), self.cross.y())
        else:
            super().keyPressEvent(event)

    def _follow_cross(self) -> None:
        """Scroll the quiz so that the cross stays in view as the arrows move it."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        inside = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and inside is not None:
            centre = self.mapTo(inside, self.to_screen(self.cross).toPoint())
            area.ensureVisible(centre.x(), centre.y(), 60, 60)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self.picture)
        for region, found in self.shown:
            painter.setPen(
                QPen(
                    QColor(GOOD if found else BAD),
                    4,
                    Qt.PenStyle.SolidLine if found else Qt.PenStyle.DashLine,
                )
            )
            corner = self.to_screen(QPointF(region.x, region.y))
            painter.drawRoundedRect(
                QRectF(corner.x(), corner.y(), region.width * self.scale, region.height * self.scale), 8, 8
            )
        painter.setPen(QPen(QColor("#d98e04"), 4))
        for x, y in self.taps:
            painter.drawEllipse(self.to_screen(QPointF(x, y)), 14, 14)
        if self.hasFocus() and not self.locked:
            centre = self.to_screen(self.cross)
            painter.setPen(QPen(QColor("#0f6e8c"), 3))
            painter.drawLine(centre + QPointF(-16, 0), centre + QPointF(16, 0))
            painter.drawLine(centre + QPointF(0, -16), centre + QPointF(0, 16))


class HotspotAnswer(AnswerWidget):
    shows_picture = True

    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        self._lang = "en"
        self.picture = HotspotPicture(question)
        self.picture.tapped.connect(lambda _x, _y: self.retranslate(self._lang))
        self.picture.tapped.connect(self.changed)
        self.count = label(role="quiet")
        self.count.setObjectName("tap-count")
        self.feedback = label()
        self.feedback.setObjectName("hotspot-feedback")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.count)
        self.column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addWidget(self.feedback)

    def response(self) -> list[list[float]] | None:
        return [[round(x, 1), round(y, 1)] for x, y in self.picture.taps] or None

    def fit(self, room: QSize) -> None:
        """The whole picture in view under the question and the count of taps: a flag below the
        fold would never be looked for. After Check it stays as it is, over the feedback."""
        if self.answered:
            return
        tall = room.height() - self.count.heightForWidth(room.width()) - max(0, self.column.spacing())
        box = self.picture.box
        width = max(TARGET, min(WIDTH, room.width(), int(tall * box.width() / box.height())))
        if width != self.picture.width():
            self.picture.draw(width)

    def first_focus(self) -> QWidget | None:
        return self.picture

    def options(self) -> list[QWidget]:
        return [self.picture]

    def seen_after_check(self) -> list[QWidget]:
        return [self.feedback]

    def found(self, region: Region) -> bool:
        return any(region.contains(x, y) for x, y in self.picture.taps)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        taps = len(self.picture.taps)
        self.count.setText(
            self.tr("Tap every part that looks suspicious, then press Check. Taps: {}").format(
                local_digits(taps, lang)
            )
        )
        self.feedback.setVisible(self.answered)
        if not self.answered:
            return
        self.picture.locked = True
        self.picture.shown = [(region, self.found(region)) for region in self.question.regions]
        self.picture.update()
        outside = sum(not any(r.contains(x, y) for r in self.question.regions) for x, y in self.picture.taps)
        lines = [
            ("✓ " if self.found(region) else "✗ ") + pick(region.feedback, lang)
            for region in self.question.regions
        ]
        found = sum(self.found(region) for region in self.question.regions)
        summary = self.tr("You found {} of {} red flags. Taps on nothing suspicious: {}.").format(
            *(local_digits(n, lang) for n in (found, len(self.question.regions), outside))
        )
        self.feedback.setText(
            "\n".join([summary, *lines, pick(self.question.explanation or {}, lang)]).strip()
        )
