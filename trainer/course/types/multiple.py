"""`multiple`: the learner ticks every right option, with credit for each option judged right."""

from trainer.course.types.choices import choice_type

TYPE = choice_type("multiple", many=True, seconds=40)
