"""Confident errors: answers the learner was very sure of and got wrong.

Confident errors are corrected more often after feedback than unsure ones; a facilitator
looks for the learners and questions where they cluster.
"""

from collections import Counter
from collections.abc import Iterable

from trainer.learning.events import Event, Verb

SURE = "sure"


def confident_errors(events: Iterable[Event]) -> Counter[tuple[str, str]]:
    """How many confident wrong answers each (learner, question) pair has; question as module/id."""
    return Counter(
        (event.learner_id, event.object_id)
        for event in events
        if event.verb is Verb.ANSWERED
        and event.result.get("confidence") == SURE
        and not event.result.get("success")
    )
