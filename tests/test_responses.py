"""Responses in words for facilitators: ids become the texts learners saw."""

from PySide6.QtWidgets import QApplication

from trainer.course.loader import load_library
from trainer.learning.responses import describe

from .conftest import FIXTURE_CONTENT


def test_option_ids_become_their_text_and_true_false_stays_readable() -> None:
    module = load_library([FIXTURE_CONTENT]).modules[0]
    longest, otp, habits = (module.question(q) for q in ("longest", "share-otp", "good-habits"))
    assert describe(longest, "short", "en") == "1234"
    assert describe(otp, True, "en") == "True"
    assert describe(habits, ["unique"], "en") == "A different password for each account"
    assert describe(None, [1, 2], "en") == "[1, 2]", "an unknown question: the response as stored"


def test_options_without_text_are_named_as_the_quiz_screen_names_them(qapp: QApplication) -> None:
    from trainer.learning.responses import OPTION_NAMES
    from trainer.ui.answers.choices import option_names
    from trainer.ui.language import Language

    Language(qapp, "en")  # translators are app-wide: an earlier test may have left Khmer in

    module = load_library([FIXTURE_CONTENT]).modules[0]
    otp = module.question("share-otp")
    assert describe(otp, ["false"], "en") == "False"
    assert describe(otp, ["true"], "km", {"true": "ពិត"}) == "ពិត"
    assert option_names() == OPTION_NAMES, "the screen's English names are the reports' names"
