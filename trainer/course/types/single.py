"""`single`: the learner picks the one right option."""

from trainer.course.types.choices import choice_type

TYPE = choice_type("single", many=False, seconds=25)
