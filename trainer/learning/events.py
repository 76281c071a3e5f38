"""What a learner did, as immutable events shaped like xAPI statements."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class Verb(StrEnum):
    READ = "experienced"
    """Opened a lesson page; context: {"page": n}."""
    STARTED_QUIZ = "attempted"
    """Began a quiz attempt; context: {"attempt": id}."""
    ANSWERED = "answered"
    """Answered a question; result: response, success, score; context: attempt, question, and
    `order`, what the learner saw top to bottom by id (learning/shuffle.py; older trainers left it out)."""
    FINISHED_QUIZ = "completed"
    """Reached the end of a quiz attempt without mastering the module."""
    MASTERED = "mastered"
    """Mastered the module; context: the attempt it happened in (older trainers left it out)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Event:
    learner_id: str
    verb: Verb
    module_id: str
    result: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    timestamp: str = field(default_factory=now)

    @property
    def object_id(self) -> str:
        question = self.context.get("question")
        return f"{self.module_id}/{question}" if question else self.module_id
