"""Pictures where words alone would do, messages that say their kind, Khmer digits in Khmer,
pictures that give nothing away, and colours anyone can read: what a learner or facilitator sees."""

import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer import resources
from trainer.colours import ACCENT, INK, PAGE, QUIET, STATUS_COLOURS
from trainer.course.card_pictures import card_pictures
from trainer.course.loader import load_library
from trainer.store.classes import add_class
from trainer.store.learners import Learner, add_learner, all_learners
from trainer.ui.add_learners import AddLearners
from trainer.ui.answers.choices import ChoicesAnswer
from trainer.ui.choice import ChoiceCard
from trainer.ui.classes import ClassesScreen
from trainer.ui.code_pad import PICTURES
from trainer.ui.home import HomeScreen
from trainer.ui.main_window import MainWindow
from trainer.ui.message import MessageLine
from trainer.ui.new_learner import NewLearnerScreen
from trainer.ui.quiz import QuizScreen
from trainer.ui.screen_catalogue import Shot
from trainer.ui.screenshots import SIZE, visit_screens
from trainer.ui.sign_in import SignInScreen
from trainer.ui.style import MESSAGE_COLOURS
from trainer.ui.widgets import avatars

from .conftest import CODE, FIXTURE_CONTENT, TYPES_CONTENT, edit_file, signed_in_window

KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
LATIN_DIGIT = re.compile("[0-9]")
MODULE = Path("basics/m1-passwords")


def contrast(first: str | QColor, second: str | QColor) -> float:
    """The WCAG 2.2 contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def icon_colours(widget: QAbstractButton) -> Counter[str]:
    """The colours of an icon as drawn on the button: its opaque pixels, counted."""
    image = widget.icon().pixmap(widget.iconSize()).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    )


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person sees on the screen: labels and buttons that are visible."""
    found = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    found += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return [text for text in found if text]


def khmer_window(qtbot: QtBot, tmp_path: Path, content: Path) -> MainWindow:
    return signed_in_window(qtbot, tmp_path / "data", content, lang="km")


# Pictures beside the words


