"""Options shown in an order of the learner's own (issue 17, "The answer key leaks").

Editors wrote the right option first in most questions, so "always tap the first option"
mastered a module. The order now depends on (learner, attempt, question) alone.
"""

import math
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest

from trainer.course.loader import load_library
from trainer.course.model import Library, Module, Question
from trainer.course.types.order import ShownOrder
from trainer.learning.grading import grade
from trainer.learning.shuffle import ranked, recorded_order, shown_order

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, assert_reported_after_edit

CONTENT = Path(__file__).parent.parent / "content"
POSITIONAL = ("single", "multiple", "share", "technique", "matching", "ordering", "scenario")
"""The types whose order is shuffled. True/false keeps True before False: "always the first
option" there means "always True", a bias in the content's mix of answers, not in positions."""
LEARNERS, ATTEMPTS = 40, 5


@pytest.fixture(scope="module")
def bundled() -> Library:
    library = load_library([CONTENT])
    assert not library.problems
    return library


Strategy = Callable[[Question, ShownOrder], Any]


def first(question: Question, order: ShownOrder) -> Any:
    """Tap the top option; tick the top k where k options are right; match row i with the i-th
    partner; leave the steps as they start; take the top choice at every step of a story."""
    return _by_position(question, order, lambda ids, k: ids[:k])


def last(question: Question, order: ShownOrder) -> Any:
    """The same from the bottom: the last option(s), the partners and steps upside down."""
    return _by_position(question, order, lambda ids, k: ids[::-1][:k])


def _by_position(question: Question, order: ShownOrder, take: Callable[[list[str], int], list[str]]) -> Any:
    ids = list(order.ids)
    if question.type == "matching":
        return dict(zip((pair.id for pair in question.pairs), take(ids, len(ids)), strict=True))
    if question.type == "ordering":
        return take(ids, len(ids))
    if question.type == "scenario":
        path, step = [], question.steps[0]
        while True:
            choice = next(c for c in step.choices if c.id == take(list(order.choices[step.id]), 1)[0])
            path.append(choice.id)
            if choice.next is None:
                return path
            step = question.step(choice.next)
    return frozenset(take(ids, len(question.answer)))


def chance(question: Question, strategy: Strategy) -> float:
    """The probability that a strategy blind to the content gets the question right when every
    order the app may show is equally likely."""
    n = len(question.options)
    if question.type in ("single", "share"):
        return 1 / n
    if question.type in ("multiple", "technique"):
        return 1 / math.comb(n, len(question.answer))
    if question.type == "matching":
        return 1 / math.factorial(len(question.pairs))
    if question.type == "ordering":
        # The app never starts in the right order, so leaving it never wins. Reversing it wins
        # when it started reversed: one order in n! (the right order's share goes to the order
        # one step on, never the reversed one when n >= 3).
        return 0.0 if strategy is first else 1 / math.factorial(len(question.items))
    return _good_by_luck(question)


def _good_by_luck(question: Question) -> float:
    """A scenario: the chance of a good ending when each step's choice is made at random."""

    def good(step_id: str) -> float:
        step = question.step(step_id)
        ends = [good(c.next) if c.next else float(c.ending == "good") for c in step.choices]
        return fmean(ends)

    return good(question.steps[0].id)


def scored(module: Module) -> list[Question]:
    return [q for q in module.questions if q.type in POSITIONAL]


def strategy_score(
    module: Module, strategy: Strategy, orders: Callable[[Question, int], ShownOrder]
) -> float:
    draws = range(LEARNERS * ATTEMPTS)
    return fmean(grade(q, strategy(q, orders(q, d))).correct for q in scored(module) for d in draws)


def learner_orders(question: Question, draw: int) -> ShownOrder:
    learner, attempt = divmod(draw, ATTEMPTS)
    return shown_order(question, f"learner-{learner}", f"attempt-{attempt}")


def file_orders(question: Question, draw: int) -> ShownOrder:
    return ShownOrder(
        tuple(o.id for o in question.options)
        or tuple(p.id for p in question.pairs)
        or tuple(i.id for i in question.items),
        {step.id: tuple(c.id for c in step.choices) for step in question.steps},
    )


