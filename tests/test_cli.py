"""The editors' commands: validate and stats, run as a user would run them."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURE_CONTENT


def trainer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_validate_exits_0_on_good_content() -> None:
    result = trainer("content", "validate", str(FIXTURE_CONTENT))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("ok: 1 modules in 1 curricula")


def test_validate_exits_1_with_one_line_per_problem(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    quiz = root / "basics/m1-passwords/quiz.yaml"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("answer: head", "answer: heart"), encoding="utf-8"
    )
    (root / "basics/m1-passwords/images/lock.svg").unlink()
    result = trainer("content", "validate", str(root))
    assert result.returncode == 1
    lines = result.stdout.split("\n\n")[0].splitlines()  # then a blank line and the translations
    assert len(lines) == 4, lines  # the picture, in both lessons and the quiz, and the answer
    assert all(line.startswith(str(root / "basics/m1-passwords")) for line in lines)
    assert any(line.endswith("quiz.yaml:58: answer 'heart' is not among the options") for line in lines)


def test_validate_fails_when_a_module_yaml_was_saved_as_module_yml(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    module = root / "basics/m1-passwords"
    (module / "module.yaml").rename(module / "module.yml")
    result = trainer("content", "validate", str(root))
    assert result.returncode == 1
    assert (
        result.stdout.splitlines()[0]
        == f"{module}: rename module.yml to module.yaml; until then this module is left out"
    )
    assert "ok" not in result.stdout.split("\n\n")[0]


def test_stats_json_counts_lessons_questions_feedback_and_tags() -> None:
    result = trainer("content", "stats", str(FIXTURE_CONTENT), "--json")
    assert result.returncode == 0
    stats = json.loads(result.stdout)
    (module,) = stats["curricula"][0]["modules"]
    assert module["id"] == "passwords"
    assert module["lesson_pages"] == {"km": 2, "en": 2}
    assert module["questions"] == {"single": 3, "truefalse": 1, "multiple": 1}
    assert module["options"] == 11
    assert module["options_with_feedback"] == {"km": 11, "en": 11}
    assert module["digcomp"] == ["4.1"]
    assert module["translations"] == {"en": "reviewed", "km": "draft"}
    assert stats["translation_status"] == {
        "km": {"draft": 1, "reviewed": 0},
        "en": {"draft": 0, "reviewed": 1},
    }


def test_stats_table_for_people() -> None:
    result = trainer("content", "stats", str(FIXTURE_CONTENT))
    assert (
        "passwords\t2/2\tmultiple 1, single 3, truefalse 1\t11 (11/11)\t4.1\tdraft/reviewed" in result.stdout
    )


def test_the_readme_lists_exactly_the_bundled_curricula() -> None:
    """The README's list is generated from the content, so it cannot drift from it."""
    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- curricula:start -->\n")[1].split("<!-- curricula:end -->")[0]
    generated = trainer("content", "stats", str(root / "content"), "--markdown").stdout
    assert listed.strip() == generated.strip(), (
        "regenerate: python -m trainer content stats content --markdown"
    )


def test_a_facilitator_sets_the_idle_time_and_bad_values_change_nothing(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert trainer("--data-dir", data, "setting", "idle_minutes").stdout == "idle_minutes = 10\n"
    assert trainer("--data-dir", data, "setting", "idle_minutes", "5").stdout == "idle_minutes = 5\n"
    too_long = trainer("--data-dir", data, "setting", "idle_minutes", "999")
    assert too_long.returncode == 1
    assert too_long.stderr == "error: 'idle_minutes' must be a whole number from 1 to 240\n"
    unknown = trainer("--data-dir", data, "setting", "colour")
    assert unknown.returncode == 1 and "unknown setting 'colour'" in unknown.stderr
    assert trainer("--data-dir", data, "setting", "idle_minutes").stdout == "idle_minutes = 5\n"


def test_a_forgotten_facilitator_password_is_reset_at_the_pc(tmp_path: Path) -> None:
    from trainer.store.database import Database
    from trainer.store.facilitators import add_facilitator, check_password

    data = tmp_path / "data"
    database = Database(data / "trainer.db")
    add_facilitator(database, "Sokha", "forgotten-1")
    database.close()
    short = trainer("--data-dir", str(data), "facilitator", "reset-password", "Sokha", "--password", "abc")
    assert short.returncode == 1 and "at least 6 characters; nothing changed" in short.stderr
    done = trainer(
        "--data-dir", str(data), "facilitator", "reset-password", "Sokha", "--password", "new-one-2"
    )
    assert done.returncode == 0, done.stderr
    database = Database(data / "trainer.db")
    assert check_password(database, "forgotten-1") is None
    assert check_password(database, "new-one-2") is not None
    database.close()


def test_resetting_a_password_at_the_pc_also_ends_the_wait_after_wrong_ones(tmp_path: Path) -> None:
    from trainer.store.database import Database
    from trainer.store.facilitators import add_facilitator, open_gate, seconds_to_wait

    data = tmp_path / "data"
    database = Database(data / "trainer.db")
    add_facilitator(database, "Sokha", "forgotten-1")
    for _ in range(5):
        open_gate(database, "guess-123")
    assert seconds_to_wait(database) > 0
    database.close()
    done = trainer(
        "--data-dir", str(data), "facilitator", "reset-password", "Sokha", "--password", "new-one-2"
    )
    assert done.returncode == 0, done.stderr
    database = Database(data / "trainer.db")
    assert seconds_to_wait(database) == 0
    assert open_gate(database, "new-one-2").facilitator is not None
    database.close()
