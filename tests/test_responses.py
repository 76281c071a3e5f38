"""Responses in words for facilitators: ids become the texts learners saw."""

from trainer.course.loader import load_library
from trainer.learning.responses import describe

from .conftest import FIXTURE_CONTENT


def test_option_ids_become_their_text_and_true_false_stays_readable() -> None:
    module = load_library([FIXTURE_CONTENT]).modules[0]
    longest, otp, habits = (module.question(q) for q in ("longest", "share-otp", "good-habits"))
    assert describe(longest, "short", "en") == "1234"
    assert describe(otp, True, "en") == "true"
    assert describe(habits, ["unique"], "en") == "A different password for each account"
    assert describe(None, [1, 2], "en") == "[1, 2]"
