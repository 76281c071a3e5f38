"""`scenario`: the learner plays through a short branching story, choosing at each step and
seeing what happens. A response is the learner's path of choice ids, graded by where it ends."""

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields, normalise_id
from trainer.course.model import Choice, Question, Step
from trainer.course.types.entries import entries
from trainer.course.types.order import Rank, Recorded, ShownOrder
from trainer.course.types.question_type import Grade, QuestionType
from trainer.course.types.words import Words
from trainer.course.types.xapi import LIST, joined
from trainer.course.yamlfile import Map

ENDING_SCORES = {"good": 1.0, "risky": 0.5, "harmful": 0.0}
ENDINGS = tuple(ENDING_SCORES)


def _read(fields: Fields, question: Question, folder: Path) -> Question:
    steps: list[Step] = []
    for entry, sub in entries(fields, "steps", 1):
        choices = [_choice(choice, choice_fields) for choice, choice_fields in entries(sub, "choices", 2)]
        steps.append(Step(normalise_id(entry["id"]), sub.text("text"), tuple(choices)))
    _check_story(fields, steps)
    return replace(question, steps=tuple(steps))


def _choice(entry: Map, fields: Fields) -> Choice:
    after_next, ending = entry.get("next"), entry.get("ending")
    if (after_next is None) == (ending is None):
        fields.wrong("id", "a choice needs either 'next' (a step id) or 'ending' (good, risky or harmful)")
    elif ending is not None and ending not in ENDINGS:
        fields.wrong("ending", "'ending' must be good, risky or harmful")
    return Choice(
        normalise_id(entry["id"]),
        fields.text("text"),
        fields.text("consequence"),
        normalise_id(after_next) if after_next is not None else None,
        str(ending) if ending is not None else None,
    )


def _check_story(fields: Fields, steps: list[Step]) -> None:
    """Every `next` names a step, no path loops, and some path ends well."""
    by_id = {step.id: step for step in steps}
    for step in steps:
        for choice in step.choices:
            if choice.next is not None and choice.next not in by_id:
                fields.wrong(
                    "steps", f"choice '{choice.id}' leads to step '{choice.next}', which does not exist"
                )
                return
    if steps and _loops(steps[0], by_id):
        fields.wrong("steps", "the story loops back on itself: every path must reach an ending")
    elif steps and not any(c.ending == "good" for step in steps for c in step.choices):
        fields.wrong("steps", "the story needs at least one good ending")


def _loops(first: Step, by_id: dict[str, Step]) -> bool:
    """Whether a path from the first step comes back to a step on it.

    Depth first without recursion, each step explored once: a long or much-branching story
    takes linear time and cannot overflow the stack."""
    on_path, done = {first.id}, set[str]()
    stack = [(first, iter(first.choices))]
    while stack:
        step, choices = stack[-1]
        after = next((c.next for c in choices if c.next is not None and c.next not in done), None)
        if after is None:
            on_path.discard(step.id)
            done.add(step.id)
            stack.pop()
        elif after in on_path:
            return True
        else:
            following = by_id[after]
            on_path.add(following.id)
            stack.append((following, iter(following.choices)))
    return False


def _grade(question: Question, path: list[str]) -> Grade:
    score = ENDING_SCORES.get(ending_of(question, path) or "", 0.0)
    return Grade(score == 1.0, score)


def ending_of(question: Question, path: list[str]) -> str | None:
    """Where a path through a scenario ends: good, risky or harmful (None if it has not ended)."""
    step = question.steps[0]
    for choice_id in path:
        choice = next(c for c in step.choices if c.id == choice_id)
        if choice.next is None:
            return choice.ending
        step = question.step(choice.next)
    return None


def _paths(question: Question) -> list[tuple[list[str], str]]:
    """Every path through the story, with the ending it reaches (the loader refuses loops)."""

    def walk(step: Step, path: list[str]) -> list[tuple[list[str], str]]:
        found = []
        for choice in step.choices:
            if choice.next is None:
                found.append(([*path, choice.id], choice.ending or ""))
            else:
                found.extend(walk(question.step(choice.next), [*path, choice.id]))
        return found

    return walk(question.steps[0], [])


def _describe(path: Any, words: Words) -> str:
    return words.listed(path, " → ")


def _shown(question: Question, rank: Rank) -> ShownOrder:
    """The choices at each step, shuffled unless the question says `shuffle: false`."""
    return ShownOrder(choices={step.id: _step_order(question, step, rank) for step in question.steps})


def _step_order(question: Question, step: Step, rank: Rank) -> tuple[str, ...]:
    choices = (choice.id for choice in step.choices)
    return rank(choices, step.id) if question.shuffle else tuple(choices)


def _recorded(question: Question, order: ShownOrder, path: Any) -> Recorded:
    """The choices of each step the learner reached."""
    return {step: list(order.choices[step]) for step in _steps_reached(question, path)}


def _steps_reached(question: Question, path: Sequence[str]) -> list[str]:
    step, reached = question.steps[0], [question.steps[0].id]
    for choice_id in path:
        choice = next((c for c in step.choices if c.id == choice_id), None)
        if choice is None or choice.next is None:
            break
        step = question.step(choice.next)
        reached.append(step.id)
    return reached


def _definition(question: Question) -> dict[str, Any]:
    """Every path that ends well is a correct response."""
    good = (path for path, reached in _paths(question) if reached == "good")
    return {"correctResponsesPattern": [LIST.join(path) for path in good]}


def _right(question: Question, rng: Random) -> list[str]:
    return next(path for path, reached in _paths(question) if reached == "good")


def _wrong(question: Question, rng: Random) -> list[str]:
    return rng.choice([path for path, reached in _paths(question) if reached != "good"])


TYPE = QuestionType(
    name="scenario",
    read=_read,
    grade=_grade,
    describe=_describe,
    shown_order=_shown,
    recorded_order=_recorded,
    interaction_type="other",
    xapi_definition=_definition,
    xapi_response=joined,
    right_answer=_right,
    wrong_answer=_wrong,
    seconds_to_answer=75,
)
