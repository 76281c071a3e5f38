"""CSV exports of a class, read back with the csv module: real numbers, Khmer intact for Excel."""

import csv
from datetime import UTC
from pathlib import Path

import pytest

from trainer.course.loader import load_library
from trainer.reports.class_data import ClassData, class_answers, load_class
from trainer.reports.csv_export import (
    ANSWER_COLUMNS,
    PROGRESS_COLUMNS,
    order_shown,
    write_answers_csv,
    write_progress_csv,
)
from trainer.store.database import Database

from .class_seed import CLASS_NAME, NOW, seed_class
from .conftest import TYPES_CONTENT
from .test_layers import imported_modules


@pytest.fixture
def data(database: Database) -> ClassData:
    ids = seed_class(database)
    return load_class(database, load_library([TYPES_CONTENT]), ids["class"], NOW, UTC)


def read(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_progress_has_one_row_per_learner_and_module_with_real_numbers(
    data: ClassData, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    path = tmp_path / "progress.csv"
    assert write_progress_csv(path, data, "km", lambda done, total: seen.append((done, total))) == 12
    rows = read(path)
    assert list(rows[0]) == list(PROGRESS_COLUMNS)
    assert [row["learner"] for row in rows[::4]] == ["Dara", "Vannak", "សុខា"]
    by_key = {(row["learner"], row["module id"]): row for row in rows}
    sokha = by_key["សុខា", "judge-posts"]
    assert sokha == {
        "learner": "សុខា",
        "class": CLASS_NAME,
        "curriculum": "ព័ត៌មាន",
        "module id": "judge-posts",
        "module": "វាយតម្លៃការបង្ហោះ",
        "status": "mastered",
        "answers": "3",
        "right": "2",
        "share right": "0.667",
        "last activity": "2026-10-07 09:00:00",
        "minutes answering": "1.6",
    }
    assert (by_key["សុខា", "news-pretest"]["status"], by_key["សុខា", "news-pretest"]["right"]) == ("done", "2")
    dara = by_key["Dara", "judge-posts"]
    assert (dara["status"], dara["answers"], dara["share right"], dara["minutes answering"]) == (
        "in-progress",
        "3",
        "0.0",
        "0.4",
    )
    vannak = by_key["Vannak", "practice"]
    assert (vannak["status"], vannak["answers"], vannak["share right"], vannak["last activity"]) == (
        "not-started",
        "0",
        "",
        "",
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_answers_have_one_row_per_answer(data: ClassData, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    assert write_answers_csv(path, data, class_answers(database, data), "en") == 22
    rows = read(path)
    assert list(rows[0]) == list(ANSWER_COLUMNS)
    (share,) = [row for row in rows if row["learner"] == "សុខា" and row["question id"] == "share-dam"]
    assert share == {
        "learner": "សុខា",
        "class": CLASS_NAME,
        "module id": "judge-posts",
        "module": "Judge the post",
        "question id": "share-dam",
        "question type": "share",
        "response": '["check-first"]',
        "response text": "Check it first",
        "right": "1",
        "score": "1.0",
        "confidence": "",
        "hint used": "1",
        "seconds": "45.0",
        "time": "2026-10-06 11:24:00",
        "order shown": "",  # recorded before options were shuffled
    }
    (rain,) = [row for row in rows if row["question id"] == "rain-forecast"]
    assert (rain["response"], rain["response text"], rain["confidence"], rain["right"]) == (
        "6",
        "6 / 7",
        "sure",
        "1",
    )
    (technique,) = [row for row in rows if row["question id"] == "fake-minister"]
    assert (technique["right"], technique["score"], technique["seconds"]) == ("0", "0.5", "20.0")
    assert [row["time"] for row in rows] == sorted(row["time"] for row in rows)


def test_a_khmer_export_keeps_latin_digits_in_its_numbers_for_the_spreadsheet(
    data: ClassData, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "answers.csv"
    write_answers_csv(path, data, class_answers(database, data), "km")
    (rain,) = [row for row in read(path) if row["question id"] == "rain-forecast"]
    assert (rain["module"], rain["response text"]) == ("វាយតម្លៃការបង្ហោះ", "៦ / ៧"), "words in Khmer"
    numbers = ("response", "right", "score", "hint used", "seconds", "time")
    assert [rain[column] for column in numbers] == ["6", "1", "1.0", "0", "30.0", "2026-10-06 09:00:00"]


def test_the_order_shown_is_the_ids_top_to_bottom_and_a_scenario_s_per_step() -> None:
    assert order_shown(["call", "click", "ignore"]) == "call;click;ignore"
    assert order_shown({"message": ["call", "pay"], "after-call": ["ignore", "warn"]}) == (
        "message: call;pay / after-call: ignore;warn"
    )
    assert order_shown(None) == ""


def test_an_export_that_fails_part_way_leaves_the_old_file(data: ClassData, tmp_path: Path) -> None:
    path = tmp_path / "progress.csv"
    path.write_text("the export of last week", encoding="utf-8")

    def fail_on_second(done: int, total: int) -> None:
        if done == 2:
            raise OSError("the USB stick was pulled out")

    with pytest.raises(OSError, match="USB stick"):
        write_progress_csv(path, data, "en", fail_on_second)
    assert path.read_text(encoding="utf-8") == "the export of last week"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("progress")] == ["progress.csv"]


@pytest.mark.parametrize("module", ["__init__", "class_data", "csv_export"])
def test_reading_and_csv_never_import_qt(module: str) -> None:
    path = Path(__file__).parent.parent / "trainer" / "reports" / f"{module}.py"
    assert not {name for name in imported_modules(path) if name.startswith(("PySide6", "trainer.ui"))}
