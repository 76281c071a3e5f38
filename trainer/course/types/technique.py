"""`technique`: the learner ticks the manipulation techniques a post uses (those of the
prebunking games), with credit for each technique judged right."""

from trainer.course.fields import Fields
from trainer.course.types.choices import choice_type

TECHNIQUES = {
    "impersonation": "Impersonation: pretending to be someone trusted",
    "emotion": "Emotion: making you scared or angry",
    "polarisation": "Polarisation: turning groups against each other",
    "conspiracy": "Conspiracy: a secret plot behind the news",
    "discrediting": "Discrediting: attacking the people who check facts",
    "trolling": "Trolling: provoking people to react",
    "fake-followers": "Fake followers: making it look popular",
}
"""Each technique's id, and what the app calls it (in English; the screens translate)."""


def _known(fields: Fields, kind: str, ids: set[str]) -> None:
    if unknown := sorted(ids - set(TECHNIQUES)):
        fields.wrong("options", f"unknown technique '{unknown[0]}': use {', '.join(TECHNIQUES)}")


TYPE = choice_type("technique", many=True, seconds=35, named=TECHNIQUES, check_options=_known)
