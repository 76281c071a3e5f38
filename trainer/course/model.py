"""What content is made of, in the words editors and learners use."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from trainer.course.problems import Problem

Text = Mapping[str, str]
"""One text in every language, keyed by language code ("km", "en")."""


def pick(text: Text, language: str) -> str:
    """The text in the learner's language, falling back to any language that has it."""
    return text.get(language) or next((value for value in text.values() if value), "")


KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def local_digits(value: object, language: str) -> str:
    """A number (or a text of digits) as a reader of `language` writes it: Khmer digits in Khmer.

    Use it for every number put into a translated text: "About {} minutes", "page {}", "1." ...
    """
    text = str(value)
    return text.translate(KHMER_DIGITS) if language == "km" else text


@dataclass(frozen=True)
class Option:
    id: str
    text: Text
    feedback: Text


@dataclass(frozen=True)
class Item:
    """A step to put in order, or one side of a pair to match."""

    id: str
    text: Text


@dataclass(frozen=True)
class Pair:
    id: str
    left: Text
    right: Text


@dataclass(frozen=True)
class Region:
    """A red flag on a hotspot picture, in the picture's own units (its SVG viewBox)."""

    id: str
    x: float
    y: float
    width: float
    height: float
    feedback: Text

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class Choice:
    """A choice at one step of a scenario: it leads to another step, or to an ending."""

    id: str
    text: Text
    consequence: Text
    next: str | None = None
    ending: str | None = None
    """"good", "risky" or "harmful" where the story ends."""


@dataclass(frozen=True)
class Step:
    id: str
    text: Text
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: Text
    image: Path | None = None
    hint: Text | None = None
    audio: Mapping[str, Path] = field(default_factory=dict)
    """The prompt read aloud, per language, where an editor recorded it."""
    options: tuple[Option, ...] = ()
    answer: frozenset[str] = frozenset()
    """The right options, for the types that have options."""
    post: Text | None = None
    """The text of the post to judge, for `reliability` (or a picture in `image`)."""
    post_is_true: bool | None = None
    """For `reliability`: whether the post is accurate."""
    explanation: Text | None = None
    """Shown after answering: why a post is (un)reliable, why this order, why these pairs."""
    items: tuple[Item, ...] = ()
    """For `ordering`: the steps, in the right order."""
    pairs: tuple[Pair, ...] = ()
    """For `matching`: each left item with its right partner."""
    regions: tuple[Region, ...] = ()
    """For `hotspot`: the red flags on the picture."""
    steps: tuple[Step, ...] = ()
    """For `scenario`: the steps of the story; the first one starts it."""
    shuffle: bool = True
    """False (`shuffle: false` in quiz.yaml) keeps the options or choices in the file's order."""

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    def option(self, option_id: str) -> Option:
        return next(option for option in self.options if option.id == option_id)


@dataclass(frozen=True)
class Lesson:
    pages: Mapping[str, tuple[str, ...]]
    """Markdown pages per language."""
    audio: Mapping[str, tuple[Path | None, ...]] = field(default_factory=dict)
    """A recording per page and language, where an editor supplied one."""

    def recording(self, language: str, page: int) -> Path | None:
        recordings = self.audio.get(language, ())
        return recordings[page] if page < len(recordings) else None

    def in_language(self, language: str) -> tuple[str, ...]:
        return self.pages.get(language) or next(iter(self.pages.values()), ())


@dataclass(frozen=True)
class MasteryRule:
    correct: int = 4
    of: int = 5

    def __str__(self) -> str:
        return f"{self.correct}/{self.of}"


@dataclass(frozen=True)
class Source:
    organisation: str
    title: str
    url: str = ""


@dataclass(frozen=True)
class Module:
    id: str
    curriculum_id: str
    folder: Path
    title: Text
    summary: Text
    level: int
    minutes: int
    objectives: tuple[Text, ...]
    digcomp: tuple[str, ...]
    dlgf: tuple[str, ...]
    prerequisites: tuple[str, ...]
    mastery: MasteryRule
    translations: Mapping[str, str]
    """Review status per language: "draft" or "reviewed"."""
    sources: tuple[Source, ...]
    lesson: Lesson
    questions: tuple[Question, ...]
    confidence: bool = False
    """Ask "how sure are you?" after each answer, before the feedback."""
    test: str | None = None
    """"pre" or "post" for a pre-test or post-test: no lesson, no mastery, no feedback on the way."""
    picture: Path | None = None
    """The picture on the module's card (`picture:`); without it, the lesson's first picture."""

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Curriculum:
    id: str
    folder: Path
    title: Text
    summary: Text
    modules: tuple[Module, ...]


@dataclass(frozen=True)
class Library:
    """All content that loaded, and what did not."""

    curricula: tuple[Curriculum, ...]
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Path, ...] = field(default=())
    """Module folders left out because of problems, for the facilitator to see."""

    @property
    def modules(self) -> tuple[Module, ...]:
        return tuple(module for curriculum in self.curricula for module in curriculum.modules)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)
