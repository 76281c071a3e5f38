"""Each event the app records, as an xAPI 1.0.3 statement for the programme's LRS.

The statement id is the event id and its timestamp is the event's, so sending an event twice,
from one PC or from two that merged their records, gives the LRS the same statement. To that
end a statement is made from the event, the learner's other events in the module (in the order
of their timestamps and ids, never the order a PC received them), the programme's home page
and the content: nothing about the PC that sends it. Learners appear only as an account: the
programme's home page and the learner's random id (the same on every PC), never a name.

| event | verb | object | context parent / grouping |
|---|---|---|---|
| opened a lesson page | experienced | lesson | module / course |
| started a quiz | attempted | assessment | module / course |
| answered a question | answered | cmi.interaction | assessment / module, course |
| ended a quiz without mastery | completed | assessment | module / course |
| mastered a module | passed | module | course / - |

A quiz attempt is the statement's registration. An answered question is its type's
`cmi.interaction` (`interaction_type` and `xapi_definition` in trainer/course/types/), and its
response is in the string form xAPI gives that type (`xapi_response`).

An answer's response names options by id, and the interaction's `choices` (or `source`, `target`)
are listed in the content's order. The order the learner saw them in, shuffled for each learner
and attempt, goes in the context extension `order` (option ids top to bottom; for a scenario,
per step), so that nothing needs to assume a position.
"""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from trainer.course.model import Library, Module, Question, Text
from trainer.course.types import TYPES
from trainer.course.types.xapi import joined, language_map
from trainer.learning.events import Event, Verb

ROOT = "urn:khmer-digital-trainer:"
"""Where the ids of activities and extensions start; the same for every centre."""
PLATFORM = "Khmer digital-skills trainer"
ADL_VERB = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITY = "http://adlnet.gov/expapi/activities/"

VERBS = {
    Verb.READ: "experienced",
    Verb.STARTED_QUIZ: "attempted",
    Verb.ANSWERED: "answered",
    Verb.FINISHED_QUIZ: "completed",
    Verb.MASTERED: "passed",
}


def extension(name: str) -> str:
    return f"{ROOT}extension:{name}"


class Activities:
    """The activities around one module, named and described from the loaded content."""

    def __init__(self, module_id: str, library: Library) -> None:
        self.module_id = module_id
        self.module: Module | None = library.module(module_id)
        curriculum_id = self.module.curriculum_id if self.module else None
        self.curriculum = next((c for c in library.curricula if c.id == curriculum_id), None)

    def course(self) -> list[dict[str, Any]]:
        """The curriculum, as a list of one (or none when the module is no longer loaded)."""
        c = self.curriculum
        return [_activity(f"curriculum:{c.id}", "course", c.title, c.summary)] if c else []

    def whole_module(self) -> dict[str, Any]:
        summary = self.module.summary if self.module else None
        return _activity(self._path(), "module", self._title(), summary)

    def lesson(self) -> dict[str, Any]:
        return _activity(self._path("lesson"), "lesson", self._title())

    def quiz(self) -> dict[str, Any]:
        return _activity(self._path("quiz"), "assessment", self._title())

    def _title(self) -> Text | None:
        return self.module.title if self.module else None

    def question(self, question_id: str, question_type: str, interaction_type: str) -> dict[str, Any]:
        """A cmi.interaction; its parts and correct responses come from the loaded question."""
        question = self.module.question(question_id) if self.module else None
        path, kind = self._path(f"question:{question_id}"), {extension("question-type"): question_type}
        if question is None:
            return _activity(path, "cmi.interaction", interactionType=interaction_type, extensions=kind)
        interaction = _interaction(question)
        return _activity(
            path, "cmi.interaction", question.prompt, question.post, **interaction, extensions=kind
        )

    def _path(self, *parts: str) -> str:
        return ":".join(("module", self.module_id, *parts))


def _interaction(question: Question) -> dict[str, Any]:
    """interactionType, the parts to choose from, and correctResponsesPattern."""
    kind = TYPES[question.type]
    return {"interactionType": kind.interaction_type, **kind.xapi_definition(question)}


def _activity(
    path: str, kind: str, name: Text | None = None, description: Text | None = None, **more: Any
) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": ADL_ACTIVITY + kind}
    for key, text in (("name", name), ("description", description)):
        if language_map(text):
            definition[key] = language_map(text)
    return {"objectType": "Activity", "id": ROOT + path, "definition": {**definition, **more}}


class Parts(NamedTuple):
    """What differs between the kinds of event."""

    target: dict[str, Any]
    result: dict[str, Any] | None
    parent: list[dict[str, Any]]
    grouping: list[dict[str, Any]]
    extensions: dict[str, Any] | None = None


