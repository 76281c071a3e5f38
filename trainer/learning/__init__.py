"""Grading answers, mastery and progress: projections of a learner's events, without Qt."""
