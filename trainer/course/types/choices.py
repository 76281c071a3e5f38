"""What the types answered by picking options share (single, multiple, truefalse, share,
technique): reading options and `answer`, grading, xAPI `choice`, demo answers. Each of those
modules makes its type with `choice_type`."""

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer import LANGUAGES
from trainer.course.fields import Fields, check_languages, normalise_id
from trainer.course.model import Option, Question
from trainer.course.types.entries import only_questions_show_pictures
from trainer.course.types.order import Rank, ShownOrder
from trainer.course.types.question_type import Definer, Grade, QuestionType, Reader
from trainer.course.types.words import listed
from trainer.course.types.xapi import LIST, component, joined
from trainer.course.yamlfile import Map

OptionsCheck = Callable[[Fields, str, set[str]], None]
"""Adds a problem where a question's option ids (a set) are not ones its type allows."""


def choice_type(
    name: str,
    *,
    many: bool,
    seconds: int,
    named: Mapping[str, str] | None = None,
    check_options: OptionsCheck | None = None,
    fixed_order: str | None = None,
    interaction_type: str = "choice",
    xapi_definition: Definer | None = None,
) -> QuestionType:
    """A type whose learner picks one option, or with `many` every right one; `named` are the
    options the app names, so that their `text` may be left out."""
    return QuestionType(
        name=name,
        read=_reader(many, named or {}, check_options),
        grade=_many_choices if many else _one_choice,
        describe=listed,
        shown_order=_in_file_order if fixed_order else _shuffled,
        interaction_type=interaction_type,
        xapi_definition=xapi_definition or _choices_definition,
        xapi_response=joined,
        right_answer=_right,
        wrong_answer=_wrong_of_many if many else _wrong_one,
        seconds_to_answer=seconds,
        fixed_order=fixed_order,
        many_answers=many,
        named_options=named or {},
    )


def exactly(named: Mapping[str, str]) -> OptionsCheck:
    """The options must be `named`, all of them and no other."""

    def check(fields: Fields, kind: str, ids: set[str]) -> None:
        if ids != set(named):
            *others, last = (f"'{option}'" for option in named)
            wanted = f"{', '.join(others)} and {last}"
            fields.wrong("options", f"a {kind} question needs options {wanted}")

    return check


def _reader(many: bool, named: Mapping[str, str], check: OptionsCheck | None) -> Reader:
    def read(fields: Fields, question: Question, folder: Path) -> Question:
        options = _options(fields, question.type, named)
        if check is not None:
            check(fields, question.type, {option.id for option in options})
        return replace(question, options=options, answer=_answer(fields, question.type, many, options))

    return read


def _options(fields: Fields, kind: str, named: Mapping[str, str]) -> tuple[Option, ...]:
    items = fields.data.get("options")
    if not isinstance(items, list) or len(items) < 2:
        fields.wrong("options", "a question needs 'options', at least two")
        return ()
    options: list[Option] = []
    for item in items:
        if not isinstance(item, Map) or "id" not in item:
            fields.wrong("options", "each option needs an 'id'")
            continue
        only_questions_show_pictures(fields, item)
        option = _option(fields, item, named)
        if any(existing.id == option.id for existing in options):
            fields.problems.add(fields.path, item.line_of("id"), f"duplicate id '{option.id}'")
        options.append(option)
    return tuple(options)


def _option(fields: Fields, item: Map, named: Mapping[str, str]) -> Option:
    option_id = normalise_id(item["id"])
    option_fields = Fields(fields.path, item, fields.problems)
    text = option_fields.text("text") if "text" in item or not named else {}
    feedback = item.get("feedback")
    if not isinstance(feedback, dict):
        fields.problems.add(fields.path, item.line, f"option '{option_id}' has no feedback")
        return Option(option_id, text, {})
    check_languages(fields.path, item.line_of("feedback"), "feedback", feedback, fields.problems)
    for language in LANGUAGES:
        if not str(feedback.get(language) or "").strip():
            message = f"option '{option_id}' has no feedback in '{language}'"
            fields.problems.add(fields.path, item.line_of("feedback"), message)
    return Option(option_id, text, {k: str(v).strip() for k, v in feedback.items() if v})


def _answer(fields: Fields, kind: str, many: bool, options: tuple[Option, ...]) -> frozenset[str]:
    value = fields.data.get("answer")
    if value is None:
        fields.missing("answer")
        return frozenset()
    if many and not isinstance(value, list):
        fields.wrong("answer", f"'{kind}' needs a list of answers")
        return frozenset()
    if not many and isinstance(value, list):
        fields.wrong("answer", f"'{kind}' has one answer, not a list")
        return frozenset()
    answers = frozenset(normalise_id(v) for v in (value if isinstance(value, list) else [value]))
    for missing in sorted(answers - {option.id for option in options}):
        fields.wrong("answer", f"answer '{missing}' is not among the options")
    return answers


def _one_choice(question: Question, response: frozenset[str]) -> Grade:
    correct = response == question.answer
    return Grade(correct, 1.0 if correct else 0.0)


def _many_choices(question: Question, response: frozenset[str]) -> Grade:
    """Each option counts: ticked when it is right, left blank when it is wrong."""
    right = sum((option.id in response) == (option.id in question.answer) for option in question.options)
    return Grade(response == question.answer, right / len(question.options))


def _shuffled(question: Question, rank: Rank) -> ShownOrder:
    """Shuffled, unless the question says `shuffle: false`."""
    ids = tuple(option.id for option in question.options)
    return ShownOrder(rank(ids) if question.shuffle else ids)


def _in_file_order(question: Question, rank: Rank) -> ShownOrder:
    return ShownOrder(tuple(option.id for option in question.options))


def _choices_definition(question: Question) -> dict[str, Any]:
    return {
        "choices": [component(option.id, option.text) for option in question.options],
        "correctResponsesPattern": [LIST.join(sorted(question.answer))],
    }


def _right(question: Question, rng: Random) -> frozenset[str]:
    return question.answer


def _wrong_one(question: Question, rng: Random) -> frozenset[str]:
    """The first wrong option is the most popular mistake, as in a real class."""
    wrong_options = [option.id for option in question.options if option.id not in question.answer]
    weights = [3.0] + [1.0] * (len(wrong_options) - 1)
    return frozenset(rng.choices(wrong_options, weights)[0:1])


def _wrong_of_many(question: Question, rng: Random) -> frozenset[str]:
    """One option ticked or left wrongly."""
    changed = question.answer ^ {rng.choice([option.id for option in question.options])}
    wrong_options = [option.id for option in question.options if option.id not in question.answer]
    return changed or frozenset([*question.answer, *wrong_options[:1]])
