"""Reports benchmark: a class of 30 learners with every bundled module assigned and months of
answers; times reading the class, both CSV files, the charts, the class report and the class's
certificates, and prints the median of several runs. Writes the files it made to --out, so that
their pages can be looked at. Run it with:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/reports.py [--runs 5] [--learners 30] [--out DIR]
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer import resources
from trainer.course.loader import load_library
from trainer.course.model import Library, Module
from trainer.learning.events import Event, Verb
from trainer.store.classes import Assignment, add_class, set_assignments
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import Profile, add_learner

NAMES = ("សុខា", "ស្រីមុំ", "ចាន់ធីតា", "Dara", "Vannak", "សុភា", "Bopha", "វណ្ណា", "Pisey", "រតនា")
START = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def learner_events(learner: str, modules: list[Module], chance: random.Random) -> list[Event]:
    """A learner who works through some modules over weeks, with varied answers."""
    events, when = [], START + timedelta(days=chance.randint(0, 10))
    skill = chance.uniform(0.4, 0.95)
    for module in modules[: chance.randint(2, len(modules))]:
        attempt = f"{learner}/{module.id}"
        events.append(
            Event(
                learner,
                Verb.STARTED_QUIZ,
                module.id,
                context={"attempt": attempt},
                timestamp=when.isoformat(),
            )
        )
        for question in module.questions:
            right = chance.random() < (skill if module.test is None else 0.5)
            response: Any = (
                chance.randint(1, 7)
                if question.type == "reliability"
                else [question.options[0].id]
                if question.options
                else []
            )
            when += timedelta(minutes=chance.uniform(0.3, 3))
            result = {
                "response": response,
                "success": right,
                "score": float(right),
                "duration_ms": chance.randint(5_000, 90_000),
            }
            context = {
                "attempt": attempt,
                "question": question.id,
                "type": question.type,
                "hint_used": chance.random() < 0.2,
            }
            events.append(
                Event(learner, Verb.ANSWERED, module.id, result, context, timestamp=when.isoformat())
            )
        verb = Verb.MASTERED if module.test is None and chance.random() < skill else Verb.FINISHED_QUIZ
        events.append(
            Event(learner, verb, module.id, context={"attempt": attempt}, timestamp=when.isoformat())
        )
        when += timedelta(days=chance.uniform(1, 9))
    return events


def seed(database: Database, library: Library, learners: int) -> str:
    chance = random.Random(5)
    klass = add_class(database, "ថ្នាក់ព្រឹក Morning class")
    modules = list(library.modules)
    set_assignments(database, klass.id, [Assignment(m.id) for m in modules])
    for number in range(learners):
        consent = chance.random() < 0.7
        profile = Profile(
            klass.id, chance.choice(["female", "male"]), chance.choice(["15-24", "25-34", "35+"]), consent
        )
        name = f"{NAMES[number % len(NAMES)]} {number + 1}"
        learner = add_learner(database, name, "fish", None, profile)
        order = (
            [m for m in modules if m.test == "pre"]
            + [m for m in modules if m.test is None]
            + [m for m in modules if m.test == "post"]
        )
        for event in learner_events(learner.id, order, chance):
            record(database, event)
    return klass.id


def median_seconds(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def time_language(
    language: str, runs: int, out: Path, database: Database, library: Library, class_id: str
) -> None:
    from trainer.reports.certificate import certificates, write_certificates
    from trainer.reports.class_data import class_answers, load_class
    from trainer.reports.class_report import write_class_report
    from trainer.reports.csv_export import write_answers_csv, write_progress_csv
    from trainer.reports.report_pictures import class_charts
    from trainer.reports.wording import Wording

    data = load_class(database, library, class_id)
    answers = class_answers(database, data)
    words = Wording(language)
    charts = class_charts(data, words)
    found = certificates(data, library.curricula[0].id)
    steps: dict[str, Callable[[], object]] = {
        "read the class": lambda: load_class(database, library, class_id),
        f"read its {len(answers)} answers": lambda: class_answers(database, data),
        "progress CSV": lambda: write_progress_csv(out / f"progress-{language}.csv", data, language),
        "answers CSV": lambda: write_answers_csv(out / f"answers-{language}.csv", data, answers, language),
        "charts (main thread)": lambda: class_charts(data, words),
        "class report PDF": lambda: write_class_report(
            out / f"report-{language}.pdf", data, answers, words, charts, "ស្រីមុំ", "Kampot"
        ),
        f"{len(found)} certificates PDF": lambda: write_certificates(
            out / f"certificates-{language}.pdf", found, words, data.today, "Kampot", "ស្រីមុំ"
        ),
    }
    for name, work in steps.items():
        print(f"{language} {name}: median {median_seconds(runs, work) * 1000:.0f} ms over {runs} runs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp()))
    args = parser.parse_args()

    from trainer.ui.app import make_app

    make_app()
    library = load_library([resources.bundled_content()])
    args.out.mkdir(parents=True, exist_ok=True)
    database = Database(args.out / "trainer.db")
    class_id = seed(database, library, args.learners)
    print(f"{args.learners} learners, {len(library.modules)} modules assigned; files in {args.out}")
    for language in ("km", "en"):
        time_language(language, args.runs, args.out, database, library, class_id)
    database.close()


if __name__ == "__main__":
    main()