def statement(event: Event, history: Sequence[Event], home_page: str, library: Library) -> dict[str, Any]:
    """The statement for one event; `history` is the learner's events in the same module, in any order."""
    history = sorted(history, key=lambda e: (e.timestamp, e.id))
    parts = _PARTS[event.verb](event, history, Activities(event.module_id, library))
    verb = VERBS[event.verb]
    context: dict[str, Any] = {"platform": PLATFORM}
    attempt = event.context.get("attempt") or _attempt_before(event, history)
    if attempt:
        context["registration"] = attempt
    related = {key: found for key, found in (("parent", parts.parent), ("grouping", parts.grouping)) if found}
    if related:
        context["contextActivities"] = related
    if parts.extensions:
        context["extensions"] = parts.extensions
    made: dict[str, Any] = {
        "id": event.id,
        "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": event.learner_id}},
        "verb": {"id": ADL_VERB + verb, "display": {"en": verb}},
        "object": parts.target,
        "context": context,
        "timestamp": event.timestamp,
    }
    if parts.result:
        made["result"] = parts.result
    return made


def _read(event: Event, history: Sequence[Event], a: Activities) -> Parts:
    page = {extension("page"): event.context["page"] + 1}
    return Parts(a.lesson(), None, [a.whole_module()], a.course(), page)


def _started(event: Event, history: Sequence[Event], a: Activities) -> Parts:
    return Parts(a.quiz(), None, [a.whole_module()], a.course())


def _finished(event: Event, history: Sequence[Event], a: Activities) -> Parts:
    return Parts(a.quiz(), _attempt_result(event, history, a), [a.whole_module()], a.course())


def _answered(event: Event, history: Sequence[Event], a: Activities) -> Parts:
    question = a.question(event.context["question"], event.context["type"], event.context["interaction_type"])
    extensions = {extension("review"): bool(event.context.get("review"))}
    if event.context.get("order"):
        extensions[extension("order")] = event.context["order"]
    return Parts(question, _answer_result(event, a), [a.quiz()], [a.whole_module(), *a.course()], extensions)


def _mastered(event: Event, history: Sequence[Event], a: Activities) -> Parts:
    result: dict[str, Any] = {"success": True, "completion": True}
    if event.result.get("rule"):
        result["extensions"] = {extension("mastery-rule"): event.result["rule"]}
    return Parts(a.whole_module(), result, a.course(), [])


_PARTS: dict[Verb, Callable[[Event, Sequence[Event], Activities], Parts]] = {
    Verb.READ: _read,
    Verb.STARTED_QUIZ: _started,
    Verb.ANSWERED: _answered,
    Verb.FINISHED_QUIZ: _finished,
    Verb.MASTERED: _mastered,
}


def _answer_result(event: Event, activities: Activities) -> dict[str, Any]:
    given = event.result
    question = activities.module.question(event.context["question"]) if activities.module else None
    result: dict[str, Any] = {
        "success": bool(given["success"]),
        "score": {"scaled": round(float(given["score"]), 4)},
        "extensions": {extension("hint-used"): bool(event.context.get("hint_used"))},
    }
    kind = TYPES.get(event.context["type"])  # None for a type that only a newer trainer knows
    say = kind.xapi_response if kind is not None else joined
    response = say(given["response"], question)
    if response:
        result["response"] = response
    if kind is not None and kind.xapi_extension is not None:
        result["extensions"][extension(kind.xapi_extension)] = given["response"]
    if given.get("confidence"):
        result["extensions"][extension("confidence")] = given["confidence"]
    if given.get("duration_ms") is not None:
        result["duration"] = duration(given["duration_ms"] / 1000)
    return result


def _attempt_result(event: Event, history: Sequence[Event], activities: Activities) -> dict[str, Any]:
    """How the attempt went: its score over the questions answered, and how long it took."""
    attempt = event.context.get("attempt")
    in_attempt = [e for e in history if e.context.get("attempt") == attempt and e.id != event.id]
    answers = [e.result for e in in_attempt if e.verb is Verb.ANSWERED]
    result: dict[str, Any] = {"completion": True}
    if activities.module is not None and activities.module.test is None:
        result["success"] = False  # the attempt ended without mastering the module
    if answers:
        scaled = sum(float(a["score"]) for a in answers) / len(answers)
        right = sum(bool(a["success"]) for a in answers)
        result["score"] = {"scaled": round(scaled, 4), "raw": right, "min": 0, "max": len(answers)}
    started = next((e for e in in_attempt if e.verb is Verb.STARTED_QUIZ), None)
    if started is not None:
        seconds = (_moment(event.timestamp) - _moment(started.timestamp)).total_seconds()
        result["duration"] = duration(max(seconds, 0.0))
    return result


def _attempt_before(event: Event, history: Sequence[Event]) -> str | None:
    """The quiz attempt under way when the event happened (mastery is reached inside one)."""
    if event.verb is not Verb.MASTERED:
        return None
    started = [e for e in history if e.verb is Verb.STARTED_QUIZ and e.timestamp <= event.timestamp]
    return str(started[-1].context["attempt"]) if started else None


def duration(seconds: float) -> str:
    """An ISO 8601 duration to the hundredth of a second, as xAPI asks."""
    return f"PT{int(seconds * 100) / 100:.2f}S"


def _moment(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp)