def tolerance(module: Module, strategy: Strategy) -> float:
    """Four standard deviations of the mean success over every question and draw.

    Each of the module's Q questions is drawn D = LEARNERS x ATTEMPTS times (200), each draw a
    Bernoulli trial with the question's chance p; the mean of the Q x D trials has variance
    sum(p (1 - p)) / (Q^2 D). Four standard deviations (0.033 to 0.047 for the bundled modules
    of 7 to 12 such questions) would be exceeded by an honest shuffle about once in 16,000
    modules; the orders come from SHA-256, so the result is also the same on every run. In file
    order "always the first option" scored 1.00 against a chance of 0.25 to 0.28 in every
    digital-skills module, and 0.04 to 0.77 above chance in the others."""
    ps = [chance(q, strategy) for q in scored(module)]
    return 4 * math.sqrt(sum(p * (1 - p) for p in ps) / (LEARNERS * ATTEMPTS)) / len(ps) + 1e-9


def modules_with_options(library: Library) -> list[Module]:
    return [module for module in library.modules if scored(module)]


def test_always_the_first_or_the_last_option_scores_at_chance_in_every_module(bundled: Library) -> None:
    """Per module, the share of questions that "always the first option" and "always the last
    option" get right, over 40 learners x 5 attempts, is at the chance of guessing blind."""
    off = {}
    for module in modules_with_options(bundled):
        for strategy in (first, last):
            expected = fmean(chance(q, strategy) for q in scored(module))
            measured = strategy_score(module, strategy, learner_orders)
            if abs(measured - expected) > tolerance(module, strategy):
                off[module.id, strategy.__name__] = (round(measured, 3), round(expected, 3))
    assert not off, off
    assert len(modules_with_options(bundled)) >= 20


def test_in_file_order_the_first_option_was_far_above_chance(bundled: Library) -> None:
    """What the test above guards against: the content's own order gives the answers away."""
    modules = modules_with_options(bundled)
    above = [
        strategy_score(m, first, file_orders) - fmean(chance(q, first) for q in scored(m)) for m in modules
    ]
    assert fmean(above) > 0.25


def shuffled_questions(library: Library) -> list[Question]:
    return [q for m in library.modules for q in m.questions if q.type in POSITIONAL]


def test_the_same_learner_attempt_and_question_always_give_the_same_order(bundled: Library) -> None:
    reloaded = load_library([CONTENT])
    for question in shuffled_questions(bundled):
        order = shown_order(question, "learner-a", "attempt-1")
        module = next(m for m in reloaded.modules if question in m.questions)
        again = module.question(question.id)
        assert again is not None
        assert shown_order(again, "learner-a", "attempt-1") == order, question.id


def test_another_attempt_or_learner_shows_most_questions_in_another_order(bundled: Library) -> None:
    questions = shuffled_questions(bundled)
    other_attempt = [shown_order(q, "a", "1") != shown_order(q, "a", "2") for q in questions]
    other_learner = [shown_order(q, "a", "1") != shown_order(q, "b", "1") for q in questions]
    assert fmean(other_attempt) > 0.75 and fmean(other_learner) > 0.75


def test_every_order_holds_the_same_ids_and_an_ordering_never_starts_right(bundled: Library) -> None:
    for question in shuffled_questions(bundled):
        for attempt in map(str, range(30)):
            order = shown_order(question, "a", attempt)
            if question.type == "ordering":
                assert sorted(order.ids) == sorted(i.id for i in question.items)
                assert order.ids != tuple(i.id for i in question.items)
            elif question.type == "matching":
                assert sorted(order.ids) == sorted(p.id for p in question.pairs)
            elif question.type == "scenario":
                for step in question.steps:
                    assert sorted(order.choices[step.id]) == sorted(c.id for c in step.choices)
            else:
                assert sorted(order.ids) == sorted(o.id for o in question.options)


