"""`odd-one-out`: the learner picks the one option that does not belong with the others."""

from trainer.course.types.choices import choice_type

TYPE = choice_type("odd-one-out", many=False, seconds=25)
