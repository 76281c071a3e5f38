"""Every event the app records becomes a valid xAPI 1.0.3 statement (checked with Ralph's models)."""

import json
from typing import Any

import pytest
from ralph.models.xapi.base.statements import BaseXapiStatement

from trainer.course.model import Library
from trainer.course.types import TYPES
from trainer.learning.events import Event, Verb
from trainer.sync.xapi import ADL_ACTIVITY, ADL_VERB, ROOT, statement

from .records import LIBRARY, Learner, right_response, wrong_response

HOME = "https://kampot.centres.example.org/"
DARA = Learner()
EVENTS = DARA.everything()


def made(event: Event, library: Library = LIBRARY) -> dict[str, Any]:
    history = [e for e in EVENTS if e.module_id == event.module_id and e.learner_id == event.learner_id]
    return statement(event, history or [event], HOME, library)


def kind(event: Event) -> str:
    question = event.context.get("question")
    return f"{event.verb.value}-{event.module_id}-{question or ''}-{event.id[:4]}"


@pytest.mark.parametrize("event", EVENTS, ids=kind)
def test_every_event_makes_a_valid_statement(event: Event) -> None:
    made_statement = made(event)
    BaseXapiStatement(**json.loads(json.dumps(made_statement)))
    assert made_statement["id"] == event.id and made_statement["timestamp"] == event.timestamp


def test_the_events_cover_every_verb_and_question_type() -> None:
    verbs = {made(e)["verb"]["id"].removeprefix(ADL_VERB) for e in EVENTS}
    assert verbs == {"experienced", "attempted", "answered", "completed", "passed"}
    kinds = {made(e)["object"]["definition"].get("interactionType") for e in EVENTS}
    assert kinds == {None, "choice", "true-false", "likert", "sequencing", "matching", "other"}
    types = {e.context.get("type") for e in EVENTS} - {None}
    assert types == {q.type for m in LIBRARY.modules for q in m.questions} == set(TYPES)


@pytest.mark.parametrize("question", [q for m in LIBRARY.modules for q in m.questions], ids=lambda q: q.id)
def test_a_right_answer_matches_the_correct_responses_pattern_and_a_wrong_one_does_not(question: Any) -> None:
    module = next(m for m in LIBRARY.modules if question in m.questions)
    learner = Learner()
    learner.start_quiz(module)
    right = made(learner.answer(module, question, right_response(question)))
    wrong = made(learner.answer(module, question, wrong_response(question)))
    patterns = right["object"]["definition"]["correctResponsesPattern"]
    assert right["result"]["success"] and right["result"]["response"] in patterns
    assert not wrong["result"]["success"] and wrong["result"]["response"] not in patterns


def test_a_learner_is_an_account_on_the_centre_home_page_and_never_named() -> None:
    for event in EVENTS:
        actor = made(event)["actor"]
        assert actor == {"objectType": "Agent", "account": {"homePage": HOME, "name": DARA.id}}
    text = json.dumps([made(e) for e in EVENTS], ensure_ascii=False)
    assert "Dara" not in text and "mbox" not in text


def test_an_answer_sits_in_its_quiz_module_and_course_with_the_attempt_as_registration() -> None:
    answer = next(e for e in EVENTS if e.verb is Verb.ANSWERED and e.context.get("type") == "matching")
    made_answer = made(answer)
    context = made_answer["context"]
    assert context["registration"] == answer.context["attempt"]
    (parent,) = context["contextActivities"]["parent"]
    assert parent["definition"]["type"] == ADL_ACTIVITY + "assessment"
    grouping = context["contextActivities"]["grouping"]
    assert [a["definition"]["type"].removeprefix(ADL_ACTIVITY) for a in grouping] == ["module", "course"]
    definition = made_answer["object"]["definition"]
    assert definition["type"] == ADL_ACTIVITY + "cmi.interaction"
    assert definition["correctResponsesPattern"] == ["otp[.]otp[,]pin[.]pin[,]link[.]link"]
    assert definition["target"][0]["description"]["en"] == "A one-time code"
    assert made_answer["result"]["duration"] == "PT12.34S"


