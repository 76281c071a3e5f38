"""CSV files of a class's progress and answers, with real numbers, for Excel or the programme.

UTF-8 with a byte order mark, so that Excel shows Khmer names and titles rather than mojibake.
Column names are in English so that sheets from every centre line up; titles are in the
language chosen. Times are local, written so that Excel reads them as dates.

Numbers, times and dates are written with Latin digits in Khmer files too, unlike the printed
report: a spreadsheet reads Khmer digits as text and cannot add, sort or chart them. Only the
words in the language chosen (titles, and a response in words, "៦ / ៧") have Khmer digits.
"""

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from trainer.course.model import pick
from trainer.files import written_atomically
from trainer.learning.events import Event
from trainer.learning.responses import describe, raw_response
from trainer.reports import Progress, no_progress
from trainer.reports.class_data import ClassData

ENCODING = "utf-8-sig"
TIME = "%Y-%m-%d %H:%M:%S"

PROGRESS_COLUMNS = (
    "learner",
    "class",
    "curriculum",
    "module id",
    "module",
    "status",
    "answers",
    "right",
    "share right",
    "last activity",
    "minutes answering",
)
ANSWER_COLUMNS = (
    "learner",
    "class",
    "module id",
    "module",
    "question id",
    "question type",
    "response",
    "response text",
    "right",
    "score",
    "confidence",
    "hint used",
    "seconds",
    "time",
    "order shown",
)


def _write(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write beside `path`, then put the file in place: a failed export leaves any old file as it was."""
    count = 0
    with written_atomically(path) as partial, partial.open("w", encoding=ENCODING, newline="") as file:
        writer = csv.writer(file)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_progress_csv(path: Path, data: ClassData, language: str, progress: Progress = no_progress) -> int:
    """One row per learner and module of the class; returns the number of rows."""

    def rows() -> Iterable[list[object]]:
        for done, row in enumerate(data.rows):
            name = data.member(row.learner_id).name
            for module in data.modules:
                cell = row.cells[module.id]
                key = (row.learner_id, module.id)
                yield [
                    name,
                    data.klass.name,
                    pick(data.curriculum(module).title, language),
                    module.id,
                    pick(module.title, language),
                    cell.status.value,
                    cell.answers,
                    cell.right,
                    round(cell.right / cell.answers, 3) if cell.answers else "",
                    data.last_active[key].strftime(TIME) if key in data.last_active else "",
                    round(data.minutes.get(key, 0.0), 1),
                ]
            progress(done + 1, len(data.rows))

    return _write(path, PROGRESS_COLUMNS, rows())


def order_shown(order: object) -> str:
    """The ids the learner saw, top to bottom, with ';' between them; a scenario's steps with ' / '."""
    if isinstance(order, dict):
        return " / ".join(f"{step}: {order_shown(ids)}" for step, ids in order.items())
    return ";".join(str(part) for part in order) if isinstance(order, list) else ""


def write_answers_csv(
    path: Path, data: ClassData, answers: Sequence[Event], language: str, progress: Progress = no_progress
) -> int:
    """One row per answer (see class_data.class_answers), oldest first; returns the number of rows."""
    modules = {module.id: module for module in data.library.modules}
    names = {member.id: member.name for member in data.members}

    def rows() -> Iterable[list[object]]:
        for done, event in enumerate(answers, start=1):
            module = modules.get(event.module_id)
            question = module.question(event.context.get("question", "")) if module else None
            result, context = event.result, event.context
            duration = result.get("duration_ms")
            yield [
                names.get(event.learner_id, event.learner_id),
                data.klass.name,
                event.module_id,
                pick(module.title, language) if module else "",
                context.get("question", ""),
                context.get("type") or (question.type if question else ""),
                raw_response(result.get("response")),
                describe(question, result.get("response"), language),
                int(bool(result.get("success"))),
                result.get("score", ""),
                result.get("confidence") or "",
                int(bool(context.get("hint_used"))),
                round(duration / 1000, 1) if duration is not None else "",
                data.local(event.timestamp).strftime(TIME),
                order_shown(context.get("order")),
            ]
            if done % 500 == 0 or done == len(answers):
                progress(done, len(answers))

    return _write(path, ANSWER_COLUMNS, rows())