def test_true_false_and_the_rating_scale_keep_their_order(bundled: Library) -> None:
    for question in (q for m in bundled.modules for q in m.questions):
        order = shown_order(question, "a", "1")
        if question.type == "truefalse":
            assert order.ids == tuple(o.id for o in question.options) == ("true", "false")
        if question.type in ("reliability", "hotspot"):
            assert order.ids == () and recorded_order(question, order, 4) is None


def test_ranking_uses_no_random_state() -> None:
    import random

    random.seed(1)
    before = random.random()
    random.seed(1)
    ranked(["a", "b", "c"], "x")
    assert random.random() == before
    assert ranked(["a", "b", "c"], "x") == ranked(["c", "b", "a"], "x")


QUIZ = Path("basics/m1-passwords/quiz.yaml")


def copy_of(content: Path, tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content, root)
    return root


def test_shuffle_false_keeps_the_file_order(tmp_path: Path) -> None:
    root = copy_of(FIXTURE_CONTENT, tmp_path)
    path = root / QUIZ
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    answer: [unique, twofa]\n", "    answer: [unique, twofa]\n    shuffle: false\n"
        ),
        encoding="utf-8",
    )
    library = load_library([root])
    assert not library.problems
    module = library.module("passwords")
    assert module is not None
    habits = module.question("good-habits")
    assert habits is not None and not habits.shuffle
    orders = {shown_order(habits, "a", str(attempt)).ids for attempt in range(20)}
    assert orders == {("unique", "sticky", "twofa")}
    longest = module.question("longest")
    assert longest is not None and longest.shuffle
    assert len({shown_order(longest, "a", str(attempt)).ids for attempt in range(20)}) == 2


def test_shuffle_false_keeps_a_story_s_choices_in_order() -> None:
    library = load_library([TYPES_CONTENT])
    module = library.module("practice")
    assert module is not None
    story = next(q for q in module.questions if q.type == "scenario")
    kept = replace(story, shuffle=False)
    for step in story.steps:
        assert shown_order(kept, "a", "1").choices[step.id] == tuple(c.id for c in step.choices)
    varied = {shown_order(story, "a", str(n)).choices[story.steps[0].id] for n in range(20)}
    assert len(varied) > 1


BAD_SHUFFLE = {
    "not true or false": (
        "    answer: [unique, twofa]\n",
        "    answer: [unique, twofa]\n    shuffle: sometimes\n",
        "'shuffle' must be true or false",
        "    shuffle: sometimes",
    ),
    "on a truefalse question": (
        "    answer: false\n",
        "    answer: false\n    shuffle: false\n",
        "'shuffle' does not apply to a truefalse question: True always comes before False; remove it",
        "    shuffle: false",
    ),
}


@pytest.mark.parametrize("case", BAD_SHUFFLE, ids=list(BAD_SHUFFLE))
def test_a_wrong_shuffle_is_reported_with_path_and_line(tmp_path: Path, case: str) -> None:
    root = copy_of(FIXTURE_CONTENT, tmp_path)
    old, new, message, at = BAD_SHUFFLE[case]
    assert_reported_after_edit(root / QUIZ, root, old, new, message, at)


@pytest.mark.parametrize(
    ("question_id", "reason"),
    [
        ("sift-order", "its steps always start shuffled, never in the right order"),
        ("words", "its right-hand column is always shuffled"),
    ],
)
def test_shuffle_false_is_refused_where_it_would_show_the_answer(
    tmp_path: Path, question_id: str, reason: str
) -> None:
    root = copy_of(TYPES_CONTENT, tmp_path)
    start = f"  - id: {question_id}\n"
    assert_reported_after_edit(
        root / "news/m2-practice/quiz.yaml",
        root,
        start,
        f"{start}    shuffle: false\n",
        reason,
        "    shuffle",
    )


def test_a_scenario_records_the_choices_of_the_steps_reached(bundled: Library) -> None:
    story = next(q for m in bundled.modules for q in m.questions if q.type == "scenario")
    order = shown_order(story, "a", "1")
    path = first(story, order)
    recorded = recorded_order(story, order, path)
    assert isinstance(recorded, dict) and next(iter(recorded)) == story.steps[0].id
    assert all(recorded[step] == list(order.choices[step]) for step in recorded)
    assert len(recorded) == len(path)
