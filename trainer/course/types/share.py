"""`share`: the learner decides what to do with a post: share it, don't share it, check it first."""

from trainer.course.types.choices import choice_type, exactly

OPTIONS = {"share": "Share it", "dont-share": "Don't share it", "check-first": "Check it first"}

TYPE = choice_type("share", many=False, seconds=20, named=OPTIONS, check_options=exactly(OPTIONS))
