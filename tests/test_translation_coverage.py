"""`content validate` says how much of each module is translated and reviewed; --strict fails on drafts."""

import shutil
from pathlib import Path

import pytest

from trainer.course.coverage import module_coverage

from .conftest import FIXTURE_CONTENT, edit_file
from .test_cli import trainer

MODULE = Path("basics/m1-passwords")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


def test_every_text_and_lesson_page_is_counted_with_its_review_state() -> None:
    coverage = module_coverage(FIXTURE_CONTENT / MODULE)
    km, en = coverage.languages["km"], coverage.languages["en"]
    assert coverage.module_id == "passwords"
    assert km.total == en.total == 30  # 26 texts in module.yaml and quiz.yaml, and 2 + 2 lesson pages
    assert (km.review, en.review) == ("draft", "reviewed")
    assert coverage.drafts == ("km",)
    # "rice-river-blue-kite" is the same in both: a Khmer text with no Khmer letters is counted as a copy,
    # while "1234" has no letters at all and is the same in every language.
    (copy,) = km.untranslated
    assert (copy.path, copy.line, copy.copied) == (FIXTURE_CONTENT / MODULE / "quiz.yaml", 11, True)
    assert en.untranslated == ()
    assert (km.percent, en.percent) == (96, 100)


def test_a_module_being_translated_is_counted_though_the_app_leaves_it_out(content: Path) -> None:
    quiz = content / MODULE / "quiz.yaml"
    line = edit_file(quiz, "km: តើពាក្យសម្ងាត់មួយណារឹងមាំបំផុត?}", "km: Which password is strongest?}")
    (content / MODULE / "lesson.km.md").write_text("# តែទំព័រមួយ\n", encoding="utf-8")
    result = trainer("content", "validate", str(content), "--untranslated", "km")
    assert result.returncode == 0  # the app can show it, but it is not all translated
    translations = result.stdout.split("\n\n")[1].splitlines()
    assert translations[0].split() == ["translations", "km", "en"]
    assert translations[1].split() == [
        "passwords", "90%", "of", "30", "texts", "(2", "same", "as", "another", "language),", "draft",
        "100%", "of", "30", "texts,", "reviewed",
    ]  # fmt: skip
    assert f"{quiz}:{line}: the km text is the same as in another language" in result.stdout
    assert f"{content / MODULE / 'lesson.km.md'}:1: the km text is missing" in result.stdout


def test_strict_fails_on_draft_translations_and_passes_once_reviewed(content: Path) -> None:
    assert trainer("content", "validate", str(content)).returncode == 0
    strict = trainer("content", "validate", "--strict", str(content))
    assert strict.returncode == 1
    assert strict.stdout.endswith(
        "strict: 1 modules have draft translations; have them reviewed before release\n"
    )
    edit_file(content / MODULE / "module.yaml", "km: draft}", "km: reviewed}")
    reviewed = trainer("content", "validate", "--strict", str(content))
    assert reviewed.returncode == 0, reviewed.stdout
    assert "strict" not in reviewed.stdout


def test_the_bundled_content_is_fully_written_in_both_languages_and_khmer_waits_for_review() -> None:
    from trainer.course.loader import load_library

    for module in load_library([Path(__file__).parent.parent / "content"]).modules:
        coverage = module_coverage(module.folder)
        assert all(cover.total == cover.translated + cover.copies for cover in coverage.languages.values())
        assert coverage.drafts == ("km",), module.id
