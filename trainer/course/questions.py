"""Reading one quiz question from quiz.yaml: the fields every question has, then those of its
type, read by the type itself (trainer/course/types/)."""

from pathlib import Path

from trainer.course.fields import Fields
from trainer.course.model import Question
from trainer.course.problems import Problems
from trainer.course.types import TYPES
from trainer.course.yamlfile import Map


def read_question(folder: Path, path: Path, item: Map, problems: Problems) -> Question:
    fields = Fields(path, item, problems)
    kind = str(item.get("type", ""))
    question = Question(
        id=fields.identifier("id"),
        type=kind,
        prompt=fields.text("prompt"),
        image=fields.picture("image", folder),
        hint=fields.optional_text("hint"),
        audio=fields.recordings("audio", folder),
        shuffle=_shuffle(fields, kind),
    )
    if kind not in TYPES:
        fields.wrong("type", f"unknown question type '{kind}'")
        return question
    return TYPES[kind].read(fields, question, folder)


def _shuffle(fields: Fields, kind: str) -> bool:
    """`shuffle: false` keeps the file's order, where the order means something ("All of the above")."""
    why = TYPES[kind].fixed_order if kind in TYPES else None
    if "shuffle" in fields.data and why is not None:
        fields.wrong("shuffle", f"'shuffle' does not apply to a {kind} question: {why}; remove it")
        return True
    return fields.flag("shuffle", default=True)