def test_an_answer_names_options_by_id_and_carries_the_order_the_learner_saw() -> None:
    """The interaction lists the content's choices; the response is by id; the order shown, which
    differs per learner and attempt, goes in the context extension `order`."""
    for answer in (e for e in EVENTS if e.verb is Verb.ANSWERED and e.context.get("type") == "multiple"):
        made_answer = made(answer)
        module = LIBRARY.module(answer.module_id)
        assert module is not None
        question = module.question(answer.context["question"])
        assert question is not None
        shown = made_answer["context"]["extensions"][ROOT + "extension:order"]
        assert shown == answer.context["order"] and sorted(shown) == sorted(o.id for o in question.options)
        choices = [choice["id"] for choice in made_answer["object"]["definition"]["choices"]]
        assert choices == [option.id for option in question.options]
        assert made_answer["result"]["response"] == "[,]".join(answer.result["response"])
    story = next(e for e in EVENTS if e.verb is Verb.ANSWERED and e.context.get("type") == "scenario")
    assert made(story)["context"]["extensions"][ROOT + "extension:order"] == story.context["order"]


def test_a_finished_attempt_carries_its_score_and_duration() -> None:
    pretest = LIBRARY.module("news-pretest")
    assert pretest is not None
    learner = Learner()
    events = [learner.start_quiz(pretest)]
    events += [learner.answer(pretest, q, right_response(q)) for q in pretest.questions[:3]]
    events += [learner.answer(pretest, pretest.questions[3], wrong_response(pretest.questions[3]))]
    events.append(learner.finish_quiz(pretest))
    result = statement(events[-1], events, HOME, LIBRARY)["result"]
    assert result["completion"] is True and "success" not in result, "a pre-test is neither passed nor failed"
    assert result["score"]["raw"] == 3 and result["score"]["max"] == 4
    assert result["duration"] == "PT300.00S"


def test_mastery_is_passed_within_the_attempt_under_way() -> None:
    mastered = next(e for e in EVENTS if e.verb is Verb.MASTERED)
    made_statement = made(mastered)
    assert made_statement["verb"]["id"] == ADL_VERB + "passed"
    assert made_statement["result"]["success"] is True
    started = [e for e in EVENTS if e.verb is Verb.STARTED_QUIZ and e.module_id == mastered.module_id]
    assert made_statement["context"]["registration"] == started[0].context["attempt"]


def test_events_of_a_module_no_longer_loaded_still_make_valid_statements() -> None:
    empty = Library(curricula=())
    for event in EVENTS:
        BaseXapiStatement(**made(event, empty))


def test_the_same_event_always_makes_the_same_statement() -> None:
    assert [made(e) for e in EVENTS] == [made(e) for e in EVENTS]


def test_a_statement_does_not_depend_on_the_order_a_pc_holds_the_events_in() -> None:
    """A PC that merged a bundle holds the learner's events in another order than the PC that
    recorded them; the statements are the same, so the LRS sees one statement per event."""
    for module in LIBRARY.modules:
        history = [e for e in EVENTS if e.module_id == module.id]
        merged_order = history[len(history) // 2 :] + history[: len(history) // 2]
        for event in history:
            assert statement(event, merged_order, HOME, LIBRARY) == statement(event, history, HOME, LIBRARY)


def test_mastery_in_a_quiz_is_registered_to_the_attempt_it_names() -> None:
    """A mastery event names its attempt, so another PC's quiz started in the meantime (its
    clock ahead) does not change the statement's registration."""
    module = LIBRARY.modules[0]
    here, elsewhere = Learner(DARA.id), Learner(DARA.id)
    started = here.start_quiz(module)
    other = elsewhere.start_quiz(module)  # at the same minute, by the other PC's clock
    mastered = here.event(Verb.MASTERED, module, context={"attempt": started.context["attempt"]})
    for history in ([started, mastered], [started, other, mastered]):
        assert (
            statement(mastered, history, HOME, LIBRARY)["context"]["registration"]
            == started.context["attempt"]
        )
