"""What a demo learner answers: a right response, or a wrong one a learner would plausibly give,
in the same shapes the answer widgets produce (see trainer/learning/grading.py)."""

import random
from typing import Any

from trainer.course.model import Question, Step


def right_response(question: Question, rng: random.Random) -> Any:
    kind = question.type
    if kind in ("single", "truefalse", "share", "multiple", "technique"):
        return question.answer
    if kind == "reliability":
        return rng.randint(5, 7) if question.post_is_true else rng.randint(1, 3)
    if kind == "ordering":
        return [item.id for item in question.items]
    if kind == "matching":
        return {pair.id: pair.id for pair in question.pairs}
    if kind == "hotspot":
        return [[round(r.x + r.width / 2, 1), round(r.y + r.height / 2, 1)] for r in question.regions]
    if kind == "scenario":
        return next(path for path, ending in _paths(question) if ending == "good")
    raise ValueError(f"no demo response for a {kind} question")


def wrong_response(question: Question, rng: random.Random) -> Any:
    """A wrong response; the first wrong option is the most popular mistake, as in a real class."""
    kind = question.type
    wrong_options = [option.id for option in question.options if option.id not in question.answer]
    if kind in ("single", "truefalse", "share"):
        weights = [3.0] + [1.0] * (len(wrong_options) - 1)
        return frozenset(rng.choices(wrong_options, weights)[0:1])
    if kind in ("multiple", "technique"):
        changed = question.answer ^ {rng.choice([option.id for option in question.options])}
        return changed or frozenset([*question.answer, *wrong_options[:1]])
    if kind == "reliability":
        return rng.randint(1, 4) if question.post_is_true else rng.randint(4, 7)
    if kind == "ordering":
        order = right_response(question, rng)
        at = rng.randrange(len(order) - 1)
        order[at], order[at + 1] = order[at + 1], order[at]
        return order
    if kind == "matching":
        ids = [pair.id for pair in question.pairs]
        first, second = rng.sample(ids, 2)
        chosen = {pair_id: pair_id for pair_id in ids}
        chosen[first], chosen[second] = second, first
        return chosen
    if kind == "hotspot":
        taps = right_response(question, rng)
        if len(taps) > 1:
            taps.pop(rng.randrange(len(taps)))
            return taps
        region = question.regions[0]
        return [*taps, [round(region.x + region.width + 10, 1), round(region.y, 1)]]
    if kind == "scenario":
        return rng.choice([path for path, ending in _paths(question) if ending != "good"])
    raise ValueError(f"no demo response for a {kind} question")


def _paths(question: Question) -> list[tuple[list[str], str]]:
    """Every path through a scenario, with the ending it reaches."""

    def walk(step: Step, path: list[str]) -> list[tuple[list[str], str]]:
        found = []
        for choice in step.choices:
            if choice.next is None:
                found.append(([*path, choice.id], choice.ending or ""))
            else:
                found.extend(walk(question.step(choice.next), [*path, choice.id]))
        return found

    return walk(question.steps[0], [])