def test_true_and_false_show_a_tick_and_a_cross_beside_their_words(qtbot: QtBot, window: MainWindow) -> None:
    module = window.context.library.module("passwords")
    assert module is not None
    true_false, single = module.question("share-otp"), module.question("longest")
    assert true_false is not None and single is not None
    answer = ChoicesAnswer(true_false)
    qtbot.addWidget(answer)
    answer.retranslate("en")
    answer.show()
    pictures = {}
    for row in answer.rows:
        assert row.choice.picture.isVisible() and row.choice.picture.x() < row.choice.text.x()
        image = row.choice.picture.pixmap().toImage()
        pictures[row.choice.text.text()] = image.pixelColor(image.width() // 2, image.height() // 8).name()
    assert pictures == {"True": "#1b7a34", "False": "#c0392b"}, "a green tick circle, a red cross circle"
    other = ChoicesAnswer(single)
    qtbot.addWidget(other)
    other.show()
    assert not any(row.choice.picture.isVisible() for row in other.rows), "only True and False have them"


def test_the_reliability_scale_ends_say_what_they_mean_in_words_and_pictures(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", TYPES_CONTENT)
    window.open_quiz(window.context.library.module("judge-posts"))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    low, high = quiz.findChild(QLabel, "scale-low"), quiz.findChild(QLabel, "scale-high")
    assert low.text() == "Not at all reliable" and high.text() == "Completely reliable"
    first, last = quiz.findChild(ChoiceCard, "rating-1"), quiz.findChild(ChoiceCard, "rating-7")
    low_picture = quiz.findChild(QLabel, "scale-unreliable-picture")
    high_picture = quiz.findChild(QLabel, "scale-reliable-picture")
    for picture in (low_picture, high_picture):
        assert picture.isVisible() and not picture.pixmap().isNull()

    def left(widget: QWidget) -> int:
        return widget.mapTo(quiz, QPoint(0, 0)).x()

    def right(widget: QWidget) -> int:
        return widget.mapTo(quiz, QPoint(widget.width(), 0)).x()

    assert right(low) < left(first) and right(low_picture) < left(first), "before 1"
    assert left(high) > right(last) and left(high_picture) > right(last), "after 7"
    for end in (low, high, low_picture, high_picture):
        top, bottom = end.mapTo(quiz, QPoint(0, 0)).y(), end.mapTo(quiz, QPoint(0, end.height())).y()
        assert top < first.mapTo(quiz, QPoint(0, first.height())).y() + 40, "in the scale's row"
        assert bottom > first.mapTo(quiz, QPoint(0, 0)).y() - 40
    assert [quiz.findChild(ChoiceCard, f"rating-{n}").text.text() for n in range(1, 8)] == list("1234567")
    window.context.language.switch("km")
    qtbot.waitUntil(lambda: quiz.findChild(ChoiceCard, "rating-1").text.text() == "១")
    assert [quiz.findChild(ChoiceCard, f"rating-{n}").text.text() for n in range(1, 8)] == list("១២៣៤៥៦៧")
    for end in (low, high):
        parts = [end.fontMetrics().horizontalAdvance(part) for part in end.text().split()]
        assert KHMER.search(end.text()) and max(parts) <= end.width(), "every word shows whole"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The fixture course, with a pre-test (no lesson) beside the module that has a picture."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    pretest = root / "basics" / "m0-pretest"
    shutil.copytree(root / MODULE, pretest)
    for name in ("lesson.en.md", "lesson.km.md"):
        (pretest / name).unlink()
    edit_file(pretest / "module.yaml", "id: passwords", "id: pretest\ntest: pre")
    return root


def test_every_module_card_shows_a_picture_of_its_own_or_of_its_curriculum(
    qtbot: QtBot, tmp_path: Path, content: Path
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", content)
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    lock = (content / MODULE / "images" / "lock.svg").resolve()
    assert home.cards["passwords"].picture_path == lock, "the first picture of the lesson"
    assert home.cards["pretest"].picture_path == lock, "no lesson: the curriculum's picture"
    for card in home.cards.values():
        assert card.picture.isVisible() and not card.picture.pixmap().isNull()
        picture, title, badge = card.picture.geometry(), card.title.geometry(), card.status_label.geometry()
        assert picture.bottom() < title.top() and title.bottom() < badge.top(), "one above the other"


def test_a_module_may_choose_its_card_picture_and_a_wrong_one_is_reported(content: Path) -> None:
    folder = content / MODULE
    shutil.copy(folder / "images" / "lock.svg", folder / "images" / "card.svg")
    edit_file(folder / "module.yaml", "level: 1", "level: 1\npicture: images/card.svg")
    (curriculum,) = load_library([content]).curricula
    assert card_pictures(curriculum, "km")["passwords"] == (folder / "images" / "card.svg").resolve()
    line = edit_file(folder / "module.yaml", "picture: images/card.svg", "picture: images/none.svg")
    problems = [str(p) for p in load_library([content]).problems]
    assert f"{folder / 'module.yaml'}:{line}: picture 'images/none.svg' not found" in problems


def test_every_bundled_module_has_a_card_picture() -> None:
    library = load_library([resources.bundled_content()])
    for curriculum in library.curricula:
        for language in ("km", "en"):
            pictures = card_pictures(curriculum, language)
            assert all(pictures.values()), (curriculum.id, language)


def touch_targets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = [w for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return found + [w for w in root.findChildren(ChoiceCard) if w.isVisible()]


def assert_big_enough(root: QWidget) -> None:
    small = [
        (w.objectName() or w.text(), w.width(), w.height())  # type: ignore[attr-defined]
        for w in touch_targets(root)
        if min(w.width(), w.height()) < 44
    ]
    assert small == [], small


def test_touch_targets_are_at_least_44_px(qtbot: QtBot, tmp_path: Path) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", TYPES_CONTENT)
    window.resize(1024, 600)
    assert_big_enough(window)
    window.open_quiz(window.context.library.module("judge-posts"))
    qtbot.waitExposed(window)
    assert touch_targets(window.screen_widget), "the scale is there"
    assert_big_enough(window)
    window.sign_out()
    window.show_new_learner()
    assert_big_enough(window)


# Messages of three kinds


def words_colour(message: MessageLine) -> str:
    message.words.ensurePolished()
    return message.words.palette().color(QPalette.ColorRole.WindowText).name()


def classes_screen(qtbot: QtBot, window: MainWindow) -> ClassesScreen:
    add_class(window.context.database, "Morning class")
    screen = ClassesScreen(window.context)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_success_is_green_with_a_tick_and_an_error_red_with_a_mark(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = classes_screen(qtbot, window)

    def fill_and_add(dialog: AddLearners) -> int:
        dialog.text.setPlainText("Dara\nBopha\nSokha\nVannak\nSrey Mom\n")
        dialog.add()
        return dialog.result()

    monkeypatch.setattr(AddLearners, "exec", fill_and_add)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "5 learners added."
    assert screen.message.kind() == "success" and screen.message.symbol.isVisible()
    assert words_colour(screen.message) == MESSAGE_COLOURS["success"]
    success_symbol = screen.message.symbol.pixmap().toImage()

    screen.learners.clearSelection()
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Select one or more learners first."
    assert screen.message.kind() == "error" and words_colour(screen.message) == MESSAGE_COLOURS["error"]
    assert screen.message.symbol.pixmap().toImage() != success_symbol, (
        "the symbol differs, not only the colour"
    )

    screen.learners.item(0).setSelected(True)
    assert screen.message.text() == "" and not screen.message.symbol.isVisible(), "fixed: the error goes"

    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.text().startswith("Saved.") and screen.message.kind() == "success"
    screen.learners.clearSelection()
    screen.learners.item(1).setSelected(True)
    assert screen.message.kind() == "success", "a success stays while the facilitator goes on"


def test_errors_on_the_new_learner_screen_go_once_fixed(qtbot: QtBot, window: MainWindow) -> None:
    window.show_new_learner()
    screen = window.screen_widget
    assert isinstance(screen, NewLearnerScreen)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Please write your name." and screen.message.kind() == "error"
    qtbot.keyClicks(screen.name, "Sokha")
    assert screen.message.text() == "Please pick your picture.", "the name is there; the picture is next"
    qtbot.mouseClick(screen.findChild(QAbstractButton, "avatar-kite"), Qt.MouseButton.LeftButton)
    assert screen.message.text() == "" and not screen.message.symbol.isVisible()


def test_a_class_list_s_problems_go_as_they_are_corrected(qtbot: QtBot, window: MainWindow) -> None:
    group = add_class(window.context.database, "Morning class")
    dialog = AddLearners(window.context, group.id)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Dara, maybe\nBopha, female, 99-100\n")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().count("Line ") == 2
    dialog.text.setPlainText("Dara, male\nBopha, female, 99-100\n")
    assert dialog.message.text().startswith("Line 2: age group") and "Line 1" not in dialog.message.text()
    dialog.text.setPlainText("Dara, male\nBopha, female\n")
    assert dialog.message.text() == "", "every line is right now"


def test_the_wrong_code_message_goes_when_the_learner_starts_a_new_try(
    qtbot: QtBot, window: MainWindow
) -> None:
    learner = add_learner(window.context.database, "Dara", "kite", CODE)
    window.show_sign_in(learner)
    screen = window.screen_widget
    assert isinstance(screen, SignInScreen)
    wrong = [name for name in PICTURES if name not in CODE.split("-")][:3]
    for name in wrong:
        qtbot.mouseClick(screen.pad.picture_buttons[name], Qt.MouseButton.LeftButton)
    assert screen.message.text().startswith("That is not your code")
    assert screen.message.kind() == "error" and screen.message.symbol.isVisible()
    qtbot.mouseClick(screen.pad.picture_buttons[CODE.split("-")[0]], Qt.MouseButton.LeftButton)
    assert screen.message.text() == "" and not screen.message.symbol.isVisible()


def test_the_end_of_a_wait_is_said_as_good_news(qtbot: QtBot, window: MainWindow) -> None:
    learner = add_learner(window.context.database, "Dara", "kite", CODE)
    window.show_sign_in(learner)
    screen = window.screen_widget
    assert isinstance(screen, SignInScreen)
    screen._wait(1)
    assert screen.message.kind() == "error"
    qtbot.waitUntil(lambda: screen.message.text() == "You can try again now.", timeout=3000)
    assert screen.message.kind() == "success" and words_colour(screen.message) == MESSAGE_COLOURS["success"]


# Khmer digits in Khmer text


LATIN_WORD = re.compile(r"\S*[A-Za-z]\S*")
"""A word with Latin letters is not Khmer text, nor are its digits: a name in a lesson ("PC-3"),
a file name, an address, a version ("v1.2")."""
KEY_CODE = re.compile(r"\b[0-9a-f]{4}(?: [0-9a-f]{4})+\b")
"""A key's code, in groups of four, as it is compared with the one the publisher gives."""
TYPED_AS_IS = ("<15, 15-24, 25-34, 35-54, 55+",)
"""Age groups as the facilitator types them into the add-learners list: the roster reads them so."""


def latin_digits_in_khmer(text: str) -> bool:
    """Khmer text with a Latin digit outside a Latin word or a key code; or, as everything on a
    Khmer screen is read in Khmer, a number, percentage or date on its own in Latin digits. All-Latin
    text (a refusal an LRS sent in English, a learner's Latin name) is not Khmer text."""
    if not KHMER.search(text) and re.search("[A-Za-z]", text):
        return False
    for allowed in TYPED_AS_IS:
        text = text.replace(allowed, "")
    return bool(LATIN_DIGIT.search(LATIN_WORD.sub("", KEY_CODE.sub("", text))))


def every_shown_text(root: QWidget) -> list[str]:
    """Every text a person sees: labels, buttons, fields, lists, and every cell and heading of a table."""
    found = shown_texts(root)
    visible = [widget for widget in root.findChildren(QWidget) if widget.isVisible()]
    found += [w.text() for w in visible if isinstance(w, QLineEdit | QAbstractSpinBox)]
    found += [w.itemText(n) for w in visible if isinstance(w, QComboBox) for n in range(w.count())]
    found += [w.item(n).text() for w in visible if isinstance(w, QListWidget) for n in range(w.count())]
    for table in (w for w in visible if isinstance(w, QTableView)):
        model, top = table.model(), QModelIndex()
        rows, columns = model.rowCount(top), model.columnCount(top)
        found += [str(model.data(model.index(r, c)) or "") for r in range(rows) for c in range(columns)]
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    return [text for text in found if text]


def assert_no_latin_digits_in_khmer(root: QWidget) -> None:
    mixed = [text for text in every_shown_text(root) if latin_digits_in_khmer(text)]
    assert mixed == [], mixed


def test_numbers_in_khmer_screens_use_khmer_digits(qtbot: QtBot, tmp_path: Path) -> None:
    window = khmer_window(qtbot, tmp_path, TYPES_CONTENT)
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    assert any("នាទី" in card.minutes.text() for card in home.cards.values())
    assert_no_latin_digits_in_khmer(window)

    window.open_quiz(window.context.library.module("practice"))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and quiz.question is not None
    assert quiz.question.type == "ordering"
    numbers = sorted(
        label.text() for label in quiz.findChildren(QLabel) if re.fullmatch(r".\.", label.text())
    )
    assert numbers == ["១.", "២.", "៣.", "៤."]
    assert_no_latin_digits_in_khmer(window)
    quiz.check()
    assert_no_latin_digits_in_khmer(window)

    learner = add_learner(window.context.database, "Sokha", "kite", CODE)
    window.show_sign_in(learner)
    screen = window.screen_widget
    assert isinstance(screen, SignInScreen)
    screen._wait(29)
    assert "២៩" in screen.message.text()
    assert_no_latin_digits_in_khmer(window)


def test_numbers_on_every_facilitator_page_and_dialog_in_khmer_use_khmer_digits(qapp: QApplication) -> None:
    """The screenshots' catalogue on the demo class: dashboard, classes with a "finish by" date,
    reports, packs, LRS, backups with a backup, settings, moving progress, and each dialog."""
    found: dict[str, list[str]] = {}

    def visit(shot: Shot, size: tuple[int, int], lang: str, shown: QWidget) -> None:
        if shot.name.startswith("facilitator"):
            found[shot.name] = [text for text in every_shown_text(shown) if latin_digits_in_khmer(text)]

    visit_screens("km", None, (SIZE,), visit)
    assert len(found) >= 15
    mixed = {name: texts for name, texts in found.items() if texts}
    assert mixed == {}, "\n".join(f"{name}: {texts[:6]}" for name, texts in mixed.items())


# Pictures that give nothing away


def test_a_learner_s_picture_is_never_one_of_the_code_pictures(window: MainWindow) -> None:
    assert not set(avatars()) & set(PICTURES)
    window.show_new_learner()
    offered = {
        str(button.property("avatar"))
        for button in window.screen_widget.findChildren(QAbstractButton)
        if button.objectName().startswith("avatar-")
    }
    assert offered == set(avatars()) and len(offered) >= 12
    assert not offered & set(PICTURES)
    old = add_learner(window.context.database, "Kept", "fish", CODE)
    assert not window.screen_widget.findChild(QAbstractButton, "avatar-fish")
    window.show_sign_in(old)
    assert not window.findChild(SignInScreen).findChildren(QLabel)[0].pixmap().isNull(), (
        "an old one still shows"
    )


def test_learners_a_facilitator_adds_get_pictures_no_one_on_this_pc_has(
    qtbot: QtBot, window: MainWindow
) -> None:
    database = window.context.database
    taken = avatars()[:3]
    for number, picture in enumerate(taken):
        add_learner(database, f"Here {number}", picture, CODE)
    group = add_class(database, "Morning class")
    dialog = AddLearners(window.context, group.id)
    qtbot.addWidget(dialog)
    free = len(avatars()) - len(taken)
    dialog.text.setPlainText("\n".join(f"New {n}" for n in range(free + 2)))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added: list[Learner] = [learner for learner in all_learners(database) if learner.name.startswith("New")]
    first = sorted(added, key=lambda learner: int(learner.name.split()[1]))[:free]
    assert {learner.avatar for learner in first} == set(avatars()) - set(taken), "unused pictures first"
    counts = Counter(learner.avatar for learner in all_learners(database))
    assert max(counts.values()) == 2 and min(counts.values()) == 1, "then the least used"


def test_the_learner_list_says_picture_code(qtbot: QtBot, tmp_path: Path) -> None:
    window = khmer_window(qtbot, tmp_path, FIXTURE_CONTENT)
    group = add_class(window.context.database, "Morning class")
    add_learners = AddLearners(window.context, group.id)
    qtbot.addWidget(add_learners)
    add_learners.text.setPlainText("Dara\n")
    add_learners.add()
    screen = ClassesScreen(window.context)
    qtbot.addWidget(screen)
    (item,) = [screen.learners.item(row).text() for row in range(screen.learners.count())]
    assert "កូដរូបភាព" in item and "លេខកូដ" not in item


# Colours anyone can read


def svg_colours(path: Path) -> set[str]:
    colours = set()
    for element in ElementTree.parse(path).iter():
        for attribute in ("fill", "stroke"):
            value = element.get(attribute)
            if value and value.startswith("#"):
                colours.add(value.lower())
    return colours


def test_text_on_badges_pages_and_buttons_has_at_least_4_5_to_1() -> None:
    for name, colour in STATUS_COLOURS.items():
        assert contrast("white", colour) >= 4.5, name
    for kind, colour in MESSAGE_COLOURS.items():
        assert contrast(colour, PAGE) >= 4.5 and contrast(colour, "white") >= 4.5, kind
    assert contrast("white", ACCENT) >= 4.5, "primary buttons"
    assert contrast(QUIET, PAGE) >= 4.5 and contrast(INK, PAGE) >= 4.5


def test_icons_on_buttons_and_symbols_have_at_least_3_to_1(qtbot: QtBot, tmp_path: Path) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    window.open_quiz(window.context.library.module("passwords"))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    primary = [b for b in window.findChildren(QAbstractButton) if b.property("role") == "primary"]
    assert quiz.check_button in primary
    for button in primary:
        if not button.icon().isNull():
            colour, _ = icon_colours(button).most_common(1)[0]
            assert contrast(colour, ACCENT) >= 3, (button.objectName(), colour)
    icons = resources.assets() / "icons"
    for symbol in ("message/success", "message/error", "message/info", "answer/true", "answer/false"):
        circle, mark = sorted(svg_colours(icons / f"{symbol}.svg"), key=lambda c: c == "#ffffff")
        assert contrast(circle, PAGE) >= 3 and contrast(circle, "white") >= 3 and contrast(mark, circle) >= 3
    for verdict in ("ui/check", "ui/cross"):
        (colour,) = svg_colours(icons / f"{verdict}.svg")
        assert contrast(colour, "white") >= 3 and contrast(colour, "#e3f4e8") >= 3
    for light in (icons / "ui").glob("*-light.svg"):
        assert all(contrast(colour, ACCENT) >= 3 for colour in svg_colours(light)), light.name


def test_a_home_screen_badge_is_white_on_a_dark_enough_colour(qtbot: QtBot, window: MainWindow) -> None:
    window.sign_in(add_learner(window.context.database, "Dara", "kite", CODE))
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    badge = home.cards["passwords"].status_label
    assert badge.text() == "Not started"
    image = badge.grab().toImage()
    background = image.pixelColor(2, image.height() // 2)
    assert contrast("white", background) >= 4.5, background.name()
