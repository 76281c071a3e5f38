"""What the app must know about a question type, in one place: `QuestionType`.

Each type's module (single.py, hotspot.py ...) makes one and __init__.py registers it in `TYPES`;
its answer widget is in trainer/ui/answers/. CONTRIBUTING.md says how to add a type.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields
from trainer.course.model import Question
from trainer.course.types.order import Rank, Recorded, ShownOrder, listed_order
from trainer.course.types.words import Words


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float
    """From 0 to 1; partial credit where the question type allows it."""


Reader = Callable[[Fields, Question, Path], Question]
"""Reads the type's own fields into a question that has its common ones (id, prompt, image ...)."""
Grader = Callable[[Question, Any], Grade]
Describer = Callable[[Any, Words], str]
Arranger = Callable[[Question, Rank], ShownOrder]
Recorder = Callable[[Question, ShownOrder, Any], Recorded | None]
Definer = Callable[[Question], dict[str, Any]]
XapiResponse = Callable[[Any, Question | None], str | None]
Answerer = Callable[[Question, Random], Any]


@dataclass(frozen=True)
class QuestionType:
    """A response is what the learner gave, in the shape the type's answer widget gives it (a set
    of option ids, a rating, a list of ids, a mapping of ids, a list of [x, y] taps); events store
    it as JSON, where sets become sorted lists."""

    name: str
    """What quiz.yaml's `type` says."""
    read: Reader
    grade: Grader
    describe: Describer
    """A stored response in words, for facilitators' tables and reports."""
    shown_order: Arranger
    """The order the learner sees the type's list in, given a ranking for that learner and attempt."""
    interaction_type: str
    """Its xAPI cmi.interaction type, for sending answers to an LRS."""
    xapi_definition: Definer
    """The interaction's parts to choose from and its correctResponsesPattern."""
    xapi_response: XapiResponse
    """A stored response as xAPI writes it for the type (the question may no longer be loaded);
    None where it cannot be said."""
    right_answer: Answerer
    """A right response, for demo learners."""
    wrong_answer: Answerer
    """A wrong response a learner would plausibly give, for demo learners."""
    seconds_to_answer: int
    """About how long a demo learner takes over it."""
    fixed_order: str | None = None
    """Why the app decides the order, for an editor who writes `shuffle` on one; None where
    `shuffle: false` may keep the file's order."""
    recorded_order: Recorder = listed_order
    """What the learner was shown, for the answer event."""
    many_answers: bool = False
    """Whether the learner may pick more than one option (`answer` is a list)."""
    named_options: Mapping[str, str] = field(default_factory=dict)
    """Option ids the app names (in English; the screens translate), so that editors may leave
    out their `text`."""
    measures_discernment: bool = False
    """In a pre- or post-test, its answers are scored as discernment (true posts rated above false
    ones), not as right or wrong: see learning/gain.py."""
    xapi_extension: str | None = None
    """The name of a result extension that also carries the stored response, where the xAPI
    response leaves something out (a hotspot's taps)."""
